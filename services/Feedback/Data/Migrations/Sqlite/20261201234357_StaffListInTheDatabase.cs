using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace VanPhong.Feedback.Data.Migrations.Sqlite
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
                    UnitCode = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    FeedbackId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Position = table.Column<int>(type: "INTEGER", nullable: false)
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

            // The comma-joined units of every case become rows (in their order) before the column goes.
            migrationBuilder.Sql("""
                WITH RECURSIVE "Split" ("FeedbackId", "Unit", "Rest", "Position") AS (
                    SELECT "Id", '', "CoordinatingUnits" || ',', -1 FROM "FeedbackCases" WHERE "CoordinatingUnits" <> ''
                    UNION ALL
                    SELECT "FeedbackId", substr("Rest", 1, instr("Rest", ',') - 1), substr("Rest", instr("Rest", ',') + 1), "Position" + 1
                    FROM "Split" WHERE "Rest" <> ''
                )
                INSERT INTO "FeedbackCoordinatingUnits" ("FeedbackId", "UnitCode", "Position")
                SELECT "FeedbackId", "Unit", MIN("Position") FROM "Split" WHERE "Unit" <> '' GROUP BY "FeedbackId", "Unit";
                """);

            migrationBuilder.DropColumn(
                name: "CoordinatingUnits",
                table: "FeedbackCases");

            migrationBuilder.AddColumn<string>(
                name: "SearchText",
                table: "FeedbackCases",
                type: "TEXT",
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
                type: "TEXT",
                maxLength: 200,
                nullable: false,
                defaultValue: "");

            migrationBuilder.Sql("""
                UPDATE "FeedbackCases" SET "CoordinatingUnits" = COALESCE((
                    SELECT group_concat("UnitCode", ',') FROM (
                        SELECT "UnitCode" FROM "FeedbackCoordinatingUnits" AS "u" WHERE "u"."FeedbackId" = "FeedbackCases"."Id" ORDER BY "Position")), '');
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
