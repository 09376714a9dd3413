using CaseCoach.Core.Organisation;
using CaseCoach.Core.Reports.Fidelity;
using CaseCoach.Core.Reviews;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CaseCoach.Core.Persistence.Configurations;

internal sealed class FidelityTickConfiguration : IEntityTypeConfiguration<FidelityTick>
{
    public void Configure(EntityTypeBuilder<FidelityTick> builder)
    {
        builder.ToTable("FidelityTicks");
        builder.Property(t => t.BoxId).HasMaxLength(FidelityTick.BoxIdMaxLength);
        // One tick per review and box: two saves at once make the second commit fail, never a duplicate.
        builder.HasIndex(t => new { t.ReviewId, t.BoxId }).IsUnique();
        builder.HasOne<Review>().WithMany().HasForeignKey(t => t.ReviewId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Person>().WithMany().HasForeignKey(t => t.TickedById).OnDelete(DeleteBehavior.Restrict);
    }
}
