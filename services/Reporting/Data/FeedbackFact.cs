namespace VanPhong.Reporting.Data;

/// <summary>One PAKN as reporting knows it from events: no personal data, only what the statistics need.</summary>
public sealed class FeedbackFact
{
    public Guid FeedbackId { get; set; }

    public string TrackingCode { get; set; } = "";

    public string Category { get; set; } = "";

    public string Channel { get; set; } = "";

    public string? ProcedureCode { get; set; }

    public DateTime ReceivedAt { get; set; }

    /// <summary>The Vietnamese calendar date of receipt, which report periods are cut on.</summary>
    public DateOnly ReceivedOn { get; set; }

    public DateOnly ClassificationDueOn { get; set; }

    /// <summary>The last status reporting heard of (Received, Accepted, Answered, …).</summary>
    public string Status { get; set; } = "Received";

    /// <summary>NotAccepted, Transferred or WithinAuthority once classified.</summary>
    public string? Outcome { get; set; }

    public DateTime? ClassifiedAt { get; set; }

    public string? LeadUnit { get; set; }

    public DateOnly? AnswerDueOn { get; set; }

    public DateTime? AnsweredAt { get; set; }

    public DateOnly? AnsweredOn { get; set; }

    public bool? AnsweredOnTime { get; set; }

    public DateTime? PublishedAt { get; set; }

    public DateOnly? PublishedOn { get; set; }

    /// <summary>Set when a handling step went past its due date.</summary>
    public DateOnly? OverdueSince { get; set; }

    public bool? Satisfied { get; set; }

    public int? RatingScore { get; set; }

    // The PAKN version each group of fields was last set from (events arrive in any order; the highest holds).
    public int StatusVersion { get; set; }

    public int LeadUnitVersion { get; set; }

    public int AnswerDueVersion { get; set; }

    public int AnswerVersion { get; set; }

    public int PublishVersion { get; set; }

    public int RatingVersion { get; set; }
}
