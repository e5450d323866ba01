using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace VanPhong.Reporting.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class ClassifiedOutIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_FeedbackFacts_Outcome_ClassifiedAt",
                table: "FeedbackFacts",
                columns: new[] { "Outcome", "ClassifiedAt" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_FeedbackFacts_Outcome_ClassifiedAt",
                table: "FeedbackFacts");
        }
    }
}
