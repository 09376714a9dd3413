using CaseCoach.Bot.Connector.Schema;
using CaseCoach.Bot.Plugins;
using CaseCoach.Bot.Turns;

namespace CaseCoach.Tests.Turns;

public class PluginCatalogTests
{
    private sealed class NoOp : ICardActionHandler, IChatCommandHandler
    {
        public Task<InvokeResponse> HandleAsync(CardActionTurn turn, CancellationToken cancellationToken) =>
            Task.FromResult(InvokeResponse.Message("ok"));

        public Task HandleAsync(TurnContext turn, CancellationToken cancellationToken) => Task.CompletedTask;
    }

    private sealed class WithArguments : IChatCommandWithArguments
    {
        public Task HandleAsync(TurnContext turn, CancellationToken cancellationToken) => Task.CompletedTask;
    }

    private sealed class Plugin(string name, Action<PluginRegistration> register) : IBotPlugin
    {
        public string Name => name;
        public void Register(PluginRegistration registration) => register(registration);
    }

    [Fact]
    public void Two_plugins_claiming_one_verb_stop_the_start_naming_both()
    {
        var error = Assert.Throws<InvalidOperationException>(() => new PluginCatalog(
        [
            new Plugin("review", r => r.Verb<NoOp>("review.submit")),
            new Plugin("coaching", r => r.Verb<NoOp>("review.submit")),
        ]));

        Assert.Contains("review.submit", error.Message);
        Assert.Contains("'review'", error.Message);
        Assert.Contains("'coaching'", error.Message);
    }

    [Fact]
    public void Two_plugins_claiming_one_command_stop_the_start()
    {
        Assert.Throws<InvalidOperationException>(() => new PluginCatalog(
        [
            new Plugin("a", r => r.Command<NoOp>("my tasks", "a")),
            new Plugin("b", r => r.Command<NoOp>("My  Tasks", "b")),
        ]));
    }

    [Fact]
    public void Commands_match_case_and_spacing_insensitively_and_verbs_exactly()
    {
        var catalog = new PluginCatalog([new Plugin("a", r => r.Command<NoOp>("my reviews", "d").Verb<NoOp>("review.start"))]);

        Assert.Equal(typeof(NoOp), catalog.FindCommandHandler("My   REVIEWS"));
        Assert.Equal(typeof(NoOp), catalog.FindVerbHandler("review.start"));
        Assert.Null(catalog.FindVerbHandler("Review.Start"));
    }

    [Fact]
    public void Only_a_command_taking_arguments_is_routed_with_words_after_it()
    {
        var catalog = new PluginCatalog([new Plugin("reviews", r => r
            .Command<NoOp>("review queue", "help-review-queue")
            .Command<WithArguments>("calibration start", "help-calibration-start"))]);

        Assert.Equal(typeof(WithArguments), catalog.FindCommandHandler("Calibration  start RC-1, RC-2, RC-3"));
        Assert.Equal(typeof(WithArguments), catalog.FindCommandHandler("calibration start"));
        Assert.Null(catalog.FindCommandHandler("calibration"));
        Assert.Null(catalog.FindCommandHandler("calibration started"));
        Assert.Null(catalog.FindCommandHandler("review queue now"));
        Assert.Equal("RC-1, RC-2,RC-3", CommandWords.ArgumentsAfter("calibration start", "  Calibration  START RC-1, RC-2,RC-3 "));
    }
}
