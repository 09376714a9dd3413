using CaseCoach.Core.Turns;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CaseCoach.Core.Persistence.Configurations;

internal sealed class ProcessedActivityConfiguration : IEntityTypeConfiguration<ProcessedActivity>
{
    public void Configure(EntityTypeBuilder<ProcessedActivity> builder)
    {
        builder.Property(p => p.ConversationId).HasMaxLength(400);
        builder.Property(p => p.ActivityId).HasMaxLength(200);

        // The decision itself: a second insert for the same activity fails, so only one turn wins.
        builder.HasIndex(p => new { p.ConversationId, p.ActivityId }).IsUnique();
        builder.HasIndex(p => p.CreatedAt);
    }
}
