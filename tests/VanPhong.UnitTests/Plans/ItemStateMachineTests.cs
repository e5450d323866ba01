using VanPhong.Contracts;
using VanPhong.Plans.Model;
using VanPhong.ServiceDefaults;

namespace VanPhong.UnitTests.Plans;

/// <summary>The plan item's state machine, taken by the item itself, without a database or a broker.</summary>
public sealed class ItemStateMachineTests
{
    private static readonly DateTimeOffset Now = new(2026, 6, 1, 9, 0, 0, TimeSpan.FromHours(7));

    private static (Plan Plan, PlanItem Item) Issued(ItemStatus status, DateOnly? due = null)
    {
        var plan = new Plan { Year = 2026, Status = PlanStatus.Issued };
        var item = new PlanItem { PlanId = plan.Id, Code = "III.6", SectionCode = "III", DueOn = due ?? new DateOnly(2026, 12, 31), LeadUnits = ["QLDT"] };
        plan.Items.Add(item);
        switch (status)
        {
            case ItemStatus.InProgress:
                item.ReportProgress(plan, "QLDT", 40, false, null, "QLDT", Now);
                break;
            case ItemStatus.Overdue:
                item.FallOverdue(plan, item.DueOn!.Value, Now);
                break;
            case ItemStatus.Completed:
            case ItemStatus.CompletedLate:
                item.DueOn = status == ItemStatus.Completed ? new DateOnly(2026, 12, 31) : new DateOnly(2026, 5, 1);
                item.ReportProgress(plan, "QLDT", 100, true, null, "QLDT", Now);
                break;
            case ItemStatus.Cancelled:
                item.Cancel(plan, "Không còn phù hợp", "VP", Now);
                break;
        }

        Assert.Equal(status, item.Status);
        return (plan, item);
    }

    private static object Take(Plan plan, PlanItem item, ItemStep step, ItemStatus to) => step switch
    {
        ItemStep.Report => item.ReportProgress(plan, "QLDT", 60, false, null, "QLDT", Now),
        ItemStep.Complete => Complete(plan, item, to),
        ItemStep.FallOverdue => item.FallOverdue(plan, item.DueOn!.Value, Now),
        ItemStep.Cancel => item.Cancel(plan, "Không còn phù hợp", "VP", Now),
        _ => throw new ArgumentOutOfRangeException(nameof(step)),
    };

    private static IReadOnlyList<object> Complete(Plan plan, PlanItem item, ItemStatus to)
    {
        item.DueOn = to == ItemStatus.CompletedLate ? new DateOnly(2026, 5, 1) : new DateOnly(2026, 12, 31);
        return item.ReportProgress(plan, "QLDT", 100, true, null, "QLDT", Now);
    }

    public static TheoryData<ItemStep, ItemStatus, ItemStatus> Allowed() => [.. ItemTransitions.Table.Select(t => (t.Step, t.From, t.To))];

    public static TheoryData<ItemStep, ItemStatus> Refused() =>
        [.. Enum.GetValues<ItemStep>().SelectMany(step => Enum.GetValues<ItemStatus>().Where(from => !ItemTransitions.Table.Any(t => t.Step == step && t.From == from)).Select(from => (step, from)))];

    [Theory]
    [MemberData(nameof(Allowed))]
    public void Every_row_of_the_table_changes_the_status_and_raises_the_version_its_events_carry(ItemStep step, ItemStatus from, ItemStatus to)
    {
        var (plan, item) = Issued(from);
        var version = item.Version;

        var events = Take(plan, item, step, to) switch { IReadOnlyList<object> many => many, var one => [one] };

        Assert.Equal(to, item.Status);
        Assert.Equal(version + 1, item.Version);
        Assert.All(events, e => Assert.Equal(item.Version, (int)e.GetType().GetProperty("Version")!.GetValue(e)!));
        Assert.Equal(from != to, item.History.LastOrDefault() is { } change && change.From == from && change.To == to);
    }

    [Theory]
    [MemberData(nameof(Refused))]
    public void A_step_the_table_has_no_row_for_is_refused_and_changes_nothing(ItemStep step, ItemStatus from)
    {
        var (plan, item) = Issued(from);
        var version = item.Version;

        Assert.Throws<StateConflictException>(() => Take(plan, item, step, ItemStatus.Completed));
        Assert.Equal((from, version), (item.Status, item.Version));
    }

    [Fact]
    public void Completing_returns_the_progress_and_the_completion_late_after_the_due_date()
    {
        var (plan, item) = Issued(ItemStatus.InProgress, new DateOnly(2026, 5, 1));
        var events = item.ReportProgress(plan, "QLDT", 100, true, null, "QLDT", Now);

        var completed = Assert.IsType<PlanItemCompleted>(events[1]);
        Assert.True(completed.Late);
        Assert.Equal((ItemStatus.CompletedLate, 100, new DateOnly(2026, 6, 1)), (item.Status, item.Percent, item.CompletedOn!.Value));
        Assert.Equal("CompletedLate", Assert.IsType<PlanItemProgressReported>(events[0]).Status);
    }

    [Fact]
    public void A_draft_plan_and_a_group_take_no_progress()
    {
        var (plan, item) = Issued(ItemStatus.NotStarted);
        plan.Status = PlanStatus.Draft;
        Assert.Contains("chưa được ban hành", Assert.Throws<StateConflictException>(() => item.ReportProgress(plan, "QLDT", 10, false, null, "QLDT", Now)).Detail);

        plan.Status = PlanStatus.Issued;
        item.IsGroup = true;
        Assert.Contains("nhóm nhiệm vụ", Assert.Throws<StateConflictException>(() => item.Cancel(plan, "x", "VP", Now)).Detail);
    }

    [Fact]
    public void A_spending_beyond_what_remains_is_refused_and_each_one_raises_the_plans_version()
    {
        var plan = new Plan { Budget = 20_000_000 };
        plan.Spend(15_000_000, new DateOnly(2026, 3, 1), "Hội nghị tập huấn", null, null);

        Assert.Equal(2, plan.Version);
        Assert.Contains("5.000.000", Assert.Throws<StateConflictException>(() => plan.Spend(6_000_000, new DateOnly(2026, 3, 2), "In ấn", null, null)).Detail.Replace(",", "."));
        Assert.Equal((15_000_000, 2), (plan.Spent, plan.Version));
    }
}
