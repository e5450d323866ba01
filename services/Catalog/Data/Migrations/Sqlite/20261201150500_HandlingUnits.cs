using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace VanPhong.Catalog.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class HandlingUnits : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "HandlingUnit",
                table: "Procedures",
                type: "TEXT",
                maxLength: 20,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "UnitCode",
                table: "ProcedureReviews",
                type: "TEXT",
                maxLength: 20,
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "HandlingUnit",
                table: "Procedures");

            migrationBuilder.DropColumn(
                name: "UnitCode",
                table: "ProcedureReviews");
        }
    }
}
