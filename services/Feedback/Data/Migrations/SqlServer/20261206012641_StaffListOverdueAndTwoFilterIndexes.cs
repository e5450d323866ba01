using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace VanPhong.Feedback.Data.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class StaffListOverdueAndTwoFilterIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateOnly>(
                name: "CurrentDueOn",
                table: "FeedbackCases",
                type: "date",
                nullable: true);

            // The stored due date of the step under way (FeedbackCase.CurrentDueOn, FeedbackCase.DeadlineOf) for the cases
            // already there; from now on every save writes it. EXEC: the column is new in this batch.
            migrationBuilder.Sql("""
                EXEC(N'UPDATE [FeedbackCases] SET [CurrentDueOn] = CASE
                    WHEN [Status] = N''Received'' THEN [ClassificationDueOn]
                    WHEN [Status] IN (N''Accepted'', N''Assigned'', N''InProgress'', N''AnswerDrafted'', N''Approved'') THEN [AnswerDueOn]
                    WHEN [Status] = N''Answered'' THEN [PublicationDueOn]
                END;');
                """);

            migrationBuilder.CreateIndex(
                name: "IX_FeedbackCases_CurrentDueOn",
                table: "FeedbackCases",
                column: "CurrentDueOn");

            migrationBuilder.CreateIndex(
                name: "IX_FeedbackCases_LeadUnit_Status_ReceivedAt",
                table: "FeedbackCases",
                columns: new[] { "LeadUnit", "Status", "ReceivedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_FeedbackCases_Status_Category_ReceivedAt",
                table: "FeedbackCases",
                columns: new[] { "Status", "Category", "ReceivedAt" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_FeedbackCases_CurrentDueOn",
                table: "FeedbackCases");

            migrationBuilder.DropIndex(
                name: "IX_FeedbackCases_LeadUnit_Status_ReceivedAt",
                table: "FeedbackCases");

            migrationBuilder.DropIndex(
                name: "IX_FeedbackCases_Status_Category_ReceivedAt",
                table: "FeedbackCases");

            migrationBuilder.DropColumn(
                name: "CurrentDueOn",
                table: "FeedbackCases");
        }
    }
}
