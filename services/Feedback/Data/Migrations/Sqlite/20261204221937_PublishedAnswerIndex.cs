using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace VanPhong.Feedback.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class PublishedAnswerIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_FeedbackCases_Published",
                table: "FeedbackCases",
                columns: new[] { "PublishedAt", "TrackingCode", "Category", "PublishedSearch" },
                filter: "\"PublishedAt\" IS NOT NULL AND \"PublishedAnswer\" IS NOT NULL AND \"Status\" IN ('Published', 'Closed')");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_FeedbackCases_Published",
                table: "FeedbackCases");
        }
    }
}
