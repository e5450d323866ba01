using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace VanPhong.Catalog.Data.Migrations.Sqlite
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
                type: "TEXT",
                nullable: false,
                defaultValue: "[]");

            migrationBuilder.AddColumn<string>(
                name: "SourceFileName",
                table: "PublicationDecisions",
                type: "TEXT",
                maxLength: 260,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "SourceKind",
                table: "PublicationDecisions",
                type: "TEXT",
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
