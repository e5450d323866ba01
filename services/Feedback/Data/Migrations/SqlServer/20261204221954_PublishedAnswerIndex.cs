using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace VanPhong.Feedback.Data.Migrations.SqlServer
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
                columns: new[] { "PublishedAt", "TrackingCode" },
                filter: "[PublishedAt] IS NOT NULL")
                .Annotation("SqlServer:Include", new[] { "Status", "Category", "PublishedSearch" });
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
