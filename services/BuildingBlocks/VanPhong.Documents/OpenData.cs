using System.Globalization;
using System.Text;
using System.Text.Json;

namespace VanPhong.Documents;

/// <summary>One column of an open dataset: its stable machine name (snake_case, never renamed) and its Vietnamese title.</summary>
public sealed record OpenDataColumn(string Name, string Title);

/// <summary>
/// A dataset the Board publishes as open data: stable columns, the rows, when the data is from, and the licence
/// it is published under. Written the same way as CSV, JSON and .xlsx by <see cref="OpenData"/>.
/// </summary>
public sealed record OpenDataset(string Id, string Title, string Description, DateTimeOffset DataAsOf, IReadOnlyList<OpenDataColumn> Columns, IReadOnlyList<IReadOnlyList<object?>> Rows);

/// <summary>A written dataset: the bytes and how to send them.</summary>
public sealed record OpenDataFile(byte[] Content, string ContentType, string FileName, DateTimeOffset DataAsOf);

/// <summary>
/// Open data of the Board (Luật Tiếp cận thông tin 2016 Art. 17–19; Nghị định 47/2020 on open data): every dataset under
/// one licence — Creative Commons Attribution 4.0, chosen because it is the licence international open-data portals
/// accept without negotiation and it only asks the reuser to name the source — with its publisher and the date of its data.
/// </summary>
public static class OpenData
{
    public const string Publisher = "Ban Quản lý Khu kinh tế Vân Phong, tỉnh Khánh Hòa";

    public const string Licence = "Creative Commons Ghi nhận tác giả 4.0 Quốc tế (CC BY 4.0)";

    public const string LicenceUrl = "https://creativecommons.org/licenses/by/4.0/deed.vi";

    public const string LicenceNote = "Dữ liệu mở được phép sao chép, phân phối, sử dụng lại (kể cả mục đích thương mại) với điều kiện ghi rõ nguồn: " + Publisher + ".";

    public static readonly IReadOnlyList<string> Formats = ["csv", "json", "xlsx"];

    /// <summary>The file for a format ("csv", "json", "xlsx"), or null for any other.</summary>
    public static OpenDataFile? Write(OpenDataset dataset, string? format)
    {
        var stamp = dataset.DataAsOf.ToOffset(TimeSpan.FromHours(7)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var name = $"{dataset.Id}-{stamp}";
        return format?.ToLowerInvariant() switch
        {
            "csv" => new(Csv(dataset), "text/csv; charset=utf-8", name + ".csv", dataset.DataAsOf),
            "json" => new(Json(dataset), "application/json; charset=utf-8", name + ".json", dataset.DataAsOf),
            "xlsx" => new(Xlsx(dataset), Spreadsheet.ContentType, name + ".xlsx", dataset.DataAsOf),
            _ => null,
        };
    }

    /// <summary>
    /// RFC 4180: a header of the column names, CRLF, fields quoted when they hold a comma, quote or line break; UTF-8 with
    /// a byte-order mark so that spreadsheet programs read Vietnamese. A text cell that a spreadsheet would run as a formula
    /// (= + @, a tab or a carriage return first; a minus first when the text is not a number) gets a leading apostrophe.
    /// </summary>
    public static byte[] Csv(OpenDataset dataset)
    {
        var builder = new StringBuilder();
        builder.Append(string.Join(',', dataset.Columns.Select(c => Field(c.Name)))).Append("\r\n");
        foreach (var row in dataset.Rows)
        {
            builder.Append(string.Join(',', row.Select(v => Field(Text(v, guard: true))))).Append("\r\n");
        }

        return [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(builder.ToString())];
    }

    /// <summary>The dataset with its metadata: licence, publisher, date of the data, columns, rows as objects keyed by column name.</summary>
    public static byte[] Json(OpenDataset dataset)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = false, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            json.WriteString("dataset", dataset.Id);
            json.WriteString("title", dataset.Title);
            json.WriteString("description", dataset.Description);
            json.WriteString("publisher", Publisher);
            json.WriteString("license", Licence);
            json.WriteString("licenseUrl", LicenceUrl);
            json.WriteString("licenseNote", LicenceNote);
            json.WriteString("dataAsOf", dataset.DataAsOf);
            json.WriteStartArray("columns");
            foreach (var column in dataset.Columns)
            {
                json.WriteStartObject();
                json.WriteString("name", column.Name);
                json.WriteString("title", column.Title);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteStartArray("rows");
            foreach (var row in dataset.Rows)
            {
                json.WriteStartObject();
                for (var i = 0; i < dataset.Columns.Count; i++)
                {
                    json.WritePropertyName(dataset.Columns[i].Name);
                    WriteValue(json, i < row.Count ? row[i] : null);
                }

                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        return stream.ToArray();
    }

    /// <summary>A sheet of the data (titles as the header, names in the second row) and a sheet saying what it is and its licence.</summary>
    public static byte[] Xlsx(OpenDataset dataset)
    {
        var asOf = dataset.DataAsOf.ToOffset(TimeSpan.FromHours(7));
        var rows = new List<IReadOnlyList<object?>> { dataset.Columns.Select(c => (object?)c.Name).ToList() };
        rows.AddRange(dataset.Rows.Select(r => (IReadOnlyList<object?>)r.Select(v => v switch
        {
            null => null,
            int or long or double or decimal => v,
            _ => Text(v, guard: false),
        }).ToList()));
        return Spreadsheet.Write(
            new SheetContent("Dữ liệu", [], dataset.Columns.Select(c => c.Title).ToList(), rows),
            new SheetContent("Thông tin", [], ["Mục", "Nội dung"],
            [
                ["Bộ dữ liệu", dataset.Title],
                ["Mô tả", dataset.Description],
                ["Đơn vị công bố", Publisher],
                ["Số liệu tại thời điểm", asOf.ToString("dd/MM/yyyy HH:mm", CultureInfo.InvariantCulture)],
                ["Giấy phép", Licence],
                ["Địa chỉ giấy phép", LicenceUrl],
                ["Điều kiện sử dụng", LicenceNote],
            ]));
    }

    private static void WriteValue(Utf8JsonWriter json, object? value)
    {
        switch (value)
        {
            case null: json.WriteNullValue(); break;
            case bool b: json.WriteBooleanValue(b); break;
            case int i: json.WriteNumberValue(i); break;
            case long l: json.WriteNumberValue(l); break;
            case double d: json.WriteNumberValue(d); break;
            case decimal m: json.WriteNumberValue(m); break;
            default: json.WriteStringValue(Text(value, guard: false)); break;
        }
    }

    /// <summary>Dates as ISO 8601, numbers with a dot, booleans as true/false: the same in every format and every locale.</summary>
    private static string Text(object? value, bool guard)
    {
        var text = value switch
        {
            null => "",
            DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            DateTime t => DateTime.SpecifyKind(t, DateTimeKind.Utc).ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture),
            DateTimeOffset o => o.ToString("yyyy-MM-ddTHH:mm:sszzz", CultureInfo.InvariantCulture),
            bool b => b ? "true" : "false",
            IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
            _ => value.ToString() ?? "",
        };
        if (guard && value is string && text.Length > 0
            && (text[0] is '=' or '+' or '@' or '\t' or '\r' || (text[0] == '-' && !double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out _))))
        {
            return "'" + text;
        }

        return text;
    }

    private static string Field(string text) =>
        text.IndexOfAny([',', '"', '\r', '\n']) >= 0 ? "\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : text;
}
