using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace VanPhong.Reporting.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class CatalogFacts : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "ProcedureFacts",
                columns: table => new
                {
                    Code = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    Sector = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    LastChange = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Abolished = table.Column<bool>(type: "INTEGER", nullable: false),
                    DecisionNumber = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    PublishedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    EffectiveOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    OnlineLevel = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    OneStop = table.Column<bool>(type: "INTEGER", nullable: false),
                    PostalService = table.Column<bool>(type: "INTEGER", nullable: false),
                    OnlinePayment = table.Column<bool>(type: "INTEGER", nullable: false),
                    ProcessingDays = table.Column<int>(type: "INTEGER", nullable: false),
                    IsSample = table.Column<bool>(type: "INTEGER", nullable: false),
                    InternalSubmitDueOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    InternalSubmittedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    InternalApprovedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    ElectronicUpdatedOn = table.Column<DateOnly>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ProcedureFacts", x => x.Code);
                });

            migrationBuilder.CreateTable(
                name: "SimplificationFacts",
                columns: table => new
                {
                    ProposalId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ProcedureCode = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    CostBeforePerYear = table.Column<long>(type: "INTEGER", nullable: false),
                    CostAfterPerYear = table.Column<long>(type: "INTEGER", nullable: false),
                    SavingPerYear = table.Column<long>(type: "INTEGER", nullable: false),
                    SavingRate = table.Column<double>(type: "REAL", nullable: false),
                    PlanItemId = table.Column<Guid>(type: "TEXT", nullable: true),
                    FeedbackCodes = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    ProposedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SimplificationFacts", x => x.ProposalId);
                });

            migrationBuilder.CreateIndex(
                name: "IX_SimplificationFacts_Year",
                table: "SimplificationFacts",
                column: "Year");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ProcedureFacts");

            migrationBuilder.DropTable(
                name: "SimplificationFacts");
        }
    }
}
