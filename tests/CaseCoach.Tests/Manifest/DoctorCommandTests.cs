using CaseCoach.Bot.Cli;
using CaseCoach.Bot.Cli.Doctor;
using Microsoft.Extensions.Configuration;
using Xunit;

namespace CaseCoach.Tests.Manifest;

public sealed class DoctorCommandTests
{
    /// <summary>A complete production configuration: SQL Server, Graph mail and calendar, single-tenant bot.</summary>
    private static List<(string Key, string Value)> Complete() =>
    [
        ("MicrosoftAppType", "SingleTenant"),
        ("MicrosoftAppId", TestIds.BotId),
        ("MicrosoftAppPassword", "client-secret"),
        ("MicrosoftAppTenantId", TestIds.TenantId),
        ("BotAuth:AllowedTenants:0", TestIds.TenantId),
        ("Database:Provider", "SqlServer"),
        ("ConnectionStrings:CaseCoach", "Server=tcp:sql.agency.example.org,1433;Database=CaseCoach;Authentication=Active Directory Default"),
        ("Mail:Provider", "Graph"),
        ("Mail:Graph:Mailbox", "casecoach@agency.example.org"),
        ("Calendar:Provider", "Graph"),
        ("Graph:BaseUrl", "https://graph.microsoft.com/v1.0"),
        ("Outlook:ActionableMessageOriginator", TestIds.AppId),
        ("Teams:AppId", TestIds.AppId),
        ("Teams:BotDomain", TestIds.Domain),
        // Without a jurisdiction no review is ever assigned (issue 11), so a complete configuration names one.
        ("Jurisdictions:0:Key", "riverside"),
        ("Jurisdictions:0:Name", "Riverside County"),
        ("Jurisdictions:0:TimeZone", "America/New_York"),
        ("Jurisdictions:0:Instrument", "sustainable-permanency"),
    ];

    private static CliRun Doctor(IEnumerable<(string Key, string Value)> values, string environment = "Production") =>
        CliRun.Invoke(DoctorCommand.Create(CliRun.Configuration([.. values]), environment), "doctor");

    private static IEnumerable<(string Key, string Value)> Without(string key, params (string Key, string Value)[] replacements) =>
        Complete().Where(pair => pair.Key != key && replacements.All(r => r.Key != pair.Key)).Concat(replacements);

    [Fact]
    public void A_complete_production_configuration_passes()
    {
        var run = Doctor(Complete());

        Assert.Equal(0, run.ExitCode);
        Assert.DoesNotContain("MISSING", run.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("WRONG", run.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("client-secret", run.Output, StringComparison.Ordinal);
        Assert.Contains("All checks passed.", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void An_empty_Development_configuration_passes_on_the_embedded_defaults()
    {
        var run = Doctor([], "Development");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("OK       Database:Provider: Sqlite", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_SQL_Server_connection_string_is_reported_with_what_to_set()
    {
        var run = Doctor(Without("ConnectionStrings:CaseCoach"));

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("MISSING  ConnectionStrings:CaseCoach: set the SQL Server connection string in environment variable ConnectionStrings__CaseCoach", run.Output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("MicrosoftAppId", "casecoach-bot", "WRONG    MicrosoftAppId: 'casecoach-bot' is not a GUID")]
    [InlineData("MicrosoftAppTenantId", "", "MISSING  MicrosoftAppTenantId")]
    [InlineData("MicrosoftAppPassword", "", "MISSING  MicrosoftAppPassword")]
    [InlineData("Database:Provider", "Oracle", "WRONG    Database:Provider: 'Oracle' is not Sqlite, SqlServer or PostgreSql")]
    [InlineData("Mail:Provider", "Sendgrid", "WRONG    Mail:Provider")]
    [InlineData("Mail:Graph:Mailbox", "", "MISSING  Mail:Graph:Mailbox")]
    [InlineData("Calendar:Provider", "Google", "WRONG    Calendar:Provider")]
    [InlineData("Graph:BaseUrl", "http://graph.microsoft.com/v1.0", "WRONG    Graph:BaseUrl")]
    [InlineData("Graph:BaseUrl", "graph.microsoft.com", "WRONG    Graph:BaseUrl: 'graph.microsoft.com' is not an absolute URL")]
    [InlineData("BotAuth:AllowedTenants:0", "contoso.onmicrosoft.com", "WRONG    BotAuth:AllowedTenants: not tenant GUIDs: contoso.onmicrosoft.com")]
    [InlineData("Teams:BotDomain", "https://casecoach.example.org", "WRONG    Teams:BotDomain")]
    public void A_wrong_or_missing_value_fails_and_names_the_key(string key, string value, string expected)
    {
        var run = Doctor(Without(key, value.Length == 0 ? [] : [(key, value)]));

        Assert.Equal(1, run.ExitCode);
        Assert.Contains(expected, run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Smtp_mail_needs_a_host()
    {
        var run = Doctor(Without("Mail:Provider", ("Mail:Provider", "Smtp")));

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("MISSING  Mail:Smtp:Host", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Outside_Development_the_bot_needs_an_app_id()
    {
        var run = Doctor([]);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("MISSING  MicrosoftAppId", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_secret_kept_in_an_appsettings_file_is_wrong_outside_Development()
    {
        var folder = Directory.CreateTempSubdirectory("casecoach-doctor-").FullName;
        try
        {
            File.WriteAllText(Path.Combine(folder, "appsettings.json"), """{ "MicrosoftAppPassword": "in-a-file" }""");
            var configuration = new ConfigurationBuilder()
                .AddInMemoryCollection(Without("MicrosoftAppPassword").Select(pair => KeyValuePair.Create(pair.Key, (string?)pair.Value)))
                .AddJsonFile(Path.Combine(folder, "appsettings.json"))
                .Build();

            var findings = DoctorChecks.Run(new DoctorContext(configuration, "Production"));

            var finding = Assert.Single(findings, finding => finding is { Key: "MicrosoftAppPassword", Status: DoctorStatus.Wrong });
            Assert.Contains("environment variable MicrosoftAppPassword", finding.Message, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
