using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace VanPhong.Reporting.Data.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class FeedbackHandling : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateOnly>(
                name: "AnswerDueOn",
                table: "FeedbackFacts",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "AnsweredAt",
                table: "FeedbackFacts",
                type: "datetime2",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "AnsweredOn",
                table: "FeedbackFacts",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "AnsweredOnTime",
                table: "FeedbackFacts",
                type: "bit",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "ClassifiedAt",
                table: "FeedbackFacts",
                type: "datetime2",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "LeadUnit",
                table: "FeedbackFacts",
                type: "nvarchar(max)",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Outcome",
                table: "FeedbackFacts",
                type: "nvarchar(max)",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "OverdueSince",
                table: "FeedbackFacts",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "PublishedAt",
                table: "FeedbackFacts",
                type: "datetime2",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "PublishedOn",
                table: "FeedbackFacts",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "RatingScore",
                table: "FeedbackFacts",
                type: "int",
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "Satisfied",
                table: "FeedbackFacts",
                type: "bit",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Status",
                table: "FeedbackFacts",
                type: "nvarchar(max)",
                nullable: false,
                defaultValue: "");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "AnswerDueOn",
                table: "FeedbackFacts");

            migrationBuilder.DropColumn(
                name: "AnsweredAt",
                table: "FeedbackFacts");

            migrationBuilder.DropColumn(
                name: "AnsweredOn",
                table: "FeedbackFacts");

            migrationBuilder.DropColumn(
                name: "AnsweredOnTime",
                table: "FeedbackFacts");

            migrationBuilder.DropColumn(
                name: "ClassifiedAt",
                table: "FeedbackFacts");

            migrationBuilder.DropColumn(
                name: "LeadUnit",
                table: "FeedbackFacts");

            migrationBuilder.DropColumn(
                name: "Outcome",
                table: "FeedbackFacts");

            migrationBuilder.DropColumn(
                name: "OverdueSince",
                table: "FeedbackFacts");

            migrationBuilder.DropColumn(
                name: "PublishedAt",
                table: "FeedbackFacts");

            migrationBuilder.DropColumn(
                name: "PublishedOn",
                table: "FeedbackFacts");

            migrationBuilder.DropColumn(
                name: "RatingScore",
                table: "FeedbackFacts");

            migrationBuilder.DropColumn(
                name: "Satisfied",
                table: "FeedbackFacts");

            migrationBuilder.DropColumn(
                name: "Status",
                table: "FeedbackFacts");
        }
    }
}
