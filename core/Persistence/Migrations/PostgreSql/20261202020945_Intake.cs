using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CaseCoach.Core.Persistence.Migrations.PostgreSql
{
    /// <inheritdoc />
    public partial class Intake : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "AlternateReviewerEvery",
                table: "Jurisdictions",
                type: "integer",
                nullable: false,
                defaultValue: 4);

            migrationBuilder.AddColumn<int>(
                name: "ReviewerCapacity",
                table: "Jurisdictions",
                type: "integer",
                nullable: false,
                defaultValue: 10);

            migrationBuilder.AddColumn<bool>(
                name: "TakesNewWork",
                table: "Jurisdictions",
                type: "boolean",
                nullable: false,
                defaultValue: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "FirstListedOn",
                table: "Cases",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "PriorReports",
                table: "Cases",
                type: "integer",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "AlternateReviewerEvery",
                table: "Jurisdictions");

            migrationBuilder.DropColumn(
                name: "ReviewerCapacity",
                table: "Jurisdictions");

            migrationBuilder.DropColumn(
                name: "TakesNewWork",
                table: "Jurisdictions");

            migrationBuilder.DropColumn(
                name: "FirstListedOn",
                table: "Cases");

            migrationBuilder.DropColumn(
                name: "PriorReports",
                table: "Cases");
        }
    }
}
