using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace VanPhong.Plans.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class ItemDueDates : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTime>(
                name: "DueSetAt",
                table: "PlanItems",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "DueSetBy",
                table: "PlanItems",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "DueSetReason",
                table: "PlanItems",
                type: "TEXT",
                maxLength: 1000,
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "DueSetAt",
                table: "PlanItems");

            migrationBuilder.DropColumn(
                name: "DueSetBy",
                table: "PlanItems");

            migrationBuilder.DropColumn(
                name: "DueSetReason",
                table: "PlanItems");
        }
    }
}
