using CaseCoach.Core.Audit;
using CaseCoach.Core.Cases;
using CaseCoach.Core.Instruments;
using CaseCoach.Core.Organisation;

namespace CaseCoach.Core.Reviews;

/// <summary>
/// One review of a case against an instrument (R4), from assignment through the survey (R5, R6) to the QA
/// supervisor's decision (R8). <see cref="Key"/> is the random id cards carry, so ids cannot be guessed.
/// </summary>
public sealed class Review : AuditedEntity
{
    public const int KeyLength = 32;
    public const string ScheduledAction = "review.scheduled";
    public const string ReassignedAction = "review.reassigned";

    private readonly List<ReviewAnswer> _answers = [];

    private Review() { }

    public long Id { get; private set; }
    public string Key { get; private set; } = "";
    public long CaseId { get; private set; }
    public Case Case { get; private set; } = null!;
    public long ReviewerId { get; private set; }
    public Person Reviewer { get; private set; } = null!;
    public long JurisdictionId { get; private set; }
    public Jurisdiction Jurisdiction { get; private set; } = null!;
    public string InstrumentKey { get; private set; } = "";
    public DateOnly DueOn { get; private set; }
    public ReviewStatus Status { get; private set; }

    /// <summary>R25: a calibration or second review never reaches the front line and is not counted as a regular review.</summary>
    public ReviewPurpose Purpose { get; private set; }

    /// <summary>
    /// Empty for a regular review, so (case, due date, slot) stays unique per case and date for intake; a calibration or
    /// second review takes its own slot, so several reviewers can review the same case on the same date (R25).
    /// </summary>
    public string Slot { get; private set; } = "";
    public long? CalibrationRoundId { get; private set; }

    /// <summary>R25: the new reviewer's review this one second-reviews.</summary>
    public long? SecondOfReviewId { get; private set; }

    /// <summary>R26: the jump flag's secondary review this second review belongs to (a sample of the flagged month's reviews).</summary>
    public long? JumpCheckId { get; private set; }

    /// <summary>R7-R17, R27: only a regular review is debriefed, coached and sent to the caseworker and supervisor.</summary>
    public bool ReachesFrontLine => Purpose == ReviewPurpose.Regular;
    public DateTimeOffset? StartedAt { get; private set; }

    /// <summary>R10: the jurisdiction asked for a tentative coaching hold at start; the coaching workflow places or cancels it.</summary>
    public bool CoachingHoldRequested { get; private set; }

    /// <summary>R6: stamped on submit; a review without it is open.</summary>
    public DateTimeOffset? CompletedAt { get; private set; }
    public string Strengths { get; private set; } = "";
    public string Opportunities { get; private set; } = "";
    public ReviewDecision? Decision { get; private set; }
    public bool NotEnoughInformation { get; private set; }
    public bool SafetyConcern { get; private set; }
    public long? DecidedById { get; private set; }
    public DateTimeOffset? DecidedAt { get; private set; }
    public IReadOnlyCollection<ReviewAnswer> Answers => _answers;

    /// <summary>Concurrency token: of two turns changing the same review at once, the second to commit fails and changes nothing.</summary>
    public int Version { get; private set; }

    public bool IsOpen => Status is ReviewStatus.Assigned or ReviewStatus.InProgress;

    /// <summary>R2, R3: a review of the case is due on <paramref name="dueOn"/>, assigned to <paramref name="reviewer"/>.</summary>
    public static Review Schedule(Case reviewed, Person reviewer, Jurisdiction jurisdiction, Instrument instrument, DateOnly dueOn)
    {
        ArgumentNullException.ThrowIfNull(reviewed);
        ArgumentNullException.ThrowIfNull(reviewer);
        ArgumentNullException.ThrowIfNull(jurisdiction);
        ArgumentNullException.ThrowIfNull(instrument);
        if (reviewer.Role != Role.Reviewer)
            throw new InvalidOperationException("Only a quality reviewer can be assigned a review.");
        return new Review
        {
            Key = Guid.NewGuid().ToString("N"),
            Case = reviewed,
            CaseId = reviewed.Id,
            Reviewer = reviewer,
            ReviewerId = reviewer.Id,
            Jurisdiction = jurisdiction,
            JurisdictionId = jurisdiction.Id,
            InstrumentKey = instrument.Key,
            DueOn = dueOn,
            Status = ReviewStatus.Assigned,
        };
    }

    public const int SlotMaxLength = 64;

