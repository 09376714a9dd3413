using CaseCoach.Core.Coaching;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CaseCoach.Core.Persistence.Configurations;

internal sealed class CoachingSlotMarkConfiguration : IEntityTypeConfiguration<CoachingSlotMark>
{
    public void Configure(EntityTypeBuilder<CoachingSlotMark> builder)
    {
        builder.ToTable("CoachingSlotMarks");
        builder.Property(m => m.SlotId).HasMaxLength(CoachingSlotMark.SlotIdLength);

        // R13: one answer per offered time of a request; the poll reads a request's marks.
        builder.HasIndex(m => new { m.CoachingRequestId, m.SlotId }).IsUnique();
        builder.HasOne<CoachingRequest>().WithMany().HasForeignKey(m => m.CoachingRequestId).OnDelete(DeleteBehavior.Cascade);
    }
}
