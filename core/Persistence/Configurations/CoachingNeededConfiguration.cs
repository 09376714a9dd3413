using CaseCoach.Core.Reviews;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CaseCoach.Core.Persistence.Configurations;

internal sealed class CoachingNeededConfiguration : IEntityTypeConfiguration<CoachingNeeded>
{
    public void Configure(EntityTypeBuilder<CoachingNeeded> builder)
    {
        builder.ToTable("CoachingNeededEvents");
        builder.HasIndex(c => c.ReviewId).IsUnique();
        builder.HasIndex(c => c.TakenUpAt);
        builder.HasOne<Review>().WithMany().HasForeignKey(c => c.ReviewId).OnDelete(DeleteBehavior.Restrict);
    }
}
