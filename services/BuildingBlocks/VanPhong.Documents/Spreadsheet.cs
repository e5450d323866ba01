// Why one file: one pure job — writing and reading .xlsx workbooks with the Open XML SDK — whose reader and writer share
// the cell conventions (inline strings, the header row, column letters).

using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using VanPhong.Text;

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

    /// <summary>
    /// The rows of the first sheet (or the named one) as text, empty cells as "". The package is held to
    /// <see cref="SpreadsheetLimits.Package"/> before the Open XML SDK opens it, and the sheet and its shared strings
    /// are read as a stream of elements, never loaded whole, within the row, column and cell bounds of
    /// <paramref name="limits"/> (defaults when null). Whatever is unreadable or beyond a bound is an
    /// <see cref="InvalidDataException"/> whose message says why, in Vietnamese.
    /// </summary>
    public static IReadOnlyList<string[]> Read(Stream xlsx, string? sheetName = null, SpreadsheetLimits? limits = null)
    {
        limits ??= new SpreadsheetLimits();
        var package = Seekable(xlsx, limits.Package);
        PackageInspector.Inspect(package, limits.Package);
        package.Position = 0;
        try
        {
            using var document = SpreadsheetDocument.Open(package, false, new OpenSettings { MaxCharactersInPart = limits.Package.MaxEntryBytes });
            var workbook = document.WorkbookPart ?? throw new InvalidDataException("Tệp không phải bảng tính Excel (.xlsx).");
            var sheet = FindSheet(workbook, sheetName)
                ?? throw new InvalidDataException(sheetName is null ? "Bảng tính không có trang nào." : $"Bảng tính không có trang \"{sheetName}\".");
            if (sheet.Id?.Value is not { } id || workbook.GetPartById(id) is not WorksheetPart part)
            {
                throw new InvalidDataException($"Trang \"{sheet.Name}\" không phải trang số liệu.");
            }

            return Rows(part, SharedStrings(workbook, limits), limits);
        }
        // What the SDK throws on a malformed package or part is the sender's fault; running out of memory is not,
        // and must stay a server error rather than be told to the sender as an invalid file.
        catch (Exception e) when (e is not (InvalidDataException or OperationCanceledException or OutOfMemoryException))
        {
            throw new InvalidDataException("Tệp không phải bảng tính Excel (.xlsx) hợp lệ.", e);
        }
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
                    InlineString = new InlineString(new DocumentFormat.OpenXml.Spreadsheet.Text(Convert.ToString(text, System.Globalization.CultureInfo.InvariantCulture) ?? "") { Space = SpaceProcessingModeValues.Preserve }),
                },
            });
        }

        return row;
    }

    private static string CellText(Cell cell, List<string> shared)
    {
        if (cell.DataType?.Value == CellValues.InlineString)
        {
            return cell.InlineString?.InnerText ?? "";
        }

        var value = cell.CellValue?.Text ?? "";
        return cell.DataType?.Value == CellValues.SharedString && int.TryParse(value, out var index) && index >= 0 && index < shared.Count ? shared[index] : value;
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

    private static Sheet? FindSheet(WorkbookPart workbook, string? name)
    {
        using var reader = OpenXmlReader.Create(workbook);
        while (reader.Read())
        {
            // Loading an element leaves the reader on its end, so the next Read moves on to its sibling.
            if (reader.ElementType == typeof(Sheet) && reader.IsStartElement && reader.LoadCurrentElement() is Sheet sheet && (name is null || sheet.Name == name))
            {
                return sheet;
            }
        }

        return null;
    }

    private static List<string> SharedStrings(WorkbookPart workbook, SpreadsheetLimits limits)
    {
        var strings = new List<string>();
        if (workbook.SharedStringTablePart is not { } part)
        {
            return strings;
        }

        using var reader = OpenXmlReader.Create(part);
        while (reader.Read())
        {
            if (reader.ElementType == typeof(SharedStringItem) && reader.IsStartElement)
            {
                if (strings.Count == limits.MaxCells)
                {
                    throw new InvalidDataException($"Bảng tính có hơn {Number(limits.MaxCells)} chuỗi dùng chung, vượt giới hạn một lần nhập.");
                }

                strings.Add(reader.LoadCurrentElement()!.InnerText);
            }
        }

        return strings;
    }

    private static List<string[]> Rows(WorksheetPart part, List<string> shared, SpreadsheetLimits limits)
    {
        var rows = new List<string[]>();
        List<string>? cells = null;
        long kept = 0;
        using var reader = OpenXmlReader.Create(part);
        while (reader.Read())
        {
            if (reader.ElementType == typeof(Row))
            {
                if (reader.IsStartElement)
                {
                    if (rows.Count == limits.MaxRows)
                    {
                        throw new InvalidDataException($"Trang tính có hơn {Number(limits.MaxRows)} dòng, vượt giới hạn một lần nhập.");
                    }

                    cells = [];
                }
                else if (cells is not null)
                {
                    rows.Add([.. cells]);
                    cells = null;
                }
            }
            else if (reader.ElementType == typeof(Cell) && reader.IsStartElement && cells is not null)
            {
                var cell = (Cell)reader.LoadCurrentElement()!;
                var column = ColumnIndex(cell.CellReference?.Value, limits.MaxColumns) ?? cells.Count;
                if (column >= limits.MaxColumns)
                {
                    var where = cell.CellReference?.Value is { Length: > 0 } reference ? $"Ô {new string([.. reference.Where(c => !char.IsControl(c)).Take(20)])}" : $"Dòng {rows.Count + 1}";
                    throw new InvalidDataException($"{where} vượt quá {Number(limits.MaxColumns)} cột, giới hạn của Excel (cột cuối cùng là {ColumnName(limits.MaxColumns - 1)}).");
                }

                // The empty cells filled in before this one cost as much as real ones.
                kept += Math.Max(column, cells.Count) + 1 - cells.Count;
                if (kept > limits.MaxCells)
                {
                    throw new InvalidDataException($"Trang tính có hơn {Number(limits.MaxCells)} ô (kể cả ô trống đứng trước ô có dữ liệu), vượt giới hạn một lần nhập.");
                }

                while (cells.Count < column)
                {
                    cells.Add("");
                }

                cells.Add(CellText(cell, shared));
            }
        }

        return rows;
    }

    /// <summary>The zero-based column of a reference ("B7" → 1), null without letters, <paramref name="maxColumns"/> when beyond the last.</summary>
    private static int? ColumnIndex(string? reference, int maxColumns)
    {
        var index = 0;
        foreach (var c in reference ?? "")
        {
            if (c is not (>= 'A' and <= 'Z' or >= 'a' and <= 'z'))
            {
                break;
            }

            index = index * 26 + (char.ToUpperInvariant(c) - 'A' + 1);
            if (index > maxColumns)
            {
                return maxColumns;
            }
        }

        return index == 0 ? null : index - 1;
    }

    /// <summary>A stream the package can be inspected and opened from: the central directory is at its end.</summary>
    private static Stream Seekable(Stream xlsx, ZipLimits limits)
    {
        if (xlsx.CanSeek)
        {
            return xlsx;
        }

        var copy = new MemoryStream();
        var buffer = new byte[81_920];
        int read;
        while ((read = xlsx.Read(buffer)) > 0)
        {
            copy.Write(buffer, 0, read);
            if (copy.Length > limits.MaxTotalBytes)
            {
                throw new InvalidDataException($"Tệp lớn hơn {Number(limits.MaxTotalBytes / 1024 / 1024)} MB.");
            }
        }

        copy.Position = 0;
        return copy;
    }

    private static string Number(long value) => value.ToString("N0", System.Globalization.CultureInfo.GetCultureInfo("vi-VN"));

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
