using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CaseCoach.Core.Persistence.Migrations.SqlServer
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
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    CaseId = table.Column<long>(type: "bigint", nullable: false),
                    CaseworkerId = table.Column<long>(type: "bigint", nullable: false),
                    UnitId = table.Column<long>(type: "bigint", nullable: false),
                    ActionItemIds = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    MissedDueOn = table.Column<DateOnly>(type: "date", nullable: false),
                    NoticeKey = table.Column<string>(type: "nvarchar(160)", maxLength: 160, nullable: false),
                    EscalatedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    ScheduledAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    ScheduledById = table.Column<long>(type: "bigint", nullable: true),
                    StartsAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AccountabilityStaffing", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ActionItemNotice",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    Key = table.Column<string>(type: "nvarchar(160)", maxLength: 160, nullable: false),
                    ActionItemId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    SentAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ActionItemNotice", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "CoachingRecord",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    CaseId = table.Column<long>(type: "bigint", nullable: false),
                    ReviewId = table.Column<long>(type: "bigint", nullable: true),
                    ReviewerId = table.Column<long>(type: "bigint", nullable: false),
                    SessionOn = table.Column<DateOnly>(type: "date", nullable: false),
                    ConcernsSummary = table.Column<string>(type: "nvarchar(4000)", maxLength: 4000, nullable: false),
                    AnswersChangedToYes = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    RecordedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    RecordedOnTime = table.Column<bool>(type: "bit", nullable: false),
                    ActionItemsEmailedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    Attendees = table.Column<string>(type: "nvarchar(max)", nullable: true)
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
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    Kind = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    CaseId = table.Column<long>(type: "bigint", nullable: false),
                    CoachingRecordId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    ActionItemId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    ActorPersonId = table.Column<long>(type: "bigint", nullable: true),
                    At = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    DueOn = table.Column<DateOnly>(type: "date", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_FidelityEvent", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ActionItem",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    CoachingRecordId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    CaseId = table.Column<long>(type: "bigint", nullable: false),
                    Description = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: false),
                    OwnerId = table.Column<long>(type: "bigint", nullable: false),
                    DueOn = table.Column<DateOnly>(type: "date", nullable: false),
                    OriginalDueOn = table.Column<DateOnly>(type: "date", nullable: false),
                    IsSafety = table.Column<bool>(type: "bit", nullable: false),
                    Status = table.Column<string>(type: "nvarchar(16)", maxLength: 16, nullable: false),
                    Barrier = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: true),
                    SendBackReason = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: true),
                    ExtensionCount = table.Column<int>(type: "int", nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    ReportedDoneAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    BarrierReportedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    VerifiedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    SentBackAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    ExtendedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    Version = table.Column<int>(type: "int", nullable: false)
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
