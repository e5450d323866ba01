using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace VanPhong.Documents;

/// <summary>One sheet to write: a title block, a header row and the rows (each cell a string or a number).</summary>
public sealed record SheetContent(string Name, IReadOnlyList<string> TitleLines, IReadOnlyList<string> Header, IReadOnlyList<IReadOnlyList<object?>> Rows, IReadOnlyList<double>? ColumnWidths = null);

/// <summary>Writes and reads .xlsx workbooks with the Open XML SDK: inline strings, a bold header, wrapped text.</summary>
public static class Spreadsheet
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public static byte[] Write(params SheetContent[] sheets)
    {
        using var stream = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            var workbook = document.AddWorkbookPart();
            workbook.Workbook = new Workbook(new Sheets());
            var styles = workbook.AddNewPart<WorkbookStylesPart>();
            styles.Stylesheet = Styles();
            uint sheetId = 1;
            foreach (var content in sheets)
            {
                var part = workbook.AddNewPart<WorksheetPart>();
                var data = new SheetData();
                uint rowIndex = 1;
                foreach (var line in content.TitleLines)
                {
                    data.Append(Row(rowIndex++, [line], StyleTitle));
                }

                if (content.TitleLines.Count > 0)
                {
                    rowIndex++;
                }

                data.Append(Row(rowIndex++, content.Header.Cast<object?>().ToList(), StyleHeader));
                foreach (var row in content.Rows)
                {
                    data.Append(Row(rowIndex++, row, StyleWrapped));
                }

                var worksheet = new Worksheet();
                if (content.ColumnWidths is { Count: > 0 } widths)
                {
                    var columns = new Columns();
                    for (var i = 0; i < widths.Count; i++)
                    {
                        columns.Append(new Column { Min = (uint)(i + 1), Max = (uint)(i + 1), Width = widths[i], CustomWidth = true });
                    }

                    worksheet.Append(columns);
                }

                worksheet.Append(data);
                part.Worksheet = worksheet;
                workbook.Workbook.Sheets!.Append(new Sheet { Id = workbook.GetIdOfPart(part), SheetId = sheetId++, Name = SheetName(content.Name) });
            }

            workbook.Workbook.Save();
        }

        return stream.ToArray();
    }

    /// <summary>The rows of the first sheet (or the named one) as text, empty cells as "".</summary>
    public static IReadOnlyList<string[]> Read(Stream xlsx, string? sheetName = null)
    {
        using var document = SpreadsheetDocument.Open(xlsx, false);
        var workbook = document.WorkbookPart ?? throw new InvalidDataException("Tệp không phải bảng tính Excel (.xlsx).");
        var sheet = workbook.Workbook.Sheets?.Elements<Sheet>().FirstOrDefault(s => sheetName is null || s.Name == sheetName)
            ?? throw new InvalidDataException(sheetName is null ? "Bảng tính không có trang nào." : $"Bảng tính không có trang \"{sheetName}\".");
        var part = (WorksheetPart)workbook.GetPartById(sheet.Id!);
        var shared = workbook.SharedStringTablePart?.SharedStringTable.Elements<SharedStringItem>().Select(s => s.InnerText).ToArray() ?? [];
        var rows = new List<string[]>();
        foreach (var row in part.Worksheet.Descendants<Row>())
        {
            var cells = new List<string>();
            foreach (var cell in row.Elements<Cell>())
            {
                var column = ColumnIndex(cell.CellReference?.Value) ?? cells.Count;
                while (cells.Count < column)
                {
                    cells.Add("");
                }

                cells.Add(CellText(cell, shared));
            }

            rows.Add([.. cells]);
        }

        return rows;
    }

    private const uint StyleWrapped = 1;
    private const uint StyleHeader = 2;
    private const uint StyleTitle = 3;

    private static Row Row(uint index, IReadOnlyList<object?> values, uint style)
    {
        var row = new Row { RowIndex = index };
        for (var i = 0; i < values.Count; i++)
        {
            var reference = ColumnName(i) + index;
            row.Append(values[i] switch
            {
                null => new Cell { CellReference = reference, StyleIndex = style },
                int or long or double or decimal => new Cell
                {
                    CellReference = reference,
                    StyleIndex = style,
                    DataType = CellValues.Number,
                    CellValue = new CellValue(Convert.ToDouble(values[i], System.Globalization.CultureInfo.InvariantCulture)),
                },
                var text => new Cell
                {
                    CellReference = reference,
                    StyleIndex = style,
                    DataType = CellValues.InlineString,
                    InlineString = new InlineString(new Text(Convert.ToString(text, System.Globalization.CultureInfo.InvariantCulture) ?? "") { Space = SpaceProcessingModeValues.Preserve }),
                },
            });
        }

        return row;
    }

    private static string CellText(Cell cell, string[] shared)
    {
        if (cell.DataType?.Value == CellValues.InlineString)
        {
            return cell.InlineString?.InnerText ?? "";
        }

        var value = cell.CellValue?.Text ?? "";
        return cell.DataType?.Value == CellValues.SharedString && int.TryParse(value, out var index) && index < shared.Length ? shared[index] : value;
    }

    private static string ColumnName(int index)
    {
        var name = "";
        for (index++; index > 0; index = (index - 1) / 26)
        {
            name = (char)('A' + (index - 1) % 26) + name;
        }

        return name;
    }

    private static int? ColumnIndex(string? reference)
    {
        if (string.IsNullOrEmpty(reference))
        {
            return null;
        }

        var index = 0;
        foreach (var c in reference.TakeWhile(char.IsLetter))
        {
            index = index * 26 + (char.ToUpperInvariant(c) - 'A' + 1);
        }

        return index - 1;
    }

    private static string SheetName(string name) => new(name.Where(c => !"[]:*?/\\".Contains(c)).Take(31).ToArray());

    private static Stylesheet Styles() => new(
        new Fonts(
            new Font(new FontSize { Val = 11 }, new FontName { Val = "Times New Roman" }),
            new Font(new Bold(), new FontSize { Val = 11 }, new FontName { Val = "Times New Roman" }),
            new Font(new Bold(), new FontSize { Val = 13 }, new FontName { Val = "Times New Roman" })),
        new Fills(new Fill(new PatternFill { PatternType = PatternValues.None }), new Fill(new PatternFill { PatternType = PatternValues.Gray125 })),
        new Borders(
            new Border(),
            new Border(
                new LeftBorder { Style = BorderStyleValues.Thin },
                new RightBorder { Style = BorderStyleValues.Thin },
                new TopBorder { Style = BorderStyleValues.Thin },
                new BottomBorder { Style = BorderStyleValues.Thin },
                new DiagonalBorder())),
        new CellFormats(
            new CellFormat(),
            new CellFormat(new Alignment { WrapText = true, Vertical = VerticalAlignmentValues.Top }) { FontId = 0, BorderId = 1, ApplyAlignment = true, ApplyBorder = true },
            new CellFormat(new Alignment { WrapText = true, Horizontal = HorizontalAlignmentValues.Center, Vertical = VerticalAlignmentValues.Center }) { FontId = 1, BorderId = 1, ApplyFont = true, ApplyAlignment = true, ApplyBorder = true },
            new CellFormat { FontId = 2, ApplyFont = true }));
}
