using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CaseCoach.Core.Persistence.Migrations.SqlServer
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
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    ReviewId = table.Column<long>(type: "bigint", nullable: false),
                    EventId = table.Column<string>(type: "nvarchar(400)", maxLength: 400, nullable: false),
                    Start = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    End = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    PlacedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    CancelledAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true)
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
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    Key = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: false),
                    ReviewId = table.Column<long>(type: "bigint", nullable: false),
                    Status = table.Column<string>(type: "nvarchar(16)", maxLength: 16, nullable: false),
                    Version = table.Column<int>(type: "int", nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    WindowEnd = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    SlotsJson = table.Column<string>(type: "nvarchar(max)", maxLength: 8000, nullable: false),
                    BookedStart = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    BookedEnd = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    EventId = table.Column<string>(type: "nvarchar(400)", maxLength: 400, nullable: true),
                    BookedByAadObjectId = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: true),
                    ClaimToken = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true),
                    ClaimedUntil = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    ClaimedStart = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    ClaimedEnd = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true)
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
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    ReviewId = table.Column<long>(type: "bigint", nullable: false),
                    CoachingRequestId = table.Column<long>(type: "bigint", nullable: false),
                    ReviewCompletedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    ScheduledStart = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    ScheduledEnd = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    BookedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    WithinTimeframe = table.Column<bool>(type: "bit", nullable: false)
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
