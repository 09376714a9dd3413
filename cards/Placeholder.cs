namespace CaseCoach.Cards; internal static class Placeholder;
