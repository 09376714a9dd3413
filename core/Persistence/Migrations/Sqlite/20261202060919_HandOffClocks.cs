using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CaseCoach.Core.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class HandOffClocks : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<long>(
                name: "DueAt",
                table: "FidelityEvent",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "ReviewId",
                table: "FidelityEvent",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "HandOffAlert",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Key = table.Column<string>(type: "TEXT", maxLength: 160, nullable: false),
                    DueAt = table.Column<long>(type: "INTEGER", nullable: false),
                    FiredAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_HandOffAlert", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_HandOffAlert_Key",
                table: "HandOffAlert",
                column: "Key",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "HandOffAlert");

            migrationBuilder.DropColumn(
                name: "DueAt",
                table: "FidelityEvent");

            migrationBuilder.DropColumn(
                name: "ReviewId",
                table: "FidelityEvent");
        }
    }
}
