using CaseCoach.Bot.Cli;
using Xunit;

namespace CaseCoach.Tests.Manifest;

public sealed class CallerPathTests
{
    [Fact]
    public void A_relative_out_lands_in_the_directory_the_command_was_typed_in_not_the_project_folder()
    {
        var typedIn = Path.GetTempPath();

        var resolved = CallerPath.Resolve("appPackage.zip", name => name == "PWD" ? typedIn : null);

        Assert.Equal(Path.Combine(Path.GetFullPath(typedIn), "appPackage.zip"), resolved);
    }

    [Fact]
    public void Without_PWD_a_relative_out_lands_in_the_current_directory()
    {
        var resolved = CallerPath.Resolve("appPackage.zip", _ => null);

        Assert.Equal(Path.Combine(Directory.GetCurrentDirectory(), "appPackage.zip"), resolved);
    }

    [Fact]
    public void An_absolute_out_is_kept()
    {
        var absolute = Path.Combine(Path.GetTempPath(), "x", "appPackage.zip");

        Assert.Equal(absolute, CallerPath.Resolve(absolute, _ => "/elsewhere"));
    }
}
