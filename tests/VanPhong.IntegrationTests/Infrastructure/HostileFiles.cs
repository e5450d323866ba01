using System.IO.Compression;
using System.Text;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace VanPhong.IntegrationTests.Infrastructure;

/// <summary>Files a hostile sender would upload, built in the test.</summary>
public static class HostileFiles
{
    private static readonly Lazy<byte[]> DocxBomb = new(() => Bomb(
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml", "word/document.xml"));

    private static readonly Lazy<byte[]> XlsxBomb = new(() => Bomb(
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml", "xl/workbook.xml"));

    /// <summary>A .docx of some 100 KB whose word/document.xml inflates to 100 MiB.</summary>
    public static byte[] DocxBombOf100MiB => DocxBomb.Value;

    /// <summary>An .xlsx of some 100 KB whose workbook part inflates to 100 MiB.</summary>
    public static byte[] XlsxBombOf100MiB => XlsxBomb.Value;

    /// <summary>A small valid workbook (one sheet, one row) whose only cell stands at <paramref name="reference"/>.</summary>
    public static byte[] WorkbookWithCellAt(string reference)
    {
        using var stream = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(stream, DocumentFormat.OpenXml.SpreadsheetDocumentType.Workbook))
        {
            var workbook = document.AddWorkbookPart();
            workbook.Workbook = new Workbook();
            var sheetPart = workbook.AddNewPart<WorksheetPart>();
            var row = new Row { RowIndex = 1 };
            row.Append(new Cell { CellReference = reference, DataType = CellValues.InlineString, InlineString = new InlineString(new DocumentFormat.OpenXml.Spreadsheet.Text("x")) });
            sheetPart.Worksheet = new Worksheet(new SheetData(row));
            workbook.Workbook.AppendChild(new Sheets(new Sheet { Id = workbook.GetIdOfPart(sheetPart), SheetId = 1, Name = "Sheet1" }));
        }

        return stream.ToArray();
    }

    /// <summary>A real workbook with one more cell, at <paramref name="reference"/>, on the first row of the named sheet.</summary>
    public static byte[] WithCellAt(byte[] xlsx, string sheetName, string reference)
    {
        using var stream = new MemoryStream();
        stream.Write(xlsx);
        using (var document = SpreadsheetDocument.Open(stream, true))
        {
            var workbook = document.WorkbookPart!;
            var sheet = workbook.Workbook.Sheets!.Elements<Sheet>().Single(s => s.Name == sheetName);
            var part = (WorksheetPart)workbook.GetPartById(sheet.Id!);
            part.Worksheet.Descendants<Row>().First().Append(new Cell
            {
                CellReference = reference,
                DataType = CellValues.InlineString,
                InlineString = new InlineString(new DocumentFormat.OpenXml.Spreadsheet.Text("x")),
            });
            part.Worksheet.Save();
        }

        return stream.ToArray();
    }

    private static byte[] Bomb(string mainContentType, string mainPart)
    {
        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            using (var types = zip.CreateEntry("[Content_Types].xml").Open())
            {
                types.Write(Encoding.UTF8.GetBytes(
                    $"""<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/><Override PartName="/{mainPart}" ContentType="{mainContentType}"/></Types>"""));
            }

            using var body = zip.CreateEntry(mainPart, CompressionLevel.SmallestSize).Open();
            var zeros = new byte[1024 * 1024];
            for (var i = 0; i < 100; i++)
            {
                body.Write(zeros);
            }
        }

        return stream.ToArray();
    }
}
