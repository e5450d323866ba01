using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace VanPhong.Plans.Data.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class Guarantees : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Obligations_ItemId_Subject",
                table: "Obligations");

            migrationBuilder.DropColumn(
                name: "Delivered",
                table: "Reminders");

            migrationBuilder.AddColumn<int>(
                name: "Version",
                table: "Plans",
                type: "int",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<DateTime>(
                name: "ActualMeasuredAt",
                table: "PlanItemTargets",
                type: "datetime2",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "Version",
                table: "PlanItems",
                type: "int",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<string>(
                name: "ClaimedBy",
                table: "OutboxMessages",
                type: "nvarchar(100)",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "ClaimedUntil",
                table: "OutboxMessages",
                type: "datetime2",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "NextAttemptAt",
                table: "OutboxMessages",
                type: "datetime2",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "ParkedAt",
                table: "OutboxMessages",
                type: "datetime2",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "StreamKey",
                table: "OutboxMessages",
                type: "nvarchar(100)",
                maxLength: 100,
                nullable: false,
                defaultValue: "");

            migrationBuilder.CreateTable(
                name: "JobRuns",
                columns: table => new
                {
                    Job = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    DueAt = table.Column<DateTime>(type: "datetime2", nullable: false),
                    Holder = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: true),
                    LeaseUntil = table.Column<DateTime>(type: "datetime2", nullable: true),
                    CompletedAt = table.Column<DateTime>(type: "datetime2", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_JobRuns", x => x.Job);
                });

            migrationBuilder.CreateTable(
                name: "OutgoingMail",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Key = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    Reference = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    ToAddress = table.Column<string>(type: "nvarchar(254)", maxLength: 254, nullable: false),
                    ToName = table.Column<string>(type: "nvarchar(300)", maxLength: 300, nullable: true),
                    Subject = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: false),
                    Body = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    QueuedAt = table.Column<DateTime>(type: "datetime2", nullable: false),
                    SentAt = table.Column<DateTime>(type: "datetime2", nullable: true),
                    Attempts = table.Column<int>(type: "int", nullable: false),
                    LastError = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: true),
                    NextAttemptAt = table.Column<DateTime>(type: "datetime2", nullable: true),
                    FailedAt = table.Column<DateTime>(type: "datetime2", nullable: true),
                    ClaimedBy = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: true),
                    ClaimedUntil = table.Column<DateTime>(type: "datetime2", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OutgoingMail", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_OutboxMessages_SentAt_StreamKey",
                table: "OutboxMessages",
                columns: new[] { "SentAt", "StreamKey" });

            migrationBuilder.CreateIndex(
                name: "IX_Obligations_ItemId_Subject_TriggeredOn",
                table: "Obligations",
                columns: new[] { "ItemId", "Subject", "TriggeredOn" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_InboxMessages_ProcessedAt",
                table: "InboxMessages",
                column: "ProcessedAt");

            migrationBuilder.CreateIndex(
                name: "IX_OutgoingMail_Key",
                table: "OutgoingMail",
                column: "Key",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_OutgoingMail_Reference",
                table: "OutgoingMail",
                column: "Reference");

            migrationBuilder.CreateIndex(
                name: "IX_OutgoingMail_SentAt_FailedAt_QueuedAt",
                table: "OutgoingMail",
                columns: new[] { "SentAt", "FailedAt", "QueuedAt" });

            migrationBuilder.AddForeignKey(
                name: "FK_StatusChanges_PlanItems_ItemId",
                table: "StatusChanges",
                column: "ItemId",
                principalTable: "PlanItems",
                principalColumn: "Id",
                onDelete: ReferentialAction.Cascade);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_StatusChanges_PlanItems_ItemId",
                table: "StatusChanges");

            migrationBuilder.DropTable(
                name: "JobRuns");

            migrationBuilder.DropTable(
                name: "OutgoingMail");

            migrationBuilder.DropIndex(
                name: "IX_OutboxMessages_SentAt_StreamKey",
                table: "OutboxMessages");

            migrationBuilder.DropIndex(
                name: "IX_Obligations_ItemId_Subject_TriggeredOn",
                table: "Obligations");

            migrationBuilder.DropIndex(
                name: "IX_InboxMessages_ProcessedAt",
                table: "InboxMessages");

            migrationBuilder.DropColumn(
                name: "Version",
                table: "Plans");

            migrationBuilder.DropColumn(
                name: "ActualMeasuredAt",
                table: "PlanItemTargets");

            migrationBuilder.DropColumn(
                name: "Version",
                table: "PlanItems");

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

            migrationBuilder.AddColumn<bool>(
                name: "Delivered",
                table: "Reminders",
                type: "bit",
                nullable: false,
                defaultValue: false);

            migrationBuilder.CreateIndex(
                name: "IX_Obligations_ItemId_Subject",
                table: "Obligations",
                columns: new[] { "ItemId", "Subject" },
                unique: true);
        }
    }
}
