using CaseCoach.Core.Organisation;
using CaseCoach.Core.Reviews.Calibration;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CaseCoach.Core.Persistence.Configurations;

internal sealed class CalibrationRoundConfiguration : IEntityTypeConfiguration<CalibrationRound>
{
    public void Configure(EntityTypeBuilder<CalibrationRound> builder)
    {
        builder.Property(r => r.Quarter).HasMaxLength(8);
        builder.Property(r => r.StartedBy).HasMaxLength(CalibrationRound.StartedByMaxLength);
        builder.HasIndex(r => new { r.JurisdictionId, r.Quarter });
        builder.HasOne<Jurisdiction>().WithMany().HasForeignKey(r => r.JurisdictionId).OnDelete(DeleteBehavior.Restrict);
    }
}
