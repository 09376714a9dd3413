using CaseCoach.Core.Instruments;

namespace CaseCoach.Tests.Reviews;

/// <summary>Instruments are data, validated when the catalog loads (R4).</summary>
public sealed class InstrumentCatalogTests
{
    [Fact]
    public void Sustainable_Permanency_has_the_nine_seed_questions_with_considerations_R4()
    {
        var instrument = InstrumentCatalog.LoadEmbedded().Get(InstrumentCatalog.SustainablePermanency);

        Assert.Equal(9, instrument.Questions.Count);
        Assert.Equal(Enumerable.Range(1, 9), instrument.Questions.Select(q => q.Number));
        Assert.All(instrument.Questions, q => Assert.NotEmpty(q.Considerations));
        Assert.Equal("Are safety concerns sufficiently addressed?", instrument.Questions[6].Text);
        Assert.Equal(InstrumentModel.Permanency, instrument.Model);
    }

    [Fact]
    public void Rapid_Safety_Feedback_is_a_safety_model_instrument_of_nine_practices_R4()
    {
        var instrument = InstrumentCatalog.LoadEmbedded().Get(InstrumentCatalog.RapidSafetyFeedback);

        Assert.Equal(InstrumentModel.Safety, instrument.Model);
        Assert.Equal(9, instrument.Questions.Count);
        Assert.Contains(instrument.Questions, q => q.AllowsNotApplicable);
        Assert.Contains(instrument.Questions, q => !q.AllowsNotApplicable);
    }

    [Theory]
    [InlineData("""{"key":"a","name":"A","model":"safety","questions":[{"id":"q1","text":"?"},{"id":"q1","text":"?"}]}""", "repeats the id 'q1'")]
    [InlineData("""{"key":"a","name":"A","model":"safety","questions":[{"id":"q 1","text":"?"}]}""", "question 1 needs an id")]
    [InlineData("""{"key":"a","name":"A","model":"safety","questions":[{"id":"q1","text":" "}]}""", "question 1 has no text")]
    [InlineData("""{"key":"a","name":"A","questions":[{"id":"q1","text":"?"}]}""", "has no model")]
    [InlineData("""{"key":"a","name":"A","model":"safety","questions":[]}""", "has no questions")]
    [InlineData("""{"key":"a",""", "is not valid JSON")]
    public void A_broken_definition_fails_at_load_naming_the_file(string json, string problem)
    {
        var error = Assert.Throws<InvalidOperationException>(() => new InstrumentCatalog([new("broken.json", json)]));

        Assert.Contains("broken.json", error.Message, StringComparison.Ordinal);
        Assert.Contains(problem, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Two_definitions_with_one_key_fail_at_load()
    {
        const string json = """{"key":"a","name":"A","model":"permanency","questions":[{"id":"q1","text":"?"}]}""";

        var error = Assert.Throws<InvalidOperationException>(() => new InstrumentCatalog([new("one.json", json), new("two.json", json)]));

        Assert.Contains("two.json", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Sustainable_Permanency_with_other_than_nine_questions_fails_at_load()
    {
        const string json = """{"key":"sustainable-permanency","name":"SP","model":"permanency","questions":[{"id":"q1","text":"?"}]}""";

        var error = Assert.Throws<InvalidOperationException>(() => new InstrumentCatalog([new("sp.json", json)]));

        Assert.Contains("9 questions", error.Message, StringComparison.Ordinal);
    }
}
