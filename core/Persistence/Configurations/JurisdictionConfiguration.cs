using CaseCoach.Core.Organisation;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CaseCoach.Core.Persistence.Configurations;

internal sealed class JurisdictionConfiguration : IEntityTypeConfiguration<Jurisdiction>
{
    public void Configure(EntityTypeBuilder<Jurisdiction> builder)
    {
        builder.HasIndex(j => j.Key).IsUnique();
        builder.Property(j => j.Key).HasMaxLength(64);
        builder.Property(j => j.Name).HasMaxLength(200);
        builder.Property(j => j.TimeZone).HasMaxLength(64);
        builder.Property(j => j.InstrumentKey).HasMaxLength(64);

        // Short lists read with their jurisdiction: stored as JSON columns (EF primitive collections).
        builder.PrimitiveCollection(j => j.Holidays);
        builder.PrimitiveCollection(j => j.DesignatedRecipientEmails);
        builder.PrimitiveCollection(j => j.EscalationContactEmails);
    }
}
