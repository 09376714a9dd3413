using CaseCoach.Core.Reviews;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CaseCoach.Core.Persistence.Configurations;

internal sealed class ReviewConfiguration : IEntityTypeConfiguration<Review>
{
    public void Configure(EntityTypeBuilder<Review> builder)
    {
        builder.Property(r => r.Key).HasMaxLength(Review.KeyLength);
        builder.Property(r => r.Version).IsConcurrencyToken();
        builder.HasIndex(r => r.Key).IsUnique();
        builder.Property(r => r.InstrumentKey).HasMaxLength(64);
        builder.Property(r => r.Status).HasConversion<string>().HasMaxLength(16);
        builder.Property(r => r.Decision).HasConversion<string>().HasMaxLength(24);
        builder.Property(r => r.Strengths).HasMaxLength(4000);
        builder.Property(r => r.Opportunities).HasMaxLength(4000);

        builder.Property(r => r.Purpose).HasConversion<string>().HasMaxLength(16);
        builder.Property(r => r.Slot).HasMaxLength(Review.SlotMaxLength);

        // One regular review per case and due date (the scheduling sweep may run on two instances at once); calibration
        // and second reviews (R25) take their own slot.
        builder.HasIndex(r => new { r.CaseId, r.DueOn, r.Slot }).IsUnique();
        builder.HasIndex(r => r.CalibrationRoundId);
        builder.HasIndex(r => r.SecondOfReviewId);
        builder.HasIndex(r => r.JumpCheckId);
        builder.HasOne<CaseCoach.Core.Reports.JumpChecks.JumpCheck>().WithMany().HasForeignKey(r => r.JumpCheckId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<CaseCoach.Core.Reviews.Calibration.CalibrationRound>().WithMany().HasForeignKey(r => r.CalibrationRoundId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Review>().WithMany().HasForeignKey(r => r.SecondOfReviewId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(r => new { r.ReviewerId, r.Status });
        // The hand-off clocks read reviews completed inside their lookback; the hold sweep reads undecided reviews.
        builder.HasIndex(r => r.CompletedAt);
        // Reports (R26) read a jurisdiction's completed regular reviews by completion date: without this, SQLite walks every
        // review of the jurisdiction for each month it counts.
        builder.HasIndex(r => new { r.JurisdictionId, r.Purpose, r.CompletedAt });
        builder.HasIndex(r => r.Decision);

        builder.HasOne(r => r.Case).WithMany().HasForeignKey(r => r.CaseId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(r => r.Reviewer).WithMany().HasForeignKey(r => r.ReviewerId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(r => r.Jurisdiction).WithMany().HasForeignKey(r => r.JurisdictionId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<CaseCoach.Core.Organisation.Person>().WithMany().HasForeignKey(r => r.DecidedById).OnDelete(DeleteBehavior.Restrict);

        builder.HasMany(r => r.Answers).WithOne().HasForeignKey(a => a.ReviewId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(r => r.Answers).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}
