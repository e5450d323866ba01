namespace VanPhong.Contracts;

// Events of the feedback (PAKN) service. They never carry personal data of the submitter:
// ids, codes, categories, units, dates and statuses only (ARCHITECTURE.md, cross-cutting rules).
// Version is the PAKN's version after the change (1 at receipt, one more with every step): events travel on separate
// queues and may be redelivered, so a consumer keeps, field by field, what the highest version said.
// Events recorded before versions existed carry 0.

/// <summary>Phản ánh, kiến nghị (PAKN) received from any channel and entered in the receipt register.</summary>
/// <param name="FeedbackId">Id of the PAKN inside the feedback service.</param>
/// <param name="TrackingCode">Public tracking code such as PAKN-2026-000123 (not personal data).</param>
/// <param name="Category">Content category of Decree 20/2008 Art. 5 (e.g. "implementation-difficulty").</param>
/// <param name="Channel">How it arrived: online, post, phone, email, in-person.</param>
/// <param name="ProcedureCode">National code of the procedure it concerns, when given.</param>
/// <param name="ReceivedAt">When it was received.</param>
/// <param name="ClassificationDueOn">Last day to classify it (and to transfer it when outside the Board's authority).</param>
public sealed record FeedbackReceived(
    Guid FeedbackId,
    string TrackingCode,
    string Category,
    string Channel,
    string? ProcedureCode,
    DateTimeOffset ReceivedAt,
    DateOnly ClassificationDueOn,
    int Version = 0);

/// <summary>A PAKN was classified: NotAccepted, Transferred (to another agency) or WithinAuthority.</summary>
public sealed record FeedbackClassified(Guid FeedbackId, string TrackingCode, string Outcome, string Category, DateTimeOffset ClassifiedAt, DateOnly ClassificationDueOn, DateOnly? AnswerDueOn, int Version = 0);

/// <summary>The office assigned a PAKN to a lead unit (and coordinating units).</summary>
public sealed record FeedbackAssigned(Guid FeedbackId, string TrackingCode, string LeadUnit, IReadOnlyList<string> CoordinatingUnits, DateTimeOffset AssignedAt, DateOnly AnswerDueOn, int Version = 0);

/// <summary>A handling step that has no event of its own (started, drafted, returned, approved, closed, reopened).</summary>
public sealed record FeedbackStatusChanged(Guid FeedbackId, string TrackingCode, string From, string To, DateTimeOffset ChangedAt, string? LeadUnit, int Version = 0);

/// <summary>The answer was sent to the submitter; OnTime compares with the answer due date.</summary>
public sealed record FeedbackAnswered(Guid FeedbackId, string TrackingCode, string? LeadUnit, DateTimeOffset AnsweredAt, DateOnly AnswerDueOn, bool OnTime, int Version = 0);

/// <summary>The question (if the submitter consented) and the answer were published, redacted (Decree 20/2008 Art. 19).</summary>
public sealed record FeedbackPublished(Guid FeedbackId, string TrackingCode, DateTimeOffset PublishedAt, int Version = 0);

/// <summary>The submitter rated the answer.</summary>
public sealed record FeedbackRated(Guid FeedbackId, string TrackingCode, bool Satisfied, int? Score, DateTimeOffset RatedAt, int Version = 0);

/// <summary>A handling step of a PAKN (Classify, Answer, Publish) is due within a few working days.</summary>
public sealed record FeedbackDueSoon(Guid FeedbackId, string TrackingCode, string Step, DateOnly DueOn, string? LeadUnit, int Version = 0);

/// <summary>A handling step of a PAKN passed its due date.</summary>
public sealed record FeedbackOverdue(Guid FeedbackId, string TrackingCode, string Step, DateOnly DueOn, string? LeadUnit, int Version = 0);
