using CaseCoach.Bot.Cli;
using CaseCoach.Bot.Hosting;
using Microsoft.Extensions.Options;

if (CliVerbs.IsVerb(args))
    return await CliVerbs.RunAsync(args);

var builder = WebApplication.CreateBuilder(args);
builder.AddCaseCoach();

var app = builder.Build();
app.MapCaseCoach();
try
{
    await app.RunAsync();
}
catch (OptionsValidationException e)
{
    // A configuration mistake: say what to set, without a stack trace.
    Console.Error.WriteLine("CaseCoach cannot start until its configuration is fixed:");
    foreach (var failure in e.Failures) Console.Error.WriteLine($"  - {failure}");
    Console.Error.WriteLine("Run `dotnet run --project bot -- doctor` for a full check.");
    return 1;
}
return 0;

public partial class Program;
