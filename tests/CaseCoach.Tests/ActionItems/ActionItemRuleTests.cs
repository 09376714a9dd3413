using CaseCoach.Core.ActionItems;
using CaseCoach.Core.Organisation;

namespace CaseCoach.Tests.ActionItems;

/// <summary>The entity's rule methods and the sweeps' pure plan, without a host.</summary>
public class ActionItemRuleTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 30, 15, 0, 0, TimeSpan.Zero);
    private static readonly DateOnly Today = new(2026, 11, 30);

    private static ActionItem Item(bool safety = false, int dueInDays = 2) =>
        ActionItem.Agree(Guid.NewGuid(), 1, "Add visit notes", 7, Today.AddDays(dueInDays), safety, Today, Now);

    [Fact]
    public void A_due_date_in_the_past_is_refused_R16()
    {
        var refused = Assert.Throws<ActionItemRuleException>(() => Item(dueInDays: -1));
        Assert.Contains("in the past", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Verification_needs_a_report_first_and_a_refusal_changes_nothing_R18()
    {
        var item = Item();
        Assert.Throws<ActionItemRuleException>(() => item.Verify(3, Now));
        Assert.Equal((ActionItemStatus.Open, null), (item.Status, item.VerifiedAt));

        item.ReportDone(7, Now);
        var verified = item.Verify(3, Now.AddHours(1));

        Assert.Equal(ActionItemStatus.Verified, item.Status);
        Assert.Equal((FidelityEventKinds.Verified, Now.AddHours(1), (long?)3), (verified.Kind, verified.At, verified.ActorPersonId));
    }

    [Fact]
    public void Sending_back_reopens_the_item_with_the_reason_R18()
    {
        var item = Item();
        item.ReportDone(7, Now);

        item.SendBack(3, "Visit notes for November are still missing", Now);

        Assert.Equal((ActionItemStatus.Open, "Visit notes for November are still missing"), (item.Status, item.SendBackReason));
    }

    [Fact]
    public void A_safety_item_is_never_extended_and_other_items_only_to_a_later_date_R19()
    {
        var safety = Item(safety: true);
        var other = Item();

        Assert.Throws<ActionItemRuleException>(() => safety.ExtendDueDate(3, Today.AddDays(9), Today, Now));
        Assert.Throws<ActionItemRuleException>(() => other.ExtendDueDate(3, Today.AddDays(1), Today, Now));
        other.ExtendDueDate(3, Today.AddDays(9), Today, Now);

        Assert.Equal(Today.AddDays(2), safety.DueOn);
        Assert.Equal((Today.AddDays(9), Today.AddDays(2), 1), (other.DueOn, other.OriginalDueOn, other.ExtensionCount));
    }

    [Theory]
    [InlineData("2026-12-01T10:00:00-05:00", "Reminder")]
    [InlineData("2026-12-02T16:59:00-05:00", "Reminder")]
    [InlineData("2026-12-02T17:00:00-05:00", "Overdue")]
    [InlineData("2026-12-03T08:00:00-05:00", "Overdue,OverdueEmail")]
    [InlineData("2026-12-03T17:00:00-05:00", "Overdue,OverdueEmail,Escalation")]
    public void Notices_fall_due_in_the_jurisdictions_business_calendar_R20_to_R22(string now, string expected)
    {
        var jurisdiction = Jurisdiction.Create("r", "Riverside", "America/New_York", new TimeOnly(17, 0), "sp");
        var clock = ActionItemClock.For(jurisdiction, DateTimeOffset.Parse(now, System.Globalization.CultureInfo.InvariantCulture));
        var item = ActionItem.Agree(Guid.NewGuid(), 1, "Add visit notes", 7, new DateOnly(2026, 12, 2), false, Today, Now);

        Assert.Equal(expected, string.Join(",", OverduePlan.Due(item, clock)));
    }

    [Fact]
    public void Notice_keys_name_the_due_date_so_an_extension_starts_afresh()
    {
        var id = Guid.NewGuid();
        Assert.NotEqual(OverduePlan.Key(NoticeKind.Reminder, id, Today), OverduePlan.Key(NoticeKind.Reminder, id, Today.AddDays(7)));
    }

    [Fact]
    public void Timeframes_are_measured_from_the_stored_dates_R24()
    {
        var jurisdiction = Jurisdiction.Create("r", "Riverside", "America/New_York", new TimeOnly(17, 0), "sp");
        var due = new DateOnly(2026, 12, 2);
        var item = ActionItem.Agree(Guid.NewGuid(), 1, "Referral", 7, due, false, Today, Now);
        var clock = ActionItemClock.For(jurisdiction, new DateTimeOffset(2026, 12, 10, 9, 0, 0, TimeSpan.FromHours(-5)));
        Assert.Null(FidelityTimeframes.BarrierAddressedOnTime(item, null, clock));

        item.ReportBarrier(7, "Provider waitlist", new DateTimeOffset(2026, 12, 1, 15, 0, 0, TimeSpan.FromHours(-5)));
        Assert.False(FidelityTimeframes.BarrierAddressedOnTime(item, null, clock));
        item.ExtendDueDate(3, new DateOnly(2026, 12, 9), Today, new DateTimeOffset(2026, 12, 3, 16, 0, 0, TimeSpan.FromHours(-5)));
        Assert.True(FidelityTimeframes.BarrierAddressedOnTime(item, null, clock));

        var onTime = AccountabilityStaffing.Escalate(1, 7, 2, [item.Id], due, "k", new DateTimeOffset(2026, 12, 3, 17, 30, 0, TimeSpan.FromHours(-5)));
        var late = AccountabilityStaffing.Escalate(1, 7, 2, [item.Id], due, "k", new DateTimeOffset(2026, 12, 4, 17, 30, 0, TimeSpan.FromHours(-5)));
        Assert.True(FidelityTimeframes.AccountabilityInitiatedOnTime(onTime, clock));
        Assert.False(FidelityTimeframes.AccountabilityInitiatedOnTime(late, clock));
    }
}
