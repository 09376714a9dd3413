using CaseCoach.Core.Clocks;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CaseCoach.Core.Persistence.Configurations;

internal sealed class HandOffAlertConfiguration : IEntityTypeConfiguration<HandOffAlert>
{
    public void Configure(EntityTypeBuilder<HandOffAlert> builder)
    {
        builder.Property(a => a.Key).HasMaxLength(HandOffAlert.KeyMaxLength);

        // The arbiter between repeated and concurrent sweeps: a second insert of the same stage fails.
        builder.HasIndex(a => a.Key).IsUnique();
    }
}
