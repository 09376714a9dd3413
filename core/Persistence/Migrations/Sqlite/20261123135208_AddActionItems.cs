using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CaseCoach.Core.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class AddActionItems : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "AccountabilityStaffing",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CaseId = table.Column<long>(type: "INTEGER", nullable: false),
                    CaseworkerId = table.Column<long>(type: "INTEGER", nullable: false),
                    UnitId = table.Column<long>(type: "INTEGER", nullable: false),
                    ActionItemIds = table.Column<string>(type: "TEXT", nullable: false),
                    MissedDueOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    NoticeKey = table.Column<string>(type: "TEXT", maxLength: 160, nullable: false),
                    EscalatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    ScheduledAt = table.Column<long>(type: "INTEGER", nullable: true),
                    ScheduledById = table.Column<long>(type: "INTEGER", nullable: true),
                    StartsAt = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AccountabilityStaffing", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ActionItemNotice",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Key = table.Column<string>(type: "TEXT", maxLength: 160, nullable: false),
                    ActionItemId = table.Column<Guid>(type: "TEXT", nullable: false),
                    SentAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ActionItemNotice", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "CoachingRecord",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CaseId = table.Column<long>(type: "INTEGER", nullable: false),
                    ReviewId = table.Column<long>(type: "INTEGER", nullable: true),
                    ReviewerId = table.Column<long>(type: "INTEGER", nullable: false),
                    SessionOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    ConcernsSummary = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    AnswersChangedToYes = table.Column<string>(type: "TEXT", nullable: false),
                    RecordedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    RecordedOnTime = table.Column<bool>(type: "INTEGER", nullable: false),
                    ActionItemsEmailedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    Attendees = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CoachingRecord", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CoachingRecord_Cases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "Cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_CoachingRecord_People_ReviewerId",
                        column: x => x.ReviewerId,
                        principalTable: "People",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "FidelityEvent",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    CaseId = table.Column<long>(type: "INTEGER", nullable: false),
                    CoachingRecordId = table.Column<Guid>(type: "TEXT", nullable: true),
                    ActionItemId = table.Column<Guid>(type: "TEXT", nullable: true),
                    ActorPersonId = table.Column<long>(type: "INTEGER", nullable: true),
                    At = table.Column<long>(type: "INTEGER", nullable: false),
                    DueOn = table.Column<DateOnly>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_FidelityEvent", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ActionItem",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CoachingRecordId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CaseId = table.Column<long>(type: "INTEGER", nullable: false),
                    Description = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    OwnerId = table.Column<long>(type: "INTEGER", nullable: false),
                    DueOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    OriginalDueOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    IsSafety = table.Column<bool>(type: "INTEGER", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Barrier = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    SendBackReason = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    ExtensionCount = table.Column<int>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    ReportedDoneAt = table.Column<long>(type: "INTEGER", nullable: true),
                    BarrierReportedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    VerifiedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    SentBackAt = table.Column<long>(type: "INTEGER", nullable: true),
                    ExtendedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ActionItem", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ActionItem_Cases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "Cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ActionItem_CoachingRecord_CoachingRecordId",
                        column: x => x.CoachingRecordId,
                        principalTable: "CoachingRecord",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ActionItem_People_OwnerId",
                        column: x => x.OwnerId,
                        principalTable: "People",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_AccountabilityStaffing_CaseworkerId_EscalatedAt",
                table: "AccountabilityStaffing",
                columns: new[] { "CaseworkerId", "EscalatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_AccountabilityStaffing_UnitId_EscalatedAt",
                table: "AccountabilityStaffing",
                columns: new[] { "UnitId", "EscalatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_ActionItem_CaseId",
                table: "ActionItem",
                column: "CaseId");

            migrationBuilder.CreateIndex(
                name: "IX_ActionItem_CoachingRecordId",
                table: "ActionItem",
                column: "CoachingRecordId");

            migrationBuilder.CreateIndex(
                name: "IX_ActionItem_OwnerId",
                table: "ActionItem",
                column: "OwnerId");

            migrationBuilder.CreateIndex(
                name: "IX_ActionItem_Status_DueOn",
                table: "ActionItem",
                columns: new[] { "Status", "DueOn" });

            migrationBuilder.CreateIndex(
                name: "IX_ActionItemNotice_ActionItemId",
                table: "ActionItemNotice",
                column: "ActionItemId");

            migrationBuilder.CreateIndex(
                name: "IX_ActionItemNotice_Key",
                table: "ActionItemNotice",
                column: "Key",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_CoachingRecord_CaseId",
                table: "CoachingRecord",
                column: "CaseId");

            migrationBuilder.CreateIndex(
                name: "IX_CoachingRecord_ReviewerId",
                table: "CoachingRecord",
                column: "ReviewerId");

            migrationBuilder.CreateIndex(
                name: "IX_FidelityEvent_CaseId_At",
                table: "FidelityEvent",
                columns: new[] { "CaseId", "At" });

            migrationBuilder.CreateIndex(
                name: "IX_FidelityEvent_Kind_At",
                table: "FidelityEvent",
                columns: new[] { "Kind", "At" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "AccountabilityStaffing");

            migrationBuilder.DropTable(
                name: "ActionItem");

            migrationBuilder.DropTable(
                name: "ActionItemNotice");

            migrationBuilder.DropTable(
                name: "FidelityEvent");

            migrationBuilder.DropTable(
                name: "CoachingRecord");
        }
    }
}
