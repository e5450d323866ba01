using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace VanPhong.Reporting.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Guarantees : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "ChangedAt",
                table: "PlanItemFacts");

            migrationBuilder.AddColumn<DateTime>(
                name: "ChangedAt",
                table: "UnitFacts",
                type: "TEXT",
                nullable: false,
                defaultValue: new DateTime(1, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified));

            migrationBuilder.AddColumn<int>(
                name: "Version",
                table: "ProcedureFacts",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "PercentVersion",
                table: "PlanItemFacts",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "StatusVersion",
                table: "PlanItemFacts",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<string>(
                name: "ClaimedBy",
                table: "OutboxMessages",
                type: "TEXT",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "ClaimedUntil",
                table: "OutboxMessages",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "NextAttemptAt",
                table: "OutboxMessages",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "ParkedAt",
                table: "OutboxMessages",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "StreamKey",
                table: "OutboxMessages",
                type: "TEXT",
                maxLength: 100,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<int>(
                name: "AnswerDueVersion",
                table: "FeedbackFacts",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "AnswerVersion",
                table: "FeedbackFacts",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "LeadUnitVersion",
                table: "FeedbackFacts",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "PublishVersion",
                table: "FeedbackFacts",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "RatingVersion",
                table: "FeedbackFacts",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "StatusVersion",
                table: "FeedbackFacts",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<DateOnly>(
                name: "DueOn",
                table: "CatalogEventFacts",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "ProcessingDays",
                table: "CatalogEventFacts",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<DateOnly>(
                name: "PublishedOn",
                table: "CatalogEventFacts",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "Version",
                table: "CatalogEventFacts",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.CreateTable(
                name: "JobRuns",
                columns: table => new
                {
                    Job = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    DueAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Holder = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    LeaseUntil = table.Column<DateTime>(type: "TEXT", nullable: true),
                    CompletedAt = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_JobRuns", x => x.Job);
                });

            migrationBuilder.CreateIndex(
                name: "IX_OutboxMessages_SentAt_StreamKey",
                table: "OutboxMessages",
                columns: new[] { "SentAt", "StreamKey" });

            migrationBuilder.CreateIndex(
                name: "IX_InboxMessages_ProcessedAt",
                table: "InboxMessages",
                column: "ProcessedAt");

            migrationBuilder.CreateIndex(
                name: "IX_CatalogEventFacts_Code",
                table: "CatalogEventFacts",
                column: "Code");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "JobRuns");

            migrationBuilder.DropIndex(
                name: "IX_OutboxMessages_SentAt_StreamKey",
                table: "OutboxMessages");

            migrationBuilder.DropIndex(
                name: "IX_InboxMessages_ProcessedAt",
                table: "InboxMessages");

            migrationBuilder.DropIndex(
                name: "IX_CatalogEventFacts_Code",
                table: "CatalogEventFacts");

            migrationBuilder.DropColumn(
                name: "ChangedAt",
                table: "UnitFacts");

            migrationBuilder.DropColumn(
                name: "Version",
                table: "ProcedureFacts");

            migrationBuilder.DropColumn(
                name: "PercentVersion",
                table: "PlanItemFacts");

            migrationBuilder.DropColumn(
                name: "StatusVersion",
                table: "PlanItemFacts");

            migrationBuilder.DropColumn(
                name: "ClaimedBy",
                table: "OutboxMessages");

            migrationBuilder.DropColumn(
                name: "ClaimedUntil",
                table: "OutboxMessages");

            migrationBuilder.DropColumn(
                name: "NextAttemptAt",
                table: "OutboxMessages");

            migrationBuilder.DropColumn(
                name: "ParkedAt",
                table: "OutboxMessages");

            migrationBuilder.DropColumn(
                name: "StreamKey",
                table: "OutboxMessages");

            migrationBuilder.DropColumn(
                name: "AnswerDueVersion",
                table: "FeedbackFacts");

            migrationBuilder.DropColumn(
                name: "AnswerVersion",
                table: "FeedbackFacts");

            migrationBuilder.DropColumn(
                name: "LeadUnitVersion",
                table: "FeedbackFacts");

            migrationBuilder.DropColumn(
                name: "PublishVersion",
                table: "FeedbackFacts");

            migrationBuilder.DropColumn(
                name: "RatingVersion",
                table: "FeedbackFacts");

            migrationBuilder.DropColumn(
                name: "StatusVersion",
                table: "FeedbackFacts");

            migrationBuilder.DropColumn(
                name: "DueOn",
                table: "CatalogEventFacts");

            migrationBuilder.DropColumn(
                name: "ProcessingDays",
                table: "CatalogEventFacts");

            migrationBuilder.DropColumn(
                name: "PublishedOn",
                table: "CatalogEventFacts");

            migrationBuilder.DropColumn(
                name: "Version",
                table: "CatalogEventFacts");

            migrationBuilder.AddColumn<DateTime>(
                name: "ChangedAt",
                table: "PlanItemFacts",
                type: "TEXT",
                nullable: false,
                defaultValue: new DateTime(1, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified));
        }
    }
}
