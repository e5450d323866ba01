using VanPhong.Documents;
using VanPhong.Text;

namespace VanPhong.Plans.Documents;

/// <summary>What the plan service takes in as files (<c>Plans:Files</c>): plan imports, and evidence of work done.</summary>
public sealed class PlanFileLimits
{
    /// <summary>The largest .xlsx or text body of a plan import; a year's plan is some 30 KB as .xlsx.</summary>
    public long MaxImportBytes { get; set; } = 5 * 1024 * 1024;

    /// <summary>The workbook of an .xlsx import: a plan has a few hundred rows.</summary>
    public SpreadsheetLimits Import { get; set; } = new();

    /// <summary>What a .docx or .xlsx given as evidence may inflate to.</summary>
    public ZipLimits Evidence { get; set; } = new();
}
