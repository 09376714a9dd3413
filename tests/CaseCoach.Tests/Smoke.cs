namespace CaseCoach.Tests; public class Smoke { [Xunit.Fact] public void Runs() => Xunit.Assert.Equal(2, 1 + 1); }
