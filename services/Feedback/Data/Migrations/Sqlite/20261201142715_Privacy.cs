using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace VanPhong.Feedback.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Privacy : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "AnonymisationReason",
                table: "FeedbackCases",
                type: "TEXT",
                maxLength: 500,
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "AnonymisedAt",
                table: "FeedbackCases",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "ConsentedAt",
                table: "FeedbackCases",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "PrivacyNoticeVersion",
                table: "FeedbackCases",
                type: "TEXT",
                maxLength: 20,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "PublishedSearch",
                table: "FeedbackCases",
                type: "TEXT",
                maxLength: 32000,
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "AnonymisationReason",
                table: "FeedbackCases");

            migrationBuilder.DropColumn(
                name: "AnonymisedAt",
                table: "FeedbackCases");

            migrationBuilder.DropColumn(
                name: "ConsentedAt",
                table: "FeedbackCases");

            migrationBuilder.DropColumn(
                name: "PrivacyNoticeVersion",
                table: "FeedbackCases");

            migrationBuilder.DropColumn(
                name: "PublishedSearch",
                table: "FeedbackCases");
        }
    }
}
