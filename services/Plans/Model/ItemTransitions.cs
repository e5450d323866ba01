namespace VanPhong.Plans.Model;

/// <summary>The steps that change a plan item's status, each a method of <see cref="PlanItem"/>.</summary>
public enum ItemStep
{
    /// <summary>The lead unit reports progress short of completion.</summary>
    Report,

    /// <summary>The lead unit reports it completed, with evidence (late when after the due date).</summary>
    Complete,

    /// <summary>The urging job finds it past its due date unfinished.</summary>
    FallOverdue,

    /// <summary>The office cancels it with a reason (không thực hiện).</summary>
    Cancel,
}

/// <summary>
/// The state machine of a plan item as one table: which step moves an item from which status to which. The only
/// guard — <see cref="PlanItem"/> asks it before every change — and every row is checked by a unit test. A completed
/// or cancelled item has no way out.
/// </summary>
public static class ItemTransitions
{
    private static readonly ItemStatus[] Open = [ItemStatus.NotStarted, ItemStatus.InProgress, ItemStatus.Overdue];

    public static readonly IReadOnlyList<(ItemStep Step, ItemStatus From, ItemStatus To)> Table =
    [
        (ItemStep.Report, ItemStatus.NotStarted, ItemStatus.InProgress),
        (ItemStep.Report, ItemStatus.InProgress, ItemStatus.InProgress),
        // An overdue item stays overdue while it is reported on: only completion ends it.
        (ItemStep.Report, ItemStatus.Overdue, ItemStatus.Overdue),
        .. Open.Select(from => (ItemStep.Complete, from, ItemStatus.Completed)),
        .. Open.Select(from => (ItemStep.Complete, from, ItemStatus.CompletedLate)),
        (ItemStep.FallOverdue, ItemStatus.NotStarted, ItemStatus.Overdue),
        (ItemStep.FallOverdue, ItemStatus.InProgress, ItemStatus.Overdue),
        .. Open.Select(from => (ItemStep.Cancel, from, ItemStatus.Cancelled)),
    ];

    public static bool Allows(ItemStep step, ItemStatus from, ItemStatus to) => Table.Contains((step, from, to));

    /// <summary>Where a progress report takes an item that is in <paramref name="from"/>.</summary>
    public static ItemStatus ReportTarget(ItemStatus from) => from == ItemStatus.Overdue ? ItemStatus.Overdue : ItemStatus.InProgress;
}
