using VanPhong.Feedback.Data;

namespace VanPhong.Feedback.Handling;

public sealed record SubmitterView(string Type, string Name, string? Organisation, string Address, string? Phone, string? Email);

/// <summary>One step of a PAKN's history; <paramref name="ToName"/> is the status's Vietnamese name (<see cref="Transitions.VietnameseNames"/>).</summary>
public sealed record TransitionView(string From, string To, DateTime At, string By, string? Unit, string? Note, string ToName = "");

public sealed record AttachmentView(Guid Id, string FileName, string ContentType, int Size);

/// <summary>A PAKN as staff see it (personal data included: they must contact the submitter).</summary>
public sealed record FeedbackView(
    Guid Id,
    string TrackingCode,
    string Kind,
    string Category,
    string Channel,
    string Content,
    SubmitterView Submitter,
    string? ProcedureCode,
    bool ConsentToPublish,
    string Status,
    string StatusName,
    DateTime ReceivedAt,
    string? EnteredBy,
    DateOnly ClassificationDueOn,
    DateOnly? AnswerDueOn,
    DateOnly? PublicationDueOn,
    string? CurrentStep,
    DateOnly? CurrentDueOn,
    string? ClassificationReason,
    string? TransferredTo,
    string? LeadUnit,
    IReadOnlyList<string> CoordinatingUnits,
    string? AnswerText,
    string? AnswerLegalBasis,
    string? ReturnReason,
    string? ApprovedBy,
    string? AnswerNumber,
    DateTime? AnsweredAt,
    bool? AnsweredOnTime,
    string? PublishedQuestion,
    string? PublishedAnswer,
    DateTime? PublishedAt,
    int ReopenCount,
    Guid? PlanItemId,
    string? PlanItemCode,
    Guid? SimplificationProposalId,
    bool? Satisfied,
    int? RatingScore,
    IReadOnlyList<AttachmentView> Attachments,
    IReadOnlyList<TransitionView> History,
    int Version,
    IReadOnlyList<string> NextSteps,
    IReadOnlyList<MailView> Mail,
    LocationView? Location = null,
    string? MediaUrl = null);

/// <summary>Where the problem is, as an Open311 client sent it.</summary>
public sealed record LocationView(double? Latitude, double? Longitude, string? Address, string? Zipcode);

/// <summary>
/// A message to the submitter about the case, and whether it left: by which channel, to whom (masked), from which
/// template, after how many attempts; <see cref="FailedAt"/> with <see cref="LastError"/> says why it was not sent.
/// </summary>
public sealed record MailView(string Subject, DateTime QueuedAt, DateTime? SentAt, int Attempts, string? LastError, DateTime? FailedAt,
    string Channel = VanPhong.Notifications.NotificationChannels.Email, string Recipient = "", string? Template = null);

public sealed record FeedbackRow(Guid Id, string TrackingCode, string Category, string Channel, string Status, string StatusName, DateTime ReceivedAt, string? LeadUnit, string? CurrentStep, DateOnly? CurrentDueOn, bool Overdue, int Version);

public static class FeedbackViews
{
    public static FeedbackView View(FeedbackCase f, IEnumerable<FeedbackAttachment> attachments, IEnumerable<FeedbackTransition> history, IEnumerable<VanPhong.Notifications.OutgoingMail> mail) => new(
        f.Id, f.TrackingCode, f.Kind.ToString(), f.Category, f.Channel.ToString(), f.Content,
        new SubmitterView(f.Submitter.Type.ToString(), f.Submitter.Name, f.Submitter.Organisation, f.Submitter.Address, f.Submitter.Phone, f.Submitter.Email),
        f.ProcedureCode, f.ConsentToPublish, f.Status.ToString(), Transitions.VietnameseNames[f.Status], f.ReceivedAt, f.EnteredBy,
        f.ClassificationDueOn, f.AnswerDueOn, f.PublicationDueOn, f.CurrentDeadline?.Step, f.CurrentDeadline?.Due,
        f.ClassificationReason, f.TransferredTo, f.LeadUnit, f.CoordinatingUnits, f.AnswerText, f.AnswerLegalBasis, f.ReturnReason,
        f.ApprovedBy, f.AnswerNumber, f.AnsweredAt, f.AnsweredOnTime, f.PublishedQuestion, f.PublishedAnswer, f.PublishedAt, f.ReopenCount,
        f.PlanItemId, f.PlanItemCode, f.SimplificationProposalId, f.Satisfied, f.RatingScore,
        attachments.Select(a => new AttachmentView(a.Id, a.FileName, a.ContentType, a.Content.Length)).ToList(),
        history.OrderBy(h => h.At).Select(h => new TransitionView(h.From.ToString(), h.To.ToString(), h.At, h.By, h.Unit, h.Note, Transitions.VietnameseNames[h.To])).ToList(),
        f.Version,
        Transitions.StepsFrom(f.Status).Select(s => s.ToString()).ToList(),
        mail.OrderBy(m => m.QueuedAt).Select(m => new MailView(m.Subject, m.QueuedAt, m.SentAt, m.Attempts, m.LastError, m.FailedAt, m.Channel, m.MaskedRecipient, m.Template)).ToList(),
        f.Location is { } l ? new LocationView(l.Latitude, l.Longitude, l.Address, l.Zipcode) : null,
        f.MediaUrl);

    public static FeedbackRow Row(FeedbackCase f, DateOnly today) =>
        Row(f.Id, f.TrackingCode, f.Category, f.Channel, f.Status, f.ReceivedAt, f.LeadUnit, f.CurrentDeadline, f.Version, today);

    /// <summary>The row from the columns the list reads (<see cref="FeedbackCase.OverdueQuery"/> is its overdue test in SQL).</summary>
    public static FeedbackRow Row(Guid id, string trackingCode, string category, FeedbackChannel channel, FeedbackStatus status, DateTime receivedAt, string? leadUnit,
        (string Step, DateOnly Due)? deadline, int version, DateOnly today) => new(
        id, trackingCode, category, channel.ToString(), status.ToString(), Transitions.VietnameseNames[status], receivedAt, leadUnit,
        deadline?.Step, deadline?.Due, deadline is { } d && today > d.Due, version);
}
