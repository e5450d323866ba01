namespace VanPhong.Web.Pages.Staff.Plan;

/// <summary>
/// A plan item as the plan's text words it, typed by the office when it adds the item and when it edits it: the plan
/// registry reads the timeframe and the units from it.
/// </summary>
public class ItemWording
{
    public string? Content { get; set; }
    public string? Timeframe { get; set; }
    public string? LeadUnits { get; set; }
    public string? CoordinatingUnits { get; set; }
    public string? ExpectedResult { get; set; }
    public int? Weight { get; set; }
}
