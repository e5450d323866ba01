using Microsoft.AspNetCore.Mvc;
using VanPhong.Web.Backend;

namespace VanPhong.Web.Pages.Staff.Catalog;

/// <summary>One procedure: its versions (one per publication decision) and what changed between two of them.</summary>
public sealed class DetailModel(CatalogClient catalog) : StaffPage
{
    [FromRoute]
    public string Code { get; set; } = "";

    [BindProperty(SupportsGet = true, Name = "tu")]
    public int? From { get; set; }

    [BindProperty(SupportsGet = true, Name = "den")]
    public int? To { get; set; }

    public ProcedureStaffView? Procedure { get; private set; }

    public DiffView? Diff { get; private set; }

    public InternalProcedureRow? Internal { get; private set; }

    [BindProperty]
    public string? DecisionNumber { get; set; }

    [BindProperty]
    public DateOnly? On { get; set; }

    [BindProperty]
    public string? BackdateReason { get; set; }

    [BindProperty]
    public string? UnitCode { get; set; }

    /// <summary>The office assigns the division that handles the procedure (it drafts the internal procedure and reviews).</summary>
    public async Task<IActionResult> OnPostHandlingUnitAsync(CancellationToken ct)
    {
        var result = await catalog.SetHandlingUnitAsync(Code, UnitCode, ct);
        return result.Ok ? Succeeded("Đã giao phòng chủ trì.") : await FailedAsync(result.Problem!, async () => await LoadAsync(ct));
    }

    /// <summary>The office records the decision approving the internal procedure (the 30-working-day obligation).</summary>
    public Task<IActionResult> OnPostApproveAsync(CancellationToken ct) =>
        ActAsync("approve", new { decisionNumber = DecisionNumber, approvedOn = On?.ToString("yyyy-MM-dd") }, "Đã ghi nhận quyết định phê duyệt quy trình nội bộ.", ct);

    /// <summary>The office records that the electronic process was updated in the provincial system (03 working days).</summary>
    public Task<IActionResult> OnPostElectronicAsync(CancellationToken ct) =>
        ActAsync("electronic-updated", new { on = On?.ToString("yyyy-MM-dd"), backdateReason = BackdateReason }, "Đã ghi nhận cập nhật quy trình điện tử.", ct);

    private async Task<IActionResult> ActAsync(string step, object body, string done, CancellationToken ct)
    {
        var result = await catalog.TakeInternalProcedureStepAsync<System.Text.Json.JsonElement>(Code, step, body, ct);
        return result.Ok ? Succeeded(done) : await FailedAsync(result.Problem!, async () => await LoadAsync(ct));
    }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var problem = await LoadAsync(ct);
        return PageOrSignIn(problem);
    }

    private async Task<ApiProblem?> LoadAsync(CancellationToken ct)
    {
        var result = await catalog.GetProcedureAsync(Code, ct);
        Procedure = result.Value;
        Problem ??= result.Problem;
        Internal = ((await catalog.GetInternalProceduresAsync(ct)).Value ?? [])
            .FirstOrDefault(i => i.ProcedureCode == Code);
        if (Procedure is { Versions.Count: > 1 })
        {
            var to = To ?? Procedure.Versions.Max(v => v.Number);
            var from = From ?? Procedure.Versions.Where(v => v.Number < to).Select(v => v.Number).DefaultIfEmpty(to).Max();
            var diff = await catalog.GetDiffAsync(Code, from, to, ct);
            Diff = diff.Value;
            Problem ??= diff.Problem;
        }

        return result.Problem;
    }
}
