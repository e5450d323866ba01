namespace VanPhong.Contracts;

// Events of the feedback (PAKN) service. They never carry personal data of the submitter:
// ids, codes, categories, units, dates and statuses only (ARCHITECTURE.md, cross-cutting rules).

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
    DateOnly ClassificationDueOn);
