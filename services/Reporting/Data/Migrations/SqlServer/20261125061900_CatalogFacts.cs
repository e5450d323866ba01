using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace VanPhong.Reporting.Data.Migrations.SqlServer
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
                    Code = table.Column<string>(type: "nvarchar(30)", maxLength: 30, nullable: false),
                    Name = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: false),
                    Sector = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    LastChange = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    Abolished = table.Column<bool>(type: "bit", nullable: false),
                    DecisionNumber = table.Column<string>(type: "nvarchar(50)", maxLength: 50, nullable: false),
                    PublishedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    EffectiveOn = table.Column<DateOnly>(type: "date", nullable: true),
                    OnlineLevel = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    OneStop = table.Column<bool>(type: "bit", nullable: false),
                    PostalService = table.Column<bool>(type: "bit", nullable: false),
                    OnlinePayment = table.Column<bool>(type: "bit", nullable: false),
                    ProcessingDays = table.Column<int>(type: "int", nullable: false),
                    IsSample = table.Column<bool>(type: "bit", nullable: false),
                    InternalSubmitDueOn = table.Column<DateOnly>(type: "date", nullable: true),
                    InternalSubmittedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    InternalApprovedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    ElectronicUpdatedOn = table.Column<DateOnly>(type: "date", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ProcedureFacts", x => x.Code);
                });

            migrationBuilder.CreateTable(
                name: "SimplificationFacts",
                columns: table => new
                {
                    ProposalId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    ProcedureCode = table.Column<string>(type: "nvarchar(30)", maxLength: 30, nullable: false),
                    Year = table.Column<int>(type: "int", nullable: false),
                    CostBeforePerYear = table.Column<long>(type: "bigint", nullable: false),
                    CostAfterPerYear = table.Column<long>(type: "bigint", nullable: false),
                    SavingPerYear = table.Column<long>(type: "bigint", nullable: false),
                    SavingRate = table.Column<double>(type: "float", nullable: false),
                    PlanItemId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    FeedbackCodes = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: false),
                    ProposedAt = table.Column<DateTime>(type: "datetime2", nullable: false)
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
