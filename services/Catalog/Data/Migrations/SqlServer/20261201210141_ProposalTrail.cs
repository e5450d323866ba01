using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace VanPhong.Catalog.Data.Migrations.SqlServer
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
                type: "uniqueidentifier",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "CarriedOutByDecisionNumber",
                table: "ProcedureReviews",
                type: "nvarchar(50)",
                maxLength: 50,
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "CarriedOutOn",
                table: "ProcedureReviews",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "CarriedOutVersion",
                table: "ProcedureReviews",
                type: "int",
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
