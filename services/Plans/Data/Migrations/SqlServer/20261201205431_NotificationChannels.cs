using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace VanPhong.Plans.Data.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class NotificationChannels : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Channel",
                table: "OutgoingMail",
                type: "nvarchar(10)",
                maxLength: 10,
                nullable: false,
                defaultValue: "Email");

            migrationBuilder.AddColumn<string>(
                name: "Template",
                table: "OutgoingMail",
                type: "nvarchar(100)",
                maxLength: 100,
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "Channel",
                table: "OutgoingMail");

            migrationBuilder.DropColumn(
                name: "Template",
                table: "OutgoingMail");
        }
    }
}
