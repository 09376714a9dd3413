using CaseCoach.Core.ActionItems;
using CaseCoach.Core.Cases;
using CaseCoach.Core.Coaching;
using CaseCoach.Core.Organisation;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CaseCoach.Core.Persistence.Configurations;

internal sealed class FidelityEventConfiguration : IEntityTypeConfiguration<FidelityEvent>
{
    public void Configure(EntityTypeBuilder<FidelityEvent> builder)
    {
        builder.Property(f => f.Kind).HasMaxLength(FidelityEvent.KindMaxLength);
        builder.HasIndex(f => new { f.CaseId, f.At });
        builder.HasIndex(f => new { f.Kind, f.At });
    }
}
