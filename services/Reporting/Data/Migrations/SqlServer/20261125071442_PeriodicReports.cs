using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace VanPhong.Reporting.Data.Migrations.SqlServer
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

            migrationBuilder.AlterColumn<string>(
                name: "Status",
                table: "FeedbackFacts",
                type: "nvarchar(20)",
                maxLength: 20,
                nullable: false,
                oldClrType: typeof(string),
                oldType: "nvarchar(max)");

            migrationBuilder.AlterColumn<string>(
                name: "Outcome",
                table: "FeedbackFacts",
                type: "nvarchar(20)",
                maxLength: 20,
                nullable: true,
                oldClrType: typeof(string),
                oldType: "nvarchar(max)",
                oldNullable: true);

            migrationBuilder.AlterColumn<string>(
                name: "LeadUnit",
                table: "FeedbackFacts",
                type: "nvarchar(20)",
                maxLength: 20,
                nullable: true,
                oldClrType: typeof(string),
                oldType: "nvarchar(max)",
                oldNullable: true);

            migrationBuilder.CreateTable(
                name: "CatalogEventFacts",
                columns: table => new
                {
                    EventId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Code = table.Column<string>(type: "nvarchar(30)", maxLength: 30, nullable: false),
                    Kind = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    On = table.Column<DateOnly>(type: "date", nullable: false),
                    EffectiveOn = table.Column<DateOnly>(type: "date", nullable: true),
                    Change = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: true),
                    DecisionNumber = table.Column<string>(type: "nvarchar(50)", maxLength: 50, nullable: true),
                    Name = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: true),
                    Sector = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true),
                    OnlineLevel = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: true),
                    OneStop = table.Column<bool>(type: "bit", nullable: false),
                    PostalService = table.Column<bool>(type: "bit", nullable: false),
                    OnlinePayment = table.Column<bool>(type: "bit", nullable: false),
                    IsSample = table.Column<bool>(type: "bit", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CatalogEventFacts", x => x.EventId);
                });

            migrationBuilder.CreateTable(
                name: "DossierImports",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    PeriodFrom = table.Column<DateOnly>(type: "date", nullable: false),
                    PeriodTo = table.Column<DateOnly>(type: "date", nullable: false),
                    Source = table.Column<string>(type: "nvarchar(10)", maxLength: 10, nullable: false),
                    FileName = table.Column<string>(type: "nvarchar(260)", maxLength: 260, nullable: true),
                    ContentHash = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    Rows = table.Column<int>(type: "int", nullable: false),
                    Replaced = table.Column<int>(type: "int", nullable: false),
                    ImportedAt = table.Column<DateTime>(type: "datetime2", nullable: false),
                    ImportedBy = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DossierImports", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "DossierStatistics",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    PeriodFrom = table.Column<DateOnly>(type: "date", nullable: false),
                    PeriodTo = table.Column<DateOnly>(type: "date", nullable: false),
                    ProcedureCode = table.Column<string>(type: "nvarchar(30)", maxLength: 30, nullable: false),
                    Sector = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true),
                    ReceivedOnline = table.Column<int>(type: "int", nullable: false),
                    ReceivedDirect = table.Column<int>(type: "int", nullable: false),
                    ReceivedPostal = table.Column<int>(type: "int", nullable: false),
                    CarriedOver = table.Column<int>(type: "int", nullable: false),
                    ResolvedEarly = table.Column<int>(type: "int", nullable: false),
                    ResolvedOnTime = table.Column<int>(type: "int", nullable: false),
                    ResolvedLate = table.Column<int>(type: "int", nullable: false),
                    PendingWithinDeadline = table.Column<int>(type: "int", nullable: false),
                    PendingOverdue = table.Column<int>(type: "int", nullable: false),
                    DigitisedDossiers = table.Column<int>(type: "int", nullable: false),
                    DigitisedResults = table.Column<int>(type: "int", nullable: false),
                    ImportId = table.Column<Guid>(type: "uniqueidentifier", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DossierStatistics", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "EventLog",
                columns: table => new
                {
                    Sequence = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    MessageId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Type = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    Payload = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    SentAt = table.Column<DateTime>(type: "datetime2", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_EventLog", x => x.Sequence);
                });

            migrationBuilder.CreateTable(
                name: "PeriodicReports",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    PeriodKind = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    Year = table.Column<int>(type: "int", nullable: false),
                    Number = table.Column<int>(type: "int", nullable: false),
                    From = table.Column<DateOnly>(type: "date", nullable: false),
                    To = table.Column<DateOnly>(type: "date", nullable: false),
                    Version = table.Column<int>(type: "int", nullable: false),
                    Status = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    GeneratedAt = table.Column<DateTime>(type: "datetime2", nullable: false),
                    GeneratedBy = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    FrozenAt = table.Column<DateTime>(type: "datetime2", nullable: true),
                    FrozenBy = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true),
                    DocumentNumber = table.Column<string>(type: "nvarchar(50)", maxLength: 50, nullable: true),
                    ContentJson = table.Column<string>(type: "nvarchar(max)", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PeriodicReports", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "UnitFacts",
                columns: table => new
                {
                    Code = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    Name = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    Kind = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    IsActive = table.Column<bool>(type: "bit", nullable: false)
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

            migrationBuilder.AlterColumn<string>(
                name: "Status",
                table: "FeedbackFacts",
                type: "nvarchar(max)",
                nullable: false,
                oldClrType: typeof(string),
                oldType: "nvarchar(20)",
                oldMaxLength: 20);

            migrationBuilder.AlterColumn<string>(
                name: "Outcome",
                table: "FeedbackFacts",
                type: "nvarchar(max)",
                nullable: true,
                oldClrType: typeof(string),
                oldType: "nvarchar(20)",
                oldMaxLength: 20,
                oldNullable: true);

            migrationBuilder.AlterColumn<string>(
                name: "LeadUnit",
                table: "FeedbackFacts",
                type: "nvarchar(max)",
                nullable: true,
                oldClrType: typeof(string),
                oldType: "nvarchar(20)",
                oldMaxLength: 20,
                oldNullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_FeedbackFacts_ReceivedOn",
                table: "FeedbackFacts",
                column: "ReceivedOn");
        }
    }
}
