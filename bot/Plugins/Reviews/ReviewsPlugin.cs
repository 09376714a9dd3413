using CaseCoach.Cards;

namespace CaseCoach.Bot.Plugins.Reviews;

/// <summary>
/// Case reviews (R2-R10): the reviewer's list, the survey card, the QA supervisor's debrief and decision,
/// and the sweep that assigns due reviews.
/// </summary>
public sealed class ReviewsPlugin : IBotPlugin
{
    public string Name => "reviews";

    public void Register(PluginRegistration registration) => registration
        .Command<MyReviewsCommand>("my reviews", "help-my-reviews")
        .Command<ReviewQueueCommand>("review queue", "help-review-queue")
        .Command<CalibrationStartCommand>(CalibrationStartCommand.Words, "help-calibration-start")
        .Verb<StartReviewAction>(CardVerbs.ReviewStart)
        .Verb<SurveyAction>(CardVerbs.ReviewSaveDraft)
        .Verb<SurveyAction>(CardVerbs.ReviewSubmit)
        .Verb<ConfirmDecisionAction>(CardVerbs.ReviewConfirmDecision)
        .Sweep<ReviewSchedulingSweep>()
        .Sweep<JumpCheckSweep>();

    public void AddServices(IServiceCollection services) => services.AddCaseCoachReviews();
}
