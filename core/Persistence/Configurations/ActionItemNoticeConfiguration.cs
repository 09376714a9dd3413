using CaseCoach.Core.ActionItems;
using CaseCoach.Core.Cases;
using CaseCoach.Core.Coaching;
using CaseCoach.Core.Organisation;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CaseCoach.Core.Persistence.Configurations;

internal sealed class ActionItemNoticeConfiguration : IEntityTypeConfiguration<ActionItemNotice>
{
    public void Configure(EntityTypeBuilder<ActionItemNotice> builder)
    {
        builder.Property(n => n.Key).HasMaxLength(ActionItemNotice.KeyMaxLength);

        // The arbiter between repeated and concurrent sweeps: a second insert of the same notice fails.
        builder.HasIndex(n => n.Key).IsUnique();
        builder.Property(n => n.Kind).HasConversion<string>().HasMaxLength(16);

        // The sweep's "already sent?" probe: NOT EXISTS (this item, this due date, this kind).
        builder.HasIndex(n => new { n.ActionItemId, n.DueOn, n.Kind });
    }
}
