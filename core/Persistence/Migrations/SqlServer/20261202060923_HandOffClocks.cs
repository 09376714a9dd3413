using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CaseCoach.Core.Persistence.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class HandOffClocks : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "DueAt",
                table: "FidelityEvent",
                type: "datetimeoffset",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "ReviewId",
                table: "FidelityEvent",
                type: "bigint",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "HandOffAlert",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    Key = table.Column<string>(type: "nvarchar(160)", maxLength: 160, nullable: false),
                    DueAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    FiredAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false)
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
