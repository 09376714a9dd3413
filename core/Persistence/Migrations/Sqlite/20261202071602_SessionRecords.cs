using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CaseCoach.Core.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class SessionRecords : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<long>(
                name: "RecordPromptedAt",
                table: "CoachingSessions",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "CoachingSessionId",
                table: "CoachingRecord",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_CoachingRecord_CoachingSessionId",
                table: "CoachingRecord",
                column: "CoachingSessionId",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_CoachingRecord_CoachingSessionId",
                table: "CoachingRecord");

            migrationBuilder.DropColumn(
                name: "RecordPromptedAt",
                table: "CoachingSessions");

            migrationBuilder.DropColumn(
                name: "CoachingSessionId",
                table: "CoachingRecord");
        }
    }
}
