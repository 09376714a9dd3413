using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CaseCoach.Core.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class AddCoaching : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "CoachingHolds",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ReviewId = table.Column<long>(type: "INTEGER", nullable: false),
                    EventId = table.Column<string>(type: "TEXT", maxLength: 400, nullable: false),
                    Start = table.Column<long>(type: "INTEGER", nullable: false),
                    End = table.Column<long>(type: "INTEGER", nullable: false),
                    PlacedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    CancelledAt = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CoachingHolds", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CoachingHolds_Reviews_ReviewId",
                        column: x => x.ReviewId,
                        principalTable: "Reviews",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "CoachingRequests",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Key = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    ReviewId = table.Column<long>(type: "INTEGER", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    WindowEnd = table.Column<long>(type: "INTEGER", nullable: false),
                    SlotsJson = table.Column<string>(type: "TEXT", maxLength: 8000, nullable: false),
                    BookedStart = table.Column<long>(type: "INTEGER", nullable: true),
                    BookedEnd = table.Column<long>(type: "INTEGER", nullable: true),
                    EventId = table.Column<string>(type: "TEXT", maxLength: 400, nullable: true),
                    BookedByAadObjectId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    ClaimToken = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    ClaimedUntil = table.Column<long>(type: "INTEGER", nullable: true),
                    ClaimedStart = table.Column<long>(type: "INTEGER", nullable: true),
                    ClaimedEnd = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CoachingRequests", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CoachingRequests_Reviews_ReviewId",
                        column: x => x.ReviewId,
                        principalTable: "Reviews",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "CoachingSessions",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ReviewId = table.Column<long>(type: "INTEGER", nullable: false),
                    CoachingRequestId = table.Column<long>(type: "INTEGER", nullable: false),
                    ReviewCompletedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    ScheduledStart = table.Column<long>(type: "INTEGER", nullable: false),
                    ScheduledEnd = table.Column<long>(type: "INTEGER", nullable: false),
                    BookedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    WithinTimeframe = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CoachingSessions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CoachingSessions_CoachingRequests_CoachingRequestId",
                        column: x => x.CoachingRequestId,
                        principalTable: "CoachingRequests",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_CoachingSessions_Reviews_ReviewId",
                        column: x => x.ReviewId,
                        principalTable: "Reviews",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_CoachingHolds_ReviewId",
                table: "CoachingHolds",
                column: "ReviewId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_CoachingRequests_Key",
                table: "CoachingRequests",
                column: "Key",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_CoachingRequests_ReviewId",
                table: "CoachingRequests",
                column: "ReviewId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_CoachingSessions_CoachingRequestId",
                table: "CoachingSessions",
                column: "CoachingRequestId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_CoachingSessions_ReviewId",
                table: "CoachingSessions",
                column: "ReviewId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "CoachingHolds");

            migrationBuilder.DropTable(
                name: "CoachingSessions");

            migrationBuilder.DropTable(
                name: "CoachingRequests");
        }
    }
}
