using CaseCoach.Core.ActionItems;
using CaseCoach.Core.Cases;
using CaseCoach.Core.Coaching;
using CaseCoach.Core.Organisation;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CaseCoach.Core.Persistence.Configurations;

internal sealed class ActionItemConfiguration : IEntityTypeConfiguration<ActionItem>
{
    public void Configure(EntityTypeBuilder<ActionItem> builder)
    {
        // Ids are made by the entity (UUIDv7) so cards and outbox keys can name it before the turn commits.
        builder.Property(a => a.Id).ValueGeneratedNever();
        builder.Property(a => a.Description).HasMaxLength(ActionItem.DescriptionMaxLength);
        builder.Property(a => a.Barrier).HasMaxLength(ActionItem.NoteMaxLength);
        builder.Property(a => a.SendBackReason).HasMaxLength(ActionItem.NoteMaxLength);
        builder.Property(a => a.Status).HasConversion<string>().HasMaxLength(16);
        builder.Property(a => a.Version).IsConcurrencyToken();

        // The sweeps' queries: open items by due date, read in keyset pages on (DueOn, Id); the action-item sweep's
        // range holds only items that may still owe a notice (NoticesPendingFor, null once all are sent), and it
        // covers the columns the sweep reads (after the unique Id, so they do not change the order): no row lookups.
        builder.HasIndex(a => new { a.Status, a.DueOn, a.Id });
        builder.HasIndex(a => new { a.Status, a.NoticesPendingFor, a.Id, a.CoachingRecordId, a.DueOn });
        builder.HasIndex(a => a.OwnerId);

        // Restrict: records, cases and people are never deleted through their action items.
        builder.HasOne<CoachingRecord>().WithMany().HasForeignKey(a => a.CoachingRecordId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Case>().WithMany().HasForeignKey(a => a.CaseId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Person>().WithMany().HasForeignKey(a => a.OwnerId).OnDelete(DeleteBehavior.Restrict);
    }
}
