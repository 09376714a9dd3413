using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace CaseCoach.Core.Persistence.Migrations.PostgreSql
{
    /// <inheritdoc />
    public partial class CoachingSlotMarks : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "CoachingSlotMarks",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    CoachingRequestId = table.Column<long>(type: "bigint", nullable: false),
                    SlotId = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    Works = table.Column<bool>(type: "boolean", nullable: false),
                    MarkedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CoachingSlotMarks", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CoachingSlotMarks_CoachingRequests_CoachingRequestId",
                        column: x => x.CoachingRequestId,
                        principalTable: "CoachingRequests",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_CoachingSlotMarks_CoachingRequestId_SlotId",
                table: "CoachingSlotMarks",
                columns: new[] { "CoachingRequestId", "SlotId" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "CoachingSlotMarks");
        }
    }
}
