using CaseCoach.Core.Coaching;
using CaseCoach.Core.Reviews;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CaseCoach.Core.Persistence.Configurations;

internal sealed class CoachingHoldConfiguration : IEntityTypeConfiguration<CoachingHold>
{
    public void Configure(EntityTypeBuilder<CoachingHold> builder)
    {
        builder.ToTable("CoachingHolds");
        builder.Property(h => h.EventId).HasMaxLength(400);

        // One hold per review: placing it twice (two instances, a retry) fails the second commit.
        builder.HasIndex(h => h.ReviewId).IsUnique();
        // The hold sweep reads the holds still in place.
        builder.HasIndex(h => h.CancelledAt);
        builder.HasOne<Review>().WithMany().HasForeignKey(h => h.ReviewId).OnDelete(DeleteBehavior.Restrict);
        builder.Ignore(h => h.IsActive);
    }
}
