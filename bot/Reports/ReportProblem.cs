namespace CaseCoach.Bot.Reports;

/// <summary>Why a report page shows nothing; the sentence for each is in Pages/Shared/_Problem.cshtml.</summary>
public enum ReportProblem
{
    NotSignedIn,
    Forbidden,
    BadQuarter,
    BadFigure,
    ReviewUnknown,
    ReviewOutsideScope,
    ReviewNotFound,
    NotQaSupervisor,
    BadTicks,
    TickedMeanwhile,
}
