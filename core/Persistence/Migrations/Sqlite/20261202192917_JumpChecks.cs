using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CaseCoach.Core.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class JumpChecks : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<long>(
                name: "JumpCheckId",
                table: "Reviews",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "ResolvedDuringCoachingOn",
                table: "ReviewAnswers",
                type: "TEXT",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "JumpCheck",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Key = table.Column<string>(type: "TEXT", maxLength: 160, nullable: false),
                    JurisdictionId = table.Column<long>(type: "INTEGER", nullable: false),
                    Month = table.Column<string>(type: "TEXT", maxLength: 8, nullable: false),
                    Dimension = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    QuestionId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    UnitId = table.Column<long>(type: "INTEGER", nullable: true),
                    SeniorReviewerId = table.Column<long>(type: "INTEGER", nullable: false),
                    OpenedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_JumpCheck", x => x.Id);
                    table.ForeignKey(
                        name: "FK_JumpCheck_Jurisdictions_JurisdictionId",
                        column: x => x.JurisdictionId,
                        principalTable: "Jurisdictions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_JumpCheck_People_SeniorReviewerId",
                        column: x => x.SeniorReviewerId,
                        principalTable: "People",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Reviews_JumpCheckId",
                table: "Reviews",
                column: "JumpCheckId");

            migrationBuilder.CreateIndex(
                name: "IX_JumpCheck_JurisdictionId_Month",
                table: "JumpCheck",
                columns: new[] { "JurisdictionId", "Month" });

            migrationBuilder.CreateIndex(
                name: "IX_JumpCheck_Key",
                table: "JumpCheck",
                column: "Key",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_JumpCheck_SeniorReviewerId",
                table: "JumpCheck",
                column: "SeniorReviewerId");

            migrationBuilder.AddForeignKey(
                name: "FK_Reviews_JumpCheck_JumpCheckId",
                table: "Reviews",
                column: "JumpCheckId",
                principalTable: "JumpCheck",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_Reviews_JumpCheck_JumpCheckId",
                table: "Reviews");

            migrationBuilder.DropTable(
                name: "JumpCheck");

            migrationBuilder.DropIndex(
                name: "IX_Reviews_JumpCheckId",
                table: "Reviews");

            migrationBuilder.DropColumn(
                name: "JumpCheckId",
                table: "Reviews");

            migrationBuilder.DropColumn(
                name: "ResolvedDuringCoachingOn",
                table: "ReviewAnswers");
        }
    }
}
