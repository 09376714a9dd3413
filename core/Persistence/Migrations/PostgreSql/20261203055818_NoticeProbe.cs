using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CaseCoach.Core.Persistence.Migrations.PostgreSql
{
    /// <inheritdoc />
    public partial class NoticeProbe : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_ActionItemNotice_ActionItemId",
                table: "ActionItemNotice");

            migrationBuilder.DropIndex(
                name: "IX_ActionItem_Status_DueOn",
                table: "ActionItem");

            migrationBuilder.AddColumn<DateOnly>(
                name: "DueOn",
                table: "ActionItemNotice",
                type: "date",
                nullable: false,
                defaultValue: new DateOnly(1, 1, 1));

            migrationBuilder.AddColumn<string>(
                name: "Kind",
                table: "ActionItemNotice",
                type: "character varying(16)",
                maxLength: 16,
                nullable: false,
                defaultValue: "");

            // Notices sent before these columns existed: their key names kind, item and due date ("kind:item:yyyy-MM-dd").
            migrationBuilder.Sql("UPDATE \"ActionItemNotice\" SET \"DueOn\" = CAST(right(\"Key\", 10) AS date), \"Kind\" = CASE WHEN \"Key\" LIKE 'reminder:%' THEN 'Reminder' WHEN \"Key\" LIKE 'overdueemail:%' THEN 'OverdueEmail' WHEN \"Key\" LIKE 'overdue:%' THEN 'Overdue' ELSE 'Escalation' END");

            migrationBuilder.CreateIndex(
                name: "IX_ActionItemNotice_ActionItemId_DueOn_Kind",
                table: "ActionItemNotice",
                columns: new[] { "ActionItemId", "DueOn", "Kind" });

            migrationBuilder.CreateIndex(
                name: "IX_ActionItem_Status_DueOn_Id",
                table: "ActionItem",
                columns: new[] { "Status", "DueOn", "Id" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_ActionItemNotice_ActionItemId_DueOn_Kind",
                table: "ActionItemNotice");

            migrationBuilder.DropIndex(
                name: "IX_ActionItem_Status_DueOn_Id",
                table: "ActionItem");

            migrationBuilder.DropColumn(
                name: "DueOn",
                table: "ActionItemNotice");

            migrationBuilder.DropColumn(
                name: "Kind",
                table: "ActionItemNotice");

            migrationBuilder.CreateIndex(
                name: "IX_ActionItemNotice_ActionItemId",
                table: "ActionItemNotice",
                column: "ActionItemId");

            migrationBuilder.CreateIndex(
                name: "IX_ActionItem_Status_DueOn",
                table: "ActionItem",
                columns: new[] { "Status", "DueOn" });
        }
    }
}
