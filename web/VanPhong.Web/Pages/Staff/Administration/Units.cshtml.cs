using Microsoft.AspNetCore.Mvc;
using VanPhong.Web.Backend;

namespace VanPhong.Web.Pages.Staff.Administration;

/// <summary>
/// Đơn vị: the administrator keeps the Board's units (code, name, kind, e-mail); with <c>ma</c> one unit is edited.
/// A unit is never deleted, only marked inactive: its records keep its name.
/// </summary>
public sealed class UnitsModel(IdentityClient identity) : StaffPage
{
    public IReadOnlyList<UnitView> Units { get; private set; } = [];

    /// <summary>The unit being edited, if any.</summary>
    [BindProperty(SupportsGet = true, Name = "ma")]
    public string? Editing { get; set; }

    public sealed class UnitForm
    {
        public string? Code { get; set; }
        public string? Name { get; set; }
        public string Kind { get; set; } = "Division";
        public string? Email { get; set; }
        public bool IsActive { get; set; } = true;
    }

    [BindProperty]
    public UnitForm Form { get; set; } = new();

    public UnitView? Edited => Units.FirstOrDefault(u => u.Code == Editing);

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var problem = await LoadAsync(ct);
        if (SessionExpired(problem))
        {
            return Challenge();
        }

        if (Edited is { } unit)
        {
            Form = new UnitForm { Code = unit.Code, Name = unit.Name, Kind = unit.Kind, Email = unit.Email, IsActive = unit.IsActive };
        }

        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var body = new { code = Form.Code?.Trim(), name = Form.Name?.Trim(), kind = Form.Kind, email = string.IsNullOrWhiteSpace(Form.Email) ? null : Form.Email.Trim(), isActive = Form.IsActive };
        var result = Editing is null
            ? await identity.AddUnitAsync(body, ct)
            : await identity.SaveUnitAsync(Editing, body, ct);
        return result.Ok
            ? Succeeded($"Đã lưu đơn vị {result.Value!.Code} — {result.Value.Name}.", "/nghiep-vu/quan-tri/don-vi")
            : await FailedAsync(result.Problem!, async () => await LoadAsync(ct));
    }

    private async Task<ApiProblem?> LoadAsync(CancellationToken ct)
    {
        var result = await identity.GetUnitsAsync(ct);
        Units = (result.Value ?? []).OrderBy(u => u.Code).ToList();
        Problem ??= result.Problem;
        return result.Problem;
    }
}
