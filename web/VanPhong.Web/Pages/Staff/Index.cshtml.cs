using VanPhong.Calendar;
using VanPhong.Topology;
using VanPhong.Web.Backend;

namespace VanPhong.Web.Pages.Staff;

/// <summary>
/// Trang nghiệp vụ: what is due and overdue for my unit (plan items, PAKN), what waits for me — the office's intake
/// queue and urging list, the leadership's approvals.
/// </summary>
public sealed class IndexModel(Services services, TimeProvider clock) : StaffPage(services)
{
    public PlanSummary? Plan { get; private set; }

    public IReadOnlyList<ItemView> MyItems { get; private set; } = [];

    public IReadOnlyList<FeedbackRow> MyFeedback { get; private set; } = [];

    public IReadOnlyList<FeedbackRow> ToClassify { get; private set; } = [];

    public IReadOnlyList<FeedbackRow> ToAssign { get; private set; } = [];

    public IReadOnlyList<FeedbackRow> ToApprove { get; private set; } = [];

    public IReadOnlyList<FeedbackRow> ToSend { get; private set; } = [];

    public IReadOnlyList<UrgingRow> Urging { get; private set; } = [];

    public DateOnly Today { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        Today = VietnamTime.Today(clock);
        Plan = await CurrentPlanAsync(Backend, Today.Year, ct);
        if (Plan is not null && Unit is not null && !IsOffice && !IsLeadership)
        {
            MyItems = ((await Backend.GetAsync<List<ItemView>>(ResourceNames.PlansService, $"/api/plans/{Plan.Id}/items?unit={Uri.EscapeDataString(Unit)}", ct)).Value ?? [])
                .Where(i => !i.IsGroup && i.Status is not ("Completed" or "CompletedLate" or "Cancelled")).OrderBy(i => i.DueOn ?? DateOnly.MaxValue).ToList();
        }

        if (Unit is not null && IsUnitWorker && !IsOffice)
        {
            MyFeedback = await FeedbackAsync($"?unit={Uri.EscapeDataString(Unit)}", ct);
            MyFeedback = MyFeedback.Where(f => f.Status is "Assigned" or "InProgress" or "AnswerDrafted").ToList();
        }

        if (IsOffice)
        {
            ToClassify = await FeedbackAsync("?status=Received", ct);
            ToAssign = await FeedbackAsync("?status=Accepted", ct);
            ToSend = await FeedbackAsync("?status=Approved", ct);
            Urging = (await Backend.GetAsync<List<UrgingRow>>(ResourceNames.PlansService, "/api/plans/urging", ct)).Value ?? [];
        }

        if (IsLeadership || IsOffice)
        {
            ToApprove = await FeedbackAsync("?status=AnswerDrafted", ct);
        }
    }

    private async Task<IReadOnlyList<FeedbackRow>> FeedbackAsync(string query, CancellationToken ct) =>
        (await Backend.GetAsync<List<FeedbackRow>>(ResourceNames.FeedbackService, "/api/feedback" + query, ct)).Value ?? [];

    /// <summary>The plan of the year (issued), or the latest one.</summary>
    public static async Task<PlanSummary?> CurrentPlanAsync(Services backend, int year, CancellationToken ct)
    {
        var plans = (await backend.GetAsync<List<PlanSummary>>(ResourceNames.PlansService, "/api/plans", ct)).Value ?? [];
        return plans.Where(p => p.Status != "Draft").OrderByDescending(p => p.Year == year).ThenByDescending(p => p.Year).FirstOrDefault()
            ?? plans.OrderByDescending(p => p.Year).FirstOrDefault();
    }
}
