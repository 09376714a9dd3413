using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace CaseCoach.Core.Persistence.Migrations.PostgreSql
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
                type: "timestamp with time zone",
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
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Key = table.Column<string>(type: "character varying(160)", maxLength: 160, nullable: false),
                    DueAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    FiredAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
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
