using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace VanPhong.Feedback.Data.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class StaffListInTheDatabase : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "FeedbackCoordinatingUnits",
                columns: table => new
                {
                    UnitCode = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    FeedbackId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Position = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_FeedbackCoordinatingUnits", x => new { x.FeedbackId, x.UnitCode });
                    table.ForeignKey(
                        name: "FK_FeedbackCoordinatingUnits_FeedbackCases_FeedbackId",
                        column: x => x.FeedbackId,
                        principalTable: "FeedbackCases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            // The comma-joined units of every case become rows (in their order) before the column goes. In EXEC, a batch
            // of its own: the idempotent script compiles this migration's batch on a database already past it, where
            // [CoordinatingUnits] no longer exists (SqlServerScriptTests).
            migrationBuilder.Sql("""
                EXEC(N'WITH [Split] ([FeedbackId], [Unit], [Rest], [Position]) AS (
                    SELECT [Id], CAST(N'''' AS nvarchar(200)), CAST([CoordinatingUnits] + N'','' AS nvarchar(201)), -1 FROM [FeedbackCases] WHERE [CoordinatingUnits] <> N''''
                    UNION ALL
                    SELECT [FeedbackId], CAST(LEFT([Rest], CHARINDEX(N'','', [Rest]) - 1) AS nvarchar(200)), CAST(SUBSTRING([Rest], CHARINDEX(N'','', [Rest]) + 1, 201) AS nvarchar(201)), [Position] + 1
                    FROM [Split] WHERE [Rest] <> N''''
                )
                INSERT INTO [FeedbackCoordinatingUnits] ([FeedbackId], [UnitCode], [Position])
                SELECT [FeedbackId], [Unit], MIN([Position]) FROM [Split] WHERE [Unit] <> N'''' GROUP BY [FeedbackId], [Unit]
                OPTION (MAXRECURSION 0);');
                """);

            migrationBuilder.DropColumn(
                name: "CoordinatingUnits",
                table: "FeedbackCases");

            migrationBuilder.AddColumn<string>(
                name: "SearchText",
                table: "FeedbackCases",
                type: "nvarchar(max)",
                maxLength: 10100,
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_FeedbackCases_Category_ReceivedAt",
                table: "FeedbackCases",
                columns: new[] { "Category", "ReceivedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_FeedbackCases_LeadUnit_ReceivedAt",
                table: "FeedbackCases",
                columns: new[] { "LeadUnit", "ReceivedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_FeedbackCases_ReceivedAt_Id",
                table: "FeedbackCases",
                columns: new[] { "ReceivedAt", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_FeedbackCoordinatingUnits_UnitCode",
                table: "FeedbackCoordinatingUnits",
                column: "UnitCode");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "CoordinatingUnits",
                table: "FeedbackCases",
                type: "nvarchar(200)",
                maxLength: 200,
                nullable: false,
                defaultValue: "");

            migrationBuilder.Sql("""
                EXEC(N'UPDATE [c] SET [CoordinatingUnits] = ISNULL((
                    SELECT STRING_AGG([u].[UnitCode], N'','') WITHIN GROUP (ORDER BY [u].[Position]) FROM [FeedbackCoordinatingUnits] AS [u] WHERE [u].[FeedbackId] = [c].[Id]), N'''')
                FROM [FeedbackCases] AS [c];');
                """);

            migrationBuilder.DropTable(
                name: "FeedbackCoordinatingUnits");

            migrationBuilder.DropIndex(
                name: "IX_FeedbackCases_Category_ReceivedAt",
                table: "FeedbackCases");

            migrationBuilder.DropIndex(
                name: "IX_FeedbackCases_LeadUnit_ReceivedAt",
                table: "FeedbackCases");

            migrationBuilder.DropIndex(
                name: "IX_FeedbackCases_ReceivedAt_Id",
                table: "FeedbackCases");

            migrationBuilder.DropColumn(
                name: "SearchText",
                table: "FeedbackCases");
        }
    }
}
