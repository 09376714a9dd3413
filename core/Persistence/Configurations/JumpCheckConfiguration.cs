using CaseCoach.Core.Organisation;
using CaseCoach.Core.Reports.JumpChecks;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CaseCoach.Core.Persistence.Configurations;

internal sealed class JumpCheckConfiguration : IEntityTypeConfiguration<JumpCheck>
{
    public void Configure(EntityTypeBuilder<JumpCheck> builder)
    {
        builder.Property(c => c.Key).HasMaxLength(JumpCheck.KeyMaxLength);
        // R26: one secondary review per flag, even with the sweep running on two instances at once.
        builder.HasIndex(c => c.Key).IsUnique();
        builder.Property(c => c.Month).HasMaxLength(8);
        builder.Property(c => c.Dimension).HasConversion<string>().HasMaxLength(16);
        builder.Property(c => c.QuestionId).HasMaxLength(64);
        builder.HasIndex(c => new { c.JurisdictionId, c.Month });
        builder.HasOne<Jurisdiction>().WithMany().HasForeignKey(c => c.JurisdictionId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Person>().WithMany().HasForeignKey(c => c.SeniorReviewerId).OnDelete(DeleteBehavior.Restrict);
    }
}
