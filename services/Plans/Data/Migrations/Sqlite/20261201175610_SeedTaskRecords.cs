using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace VanPhong.Plans.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class SeedTaskRecords : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "CommunicationActivities",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    HeldOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Channel = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Audience = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Participants = table.Column<int>(type: "INTEGER", nullable: true),
                    UnitCode = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    PlanItemId = table.Column<Guid>(type: "TEXT", nullable: true),
                    PlanItemCode = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CommunicationActivities", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "DeskAssignments",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    FullName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Sectors = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    WorkPhone = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    AssignedFrom = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    AssignedTo = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    PlanItemId = table.Column<Guid>(type: "TEXT", nullable: true),
                    PlanItemCode = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DeskAssignments", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ImpactAssessments",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    DraftDocument = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    DraftingAgency = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    ProcedureCodes = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    FormFiled = table.Column<bool>(type: "INTEGER", nullable: false),
                    FormReference = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    AssessedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Result = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    PlanItemId = table.Column<Guid>(type: "TEXT", nullable: true),
                    PlanItemCode = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ImpactAssessments", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Inspections",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Planned = table.Column<bool>(type: "INTEGER", nullable: false),
                    InspectingBody = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    InspectedUnit = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    InspectedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Findings = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    FollowUps = table.Column<string>(type: "TEXT", nullable: false),
                    PlanItemId = table.Column<Guid>(type: "TEXT", nullable: true),
                    PlanItemCode = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Inspections", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "LinkedGroupProposals",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    GroupName = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    ProcedureCodes = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    Agencies = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    ProposedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    ProposalDocument = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    DecisionNumber = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    DecidedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    DecisionNote = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    PlanItemId = table.Column<Guid>(type: "TEXT", nullable: true),
                    PlanItemCode = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_LinkedGroupProposals", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_CommunicationActivities_HeldOn",
                table: "CommunicationActivities",
                column: "HeldOn");

            migrationBuilder.CreateIndex(
                name: "IX_CommunicationActivities_PlanItemId",
                table: "CommunicationActivities",
                column: "PlanItemId");

            migrationBuilder.CreateIndex(
                name: "IX_DeskAssignments_AssignedFrom_AssignedTo",
                table: "DeskAssignments",
                columns: new[] { "AssignedFrom", "AssignedTo" });

            migrationBuilder.CreateIndex(
                name: "IX_DeskAssignments_PlanItemId",
                table: "DeskAssignments",
                column: "PlanItemId");

            migrationBuilder.CreateIndex(
                name: "IX_ImpactAssessments_AssessedOn",
                table: "ImpactAssessments",
                column: "AssessedOn");

            migrationBuilder.CreateIndex(
                name: "IX_ImpactAssessments_PlanItemId",
                table: "ImpactAssessments",
                column: "PlanItemId");

            migrationBuilder.CreateIndex(
                name: "IX_Inspections_InspectedOn",
                table: "Inspections",
                column: "InspectedOn");

            migrationBuilder.CreateIndex(
                name: "IX_Inspections_PlanItemId",
                table: "Inspections",
                column: "PlanItemId");

            migrationBuilder.CreateIndex(
                name: "IX_LinkedGroupProposals_PlanItemId",
                table: "LinkedGroupProposals",
                column: "PlanItemId");

            migrationBuilder.CreateIndex(
                name: "IX_LinkedGroupProposals_ProposedOn",
                table: "LinkedGroupProposals",
                column: "ProposedOn");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "CommunicationActivities");

            migrationBuilder.DropTable(
                name: "DeskAssignments");

            migrationBuilder.DropTable(
                name: "ImpactAssessments");

            migrationBuilder.DropTable(
                name: "Inspections");

            migrationBuilder.DropTable(
                name: "LinkedGroupProposals");
        }
    }
}
