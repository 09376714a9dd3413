using CaseCoach.Cards.Delivery;
using CaseCoach.Cards.Text;
using CaseCoach.Cards;
using CaseCoach.Core.Clocks;

namespace CaseCoach.Cards.Clocks;

/// <summary>A stalled hand-off as a chat text, its deadline in the reader's own time zone.</summary>
public sealed class StalledHandOffNoticeText(ITextRenderer texts) : INoticeText<StalledHandOffNotice>
{
    public string Render(StalledHandOffNotice notice)
    {
        ArgumentNullException.ThrowIfNull(notice);
        var (handOff, step) = (notice.HandOff, notice.HandOff.Step.Name());
        var due = Phrasing.Moment(handOff.DueAt, notice.Recipient.TimeZone);
        return notice.Stage == HandOffStage.Nudge
            ? texts.Render(new HandOffNudgeText(step, handOff.Case.Name, handOff.Case.ExternalCaseId, due))
            : texts.Render(new HandOffSupervisorText(step, handOff.Case.Name, handOff.Case.ExternalCaseId, due,
                Phrasing.List(handOff.Holders.DistinctBy(p => p.Id).Select(p => p.Name).ToList())));
    }
}
