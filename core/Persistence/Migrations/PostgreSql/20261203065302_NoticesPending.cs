using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CaseCoach.Core.Persistence.Migrations.PostgreSql
{
    /// <inheritdoc />
    public partial class NoticesPending : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateOnly>(
                name: "NoticesPendingFor",
                table: "ActionItem",
                type: "date",
                nullable: true);

            // Items already swept: still pending unless the overdue notice, its email and the escalation about the
            // current due date are all on file (a notice key is unique per kind, item and due date, so three means all).
            migrationBuilder.Sql("UPDATE \"ActionItem\" SET \"NoticesPendingFor\" = \"DueOn\" WHERE (SELECT COUNT(*) FROM \"ActionItemNotice\" AS n WHERE n.\"ActionItemId\" = \"ActionItem\".\"Id\" AND n.\"DueOn\" = \"ActionItem\".\"DueOn\" AND n.\"Kind\" <> 'Reminder') < 3");

            migrationBuilder.CreateIndex(
                name: "IX_ActionItem_Status_NoticesPendingFor_Id_CoachingRecordId_DueOn",
                table: "ActionItem",
                columns: new[] { "Status", "NoticesPendingFor", "Id", "CoachingRecordId", "DueOn" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_ActionItem_Status_NoticesPendingFor_Id_CoachingRecordId_DueOn",
                table: "ActionItem");

            migrationBuilder.DropColumn(
                name: "NoticesPendingFor",
                table: "ActionItem");
        }
    }
}
