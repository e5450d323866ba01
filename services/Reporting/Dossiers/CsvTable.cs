using System.Text;
using Sylvan.Data.Csv;

namespace VanPhong.Reporting.Dossiers;

/// <summary>
/// A CSV file as a table of cells, read by Sylvan.Data.Csv (RFC 4180 quoting, line breaks inside quotes). The
/// separator is a comma or a semicolon, whichever the first lines use more (a title line above the header has neither): Vietnamese Excel saves "CSV" with
/// semicolons. Blank lines are kept as empty rows so that a row's index is its line in the file.
/// </summary>
public static class CsvTable
{
    /// <summary>The table, read no further than <paramref name="maxRows"/> rows: a file longer than that is refused by its row count, not parsed to its end.</summary>
    public static IReadOnlyList<string[]> Read(byte[] content, int maxRows = int.MaxValue) => Read(Encoding.UTF8.GetString(content).TrimStart('\uFEFF'), maxRows);

    public static IReadOnlyList<string[]> Read(string text, int maxRows = int.MaxValue)
    {
        var head = string.Join('\n', text.Split('\n', 21).Take(20));
        var options = new CsvDataReaderOptions
        {
            HasHeaders = false,
            Delimiter = head.Count(c => c == ';') > head.Count(c => c == ',') ? ';' : ',',
        };
        using var reader = CsvDataReader.Create(new StringReader(text), options);
        var rows = new List<string[]>();
        while (rows.Count <= maxRows && reader.Read())
        {
            // RowNumber is the line the row starts on: blank lines the reader skipped come back as empty rows.
            while (rows.Count < reader.RowNumber - 1)
            {
                rows.Add([]);
            }

            var cells = new string[reader.RowFieldCount];
            for (var i = 0; i < cells.Length; i++)
            {
                cells[i] = reader.GetString(i);
            }

            rows.Add(cells);
        }

        return rows;
    }
}
