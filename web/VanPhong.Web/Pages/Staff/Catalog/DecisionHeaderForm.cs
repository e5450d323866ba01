namespace VanPhong.Web.Pages.Staff.Catalog;

/// <summary>
/// The header of a publication decision (quyết định công bố) as the office types it for a new decision or corrects
/// it on the draft read from a document.
/// </summary>
public abstract class DecisionHeaderForm
{
    public string? Number { get; set; }
    public DateOnly? Date { get; set; }
    public string? Signer { get; set; }
    public string? Issuer { get; set; }
    public DateOnly? EffectiveDate { get; set; }
    public string? Title { get; set; }

    /// <summary>A list of the decision's annex (steps, dossier, fees, legal bases) as typed: one entry a line, blank lines dropped.</summary>
    public static List<string> Lines(string? text) => [.. (text ?? "").Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0)];
}
