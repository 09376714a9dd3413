using CaseCoach.Core.ActionItems;
using CaseCoach.Core.Cases;
using CaseCoach.Core.Coaching;
using CaseCoach.Core.Organisation;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CaseCoach.Core.Persistence.Configurations;

internal sealed class CoachingRecordConfiguration : IEntityTypeConfiguration<CoachingRecord>
{
    public void Configure(EntityTypeBuilder<CoachingRecord> builder)
    {
        // Ids are made by the entity (UUIDv7) so cards and outbox keys can name it before the turn commits.
        builder.Property(c => c.Id).ValueGeneratedNever();
        builder.Property(c => c.ConcernsSummary).HasMaxLength(CoachingRecord.SummaryMaxLength);
        builder.PrimitiveCollection(c => c.AnswersChangedToYes);
        builder.OwnsMany(c => c.Attendees, attendees =>
        {
            attendees.ToJson();
            attendees.Property(a => a.Name).HasMaxLength(200);
            attendees.Property(a => a.Title).HasMaxLength(200);
        });
        builder.Navigation(c => c.Attendees).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.HasIndex(c => c.CaseId);
        // One record per booked session: a second save for the same session is a unique violation, not a duplicate.
        // No foreign key on purpose: adding one makes SQLite rebuild the table outside the migration's transaction.
        builder.HasIndex(c => c.CoachingSessionId).IsUnique();
        // The clocks ask "is this review's session documented?" per review.
        builder.HasIndex(c => c.ReviewId);
        builder.HasOne<Case>().WithMany().HasForeignKey(c => c.CaseId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Person>().WithMany().HasForeignKey(c => c.ReviewerId).OnDelete(DeleteBehavior.Restrict);
    }
}