    /// <summary>R25: one reviewer's review of a case in a calibration round (saved, so it has an id).</summary>
    public static Review ScheduleCalibration(Case reviewed, Person reviewer, Jurisdiction jurisdiction, Instrument instrument, DateOnly dueOn, Calibration.CalibrationRound round)
    {
        ArgumentNullException.ThrowIfNull(round);
        var review = Schedule(reviewed, reviewer, jurisdiction, instrument, dueOn);
        review.Purpose = ReviewPurpose.Calibration;
        review.CalibrationRoundId = round.Id;
        review.Slot = $"calibration:{round.Id}:{reviewer.Id}";
        return review;
    }

    /// <summary>R25: a senior reviewer's second review of a new reviewer's submitted review (saved, so it has an id).</summary>
    public static Review ScheduleSecondReview(Review original, Person senior, Instrument instrument, DateOnly dueOn)
    {
        ArgumentNullException.ThrowIfNull(original);
        ArgumentNullException.ThrowIfNull(senior);
        if (original.Purpose != ReviewPurpose.Regular) throw new InvalidOperationException("Only a regular review is second-reviewed.");
        if (original.IsAssignedTo(senior)) throw new InvalidOperationException("A second review needs another reviewer.");
        var review = Schedule(original.Case, senior, original.Jurisdiction, instrument, dueOn);
        review.Purpose = ReviewPurpose.SecondReview;
        review.SecondOfReviewId = original.Id;
        review.Slot = $"second:{original.Id}";
        return review;
    }

    /// <summary>
    /// R26: a senior reviewer's blind second review of one of a jump flag's sampled reviews (saved check, so it has an
    /// id). Its own slot, so it never clashes with a new reviewer's second review of the same review (R25).
    /// </summary>
    public static Review ScheduleJumpCheck(Review original, Person senior, Instrument instrument, DateOnly dueOn, CaseCoach.Core.Reports.JumpChecks.JumpCheck check)
    {
        ArgumentNullException.ThrowIfNull(check);
        var review = ScheduleSecondReview(original, senior, instrument, dueOn);
        review.JumpCheckId = check.Id;
        review.Slot = $"jump:{check.Id}:{original.Id}";
        return review;
    }

    /// <summary>
    /// R1-R3: intake scheduled this review (<see cref="Schedule"/> itself stays silent, so seeded and demo reviews
    /// leave no trail). The number and continuity are the planner's facts, so intake passes them in.
    /// </summary>
    public void ScheduledByIntake(int reviewNumber, bool sameReviewer) =>
        Audited(AuditEntry.SystemActor, ScheduledAction,
            new { status = Status.ToString(), dueOn = DueOn, reviewNumber, sameReviewer });

    /// <summary>R3: the open review moves to another reviewer (the previous one left); a draft stays with the review.</summary>
    /// <param name="actor">Who moved it: an aadObjectId, or the operator's name for the command line.</param>
    public void ReassignTo(Person reviewer, string actor)
    {
        ArgumentNullException.ThrowIfNull(reviewer);
        if (reviewer.Role != Role.Reviewer)
            throw new InvalidOperationException("Only a quality reviewer can be assigned a review.");
        RequireOpen();
        var fromReviewerId = ReviewerId;
        Reviewer = reviewer;
        ReviewerId = reviewer.Id;
        Version++;
        Audited(actor, ReassignedAction, new { fromReviewerId, toReviewerId = reviewer.Id, status = Status.ToString() });
    }

    /// <summary>R10: the coaching workflow placed the tentative hold starting at <paramref name="start"/>.</summary>
    public void CoachingHoldPlaced(DateTimeOffset start) =>
        Audited(AuditEntry.SystemActor, "coaching.holdPlaced", new { start });

    /// <summary>R10: the hold was released, because no coaching is needed or the real session is booked.</summary>
    public void CoachingHoldCancelled(bool notNeeded) =>
        Audited(AuditEntry.SystemActor, "coaching.holdCancelled", new { notNeeded });

    /// <summary>R11, R12: no coaching request could be opened; the reasons are refusal codes, not sentences.</summary>
    public void CoachingRefused(IReadOnlyList<string> reasons) =>
        Audited(AuditEntry.SystemActor, "coaching.refused", new { reasons });

    /// <summary>By identity for people not yet saved (id 0), by id for people loaded from the database.</summary>
    public bool IsAssignedTo(Person person) =>
        ReferenceEquals(person, Reviewer) || (person.Id != 0 && person.Id == ReviewerId);

    /// <summary>R10: true the first time only, when the notification goes out; later calls resume the draft.</summary>
    public bool Start(Person actor, Instrument instrument, DateTimeOffset now)
    {
        RequireReviewer(actor);
        RequireOpen();
        if (Status == ReviewStatus.InProgress) return false;
        foreach (var question in instrument.Questions) _answers.Add(new ReviewAnswer(question.Id));
        Status = ReviewStatus.InProgress;
        StartedAt = now;
        CoachingHoldRequested = ReachesFrontLine && Jurisdiction.PlacesTentativeCoachingHold;
        Version++;
        Audited(actor.AadObjectId, "review.started");
        return true;
    }

