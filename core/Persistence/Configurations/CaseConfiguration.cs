using CaseCoach.Core.Cases;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CaseCoach.Core.Persistence.Configurations;

internal sealed class CaseConfiguration : IEntityTypeConfiguration<Case>
{
    public void Configure(EntityTypeBuilder<Case> builder)
    {
        builder.Property(c => c.ExternalCaseId).HasMaxLength(Case.ExternalIdMaxLength);
        builder.HasIndex(c => c.ExternalCaseId).IsUnique();
        builder.Property(c => c.Name).HasMaxLength(200);
        builder.Property(c => c.Score).HasPrecision(18, 6);
        builder.Property(c => c.Status).HasConversion<string>().HasMaxLength(16);
        builder.PrimitiveCollection(c => c.RiskFactors);
        builder.HasIndex(c => new { c.Status, c.Score });
        // The intake sweep pages through open cases by id.
        builder.HasIndex(c => new { c.Status, c.Id });

        // Restrict: people and units outlive their cases, and SQL Server refuses multiple cascade paths.
        builder.HasOne(c => c.Unit).WithMany().HasForeignKey(c => c.UnitId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(c => c.Caseworker).WithMany().HasForeignKey(c => c.CaseworkerId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(c => c.Supervisor).WithMany().HasForeignKey(c => c.SupervisorId).OnDelete(DeleteBehavior.Restrict);

        builder.HasMany(c => c.Children).WithOne().HasForeignKey(child => child.CaseId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(c => c.Children).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}
