using Microsoft.Extensions.Options;

namespace CaseCoach.Bot.Hosting;

public static class StartupValidation
{
    /// <summary>
    /// Runs every options validation before the host starts, so a configuration mistake ends the
    /// process with the keys to set rather than with a stack trace.
    /// </summary>
    public static bool ConfigurationIsValid(this WebApplication app)
    {
        try
        {
            app.Services.GetRequiredService<IStartupValidator>().Validate();
            return true;
        }
        catch (OptionsValidationException e)
        {
            Report(e.Failures);
            return false;
        }
        catch (AggregateException e) when (e.InnerExceptions.All(i => i is OptionsValidationException))
        {
            Report(e.InnerExceptions.Cast<OptionsValidationException>().SelectMany(i => i.Failures));
            return false;
        }
        catch (InvalidOperationException e) when (ConfigurationValueError.Describe(e) is { } failure)
        {
            // A value the binder cannot convert (an enum name misspelt, a TimeSpan that is not one).
            Report([failure]);
            return false;
        }
    }

    /// <summary>A second instance on a taken port ends with one line naming the address, not a stack trace.</summary>
    public static bool ListenAddressesAreFree(this WebApplication app)
    {
        // Only Kestrel binds the configured addresses; an in-process test server listens on none.
        if (app.Services.GetService<Microsoft.AspNetCore.Hosting.Server.IServer>()?.GetType().Assembly
                != typeof(Microsoft.AspNetCore.Server.Kestrel.Core.KestrelServerOptions).Assembly
            || ListenAddresses.FirstBusy(app.Configuration) is not { } busy)
            return true;
        Console.Error.WriteLine(
            $"CaseCoach cannot start: {busy} is already in use by another process (another CaseCoach?); stop it or choose another address with --urls.");
        return false;
    }

    private static void Report(IEnumerable<string> failures)
    {
        Console.Error.WriteLine("CaseCoach cannot start until its configuration is fixed:");
        foreach (var failure in failures) Console.Error.WriteLine($"  - {failure}");
        Console.Error.WriteLine("Run `dotnet run --project bot -- doctor` for a full check.");
    }
}
