using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace VanPhong.Reporting.Data.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class ActivityFacts : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Difficulties",
                table: "PeriodicReports",
                type: "nvarchar(max)",
                maxLength: 20000,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "CommunicationFacts",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Kind = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    Title = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: false),
                    HeldOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Participants = table.Column<int>(type: "int", nullable: true),
                    UnitCode = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: true),
                    Version = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CommunicationFacts", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "DeskAssignmentFacts",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Sectors = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: false),
                    AssignedFrom = table.Column<DateOnly>(type: "date", nullable: false),
                    AssignedTo = table.Column<DateOnly>(type: "date", nullable: true),
                    Version = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DeskAssignmentFacts", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ImpactAssessmentFacts",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    DraftDocument = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: false),
                    ProcedureCodes = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: false),
                    FormFiled = table.Column<bool>(type: "bit", nullable: false),
                    AssessedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    HasResult = table.Column<bool>(type: "bit", nullable: false),
                    PlanItemCode = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: true),
                    Version = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ImpactAssessmentFacts", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "InspectionFacts",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Planned = table.Column<bool>(type: "bit", nullable: false),
                    InspectingBody = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    InspectedUnit = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    InspectedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    HasFindings = table.Column<bool>(type: "bit", nullable: false),
                    FollowUps = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    PlanItemCode = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: true),
                    Version = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_InspectionFacts", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "LinkedGroupFacts",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    GroupName = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: false),
                    Procedures = table.Column<int>(type: "int", nullable: false),
                    Agencies = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: false),
                    ProposedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Status = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    DecisionNumber = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: true),
                    DecidedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    Version = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_LinkedGroupFacts", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_CommunicationFacts_HeldOn",
                table: "CommunicationFacts",
                column: "HeldOn");

            migrationBuilder.CreateIndex(
                name: "IX_ImpactAssessmentFacts_AssessedOn",
                table: "ImpactAssessmentFacts",
                column: "AssessedOn");

            migrationBuilder.CreateIndex(
                name: "IX_InspectionFacts_InspectedOn",
                table: "InspectionFacts",
                column: "InspectedOn");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "CommunicationFacts");

            migrationBuilder.DropTable(
                name: "DeskAssignmentFacts");

            migrationBuilder.DropTable(
                name: "ImpactAssessmentFacts");

            migrationBuilder.DropTable(
                name: "InspectionFacts");

            migrationBuilder.DropTable(
                name: "LinkedGroupFacts");

            migrationBuilder.DropColumn(
                name: "Difficulties",
                table: "PeriodicReports");
        }
    }
}
