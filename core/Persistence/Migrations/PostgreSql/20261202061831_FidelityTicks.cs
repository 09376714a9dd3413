using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace CaseCoach.Core.Persistence.Migrations.PostgreSql
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
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ReviewId = table.Column<long>(type: "bigint", nullable: false),
                    BoxId = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    Holds = table.Column<bool>(type: "boolean", nullable: false),
                    TickedById = table.Column<long>(type: "bigint", nullable: false),
                    TickedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
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
