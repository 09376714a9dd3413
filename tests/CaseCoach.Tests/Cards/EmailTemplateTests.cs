using System.Text.Json;
using CaseCoach.Cards;
using CaseCoach.Cards.Mail;
using Xunit;

namespace CaseCoach.Tests.Cards;

public sealed class EmailTemplateTests
{
    private static readonly EmailTemplateRenderer Renderer = new();

    public static TheoryData<string> Emails =>
    [
        "action-items", "coaching-request", "escalation", "no-coaching-needed",
        // The email twins of the Teams notices (issue 12): the generic one and each kind's own wording.
        "notice", "notice-action-items-overdue", "notice-action-items-reminder", "notice-barrier-reported", "notice-blind-review-assigned",
        "notice-coaching-poll", "notice-coaching-poll-caseworker", "notice-coaching-poll-status", "notice-coaching-record",
        "notice-decision-pending", "notice-delivery-stuck", "notice-digest", "notice-item-awaiting-verification", "notice-item-sent-back", "notice-jump-check",
        "notice-review-assigned",
        "notice-review-debrief", "notification", "overdue",
    ];

    private static JsonElement SampleModel(string name) =>
        JsonDocument.Parse(EmailSamples.Model(name)!).RootElement;

    [Fact]
    public void Every_email_template_is_loaded()
    {
        Assert.Equal(Emails.Select(e => e.Data), Renderer.Names.Order());
    }

    [Theory]
    [MemberData(nameof(Emails))]
    public async Task Sample_model_renders_subject_html_and_text_with_no_unfilled_placeholder(string name)
    {
        var email = await Renderer.RenderAsync(name, SampleModel(name), TestContext.Current.CancellationToken);

        Assert.False(string.IsNullOrWhiteSpace(email.Subject));
        Assert.DoesNotContain('\n', email.Subject);
        Assert.Contains("Dana", email.Html);
        Assert.Contains("Dana", email.Text);
        Assert.DoesNotContain("{{", email.Html + email.Text);
        Assert.DoesNotContain("{%", email.Html + email.Text);
    }

    [Fact]
    public async Task Html_is_encoded_and_text_is_not()
    {
        var email = await Renderer.RenderAsync("action-items", SampleModel("action-items"), TestContext.Current.CancellationToken);

        Assert.Contains("Referral to in-home parenting support &lt;Triple P&gt;", email.Html);
        Assert.DoesNotContain("<Triple P>", email.Html);
        Assert.Contains("Referral to in-home parenting support <Triple P>", email.Text);
    }

    [Fact]
    public async Task Overdue_email_is_firm_about_the_accountability_staffing_R21()
    {
        var email = await Renderer.RenderAsync("overdue", SampleModel("overdue"), TestContext.Current.CancellationToken);

        Assert.Contains("close of business today (5:00 PM)", email.Text);
        Assert.Contains("accountability staffing with Alex Morgan will be scheduled for tomorrow", email.Text);
    }

    [Fact]
    public async Task A_model_that_is_not_an_object_is_refused_with_a_clear_message()
    {
        var error = await Assert.ThrowsAsync<ArgumentException>(() => Renderer.RenderAsync("notification", "{ \"caseName\": \"x\" }", TestContext.Current.CancellationToken));
        Assert.Contains("must serialise to a JSON object", error.Message);
    }

    [Fact]
    public async Task Unknown_template_is_refused_with_the_known_names()
    {
        var error = await Assert.ThrowsAsync<KeyNotFoundException>(() => Renderer.RenderAsync("nope", new { }, TestContext.Current.CancellationToken));
        Assert.Contains("notification", error.Message);
    }
}
