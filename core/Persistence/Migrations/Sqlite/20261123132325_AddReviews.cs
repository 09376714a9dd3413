using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CaseCoach.Core.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class AddReviews : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<long>(
                name: "JurisdictionId",
                table: "Units",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "PlacesTentativeCoachingHold",
                table: "Jurisdictions",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.CreateTable(
                name: "Reviews",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Key = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    CaseId = table.Column<long>(type: "INTEGER", nullable: false),
                    ReviewerId = table.Column<long>(type: "INTEGER", nullable: false),
                    JurisdictionId = table.Column<long>(type: "INTEGER", nullable: false),
                    InstrumentKey = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    DueOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    StartedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    CoachingHoldRequested = table.Column<bool>(type: "INTEGER", nullable: false),
                    CompletedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    Strengths = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    Opportunities = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    Decision = table.Column<string>(type: "TEXT", maxLength: 24, nullable: true),
                    NotEnoughInformation = table.Column<bool>(type: "INTEGER", nullable: false),
                    SafetyConcern = table.Column<bool>(type: "INTEGER", nullable: false),
                    DecidedById = table.Column<long>(type: "INTEGER", nullable: true),
                    DecidedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Reviews", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Reviews_Cases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "Cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Reviews_Jurisdictions_JurisdictionId",
                        column: x => x.JurisdictionId,
                        principalTable: "Jurisdictions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Reviews_People_DecidedById",
                        column: x => x.DecidedById,
                        principalTable: "People",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Reviews_People_ReviewerId",
                        column: x => x.ReviewerId,
                        principalTable: "People",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "CoachingNeededEvents",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ReviewId = table.Column<long>(type: "INTEGER", nullable: false),
                    SafetyConcern = table.Column<bool>(type: "INTEGER", nullable: false),
                    DecidedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    TakenUpAt = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CoachingNeededEvents", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CoachingNeededEvents_Reviews_ReviewId",
                        column: x => x.ReviewId,
                        principalTable: "Reviews",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ReviewAnswers",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ReviewId = table.Column<long>(type: "INTEGER", nullable: false),
                    QuestionId = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Value = table.Column<string>(type: "TEXT", maxLength: 16, nullable: true),
                    Comment = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ReviewAnswers", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ReviewAnswers_Reviews_ReviewId",
                        column: x => x.ReviewId,
                        principalTable: "Reviews",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Units_JurisdictionId",
                table: "Units",
                column: "JurisdictionId");

            migrationBuilder.CreateIndex(
                name: "IX_CoachingNeededEvents_ReviewId",
                table: "CoachingNeededEvents",
                column: "ReviewId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_CoachingNeededEvents_TakenUpAt",
                table: "CoachingNeededEvents",
                column: "TakenUpAt");

            migrationBuilder.CreateIndex(
                name: "IX_ReviewAnswers_ReviewId_QuestionId",
                table: "ReviewAnswers",
                columns: new[] { "ReviewId", "QuestionId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Reviews_CaseId_DueOn",
                table: "Reviews",
                columns: new[] { "CaseId", "DueOn" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Reviews_DecidedById",
                table: "Reviews",
                column: "DecidedById");

            migrationBuilder.CreateIndex(
                name: "IX_Reviews_JurisdictionId",
                table: "Reviews",
                column: "JurisdictionId");

            migrationBuilder.CreateIndex(
                name: "IX_Reviews_Key",
                table: "Reviews",
                column: "Key",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Reviews_ReviewerId_Status",
                table: "Reviews",
                columns: new[] { "ReviewerId", "Status" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "CoachingNeededEvents");

            migrationBuilder.DropTable(
                name: "ReviewAnswers");

            migrationBuilder.DropTable(
                name: "Reviews");

            migrationBuilder.DropIndex(
                name: "IX_Units_JurisdictionId",
                table: "Units");

            migrationBuilder.DropColumn(
                name: "JurisdictionId",
                table: "Units");

            migrationBuilder.DropColumn(
                name: "PlacesTentativeCoachingHold",
                table: "Jurisdictions");
        }
    }
}
