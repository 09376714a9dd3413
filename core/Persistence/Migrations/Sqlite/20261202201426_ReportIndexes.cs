using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CaseCoach.Core.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class ReportIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Reviews_JurisdictionId",
                table: "Reviews");

            migrationBuilder.CreateIndex(
                name: "IX_Reviews_JurisdictionId_Purpose_CompletedAt",
                table: "Reviews",
                columns: new[] { "JurisdictionId", "Purpose", "CompletedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_ReviewAnswers_ReviewId_QuestionId_Value",
                table: "ReviewAnswers",
                columns: new[] { "ReviewId", "QuestionId", "Value" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Reviews_JurisdictionId_Purpose_CompletedAt",
                table: "Reviews");

            migrationBuilder.DropIndex(
                name: "IX_ReviewAnswers_ReviewId_QuestionId_Value",
                table: "ReviewAnswers");

            migrationBuilder.CreateIndex(
                name: "IX_Reviews_JurisdictionId",
                table: "Reviews",
                column: "JurisdictionId");
        }
    }
}
