using CaseCoach.Core.Reviews;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CaseCoach.Core.Persistence.Configurations;

internal sealed class ReviewAnswerConfiguration : IEntityTypeConfiguration<ReviewAnswer>
{
    public void Configure(EntityTypeBuilder<ReviewAnswer> builder)
    {
        builder.ToTable("ReviewAnswers");
        builder.Property(a => a.QuestionId).HasMaxLength(32);
        builder.Property(a => a.Value).HasConversion<string>().HasMaxLength(16);
        builder.Property(a => a.Comment).HasMaxLength(ReviewAnswer.CommentMaxLength);
        builder.HasIndex(a => new { a.ReviewId, a.QuestionId }).IsUnique();
        // Covers the reports' grouping (R26: question and value per review) so SQLite never reads the answer rows themselves.
        builder.HasIndex(a => new { a.ReviewId, a.QuestionId, a.Value });
    }
}
