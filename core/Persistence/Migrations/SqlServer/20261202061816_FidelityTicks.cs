using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CaseCoach.Core.Persistence.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class FidelityTicks : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "FidelityTicks",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    ReviewId = table.Column<long>(type: "bigint", nullable: false),
                    BoxId = table.Column<string>(type: "nvarchar(16)", maxLength: 16, nullable: false),
                    Holds = table.Column<bool>(type: "bit", nullable: false),
                    TickedById = table.Column<long>(type: "bigint", nullable: false),
                    TickedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_FidelityTicks", x => x.Id);
                    table.ForeignKey(
                        name: "FK_FidelityTicks_People_TickedById",
                        column: x => x.TickedById,
                        principalTable: "People",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_FidelityTicks_Reviews_ReviewId",
                        column: x => x.ReviewId,
                        principalTable: "Reviews",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_FidelityTicks_ReviewId_BoxId",
                table: "FidelityTicks",
                columns: new[] { "ReviewId", "BoxId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_FidelityTicks_TickedById",
                table: "FidelityTicks",
                column: "TickedById");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "FidelityTicks");
        }
    }
}
