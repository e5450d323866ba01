namespace VanPhong.Plans.Model;

public enum ProgressKind
{
    /// <summary>Báo cáo tiến độ của đơn vị chủ trì.</summary>
    LeadReport,

    /// <summary>Đóng góp của đơn vị phối hợp.</summary>
    Contribution,
}

/// <summary>What a unit reported on an item: percentage, status, narrative and the evidence behind it.</summary>
public sealed class ProgressReport
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid ItemId { get; set; }

    public ProgressKind Kind { get; set; }

    public string UnitCode { get; set; } = "";

    public string ReportedBy { get; set; } = "";

    public DateTime ReportedAt { get; set; }

    public DateOnly ReportedOn { get; set; }

    public int? Percent { get; set; }

    public ItemStatus? Status { get; set; }

    public string Narrative { get; set; } = "";

    /// <summary>Số văn bản làm bằng chứng, e.g. "12/BC-KKT".</summary>
    public string? EvidenceNumber { get; set; }

    public DateOnly? EvidenceDate { get; set; }

    public string? EvidenceDescription { get; set; }

    public Guid? EvidenceFileId { get; set; }

    public bool HasEvidence => EvidenceNumber is not null || EvidenceFileId is not null;
}

/// <summary>A file attached as evidence (a report, a decision), stored with the plan registry.</summary>
public sealed class EvidenceFile
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid ItemId { get; set; }

    public string FileName { get; set; } = "";

    public string ContentType { get; set; } = "";

    public byte[] Content { get; set; } = [];

    public DateTime UploadedAt { get; set; }
}

/// <summary>Lịch sử trạng thái: every change of an item's status, by whom and why.</summary>
public sealed class StatusChange
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid ItemId { get; set; }

    public ItemStatus From { get; set; }

    public ItemStatus To { get; set; }

    public DateTime At { get; set; }

    public string By { get; set; } = "";

    public string? Reason { get; set; }
}

/// <summary>
/// A due date created by an event under a relative rule: "within 30 working days of the publication of a
/// procedure" gives one obligation per published procedure.
/// </summary>
public sealed class Obligation
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid ItemId { get; set; }

    /// <summary>What the obligation is about, e.g. the procedure code 1.009645.</summary>
    public string Subject { get; set; } = "";

    public string Description { get; set; } = "";

    public DateOnly TriggeredOn { get; set; }

    public DateOnly DueOn { get; set; }

    public DateOnly? FulfilledOn { get; set; }

    public bool Overdue { get; set; }

    public DateOnly? DueSoonSentFor { get; set; }
}

public enum ReminderKind
{
    DueSoon,
    Overdue,
    CheckIn,
    ObligationDueSoon,
    ObligationOverdue,
}

/// <summary>Đôn đốc: one reminder sent (or attempted) to a unit's head about an item.</summary>
public sealed class Reminder
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid ItemId { get; set; }

    public Guid? ObligationId { get; set; }

    public ReminderKind Kind { get; set; }

    public DateOnly DueOn { get; set; }

    public string UnitCode { get; set; } = "";

    public string? Email { get; set; }

    /// <summary>When the reminder was decided and its mail queued (the mail outbox sends it and records when it left).</summary>
    public DateTime SentAt { get; set; }

    /// <summary>Why no mail could be queued (the unit has no mailbox).</summary>
    public string? Error { get; set; }

    /// <summary>The key of its message in the mail outbox.</summary>
    public string MailKey => $"plans/reminder/{Id:N}";
}
