using CaseCoach.Core.Organisation;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CaseCoach.Core.Persistence.Configurations;

internal sealed class UnitConfiguration : IEntityTypeConfiguration<Unit>
{
    public void Configure(EntityTypeBuilder<Unit> builder)
    {
        builder.Property(u => u.Name).HasMaxLength(Unit.NameMaxLength);
        builder.HasIndex(u => u.Name).IsUnique();
        // A plain indexed column, no foreign key: SQLite would rebuild the Units table outside a transaction to add one.
        builder.HasIndex(u => u.JurisdictionId);
    }
}
