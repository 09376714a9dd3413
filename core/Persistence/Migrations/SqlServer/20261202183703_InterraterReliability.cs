using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CaseCoach.Core.Persistence.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class InterraterReliability : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Reviews_CaseId_DueOn",
                table: "Reviews");

            migrationBuilder.AddColumn<long>(
                name: "CalibrationRoundId",
                table: "Reviews",
                type: "bigint",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Purpose",
                table: "Reviews",
                type: "nvarchar(16)",
                maxLength: 16,
                nullable: false,
                defaultValue: "Regular");

            migrationBuilder.AddColumn<long>(
                name: "SecondOfReviewId",
                table: "Reviews",
                type: "bigint",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Slot",
                table: "Reviews",
                type: "nvarchar(64)",
                maxLength: 64,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<bool>(
                name: "IsSeniorReviewer",
                table: "People",
                type: "bit",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<DateOnly>(
                name: "ReviewerSince",
                table: "People",
                type: "date",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "CalibrationRound",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    JurisdictionId = table.Column<long>(type: "bigint", nullable: false),
                    Quarter = table.Column<string>(type: "nvarchar(8)", maxLength: 8, nullable: false),
                    StartedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    StartedBy = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CalibrationRound", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CalibrationRound_Jurisdictions_JurisdictionId",
                        column: x => x.JurisdictionId,
                        principalTable: "Jurisdictions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Reviews_CalibrationRoundId",
                table: "Reviews",
                column: "CalibrationRoundId");

            migrationBuilder.CreateIndex(
                name: "IX_Reviews_CaseId_DueOn_Slot",
                table: "Reviews",
                columns: new[] { "CaseId", "DueOn", "Slot" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Reviews_SecondOfReviewId",
                table: "Reviews",
                column: "SecondOfReviewId");

            migrationBuilder.CreateIndex(
                name: "IX_CalibrationRound_JurisdictionId_Quarter",
                table: "CalibrationRound",
                columns: new[] { "JurisdictionId", "Quarter" });

            migrationBuilder.AddForeignKey(
                name: "FK_Reviews_CalibrationRound_CalibrationRoundId",
                table: "Reviews",
                column: "CalibrationRoundId",
                principalTable: "CalibrationRound",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "FK_Reviews_Reviews_SecondOfReviewId",
                table: "Reviews",
                column: "SecondOfReviewId",
                principalTable: "Reviews",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_Reviews_CalibrationRound_CalibrationRoundId",
                table: "Reviews");

            migrationBuilder.DropForeignKey(
                name: "FK_Reviews_Reviews_SecondOfReviewId",
                table: "Reviews");

            migrationBuilder.DropTable(
                name: "CalibrationRound");

            migrationBuilder.DropIndex(
                name: "IX_Reviews_CalibrationRoundId",
                table: "Reviews");

            migrationBuilder.DropIndex(
                name: "IX_Reviews_CaseId_DueOn_Slot",
                table: "Reviews");

            migrationBuilder.DropIndex(
                name: "IX_Reviews_SecondOfReviewId",
                table: "Reviews");

            migrationBuilder.DropColumn(
                name: "CalibrationRoundId",
                table: "Reviews");

            migrationBuilder.DropColumn(
                name: "Purpose",
                table: "Reviews");

            migrationBuilder.DropColumn(
                name: "SecondOfReviewId",
                table: "Reviews");

            migrationBuilder.DropColumn(
                name: "Slot",
                table: "Reviews");

            migrationBuilder.DropColumn(
                name: "IsSeniorReviewer",
                table: "People");

            migrationBuilder.DropColumn(
                name: "ReviewerSince",
                table: "People");

            migrationBuilder.CreateIndex(
                name: "IX_Reviews_CaseId_DueOn",
                table: "Reviews",
                columns: new[] { "CaseId", "DueOn" },
                unique: true);
        }
    }
}
