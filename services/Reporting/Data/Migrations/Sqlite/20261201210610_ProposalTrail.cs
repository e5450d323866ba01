using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace VanPhong.Reporting.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class ProposalTrail : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateOnly>(
                name: "CarriedOutOn",
                table: "SimplificationFacts",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Change",
                table: "SimplificationFacts",
                type: "TEXT",
                maxLength: 20,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "DecisionNumber",
                table: "SimplificationFacts",
                type: "TEXT",
                maxLength: 50,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "PlanItemCode",
                table: "SimplificationFacts",
                type: "TEXT",
                maxLength: 20,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "ProcedureVersion",
                table: "SimplificationFacts",
                type: "INTEGER",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "CarriedOutOn",
                table: "SimplificationFacts");

            migrationBuilder.DropColumn(
                name: "Change",
                table: "SimplificationFacts");

            migrationBuilder.DropColumn(
                name: "DecisionNumber",
                table: "SimplificationFacts");

            migrationBuilder.DropColumn(
                name: "PlanItemCode",
                table: "SimplificationFacts");

            migrationBuilder.DropColumn(
                name: "ProcedureVersion",
                table: "SimplificationFacts");
        }
    }
}
