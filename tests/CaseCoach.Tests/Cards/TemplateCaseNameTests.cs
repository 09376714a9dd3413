using System.Reflection;
using System.Text.Json;
using System.Text.RegularExpressions;
using CaseCoach.Cards.Mail;
using CaseCoach.Cards.Text;
using CaseCoach.Core.Application;
using CaseCoach.Core.Reviews;

namespace CaseCoach.Tests.Cards;

/// <summary>
/// Every email, text and calendar template renders with its sample model, and no subject or calendar title carries
/// the sample's case name: subjects and titles show in notifications, lock screens and mail gateway logs.
/// </summary>
public class TemplateCaseNameTests
{
    private static readonly TextRenderer Texts = new();
    private static readonly EmailTemplateRenderer Emails = new();

    public static TheoryData<string> TextTemplates() => new(Texts.Names.Order(StringComparer.Ordinal));

    public static TheoryData<string> EmailTemplates() => new(Emails.Names.Order(StringComparer.Ordinal));

    [Theory]
    [MemberData(nameof(TextTemplates))]
    public void Every_text_template_renders_its_sample_and_titles_never_name_the_case(string template)
    {
        var model = Sample(TextSamples.Model(template), template);

        var text = Texts.Render(template, model);

        Assert.NotEmpty(text);
        Assert.DoesNotMatch(@"\bR\d{1,2}\b", text); // rule codes are for code and tests, not for people
        if (template.EndsWith("-subject", StringComparison.Ordinal) || template.EndsWith("-title", StringComparison.Ordinal))
        {
            Assert.Contains(model.GetProperty("caseNumber").GetString()!, text, StringComparison.Ordinal);
            Assert.DoesNotContain(model.GetProperty("caseName").GetString()!, text, StringComparison.Ordinal);
        }
    }

    [Theory]
    [MemberData(nameof(EmailTemplates))]
    public async Task Every_email_template_renders_its_sample_and_its_subject_never_names_the_case(string template)
    {
        var model = Sample(EmailSamples.Model(template), template);

        var email = await Emails.RenderAsync(template, model, TestContext.Current.CancellationToken);

        Assert.NotEmpty(email.Subject);
        Assert.NotEmpty(email.Text);
        if (model.TryGetProperty("caseName", out var caseName))
            Assert.DoesNotContain(caseName.GetString()!, email.Subject, StringComparison.Ordinal);
    }

    /// <summary>
    /// Every email subject and calendar title, from any path, is one of these templates (the typed models of the
    /// titles carry only a CaseNumber); so if each reads nothing but the case number, no path can put a name in one.
    /// </summary>
    [Fact]
    public void Every_subject_and_title_template_reads_only_the_case_number()
    {
        var (email, text) = (Path.Combine(RepoPaths.Root, "cards", "email"), Path.Combine(RepoPaths.Root, "cards", "text"));
        var sources = Directory.GetFiles(email, "*.subject.liquid")
            .Concat(Directory.GetFiles(text, "*-title.liquid")).Concat(Directory.GetFiles(text, "*-subject.liquid")).ToList();

        Assert.True(sources.Count >= 10, $"expected the subject and title templates, found {sources.Count}");
        foreach (var file in sources)
        {
            var reads = Regex.Matches(File.ReadAllText(file), @"\{[{%]-?\s*(.*?)\s*-?[}%]\}").Select(m => m.Groups[1].Value).ToList();
            Assert.All(reads, read => Assert.True(read == "caseNumber", $"{Path.GetFileName(file)} reads '{read}'; a subject or title reads only caseNumber"));
        }
    }

    [Fact]
    public void Every_refusal_a_use_case_declares_has_its_text_template()
    {
        var reasons = typeof(ReviewWork).Assembly.GetTypes()
            .SelectMany(t => t.GetFields(BindingFlags.Public | BindingFlags.Static).Where(f => f.FieldType == typeof(Refusal)))
            .Select(f => ((Refusal)f.GetValue(null)!).Reason)
            .ToList();

        Assert.NotEmpty(reasons);
        Assert.All(reasons, r => Assert.Contains(RefusalText.TemplateFor(r), Texts.Names));
    }

    private static JsonElement Sample(string? json, string template)
    {
        Assert.True(json is not null, $"Template {template} has no sample model beside it.");
        return JsonDocument.Parse(json!).RootElement.Clone();
    }
}
