using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CaseCoach.Core.Persistence.Migrations.Sqlite
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
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ReviewId = table.Column<long>(type: "INTEGER", nullable: false),
                    BoxId = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Holds = table.Column<bool>(type: "INTEGER", nullable: false),
                    TickedById = table.Column<long>(type: "INTEGER", nullable: false),
                    TickedAt = table.Column<long>(type: "INTEGER", nullable: false)
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
