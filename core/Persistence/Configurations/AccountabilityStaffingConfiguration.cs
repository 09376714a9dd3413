using CaseCoach.Core.ActionItems;
using CaseCoach.Core.Cases;
using CaseCoach.Core.Coaching;
using CaseCoach.Core.Organisation;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CaseCoach.Core.Persistence.Configurations;

internal sealed class AccountabilityStaffingConfiguration : IEntityTypeConfiguration<AccountabilityStaffing>
{
    public void Configure(EntityTypeBuilder<AccountabilityStaffing> builder)
    {
        // Ids are made by the entity (UUIDv7) so cards and outbox keys can name it before the turn commits.
        builder.Property(s => s.Id).ValueGeneratedNever();
        builder.PrimitiveCollection(s => s.ActionItemIds);
        builder.Property(s => s.NoticeKey).HasMaxLength(ActionItemNotice.KeyMaxLength);

        // R23: repeat staffings are counted per worker and per unit.
        builder.HasIndex(s => new { s.CaseworkerId, s.EscalatedAt });
        builder.HasIndex(s => new { s.UnitId, s.EscalatedAt });
    }
}
