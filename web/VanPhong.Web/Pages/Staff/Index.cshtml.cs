using VanPhong.Calendar;
using VanPhong.Web.Backend;

namespace VanPhong.Web.Pages.Staff;

/// <summary>
/// Trang nghiệp vụ: what is due and overdue for my unit (plan items, PAKN), what waits for me — the office's intake
/// queue and urging list, the leadership's approvals.
/// </summary>
public sealed class IndexModel(FeedbackClient feedback, PlansClient plans, TimeProvider clock) : StaffPage
{
    public PlanSummary? Plan { get; private set; }

    public IReadOnlyList<ItemView> MyItems { get; private set; } = [];

    public ListPage<FeedbackRow> MyFeedback { get; private set; } = NoFeedback;

    public ListPage<FeedbackRow> ToClassify { get; private set; } = NoFeedback;

    public ListPage<FeedbackRow> ToAssign { get; private set; } = NoFeedback;

    public ListPage<FeedbackRow> ToApprove { get; private set; } = NoFeedback;

    public ListPage<FeedbackRow> ToSend { get; private set; } = NoFeedback;

    public IReadOnlyList<UrgingRow> Urging { get; private set; } = [];

    public DateOnly Today { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        Today = VietnamTime.Today(clock);
        Plan = await plans.GetCurrentPlanAsync(Today.Year, ct);
        if (Plan is not null && Unit is not null && !IsOffice && !IsLeadership)
        {
            MyItems = ((await plans.GetItemsAsync(Plan.Id, Unit, ct)).Value ?? [])
                .Where(i => !i.IsGroup && i.Status is not ("Completed" or "CompletedLate" or "Cancelled")).OrderBy(i => i.DueOn ?? DateOnly.MaxValue).ToList();
        }

        if (Unit is not null && IsUnitWorker && !IsOffice)
        {
            // The unit's cases under way: one list per status, filtered and counted by the service.
            var mine = new List<ListPage<FeedbackRow>>();
            foreach (var status in new[] { "Assigned", "InProgress", "AnswerDrafted" })
            {
                mine.Add(await FeedbackAsync(new FeedbackFilter(Status: status, Unit: Unit), ct));
            }

            MyFeedback = new ListPage<FeedbackRow>(mine.SelectMany(p => p.Items).OrderByDescending(f => f.ReceivedAt).ToList(), mine.Sum(p => p.Total));
        }

        if (IsOffice)
        {
            ToClassify = await FeedbackAsync(new FeedbackFilter(Status: "Received"), ct);
            ToAssign = await FeedbackAsync(new FeedbackFilter(Status: "Accepted"), ct);
            ToSend = await FeedbackAsync(new FeedbackFilter(Status: "Approved"), ct);
            Urging = (await plans.GetUrgingAsync(ct)).Value ?? [];
        }

        if (IsLeadership || IsOffice)
        {
            ToApprove = await FeedbackAsync(new FeedbackFilter(Status: "AnswerDrafted"), ct);
        }
    }

    private static readonly ListPage<FeedbackRow> NoFeedback = new([], 0);

    /// <summary>The newest PAKN of a queue (a page of the service's list) and how many the queue holds.</summary>
    private async Task<ListPage<FeedbackRow>> FeedbackAsync(FeedbackFilter filter, CancellationToken ct) =>
        (await feedback.GetCasesAsync(filter, ct)).Value ?? NoFeedback;
}
