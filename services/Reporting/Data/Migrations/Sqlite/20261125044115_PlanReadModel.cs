using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace VanPhong.Reporting.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class PlanReadModel : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "PlanItemFacts",
                columns: table => new
                {
                    ItemId = table.Column<Guid>(type: "TEXT", nullable: false),
                    PlanId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    Code = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    SectionCode = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    SectionTitle = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    LeadUnits = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    DueOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Weight = table.Column<int>(type: "INTEGER", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Percent = table.Column<int>(type: "INTEGER", nullable: false),
                    CompletedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    CompletedLate = table.Column<bool>(type: "INTEGER", nullable: false),
                    LastReportedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    OverdueSince = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    ChangedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PlanItemFacts", x => x.ItemId);
                });

            migrationBuilder.CreateIndex(
                name: "IX_PlanItemFacts_Year",
                table: "PlanItemFacts",
                column: "Year");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "PlanItemFacts");
        }
    }
}
