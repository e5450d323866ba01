using Microsoft.AspNetCore.Mvc;
using VanPhong.Web.Backend;

namespace VanPhong.Web.Pages.Staff.Catalog;

/// <summary>
/// Bản tiếng Anh của thủ tục: the office writes the English of each text of the procedure in force beside its Vietnamese;
/// the English pages show it (/en/thu-tuc/{code}). Saved against the version it translates, so a later version marks it out of date.
/// </summary>
public sealed class EnglishModel(CatalogClient catalog) : StaffPage
{
    [FromRoute]
    public string Code { get; set; } = "";

    [BindProperty]
    public EnglishForm Input { get; set; } = new();

    public EnglishRecord? Record { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var problem = await LoadAsync(ct);
        if (SessionExpired(problem))
        {
            return Challenge();
        }

        if (Record is { } r)
        {
            Input = EnglishForm.From(r);
        }

        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var result = await catalog.SaveEnglishAsync(Code, new { translatesVersion = Input.TranslatesVersion, text = Input.ToText() }, ct);
        return result.Ok ? Succeeded("Đã lưu bản tiếng Anh của thủ tục.") : await FailedAsync(result.Problem!, async () => await LoadAsync(ct));
    }

    private async Task<ApiProblem?> LoadAsync(CancellationToken ct)
    {
        var result = await catalog.GetEnglishAsync(Code, ct);
        Record = result.Value;
        Problem ??= result.Problem;
        return result.Problem;
    }
}

/// <summary>The form: one box per text, lists item by item in the order of the Vietnamese.</summary>
public sealed class EnglishForm
{
    public int? TranslatesVersion { get; set; }

    public string? Name { get; set; }

    public string? Level { get; set; }

    public string? ImplementingAgency { get; set; }

    public string? Applicants { get; set; }

    public string? Conditions { get; set; }

    public List<string?> Steps { get; set; } = [];

    public List<string?> Dossier { get; set; } = [];

    public List<string?> FeeNames { get; set; } = [];

    public List<string?> FeeNotes { get; set; } = [];

    public string? FeeExemptions { get; set; }

    public string? Result { get; set; }

    public List<string?> LegalBases { get; set; } = [];

    public string? Place { get; set; }

    public static EnglishForm From(EnglishRecord r)
    {
        var t = r.Text;
        static List<string?> Pad(IReadOnlyList<string?>? list, int count) => Enumerable.Range(0, count).Select(i => list is not null && i < list.Count ? list[i] : null).ToList();
        return new EnglishForm
        {
            TranslatesVersion = r.CurrentVersion,
            Name = t.Name ?? r.Vietnamese.NameEn,
            Level = t.Level,
            ImplementingAgency = t.ImplementingAgency,
            Applicants = t.Applicants,
            Conditions = t.Conditions,
            Steps = Pad(t.Steps, r.Vietnamese.Steps.Count),
            Dossier = Pad(t.Dossier, r.Vietnamese.Dossier.Count),
            FeeNames = Pad(t.Fees?.Select(f => f?.Name).ToList(), r.Vietnamese.Fees.Count),
            FeeNotes = Pad(t.Fees?.Select(f => f?.Note).ToList(), r.Vietnamese.Fees.Count),
            FeeExemptions = t.FeeExemptions,
            Result = t.Result,
            LegalBases = Pad(t.LegalBases, r.Vietnamese.LegalBases.Count),
            Place = t.Place,
        };
    }

    public EnglishText ToText() => new(Name, Level, ImplementingAgency, Applicants, Conditions, Steps, Dossier,
        FeeNames.Select((n, i) => (EnglishFee?)new EnglishFee(n, i < FeeNotes.Count ? FeeNotes[i] : null)).ToList(), FeeExemptions, Result, LegalBases, Place);
}
