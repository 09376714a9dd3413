using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CaseCoach.Core.Persistence.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class SessionRecords : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "RecordPromptedAt",
                table: "CoachingSessions",
                type: "datetimeoffset",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "CoachingSessionId",
                table: "CoachingRecord",
                type: "bigint",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_CoachingRecord_CoachingSessionId",
                table: "CoachingRecord",
                column: "CoachingSessionId",
                unique: true,
                filter: "[CoachingSessionId] IS NOT NULL");
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
