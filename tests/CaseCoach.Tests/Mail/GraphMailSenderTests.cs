using CaseCoach.Tests.Hosting;
using CaseCoach.Bot.Graph;
using CaseCoach.Bot.Mail;
using CaseCoach.Core.Mail;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Xunit;

namespace CaseCoach.Tests.Mail;

public sealed class GraphMailSenderTests : IAsyncLifetime
{
    private const string Mailbox = "casecoach@contoso.test";
    private FakeGraph graph = null!;
    private ServiceProvider services = null!;

    public async ValueTask InitializeAsync()
    {
        graph = await FakeGraph.StartAsync(TestContext.Current.CancellationToken);
        services = MailServices.Build(
            new Dictionary<string, string?>
            {
                ["Mail:Provider"] = "Graph",
                ["Mail:Graph:Mailbox"] = Mailbox,
                ["Graph:BaseUrl"] = graph.BaseUrl,
                ["MicrosoftAppId"] = "00000000-0000-0000-0000-000000000001",
                ["MicrosoftAppPassword"] = "unused-because-the-token-is-fixed",
                ["MicrosoftAppTenantId"] = "00000000-0000-0000-0000-000000000002",
            },
            s => s.Replace(ServiceDescriptor.Singleton<IGraphAccessTokenProvider, FixedGraphToken>()));
        services.ValidateAsAtStartUp();
    }

    public async ValueTask DisposeAsync()
    {
        await services.DisposeAsync();
        await graph.DisposeAsync();
    }

    private Task<MailSendResult> SendAsync() =>
        services.GetRequiredService<IMailSender>().SendAsync(new EmailBuilder().Build(), TestContext.Current.CancellationToken);

    [Fact]
    public async Task Graph_provider_posts_sendMail_for_the_configured_mailbox_with_the_bearer_token()
    {
        Assert.IsType<GraphMailSender>(services.GetRequiredService<IMailSender>());

        var result = await SendAsync();

        Assert.IsType<MailSendResult.Sent>(result);
        var request = Assert.Single(graph.Requests);
        Assert.Equal(Mailbox, request.Mailbox);
        Assert.Equal($"Bearer {FixedGraphToken.Token}", request.Authorization);
    }

    [Fact]
    public async Task SendMail_body_carries_recipients_subject_html_body_and_file_attachment()
    {
        await SendAsync();

        var body = Assert.Single(graph.Requests).Body;
        // The SDK writes the action's parameters as "Message" and "SaveToSentItems"; Graph reads names case-insensitively.
        var message = FakeGraph.Property(body, "message");
        Assert.Equal("Review due: case 1001", message.GetProperty("subject").GetString());
        Assert.Equal("html", message.GetProperty("body").GetProperty("contentType").GetString());
        Assert.Contains("<b>case 1001</b>", message.GetProperty("body").GetProperty("content").GetString());
        var to = Assert.Single(message.GetProperty("toRecipients").EnumerateArray()).GetProperty("emailAddress");
        Assert.Equal("reviewer@contoso.test", to.GetProperty("address").GetString());
        Assert.Equal("Rita Reviewer", to.GetProperty("name").GetString());
        var cc = Assert.Single(message.GetProperty("ccRecipients").EnumerateArray()).GetProperty("emailAddress");
        Assert.Equal("qa.supervisor@contoso.test", cc.GetProperty("address").GetString());
        var attachment = Assert.Single(message.GetProperty("attachments").EnumerateArray());
        Assert.Equal("#microsoft.graph.fileAttachment", attachment.GetProperty("@odata.type").GetString());
        Assert.Equal("coaching.ics", attachment.GetProperty("name").GetString());
        Assert.Equal("text/calendar", attachment.GetProperty("contentType").GetString());
        Assert.StartsWith("BEGIN:VCALENDAR", System.Text.Encoding.UTF8.GetString(attachment.GetProperty("contentBytes").GetBytesFromBase64()));
        Assert.False(message.TryGetProperty("from", out _));
        Assert.True(FakeGraph.Property(body, "saveToSentItems").GetBoolean());
    }

    [Fact]
    public async Task Throttled_429_is_transient_with_the_retry_after_seconds_and_is_not_retried_by_the_sdk()
    {
        graph.Enqueue(new FakeGraph.Reply(429, RetryAfter: "7", ErrorCode: "ApplicationThrottled"));

        var result = await SendAsync();

        var transient = Assert.IsType<MailSendResult.Transient>(result);
        Assert.Equal(TimeSpan.FromSeconds(7), transient.RetryAfter);
        Assert.Contains("429", transient.Reason);
        Assert.Single(graph.Requests);
    }

    [Fact]
    public async Task Retry_after_given_as_an_http_date_is_measured_from_the_injected_clock()
    {
        var later = MailServices.Now.AddSeconds(30).ToString("R", System.Globalization.CultureInfo.InvariantCulture);
        graph.Enqueue(new FakeGraph.Reply(503, RetryAfter: later));

        var result = await SendAsync();

        Assert.Equal(TimeSpan.FromSeconds(30), Assert.IsType<MailSendResult.Transient>(result).RetryAfter);
    }

    [Theory]
    [InlineData(503)]
    [InlineData(504)]
    public async Task Unavailable_or_gateway_timeout_is_transient(int status)
    {
        graph.Enqueue(new FakeGraph.Reply(status, ErrorCode: "serviceNotAvailable"));

        var result = await SendAsync();

        Assert.IsType<MailSendResult.Transient>(result);
        Assert.Single(graph.Requests);
    }

    [Fact]
    public async Task Bad_request_400_is_rejected_with_graphs_error_code()
    {
        graph.Enqueue(new FakeGraph.Reply(400, ErrorCode: "ErrorInvalidRecipients"));

        var result = await SendAsync();

        var rejected = Assert.IsType<MailSendResult.Rejected>(result);
        Assert.Contains("ErrorInvalidRecipients", rejected.Reason);
    }

    [Fact]
    public async Task Error_without_a_body_is_still_classified_by_status()
    {
        graph.Enqueue(new FakeGraph.Reply(403));

        var result = await SendAsync();

        Assert.Contains("403", Assert.IsType<MailSendResult.Rejected>(result).Reason);
    }
}
