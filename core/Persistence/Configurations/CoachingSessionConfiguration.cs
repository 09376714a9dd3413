using CaseCoach.Core.Coaching;
using CaseCoach.Core.Reviews;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CaseCoach.Core.Persistence.Configurations;

internal sealed class CoachingSessionConfiguration : IEntityTypeConfiguration<CoachingSession>
{
    public void Configure(EntityTypeBuilder<CoachingSession> builder)
    {
        builder.ToTable("CoachingSessions");
        builder.HasIndex(s => s.CoachingRequestId).IsUnique();
        builder.HasIndex(s => s.ReviewId);
        // The documentation clock reads sessions that started inside its lookback.
        builder.HasIndex(s => s.ScheduledStart);
        builder.HasOne(s => s.Request).WithMany().HasForeignKey(s => s.CoachingRequestId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Review>().WithMany().HasForeignKey(s => s.ReviewId).OnDelete(DeleteBehavior.Restrict);
    }
}
