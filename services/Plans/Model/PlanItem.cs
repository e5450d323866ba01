using VanPhong.Plans.Timeframes;

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
/// item's progress.
/// </summary>
public sealed class PlanItem
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

    /// <summary>What a person must look at: a timeframe or a unit that could not be understood. Never guessed.</summary>
    public string? ReviewNote { get; set; }

    public ItemStatus Status { get; set; } = ItemStatus.NotStarted;

    public int Percent { get; set; }

    public DateOnly? CompletedOn { get; set; }

    public string? CancelReason { get; set; }

    public DateOnly? LastReportedOn { get; set; }

    /// <summary>The next quarterly check-in (report cut-off) for continuous and quarterly items.</summary>
    public DateOnly? NextCheckInOn { get; set; }

    /// <summary>The due date a due-soon reminder was last sent for, so it is sent once per due date.</summary>
    public DateOnly? DueSoonSentFor { get; set; }

    public DateOnly? CheckInReminderSentFor { get; set; }

    public List<PlanItemTarget> Targets { get; set; } = [];

    public bool NeedsReview => ReviewNote is not null;

    public bool IsClosed => Status is ItemStatus.Completed or ItemStatus.CompletedLate or ItemStatus.Cancelled;

    public RelativeRule? RelativeRule => RelativeTrigger is { } trigger && RelativeDays is { } days
        ? new RelativeRule(days, RelativeWorkingDays, trigger, "")
        : null;

    /// <summary>Applies an interpretation of the timeframe, keeping what the person must review.</summary>
    public void Apply(Timeframe timeframe, string? unitProblems)
    {
        TimeframeKind = timeframe.Kind;
        StartOn = timeframe.StartOn;
        DueOn = timeframe.DueOn;
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

    public bool? Met => ActualValue is { } actual ? actual >= TargetValue : null;
}
