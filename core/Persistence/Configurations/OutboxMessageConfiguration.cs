using CaseCoach.Core.Outbox;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CaseCoach.Core.Persistence.Configurations;

internal sealed class OutboxMessageConfiguration : IEntityTypeConfiguration<OutboxMessage>
{
    public void Configure(EntityTypeBuilder<OutboxMessage> builder)
    {
        builder.Property(m => m.Kind).HasMaxLength(OutboxMessage.KindMaxLength);
        builder.Property(m => m.IdempotencyKey).HasMaxLength(OutboxMessage.IdempotencyKeyMaxLength);
        builder.HasIndex(m => m.IdempotencyKey).IsUnique();
        builder.Property(m => m.Status).HasConversion<string>().HasMaxLength(16);
        builder.Property(m => m.ClaimedBy).HasMaxLength(OutboxMessage.ClaimedByMaxLength);
        builder.Property(m => m.ExternalId).HasMaxLength(400);
        builder.Property(m => m.LastError).HasMaxLength(OutboxMessage.ErrorMaxLength);

        // The dispatcher's claim query: due pending rows, and in-flight rows whose lease ran out.
        builder.HasIndex(m => new { m.Status, m.NextAttemptAt });
        // The retention sweep deletes delivered rows by age.
        builder.HasIndex(m => new { m.Status, m.DeliveredAt });
    }
}
