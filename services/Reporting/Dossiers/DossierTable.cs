using System.Globalization;

namespace VanPhong.Reporting.Dossiers;

/// <summary>The rows of a table read from a file laid out like the template: the header row starting with ma_tthc names the columns; a cell that is not a whole number is reported with its line and column.</summary>
internal static class DossierTable
{
    public static List<(int Line, DossierRow Row)> Rows(IReadOnlyList<string[]> table, List<RowError> errors)
    {
        var headerIndex = -1;
        for (var i = 0; i < table.Count; i++)
        {
            if (table[i].Length > 0 && table[i][0].Trim().Equals("ma_tthc", StringComparison.OrdinalIgnoreCase))
            {
                headerIndex = i;
                break;
            }
        }

        if (headerIndex < 0)
        {
            errors.Add(new RowError(0, null, "Không tìm thấy dòng tiêu đề (bắt đầu bằng cột ma_tthc). Vui lòng dùng tệp mẫu."));
            return [];
        }

        var header = table[headerIndex].Select(h => h.Trim().ToLowerInvariant()).ToList();
        var missing = DossierImporter.Columns.Where(c => c.Key != "linh_vuc" && !header.Contains(c.Key)).Select(c => c.Key).ToList();
        if (missing.Count > 0)
        {
            errors.Add(new RowError(headerIndex + 1, null, $"Thiếu cột: {string.Join(", ", missing)}."));
            return [];
        }

        var rows = new List<(int, DossierRow)>();
        for (var i = headerIndex + 1; i < table.Count; i++)
        {
            var cells = table[i];
            if (cells.All(string.IsNullOrWhiteSpace))
            {
                continue;
            }

            var line = i + 1;
            string? Cell(string key)
            {
                var index = header.IndexOf(key);
                return index >= 0 && index < cells.Length && !string.IsNullOrWhiteSpace(cells[index]) ? cells[index].Trim() : null;
            }

            int? Number(string key)
            {
                var text = Cell(key);
                if (text is null)
                {
                    return 0; // an empty cell is none
                }

                if (int.TryParse(text.Replace(".", "", StringComparison.Ordinal), NumberStyles.None, CultureInfo.InvariantCulture, out var value))
                {
                    return value;
                }

                errors.Add(new RowError(line, key, $"Dòng {line}, cột {key}: \"{text}\" không phải số nguyên không âm."));
                return null;
            }

            rows.Add((line, new DossierRow(Cell("ma_tthc"), Cell("linh_vuc"),
                Number("truc_tuyen"), Number("truc_tiep"), Number("buu_chinh"), Number("ky_truoc"),
                Number("truoc_han"), Number("dung_han"), Number("qua_han"), Number("dang_trong_han"), Number("dang_qua_han"),
                Number("so_hoa_ho_so"), Number("so_hoa_ket_qua"))));
        }

        return rows;
    }
}
