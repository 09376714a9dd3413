using CaseCoach.Cards.Mail;

namespace CaseCoach.Tests.Cards;

/// <summary>Subjects show in lock screens, previews and mail-gateway logs: they name the case number, never the family.</summary>
public class EmailSubjectTests
{
    [Theory]
    [InlineData("notification")]
    [InlineData("no-coaching-needed")]
    [InlineData("coaching-request")]
    [InlineData("action-items")]
    [InlineData("overdue")]
    [InlineData("escalation")]
    public async Task A_subject_names_the_case_number_and_not_the_family(string template)
    {
        var model = System.Text.Json.JsonDocument.Parse(File.ReadAllText(Path.Combine(RepoPaths.Root, "cards", "email", template + ".model.json"))).RootElement;

        var email = await new EmailTemplateRenderer().RenderAsync(template, model, TestContext.Current.CancellationToken);

        Assert.Contains(model.GetProperty("caseNumber").GetString()!, email.Subject, StringComparison.Ordinal);
        Assert.DoesNotContain(model.GetProperty("caseName").GetString()!, email.Subject, StringComparison.Ordinal);
    }
}
