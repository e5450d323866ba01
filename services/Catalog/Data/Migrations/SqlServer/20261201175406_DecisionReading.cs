using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace VanPhong.Catalog.Data.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class DecisionReading : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "FlagsJson",
                table: "PublicationDecisions",
                type: "nvarchar(max)",
                nullable: false,
                defaultValue: "[]");

            migrationBuilder.AddColumn<string>(
                name: "SourceFileName",
                table: "PublicationDecisions",
                type: "nvarchar(260)",
                maxLength: 260,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "SourceKind",
                table: "PublicationDecisions",
                type: "nvarchar(10)",
                maxLength: 10,
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "FlagsJson",
                table: "PublicationDecisions");

            migrationBuilder.DropColumn(
                name: "SourceFileName",
                table: "PublicationDecisions");

            migrationBuilder.DropColumn(
                name: "SourceKind",
                table: "PublicationDecisions");
        }
    }
}
