using CaseCoach.Core.Conversations;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CaseCoach.Core.Persistence.Configurations;

internal sealed class ConversationRecordConfiguration : IEntityTypeConfiguration<ConversationRecord>
{
    public void Configure(EntityTypeBuilder<ConversationRecord> builder)
    {
        builder.ToTable("Conversations");
        builder.Ignore(c => c.Coordinates);
        builder.Property(c => c.AadObjectId).HasMaxLength(64);
        builder.Property(c => c.TenantId).HasMaxLength(64);
        builder.Property(c => c.ChannelId).HasMaxLength(64);
        builder.Property(c => c.ServiceUrl).HasMaxLength(512);
        builder.Property(c => c.ConversationId).HasMaxLength(400);
        builder.Property(c => c.ConversationType).HasMaxLength(32);
        builder.Property(c => c.BotId).HasMaxLength(128);
        builder.Property(c => c.UserId).HasMaxLength(200);
        builder.HasIndex(c => new { c.ChannelId, c.ConversationId }).IsUnique();
        builder.HasIndex(c => c.AadObjectId);
    }
}
