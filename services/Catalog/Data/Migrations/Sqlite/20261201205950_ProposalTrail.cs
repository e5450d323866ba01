using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace VanPhong.Catalog.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class ProposalTrail : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<Guid>(
                name: "CarriedOutByDecisionId",
                table: "ProcedureReviews",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "CarriedOutByDecisionNumber",
                table: "ProcedureReviews",
                type: "TEXT",
                maxLength: 50,
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "CarriedOutOn",
                table: "ProcedureReviews",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "CarriedOutVersion",
                table: "ProcedureReviews",
                type: "INTEGER",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "CarriedOutByDecisionId",
                table: "ProcedureReviews");

            migrationBuilder.DropColumn(
                name: "CarriedOutByDecisionNumber",
                table: "ProcedureReviews");

            migrationBuilder.DropColumn(
                name: "CarriedOutOn",
                table: "ProcedureReviews");

            migrationBuilder.DropColumn(
                name: "CarriedOutVersion",
                table: "ProcedureReviews");
        }
    }
}
