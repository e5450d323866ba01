using Microsoft.AspNetCore.Mvc;
using VanPhong.Web.Backend;

namespace VanPhong.Web.Pages.Staff.Catalog;

/// <summary>
/// Quy trình nội bộ: the handling division writes the steps of a published procedure (what, who, how long), which
/// together must fit in the legal processing time, and submits them for approval within the plan's 30 working days.
/// </summary>
public sealed class InternalStepsModel(CatalogClient catalog) : StaffPage
{
    public const int MaxSteps = 30;

    [FromRoute]
    public string Code { get; set; } = "";

    public InternalProcedureDetail? Internal { get; private set; }

    public sealed class StepForm
    {
        public string? Description { get; set; }
        public string? Unit { get; set; }
        public string? Role { get; set; }
        /// <summary>As typed: the number field sends "1.5", which the page's Vietnamese culture would read as 15.</summary>
        public string? WorkingDays { get; set; }

        public double Days => double.TryParse(WorkingDays?.Replace(',', '.'), System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var d) ? d : 0;

        public static StepForm Of(InternalStepView step) => new()
        {
            Description = step.Description, Unit = step.Unit, Role = step.Role, WorkingDays = step.WorkingDays.ToString("0.##", System.Globalization.CultureInfo.InvariantCulture),
        };

        public bool IsEmpty => string.IsNullOrWhiteSpace(Description) && string.IsNullOrWhiteSpace(Unit) && string.IsNullOrWhiteSpace(Role) && string.IsNullOrWhiteSpace(WorkingDays);
    }

    [BindProperty]
    public List<StepForm> Steps { get; set; } = [];

    public bool Editable => Internal is { Status: not "Approved", ApprovedOn: null } && IsUnitWorker;

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var problem = await LoadAsync(ct);
        if (SessionExpired(problem))
        {
            return Challenge();
        }

        if (Internal is null)
        {
            return NotFound();
        }

        Steps = [.. Internal.Steps.OrderBy(s => s.Order).Select(StepForm.Of)];
        Pad(Steps.Count + 1);
        return Page();
    }

    /// <summary>Another empty step, keeping what was typed.</summary>
    public async Task<IActionResult> OnPostMoreAsync(CancellationToken ct)
    {
        await LoadAsync(ct);
        ModelState.Clear();
        Pad(Math.Min(MaxSteps, Steps.Count + 1));
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var steps = Steps.Where(s => !s.IsEmpty).Select((s, i) => new
        {
            order = i + 1, description = s.Description?.Trim() ?? "", unit = s.Unit?.Trim() ?? "", role = s.Role?.Trim() ?? "", workingDays = s.Days,
        }).ToList();
        Steps = Steps.Where(s => !s.IsEmpty).ToList();
        var result = await catalog.SaveInternalStepsAsync(Code, new { steps }, ct);
        return result.Ok
            ? Succeeded($"Đã lưu quy trình nội bộ: {result.Value!.Steps.Count} bước, {result.Value.TotalWorkingDays:0.##}/{result.Value.LegalWorkingDays} ngày làm việc.")
            : await FailedAsync(result.Problem!, async () => { await LoadAsync(ct); Pad(Steps.Count); });
    }

    public async Task<IActionResult> OnPostSubmitAsync(CancellationToken ct)
    {
        var result = await catalog.TakeInternalProcedureStepAsync<InternalProcedureDetail>(Code, "submit", new { }, ct);
        return result.Ok
            ? Succeeded($"Đã trình phê duyệt quy trình nội bộ ngày {result.Value!.SubmittedOn:dd/MM/yyyy}.")
            : await FailedAsync(result.Problem!, async () =>
            {
                await LoadAsync(ct);
                Steps = Internal is null ? [] : [.. Internal.Steps.OrderBy(s => s.Order).Select(StepForm.Of)];
                Pad(Steps.Count + 1);
            });
    }

    private void Pad(int count)
    {
        while (Steps.Count < Math.Max(1, count))
        {
            Steps.Add(new StepForm());
        }
    }

    private async Task<ApiProblem?> LoadAsync(CancellationToken ct)
    {
        var result = await catalog.GetInternalProcedureDetailsAsync(ct);
        Internal = result.Value?.FirstOrDefault(i => i.ProcedureCode == Code);
        return result.Problem;
    }
}
