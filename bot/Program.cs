using CaseCoach.Bot.Cli;
using CaseCoach.Bot.Hosting;

if (CliVerbs.IsVerb(args))
    return await CliVerbs.RunAsync(args);

var builder = WebApplication.CreateBuilder(args);
builder.AddCaseCoach();

var app = builder.Build();
if (!app.ConfigurationIsValid() || !app.ListenAddressesAreFree())
    return 1;
app.MapCaseCoach();
await app.RunAsync();
return 0;

public partial class Program;
