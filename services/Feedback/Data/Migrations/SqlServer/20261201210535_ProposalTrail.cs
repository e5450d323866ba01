using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace VanPhong.Feedback.Data.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class ProposalTrail : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "ProposalTrails",
                columns: table => new
                {
                    ProposalId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    ProcedureCode = table.Column<string>(type: "nvarchar(30)", maxLength: 30, nullable: false),
                    Year = table.Column<int>(type: "int", nullable: true),
                    ProposedAt = table.Column<DateTime>(type: "datetime2", nullable: true),
                    PlanItemId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    PlanItemCode = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: true),
                    SavingPerYear = table.Column<long>(type: "bigint", nullable: true),
                    SavingRate = table.Column<double>(type: "float", nullable: true),
                    DecisionNumber = table.Column<string>(type: "nvarchar(50)", maxLength: 50, nullable: true),
                    PublishedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    EffectiveOn = table.Column<DateOnly>(type: "date", nullable: true),
                    ProcedureVersion = table.Column<int>(type: "int", nullable: true),
                    Change = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: true),
                    ProcedureName = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ProposalTrails", x => x.ProposalId);
                });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ProposalTrails");
        }
    }
}
