using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace VanPhong.Reporting.Data.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class DossierRecords : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // The imports made before this migration were all of the aggregate template.
            migrationBuilder.AddColumn<string>(
                name: "Kind",
                table: "DossierImports",
                type: "nvarchar(10)",
                maxLength: 10,
                nullable: false,
                defaultValue: "Aggregate");

            migrationBuilder.CreateTable(
                name: "DossierRecords",
                columns: table => new
                {
                    Code = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    ProcedureCode = table.Column<string>(type: "nvarchar(30)", maxLength: 30, nullable: false),
                    Channel = table.Column<string>(type: "nvarchar(10)", maxLength: 10, nullable: false),
                    ReceivedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    DueOn = table.Column<DateOnly>(type: "date", nullable: false),
                    ReturnedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    Status = table.Column<string>(type: "nvarchar(12)", maxLength: 12, nullable: false),
                    LateReason = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: true),
                    Digitised = table.Column<bool>(type: "bit", nullable: false),
                    PaidOnline = table.Column<bool>(type: "bit", nullable: false),
                    ApologyIssued = table.Column<bool>(type: "bit", nullable: false),
                    Unit = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true),
                    Evaluation_Indicator1 = table.Column<int>(type: "int", nullable: true),
                    Evaluation_Indicator2 = table.Column<int>(type: "int", nullable: true),
                    Evaluation_Indicator3 = table.Column<int>(type: "int", nullable: true),
                    Evaluation_Indicator4 = table.Column<int>(type: "int", nullable: true),
                    Evaluation_Indicator6 = table.Column<int>(type: "int", nullable: true),
                    Evaluation_Indicator7 = table.Column<int>(type: "int", nullable: true),
                    Evaluation_Source = table.Column<string>(type: "nvarchar(10)", maxLength: 10, nullable: true),
                    Evaluation_EvaluatedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    ContentHash = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    ImportId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "datetime2", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DossierRecords", x => x.Code);
                });

            migrationBuilder.CreateIndex(
                name: "IX_DossierRecords_ReceivedOn",
                table: "DossierRecords",
                column: "ReceivedOn");

            migrationBuilder.CreateIndex(
                name: "IX_DossierRecords_ReturnedOn",
                table: "DossierRecords",
                column: "ReturnedOn");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "DossierRecords");

            migrationBuilder.DropColumn(
                name: "Kind",
                table: "DossierImports");
        }
    }
}
