using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace VanPhong.Feedback.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class PaknHandling : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "AnswerDraftedBy",
                table: "FeedbackCases",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "AnswerDueOn",
                table: "FeedbackCases",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "AnswerEmailError",
                table: "FeedbackCases",
                type: "TEXT",
                maxLength: 1000,
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "AnswerEmailedAt",
                table: "FeedbackCases",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "AnswerLegalBasis",
                table: "FeedbackCases",
                type: "TEXT",
                maxLength: 2000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "AnswerNumber",
                table: "FeedbackCases",
                type: "TEXT",
                maxLength: 50,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "AnswerText",
                table: "FeedbackCases",
                type: "TEXT",
                maxLength: 20000,
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "AnsweredAt",
                table: "FeedbackCases",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "AnsweredOnTime",
                table: "FeedbackCases",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "ApprovedAt",
                table: "FeedbackCases",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ApprovedBy",
                table: "FeedbackCases",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "AssignedAt",
                table: "FeedbackCases",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ClassificationReason",
                table: "FeedbackCases",
                type: "TEXT",
                maxLength: 2000,
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "ClassifiedAt",
                table: "FeedbackCases",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "ClosedAt",
                table: "FeedbackCases",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "CoordinatingUnits",
                table: "FeedbackCases",
                type: "TEXT",
                maxLength: 200,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<DateOnly>(
                name: "DueSoonAlertedFor",
                table: "FeedbackCases",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "EnteredBy",
                table: "FeedbackCases",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "LeadUnit",
                table: "FeedbackCases",
                type: "TEXT",
                maxLength: 20,
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "OverdueAlertedFor",
                table: "FeedbackCases",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "PlanItemCode",
                table: "FeedbackCases",
                type: "TEXT",
                maxLength: 20,
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "PlanItemId",
                table: "FeedbackCases",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "PublicationDueOn",
                table: "FeedbackCases",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "PublishedAnswer",
                table: "FeedbackCases",
                type: "TEXT",
                maxLength: 20000,
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "PublishedAt",
                table: "FeedbackCases",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "PublishedQuestion",
                table: "FeedbackCases",
                type: "TEXT",
                maxLength: 10000,
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "RatedAt",
                table: "FeedbackCases",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "RatingComment",
                table: "FeedbackCases",
                type: "TEXT",
                maxLength: 2000,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "RatingScore",
                table: "FeedbackCases",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "ReceivedOn",
                table: "FeedbackCases",
                type: "TEXT",
                nullable: false,
                defaultValue: new DateOnly(1, 1, 1));

            migrationBuilder.AddColumn<int>(
                name: "ReopenCount",
                table: "FeedbackCases",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<string>(
                name: "ReturnReason",
                table: "FeedbackCases",
                type: "TEXT",
                maxLength: 2000,
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "Satisfied",
                table: "FeedbackCases",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "SimplificationProposalId",
                table: "FeedbackCases",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "TransferredTo",
                table: "FeedbackCases",
                type: "TEXT",
                maxLength: 300,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "AnswerTemplates",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Body = table.Column<string>(type: "TEXT", maxLength: 20000, nullable: false),
                    LegalBasis = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AnswerTemplates", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "FeedbackAttachments",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    FeedbackId = table.Column<Guid>(type: "TEXT", nullable: false),
                    FileName = table.Column<string>(type: "TEXT", maxLength: 255, nullable: false),
                    ContentType = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Content = table.Column<byte[]>(type: "BLOB", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_FeedbackAttachments", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "FeedbackTransitions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    FeedbackId = table.Column<Guid>(type: "TEXT", nullable: false),
                    From = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    To = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    At = table.Column<DateTime>(type: "TEXT", nullable: false),
                    By = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Unit = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    Note = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_FeedbackTransitions", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "KnownProcedures",
                columns: table => new
                {
                    Code = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    Abolished = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_KnownProcedures", x => x.Code);
                });

            migrationBuilder.CreateTable(
                name: "KnownUnits",
                columns: table => new
                {
                    Code = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    IsActive = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_KnownUnits", x => x.Code);
                });

            migrationBuilder.CreateIndex(
                name: "IX_FeedbackCases_PublishedAt",
                table: "FeedbackCases",
                column: "PublishedAt");

            migrationBuilder.CreateIndex(
                name: "IX_FeedbackCases_SubmitterEmail",
                table: "FeedbackCases",
                column: "SubmitterEmail");

            migrationBuilder.CreateIndex(
                name: "IX_FeedbackCases_SubmitterPhone",
                table: "FeedbackCases",
                column: "SubmitterPhone");

            migrationBuilder.CreateIndex(
                name: "IX_FeedbackAttachments_FeedbackId",
                table: "FeedbackAttachments",
                column: "FeedbackId");

            migrationBuilder.CreateIndex(
                name: "IX_FeedbackTransitions_FeedbackId",
                table: "FeedbackTransitions",
                column: "FeedbackId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "AnswerTemplates");

            migrationBuilder.DropTable(
                name: "FeedbackAttachments");

            migrationBuilder.DropTable(
                name: "FeedbackTransitions");

            migrationBuilder.DropTable(
                name: "KnownProcedures");

            migrationBuilder.DropTable(
                name: "KnownUnits");

            migrationBuilder.DropIndex(
                name: "IX_FeedbackCases_PublishedAt",
                table: "FeedbackCases");

            migrationBuilder.DropIndex(
                name: "IX_FeedbackCases_SubmitterEmail",
                table: "FeedbackCases");

            migrationBuilder.DropIndex(
                name: "IX_FeedbackCases_SubmitterPhone",
                table: "FeedbackCases");

            migrationBuilder.DropColumn(
                name: "AnswerDraftedBy",
                table: "FeedbackCases");

            migrationBuilder.DropColumn(
                name: "AnswerDueOn",
                table: "FeedbackCases");

            migrationBuilder.DropColumn(
                name: "AnswerEmailError",
                table: "FeedbackCases");

            migrationBuilder.DropColumn(
                name: "AnswerEmailedAt",
                table: "FeedbackCases");

            migrationBuilder.DropColumn(
                name: "AnswerLegalBasis",
                table: "FeedbackCases");

            migrationBuilder.DropColumn(
                name: "AnswerNumber",
                table: "FeedbackCases");

            migrationBuilder.DropColumn(
                name: "AnswerText",
                table: "FeedbackCases");

            migrationBuilder.DropColumn(
                name: "AnsweredAt",
                table: "FeedbackCases");

            migrationBuilder.DropColumn(
                name: "AnsweredOnTime",
                table: "FeedbackCases");

            migrationBuilder.DropColumn(
                name: "ApprovedAt",
                table: "FeedbackCases");

            migrationBuilder.DropColumn(
                name: "ApprovedBy",
                table: "FeedbackCases");

            migrationBuilder.DropColumn(
                name: "AssignedAt",
                table: "FeedbackCases");

            migrationBuilder.DropColumn(
                name: "ClassificationReason",
                table: "FeedbackCases");

            migrationBuilder.DropColumn(
                name: "ClassifiedAt",
                table: "FeedbackCases");

            migrationBuilder.DropColumn(
                name: "ClosedAt",
                table: "FeedbackCases");

            migrationBuilder.DropColumn(
                name: "CoordinatingUnits",
                table: "FeedbackCases");

            migrationBuilder.DropColumn(
                name: "DueSoonAlertedFor",
                table: "FeedbackCases");

            migrationBuilder.DropColumn(
                name: "EnteredBy",
                table: "FeedbackCases");

            migrationBuilder.DropColumn(
                name: "LeadUnit",
                table: "FeedbackCases");

            migrationBuilder.DropColumn(
                name: "OverdueAlertedFor",
                table: "FeedbackCases");

            migrationBuilder.DropColumn(
                name: "PlanItemCode",
                table: "FeedbackCases");

            migrationBuilder.DropColumn(
                name: "PlanItemId",
                table: "FeedbackCases");

            migrationBuilder.DropColumn(
                name: "PublicationDueOn",
                table: "FeedbackCases");

            migrationBuilder.DropColumn(
                name: "PublishedAnswer",
                table: "FeedbackCases");

            migrationBuilder.DropColumn(
                name: "PublishedAt",
                table: "FeedbackCases");

            migrationBuilder.DropColumn(
                name: "PublishedQuestion",
                table: "FeedbackCases");

            migrationBuilder.DropColumn(
                name: "RatedAt",
                table: "FeedbackCases");

            migrationBuilder.DropColumn(
                name: "RatingComment",
                table: "FeedbackCases");

            migrationBuilder.DropColumn(
                name: "RatingScore",
                table: "FeedbackCases");

            migrationBuilder.DropColumn(
                name: "ReceivedOn",
                table: "FeedbackCases");

            migrationBuilder.DropColumn(
                name: "ReopenCount",
                table: "FeedbackCases");

            migrationBuilder.DropColumn(
                name: "ReturnReason",
                table: "FeedbackCases");

            migrationBuilder.DropColumn(
                name: "Satisfied",
                table: "FeedbackCases");

            migrationBuilder.DropColumn(
                name: "SimplificationProposalId",
                table: "FeedbackCases");

            migrationBuilder.DropColumn(
                name: "TransferredTo",
                table: "FeedbackCases");
        }
    }
}
