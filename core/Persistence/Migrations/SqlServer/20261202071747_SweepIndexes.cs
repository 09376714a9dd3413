using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CaseCoach.Core.Persistence.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class SweepIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_Reviews_CompletedAt",
                table: "Reviews",
                column: "CompletedAt");

            migrationBuilder.CreateIndex(
                name: "IX_Reviews_Decision",
                table: "Reviews",
                column: "Decision");

            migrationBuilder.CreateIndex(
                name: "IX_OutboxMessages_Status_DeliveredAt",
                table: "OutboxMessages",
                columns: new[] { "Status", "DeliveredAt" });

            migrationBuilder.CreateIndex(
                name: "IX_CoachingSessions_ScheduledStart",
                table: "CoachingSessions",
                column: "ScheduledStart");

            migrationBuilder.CreateIndex(
                name: "IX_CoachingRequests_Status_CreatedAt",
                table: "CoachingRequests",
                columns: new[] { "Status", "CreatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_CoachingRecord_ReviewId",
                table: "CoachingRecord",
                column: "ReviewId");

            migrationBuilder.CreateIndex(
                name: "IX_CoachingHolds_CancelledAt",
                table: "CoachingHolds",
                column: "CancelledAt");

            migrationBuilder.CreateIndex(
                name: "IX_Cases_Status_Id",
                table: "Cases",
                columns: new[] { "Status", "Id" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Reviews_CompletedAt",
                table: "Reviews");

            migrationBuilder.DropIndex(
                name: "IX_Reviews_Decision",
                table: "Reviews");

            migrationBuilder.DropIndex(
                name: "IX_OutboxMessages_Status_DeliveredAt",
                table: "OutboxMessages");

            migrationBuilder.DropIndex(
                name: "IX_CoachingSessions_ScheduledStart",
                table: "CoachingSessions");

            migrationBuilder.DropIndex(
                name: "IX_CoachingRequests_Status_CreatedAt",
                table: "CoachingRequests");

            migrationBuilder.DropIndex(
                name: "IX_CoachingRecord_ReviewId",
                table: "CoachingRecord");

            migrationBuilder.DropIndex(
                name: "IX_CoachingHolds_CancelledAt",
                table: "CoachingHolds");

            migrationBuilder.DropIndex(
                name: "IX_Cases_Status_Id",
                table: "Cases");
        }
    }
}
