using VanPhong.Documents;

namespace VanPhong.Reporting.Dossiers;

/// <summary>
/// An uploaded table of dossiers, a CSV file or an .xlsx workbook, as rows of cells. A zip is read as a workbook and
/// checked as one: what breaks it (a zip bomb, a cell beyond column XFD, a zip that is not an .xlsx) is told back as it
/// is; any other file that cannot be read gets the caller's advice on the file expected.
/// </summary>
public static class TableFile
{
    /// <summary>The table and its source ("csv" or "xlsx"), or no rows and the one error that says why it cannot be read.</summary>
    public static (IReadOnlyList<string[]> Table, List<RowError> Errors, string Source) Read(byte[] content, SpreadsheetLimits limits, string unreadable)
    {
        var isXlsx = content is [0x50, 0x4B, 0x03, 0x04, ..];
        var source = isXlsx ? "xlsx" : "csv";
        try
        {
            var table = isXlsx ? Spreadsheet.Read(new MemoryStream(content, writable: false), limits: limits) : CsvTable.Read(content, limits.MaxRows);
            return (table, [], source);
        }
        catch (InvalidDataException e) when (isXlsx)
        {
            return ([], [new RowError(0, null, $"Không đọc được tệp .xlsx: {e.Message}")], source);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            return ([], [new RowError(0, null, unreadable)], source);
        }
    }
}
