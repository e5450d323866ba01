using VanPhong.Text;

namespace VanPhong.Documents;

/// <summary>
/// How much of a workbook <see cref="Spreadsheet.Read"/> takes in. Rows are read as arrays with the empty cells
/// before each cell filled in, so a single cell at <c>ZZZZZZ1</c> would cost gigabytes: columns are bounded by Excel's
/// own limit, and rows and cells by what one import needs.
/// </summary>
public sealed class SpreadsheetLimits
{
    /// <summary>Excel's own limit (column XFD); a reference beyond it is no real sheet.</summary>
    public int MaxColumns { get; set; } = 16_384;

    /// <summary>Rows of one sheet: a plan has a few hundred, a month of dossier figures a few thousand.</summary>
    public int MaxRows { get; set; } = 10_000;

    /// <summary>
    /// Cells of one sheet, counting the empty ones filled in before a cell further right, and entries of the shared
    /// string table (a table larger than the cells that could use it only costs memory).
    /// </summary>
    public int MaxCells { get; set; } = 1_000_000;

    /// <summary>The zip the workbook is, checked before the Open XML SDK opens it.</summary>
    public ZipLimits Package { get; set; } = new();
}