    /// <summary>R6: drafts can be saved and resumed while the review is open.</summary>
    public SurveyValidation SaveDraft(Person actor, Instrument instrument, SurveyEntry entry)
    {
        RequireReviewer(actor);
        RequireOpen();
        var validation = SurveyRules.ForDraft(instrument, entry);
        if (!validation.IsValid) return validation;
        Record(instrument, entry);
        Audited(actor.AadObjectId, "review.draftSaved");
        return validation;
    }

    /// <summary>R5: refused unless every question is answered and every No has a comment. R6: stamps the completion date.</summary>
    public SurveyValidation Submit(Person actor, Instrument instrument, SurveyEntry entry, DateTimeOffset now)
    {
        RequireReviewer(actor);
        RequireOpen();
        var validation = SurveyRules.ForSubmit(instrument, entry);
        if (!validation.IsValid) return validation;
        Record(instrument, entry);
        Status = ReviewStatus.Submitted;
        StartedAt ??= now;
        CompletedAt = now;
        Audited(actor.AadObjectId, "review.submitted");
        return validation;
    }

    /// <summary>
    /// R8: coaching is needed for any No, or when the file does not hold enough information to decide (the supervisor's
    /// mark at the debrief, or any question answered "not enough information").
    /// </summary>
    public ReviewDecision ComputedDecision(bool notEnoughInformation) =>
        notEnoughInformation || _answers.Any(a => a.Value.NeedsCoaching()) ? ReviewDecision.CoachingNeeded : ReviewDecision.NoCoachingNeeded;

    /// <summary>R7, R8: the QA supervisor confirms the decision after the debrief; only once.</summary>
    public ReviewDecision Decide(Person supervisor, bool notEnoughInformation, bool safetyConcern, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(supervisor);
        if (supervisor.Role != Role.QaSupervisor)
            throw new InvalidOperationException("Only a quality review supervisor decides on coaching.");
        if (Status != ReviewStatus.Submitted)
            throw new InvalidOperationException("Only a submitted review that has not been decided can be decided.");
        NotEnoughInformation = notEnoughInformation;
        SafetyConcern = safetyConcern;
        Decision = ComputedDecision(notEnoughInformation);
        DecidedById = supervisor.Id;
        DecidedAt = now;
        Status = ReviewStatus.Decided;
        Version++;
        Audited(supervisor.AadObjectId, "review.decided");
        return Decision.Value;
    }

    protected override string AuditType => "Review";
    protected override string AuditId => Key;
    protected override object AuditDetails() => new { status = Status.ToString(), decision = Decision?.ToString(), safetyConcern = SafetyConcern };

    public ReviewAnswer? AnswerTo(string questionId) => _answers.FirstOrDefault(a => a.QuestionId == questionId);

    /// <summary>
    /// R15: a No resolved during the coaching session, with prompt documentation, needs no action item and
    /// its answer may become Yes. The original comment is kept as written; the answer records the session's date
    /// (<see cref="ReviewAnswer.ResolvedDuringCoachingOn"/>), and the words are the template's where it is shown.
    /// </summary>
    public void ResolveNoDuringCoaching(string questionId, DateOnly sessionOn)
    {
        if (CompletedAt is null)
            throw new InvalidOperationException("Only a submitted review's answers change after coaching.");
        var answer = AnswerTo(questionId) ?? throw new InvalidOperationException($"The review has no question {questionId}.");
        if (answer.Value != Answer.No)
            throw new InvalidOperationException($"Question {questionId} was not answered No.");
        answer.ResolvedDuringCoaching(sessionOn);
    }

    private void Record(Instrument instrument, SurveyEntry entry)
    {
        foreach (var question in instrument.Questions)
        {
            var entered = entry.For(question.Id);
            entered.IsReadable(out var value);
            var answer = AnswerTo(question.Id);
            if (answer is null) _answers.Add(answer = new ReviewAnswer(question.Id));
            answer.Record(value, entered.Comment.Trim());
        }
        Strengths = entry.Strengths.Trim();
        Opportunities = entry.Opportunities.Trim();
        Version++;
    }

    private void RequireReviewer(Person actor)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (!IsAssignedTo(actor))
            throw new InvalidOperationException("Only the assigned reviewer can work on a review.");
    }

    /// <summary>R6: a survey is entered only while the review is open.</summary>
    private void RequireOpen()
    {
        if (!IsOpen)
            throw new InvalidOperationException("The review is no longer open.");
    }
}
