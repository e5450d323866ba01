using Microsoft.AspNetCore.Mvc;
using VanPhong.Web.Backend;

namespace VanPhong.Web.Pages.Staff.Feedback;

/// <summary>
/// Liên kết: the office ties a PAKN to the procedure it concerns, the plan item that carries it, or the simplification
/// proposal it led to, so the trail from the feedback to the changed procedure can be followed both ways.
/// </summary>
public sealed class LinkModel(FeedbackClient feedback, PlansClient plans, CatalogClient catalog, TimeProvider clock) : StaffPage
{
    [FromRoute]
    public Guid Id { get; set; }

    public FeedbackLinks? Case { get; private set; }

    public IReadOnlyList<ItemView> PlanItems { get; private set; } = [];

    public IReadOnlyList<ReviewRow> Proposals { get; private set; } = [];

    [BindProperty]
    public string? ProcedureCode { get; set; }

    [BindProperty]
    public Guid? PlanItemId { get; set; }

    [BindProperty]
    public Guid? ProposalId { get; set; }

    [BindProperty]
    public int? SeenVersion { get; set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var problem = await LoadAsync(ct);
        return RecordPage(problem);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        await LoadChoicesAsync(ct);
        var item = PlanItems.FirstOrDefault(i => i.Id == PlanItemId);
        var body = new
        {
            procedureCode = string.IsNullOrWhiteSpace(ProcedureCode) ? null : ProcedureCode.Trim(),
            planItemId = item?.Id,
            planItemCode = item?.Code,
            simplificationProposalId = ProposalId,
        };
        var result = await feedback.LinkAsync(Id, body, SeenVersion, ct);
        return result.Ok ? Succeeded("Đã lưu liên kết của phản ánh, kiến nghị.") : await FailedAsync(result.Problem!, async () => await LoadAsync(ct));
    }

    private async Task<ApiProblem?> LoadAsync(CancellationToken ct)
    {
        var result = await feedback.GetLinksAsync(Id, ct);
        Case = result.Value;
        if (Case is null)
        {
            return result.Problem;
        }

        SeenVersion = Case.Version;
        ModelState.Remove(nameof(SeenVersion));
        if (PlanItems.Count == 0)
        {
            await LoadChoicesAsync(ct);
        }

        return null;
    }

    /// <summary>The current plan's items and the proposals sent on, to choose from.</summary>
    private async Task LoadChoicesAsync(CancellationToken ct)
    {
        var plan = await plans.GetCurrentPlanAsync(VanPhong.Calendar.VietnamTime.Today(clock).Year, ct);
        if (plan is not null)
        {
            PlanItems = ((await plans.GetItemsAsync(plan.Id, null, ct)).Value ?? []).Where(i => !i.IsGroup).ToList();
        }

        Proposals = ((await catalog.GetReviewsAsync(ct)).Value ?? [])
            .Where(r => r.Status != "Draft").OrderByDescending(r => r.ProposedAt).ToList();
    }
}
