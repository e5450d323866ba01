using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace VanPhong.Reporting.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class PeriodicReports : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_FeedbackFacts_ReceivedOn",
                table: "FeedbackFacts");

            migrationBuilder.CreateTable(
                name: "CatalogEventFacts",
                columns: table => new
                {
                    EventId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Code = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    On = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    EffectiveOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Change = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    DecisionNumber = table.Column<string>(type: "TEXT", maxLength: 50, nullable: true),
                    Name = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    Sector = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    OnlineLevel = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    OneStop = table.Column<bool>(type: "INTEGER", nullable: false),
                    PostalService = table.Column<bool>(type: "INTEGER", nullable: false),
                    OnlinePayment = table.Column<bool>(type: "INTEGER", nullable: false),
                    IsSample = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CatalogEventFacts", x => x.EventId);
                });

            migrationBuilder.CreateTable(
                name: "DossierImports",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    PeriodFrom = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    PeriodTo = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Source = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    FileName = table.Column<string>(type: "TEXT", maxLength: 260, nullable: true),
                    ContentHash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Rows = table.Column<int>(type: "INTEGER", nullable: false),
                    Replaced = table.Column<int>(type: "INTEGER", nullable: false),
                    ImportedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ImportedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DossierImports", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "DossierStatistics",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    PeriodFrom = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    PeriodTo = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    ProcedureCode = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    Sector = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    ReceivedOnline = table.Column<int>(type: "INTEGER", nullable: false),
                    ReceivedDirect = table.Column<int>(type: "INTEGER", nullable: false),
                    ReceivedPostal = table.Column<int>(type: "INTEGER", nullable: false),
                    CarriedOver = table.Column<int>(type: "INTEGER", nullable: false),
                    ResolvedEarly = table.Column<int>(type: "INTEGER", nullable: false),
                    ResolvedOnTime = table.Column<int>(type: "INTEGER", nullable: false),
                    ResolvedLate = table.Column<int>(type: "INTEGER", nullable: false),
                    PendingWithinDeadline = table.Column<int>(type: "INTEGER", nullable: false),
                    PendingOverdue = table.Column<int>(type: "INTEGER", nullable: false),
                    DigitisedDossiers = table.Column<int>(type: "INTEGER", nullable: false),
                    DigitisedResults = table.Column<int>(type: "INTEGER", nullable: false),
                    ImportId = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DossierStatistics", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "EventLog",
                columns: table => new
                {
                    Sequence = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    MessageId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Type = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Payload = table.Column<string>(type: "TEXT", nullable: false),
                    SentAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_EventLog", x => x.Sequence);
                });

            migrationBuilder.CreateTable(
                name: "PeriodicReports",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    PeriodKind = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    Number = table.Column<int>(type: "INTEGER", nullable: false),
                    From = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    To = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    GeneratedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    GeneratedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    FrozenAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    FrozenBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    DocumentNumber = table.Column<string>(type: "TEXT", maxLength: 50, nullable: true),
                    ContentJson = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PeriodicReports", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "UnitFacts",
                columns: table => new
                {
                    Code = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    IsActive = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_UnitFacts", x => x.Code);
                });

            migrationBuilder.CreateIndex(
                name: "IX_FeedbackFacts_AnsweredOn_LeadUnit_AnsweredOnTime",
                table: "FeedbackFacts",
                columns: new[] { "AnsweredOn", "LeadUnit", "AnsweredOnTime" });

            migrationBuilder.CreateIndex(
                name: "IX_FeedbackFacts_OpenAtCutOff",
                table: "FeedbackFacts",
                columns: new[] { "AnsweredOn", "ReceivedOn", "Status", "Outcome", "ClassifiedAt", "ClassificationDueOn", "AnswerDueOn", "LeadUnit" });

            migrationBuilder.CreateIndex(
                name: "IX_FeedbackFacts_PublishedOn",
                table: "FeedbackFacts",
                column: "PublishedOn");

            migrationBuilder.CreateIndex(
                name: "IX_FeedbackFacts_ReceivedOn_Channel",
                table: "FeedbackFacts",
                columns: new[] { "ReceivedOn", "Channel" });

            migrationBuilder.CreateIndex(
                name: "IX_CatalogEventFacts_Kind_On",
                table: "CatalogEventFacts",
                columns: new[] { "Kind", "On" });

            migrationBuilder.CreateIndex(
                name: "IX_DossierImports_ContentHash",
                table: "DossierImports",
                column: "ContentHash");

            migrationBuilder.CreateIndex(
                name: "IX_DossierStatistics_PeriodFrom_PeriodTo_ProcedureCode",
                table: "DossierStatistics",
                columns: new[] { "PeriodFrom", "PeriodTo", "ProcedureCode" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_PeriodicReports_From_To_Version",
                table: "PeriodicReports",
                columns: new[] { "From", "To", "Version" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "CatalogEventFacts");

            migrationBuilder.DropTable(
                name: "DossierImports");

            migrationBuilder.DropTable(
                name: "DossierStatistics");

            migrationBuilder.DropTable(
                name: "EventLog");

            migrationBuilder.DropTable(
                name: "PeriodicReports");

            migrationBuilder.DropTable(
                name: "UnitFacts");

            migrationBuilder.DropIndex(
                name: "IX_FeedbackFacts_AnsweredOn_LeadUnit_AnsweredOnTime",
                table: "FeedbackFacts");

            migrationBuilder.DropIndex(
                name: "IX_FeedbackFacts_OpenAtCutOff",
                table: "FeedbackFacts");

            migrationBuilder.DropIndex(
                name: "IX_FeedbackFacts_PublishedOn",
                table: "FeedbackFacts");

            migrationBuilder.DropIndex(
                name: "IX_FeedbackFacts_ReceivedOn_Channel",
                table: "FeedbackFacts");

            migrationBuilder.CreateIndex(
                name: "IX_FeedbackFacts_ReceivedOn",
                table: "FeedbackFacts",
                column: "ReceivedOn");
        }
    }
}
