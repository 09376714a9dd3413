using CaseCoach.Core.Coaching;
using CaseCoach.Core.Reviews;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CaseCoach.Core.Persistence.Configurations;

internal sealed class CoachingRequestConfiguration : IEntityTypeConfiguration<CoachingRequest>
{
    public void Configure(EntityTypeBuilder<CoachingRequest> builder)
    {
        builder.ToTable("CoachingRequests");
        builder.Property(r => r.Key).HasMaxLength(CoachingRequest.KeyLength);
        builder.HasIndex(r => r.Key).IsUnique();
        builder.Property(r => r.Status).HasConversion<string>().HasMaxLength(16);
        builder.Property(r => r.SlotsJson).HasMaxLength(8000);
        builder.Property(r => r.EventId).HasMaxLength(400);
        builder.Property(r => r.BookedByAadObjectId).HasMaxLength(64);
        builder.Property(r => r.ClaimToken).HasMaxLength(200);

        // Two picks at once: the second commit finds the version changed and the turn runs again on the booking.
        builder.Property(r => r.Version).IsConcurrencyToken();

        // One request per review, even when two sweep instances take up the same CoachingNeeded event.
        builder.HasIndex(r => r.ReviewId).IsUnique();
        // The coaching-request clock reads open requests created inside its lookback.
        builder.HasIndex(r => new { r.Status, r.CreatedAt });
        builder.HasOne<Review>().WithMany().HasForeignKey(r => r.ReviewId).OnDelete(DeleteBehavior.Restrict);
        builder.Ignore(r => r.Slots);
        builder.Ignore(r => r.IsOpen);
    }
}
