// Why one file: one aggregate — a plan item, its statuses and the steps that change them, and the targets it owns;
// the transitions its steps obey are in ItemTransitions.

using VanPhong.Contracts;
using VanPhong.Persistence;
using VanPhong.Plans.Timeframes;
using VanPhong.ServiceDefaults;

namespace VanPhong.Plans.Model;

public enum ItemStatus
{
    NotStarted,
    InProgress,
    Completed,
    CompletedLate,
    Overdue,
    Cancelled,
}

/// <summary>
/// A row of the plan's appendix: a heading (IsGroup) or a work item with its content, timeframe, lead and
/// coordinating units and expected result — kept verbatim — plus what the platform understood of them and the
/// item's progress. Its status changes only through its own steps (<see cref="ReportProgress"/>,
/// <see cref="Cancel"/>, <see cref="FallOverdue"/>), each checked against <see cref="ItemTransitions"/>, kept in
/// <see cref="History"/> and returned as the event to publish, carrying the item's new <see cref="Version"/>.
/// </summary>
public sealed class PlanItem : IVersioned
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid PlanId { get; set; }

    public string SectionCode { get; set; } = "";

    /// <summary>Hierarchical code, e.g. "II.1.1".</summary>
    public string Code { get; set; } = "";

    public string? ParentCode { get; set; }

    public bool IsGroup { get; set; }

    public int Order { get; set; }

    /// <summary>Weight in the roll-ups (1 unless the office says otherwise).</summary>
    public int Weight { get; set; } = 1;

    public string Content { get; set; } = "";

    /// <summary>Thời gian thực hiện, as written.</summary>
    public string? TimeframeText { get; set; }

    /// <summary>Đơn vị thực hiện, as written.</summary>
    public string? LeadUnitsText { get; set; }

    /// <summary>Đơn vị phối hợp, as written.</summary>
    public string? CoordinatingUnitsText { get; set; }

    /// <summary>Kết quả (dự kiến sản phẩm), as written.</summary>
    public string? ExpectedResult { get; set; }

    /// <summary>Unit references understood from <see cref="LeadUnitsText"/>: codes or groups (@divisions, @all).</summary>
    public List<string> LeadUnits { get; set; } = [];

    public List<string> CoordinatingUnits { get; set; } = [];

    public TimeframeKind TimeframeKind { get; set; }

    public DateOnly? StartOn { get; set; }

    public DateOnly? DueOn { get; set; }

    public bool QuarterlyCheckIns { get; set; }

    public int? RelativeDays { get; set; }

    public bool RelativeWorkingDays { get; set; }

    public RelativeTrigger? RelativeTrigger { get; set; }

    public string? TimeframeNote { get; set; }

    /// <summary>
    /// Who set the due date by hand, when and on what basis, for an item whose timeframe names no date ("Theo tiến độ
    /// của tỉnh"); null while the date (if any) comes from the plan's own words.
    /// </summary>
    public string? DueSetBy { get; private set; }

    public DateTime? DueSetAt { get; private set; }

    public string? DueSetReason { get; private set; }

    /// <summary>
    /// Cần xác định hạn: an open task with no due date, no period that starts with an event (III.6) and no quarterly
    /// rhythm. It waits on the office's list until a person sets one; it does not block the plan.
    /// </summary>
    public bool NeedsDate => !IsGroup && !IsClosed && DueOn is null && RelativeTrigger is null && TimeframeKind != TimeframeKind.Quarterly;

    /// <summary>What a person must look at: a timeframe or a unit that could not be understood. Never guessed.</summary>
    public string? ReviewNote { get; set; }

    public ItemStatus Status { get; private set; } = ItemStatus.NotStarted;

    /// <summary>The concurrency token: one more with every change; the version the item's events carry.</summary>
    public int Version { get; private set; } = 1;

    public int Percent { get; private set; }

    public DateOnly? CompletedOn { get; private set; }

    public string? CancelReason { get; private set; }

    public DateOnly? LastReportedOn { get; private set; }

    /// <summary>The next quarterly check-in (report cut-off) for continuous and quarterly items.</summary>
    public DateOnly? NextCheckInOn { get; set; }

    /// <summary>The due date a due-soon reminder was last sent for, so it is sent once per due date.</summary>
    public DateOnly? DueSoonSentFor { get; private set; }

    public DateOnly? CheckInReminderSentFor { get; private set; }

    public List<PlanItemTarget> Targets { get; set; } = [];

    /// <summary>Lịch sử trạng thái: every change of status, by whom and why (new ones are saved with the item).</summary>
    public List<StatusChange> History { get; private set; } = [];

    public bool NeedsReview => ReviewNote is not null;

    public bool IsClosed => Status is ItemStatus.Completed or ItemStatus.CompletedLate or ItemStatus.Cancelled;

    public RelativeRule? RelativeRule => RelativeTrigger is { } trigger && RelativeDays is { } days
        ? new RelativeRule(days, RelativeWorkingDays, trigger, "")
        : null;

    /// <summary>
    /// The lead unit's report: a percentage, and completion when it says so (late when after the due date). Returns
    /// the progress event and, on completion, the completion event.
    /// </summary>
    public IReadOnlyList<object> ReportProgress(Plan plan, string unit, int percent, bool completing, DateOnly? nextCheckIn, string by, DateTimeOffset now)
    {
        var today = VanPhong.Calendar.VietnamTime.DateOf(now);
        var to = completing
            ? DueOn is { } due && today > due ? ItemStatus.CompletedLate : ItemStatus.Completed
            : ItemTransitions.ReportTarget(Status);
        Guard(plan, completing ? ItemStep.Complete : ItemStep.Report, to);
        Percent = completing ? 100 : percent;
        LastReportedOn = today;
        NextCheckInOn = QuarterlyCheckIns ? nextCheckIn : NextCheckInOn;
        if (completing)
        {
            CompletedOn = today;
        }

        Move(to, by, now, reason: null);
        var progress = new PlanItemProgressReported(plan.Id, Id, plan.Year, Code, SectionCode, unit, Percent, Status.ToString(), today, Version);
        return completing
            ? [progress, new PlanItemCompleted(plan.Id, Id, plan.Year, Code, SectionCode, LeadUnits, CompletedOn!.Value, DueOn, Status == ItemStatus.CompletedLate, Version)]
            : [progress];
    }

    /// <summary>A coordinating unit's contribution: no change of status, but the item must still be open.</summary>
    public PlanItemProgressReported Contribute(Plan plan, string unit, DateTimeOffset now)
    {
        Guard(plan, ItemStep.Report, ItemTransitions.ReportTarget(Status));
        return new PlanItemProgressReported(plan.Id, Id, plan.Year, Code, SectionCode, unit, Percent, Status.ToString(), VanPhong.Calendar.VietnamTime.DateOf(now), Version);
    }

    /// <summary>Không thực hiện: the office cancels the item with its reason; it no longer counts in progress.</summary>
    public PlanItemCancelled Cancel(Plan plan, string reason, string by, DateTimeOffset now)
    {
        Guard(plan, ItemStep.Cancel, ItemStatus.Cancelled);
        CancelReason = reason;
        Move(ItemStatus.Cancelled, by, now, reason);
        return new PlanItemCancelled(plan.Id, Id, plan.Year, Code, reason, VanPhong.Calendar.VietnamTime.DateOf(now), Version);
    }

    /// <summary>The urging job finds the item past <paramref name="due"/> unfinished: it becomes overdue (once).</summary>
    public PlanItemOverdue FallOverdue(Plan plan, DateOnly due, DateTimeOffset now)
    {
        Guard(plan, ItemStep.FallOverdue, ItemStatus.Overdue);
        Move(ItemStatus.Overdue, "Hệ thống đôn đốc", now, $"Quá hạn {due:dd/MM/yyyy}");
        return new PlanItemOverdue(plan.Id, Id, plan.Year, Code, LeadUnits, due, "Item", Version);
    }

    /// <summary>The urging job warns that the item is due soon (once per due date).</summary>
    public PlanItemDueSoon WarnDueSoon(Plan plan, DateOnly due)
    {
        DueSoonSentFor = due;
        Version++;
        return new PlanItemDueSoon(plan.Id, Id, plan.Year, Code, LeadUnits, due, "Item", Version);
    }

    /// <summary>The urging job reminds of a quarterly check-in (once per check-in): due soon, or missed.</summary>
    public object RemindCheckIn(Plan plan, DateOnly checkIn, DateOnly today)
    {
        CheckInReminderSentFor = checkIn;
        Version++;
        return today > checkIn
            ? new PlanItemOverdue(plan.Id, Id, plan.Year, Code, LeadUnits, checkIn, "CheckIn", Version)
            : new PlanItemDueSoon(plan.Id, Id, plan.Year, Code, LeadUnits, checkIn, "CheckIn", Version);
    }

    /// <summary>
    /// The office sets the due date of a task whose timeframe names none (or changes one it set before): allowed on an
    /// issued plan, since the province's schedule arrives after the plan is issued. Returns the event that tells reporting.
    /// </summary>
    public PlanItemDueDateSet SetDueDate(Plan plan, DateOnly due, string reason, string by, DateTimeOffset now)
    {
        const string title = "Không thể đặt hạn cho nhiệm vụ này";
        if (IsGroup)
        {
            throw new StateConflictException(title, $"{Code} là nhóm nhiệm vụ: đặt hạn ở từng nhiệm vụ con.");
        }

        if (plan.Status == PlanStatus.Closed || IsClosed)
        {
            throw new StateConflictException(title, plan.Status == PlanStatus.Closed ? "Kế hoạch đã kết thúc." : $"Nhiệm vụ {Code} đã {(Status == ItemStatus.Cancelled ? "hủy" : "hoàn thành")}.");
        }

        if (!NeedsDate && DueSetAt is null)
        {
            throw new StateConflictException(title, DueOn is { } known
                ? $"Hạn của nhiệm vụ {Code} ({known:dd/MM/yyyy}) đã được xác định theo kế hoạch; muốn đổi thì sửa thời gian thực hiện."
                : $"Nhiệm vụ {Code} có hạn tính theo từng sự kiện hoặc theo quý, không đặt một hạn chung.");
        }

        DueOn = due;
        DueSetBy = by;
        DueSetAt = now.UtcDateTime;
        DueSetReason = reason;
        Version++;
        return new PlanItemDueDateSet(plan.Id, Id, plan.Year, Code, LeadUnits, due, Version);
    }

    private void Guard(Plan plan, ItemStep step, ItemStatus to)
    {
        const string title = "Không thể thực hiện ở trạng thái hiện tại";
        if (IsGroup)
        {
            throw new StateConflictException(title, $"{Code} là nhóm nhiệm vụ, báo cáo tiến độ ở từng nhiệm vụ con.");
        }

        if (plan.Status != PlanStatus.Issued)
        {
            throw new StateConflictException(title, plan.Status == PlanStatus.Draft
                ? "Kế hoạch chưa được ban hành: chưa thể báo cáo tiến độ."
                : "Kế hoạch đã kết thúc: không nhận thêm báo cáo tiến độ.");
        }

        if (!ItemTransitions.Allows(step, Status, to))
        {
            throw new StateConflictException(title, IsClosed
                ? $"Nhiệm vụ {Code} đã {(Status == ItemStatus.Cancelled ? "hủy" : "hoàn thành")}."
                : $"Nhiệm vụ {Code} đang ở trạng thái {Status}.");
        }
    }

    private void Move(ItemStatus to, string by, DateTimeOffset now, string? reason)
    {
        if (to != Status)
        {
            History.Add(new StatusChange { ItemId = Id, From = Status, To = to, At = now.UtcDateTime, By = by, Reason = reason });
        }

        Status = to;
        Version++;
    }

    /// <summary>Applies an interpretation of the timeframe, keeping what the person must review.</summary>
    public void Apply(Timeframe timeframe, string? unitProblems)
    {
        TimeframeKind = timeframe.Kind;
        StartOn = timeframe.StartOn;
        if (timeframe.DueOn is not null || DueSetAt is null)
        {
            // The plan's own words, once they name a date, take over from a date a person set while they did not.
            DueOn = timeframe.DueOn;
            DueSetBy = null;
            DueSetAt = null;
            DueSetReason = null;
        }

        QuarterlyCheckIns = timeframe.QuarterlyCheckIns;
        RelativeDays = timeframe.Relative?.Days;
        RelativeWorkingDays = timeframe.Relative?.WorkingDays ?? false;
        RelativeTrigger = timeframe.Relative?.Trigger;
        TimeframeNote = timeframe.Note;
        var notes = new[] { timeframe.NeedsReview ? timeframe.Note : null, unitProblems }.Where(n => n is not null).ToList();
        ReviewNote = IsGroup || notes.Count == 0 ? null : string.Join(" ", notes);
    }
}

/// <summary>Chỉ tiêu: a measurable target of an item and the current actual value reported by reporting.</summary>
public sealed class PlanItemTarget
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid ItemId { get; set; }

    /// <summary>KPI key shared with reporting, e.g. "procedures-with-internal-procedure".</summary>
    public string Metric { get; set; } = "";

    public string Description { get; set; } = "";

    /// <summary>The target: at least this value.</summary>
    public double TargetValue { get; set; }

    public string Unit { get; set; } = "%";

    public double? ActualValue { get; set; }

    public DateOnly? ActualAsOf { get; set; }

    public DateTime? ActualMeasuredAt { get; set; }

    public bool? Met => ActualValue is { } actual ? actual >= TargetValue : null;
}
