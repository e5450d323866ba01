namespace VanPhong.Web.Backend;

// What FeedbackClient returns: the JSON of the feedback service's API, as much of it as the pages show.

public sealed record Receipt(string TrackingCode, string LookupKey, DateTimeOffset ReceivedAt, DateOnly ClassificationDueOn, DateOnly AnswerDueOn, string Status, string Message);

public sealed record LookupStep(string Status, DateTime At);

public sealed record Lookup(string TrackingCode, string Status, string StatusName, DateTimeOffset ReceivedAt, DateOnly? DueOn, DateTime? AnsweredAt, DateTime? PublishedAt,
    string? Content, string? Answer, string? LegalBasis, string? AnswerNumber, bool? Satisfied, IReadOnlyList<LookupStep>? Steps);

public sealed record PublishedAnswer(string TrackingCode, string Category, string CategoryName, string? ProcedureCode, DateTime PublishedAt, string? Question, string Answer, string? LegalBasis,
    FeedbackTrail? Changes = null);

public sealed record PublishedPage(int Total, int Page, IReadOnlyList<PublishedAnswer> Items);

public sealed record CategoryView(string Code, string Name);

/// <summary>The feedback service's privacy notice (Decree 13/2023), shown before the submitter agrees.</summary>
public sealed record PrivacyNotice(string Version, string Controller, IReadOnlyList<string> Purposes, IReadOnlyList<string> DataProcessed, string Publication, string Retention, IReadOnlyList<string> Rights, string Contact, string Consent);

public sealed record Contact(string Agency, string Address, string Phone, string Email, string OnlineForm, IReadOnlyList<CategoryView> Categories);

public sealed record FeedbackRow(Guid Id, string TrackingCode, string Category, string Channel, string Status, string StatusName, DateTime ReceivedAt, string? LeadUnit, string? CurrentStep, DateOnly? CurrentDueOn, bool Overdue);

public sealed record SubmitterView(string Type, string Name, string? Organisation, string Address, string? Phone, string? Email);

public sealed record TransitionView(string From, string To, DateTime At, string By, string? Unit, string? Note, string ToName = "");

public sealed record AttachmentView(Guid Id, string FileName, string ContentType, int Size);

public sealed record FeedbackView(
    Guid Id, string TrackingCode, string Kind, string Category, string Channel, string Content, SubmitterView Submitter, string? ProcedureCode, bool ConsentToPublish,
    string Status, string StatusName, DateTime ReceivedAt, DateOnly ClassificationDueOn, DateOnly? AnswerDueOn, string? CurrentStep, DateOnly? CurrentDueOn,
    string? ClassificationReason, string? TransferredTo, string? LeadUnit, IReadOnlyList<string> CoordinatingUnits, string? AnswerText, string? AnswerLegalBasis,
    string? ReturnReason, string? ApprovedBy, string? AnswerNumber, DateTime? AnsweredAt, bool? AnsweredOnTime, string? PublishedQuestion, string? PublishedAnswer,
    DateTime? PublishedAt, IReadOnlyList<AttachmentView> Attachments, IReadOnlyList<TransitionView> History, int Version = 0, IReadOnlyList<MailView>? Mail = null);

/// <summary>A message to the submitter (or a reminder) and what became of it; the recipient comes masked.</summary>
public sealed record MailView(string Subject, DateTime QueuedAt, DateTime? SentAt, int Attempts, string? LastError, DateTime? FailedAt, string Channel, string Recipient, string? Template);

public sealed record NoticeVariable(string Name, string Description, string Sample);

public sealed record NotificationTemplateView(string Notice, string Name, string Channel, string? Subject, string Body, bool IsDefault,
    IReadOnlyList<NoticeVariable> Variables, int? SmsSegments, string Preview, DateTime? UpdatedAt, string? UpdatedBy);

public sealed record AnswerTemplate(Guid Id, string Name, string Body, string? LegalBasis, IReadOnlyList<string> Variables);

public sealed record RedactionPreview(string? Question, IReadOnlyList<string> QuestionRemoved, string? Answer, IReadOnlyList<string> AnswerRemoved);

public sealed record FeedbackLinks(Guid Id, string TrackingCode, string StatusName, string Content, string? ProcedureCode, Guid? PlanItemId, string? PlanItemCode,
    Guid? SimplificationProposalId, int Version);

public sealed record CaseTrail(string TrackingCode, string? ProcedureCode, Guid? PlanItemId, string? PlanItemCode, Guid? SimplificationProposalId, FeedbackTrail? Changes);

public sealed record TrailDecision(string Number, DateOnly? PublishedOn, DateOnly EffectiveOn, int Version, string Change, string? ProcedureName);

public sealed record FeedbackTrail(string ProcedureCode, Guid ProposalId, DateOnly? ProposedOn, int? Year, string? PlanItemCode, long? SavingPerYear, TrailDecision? Decision, string Summary);

public sealed record SubjectCase(
    string TrackingCode, string Status, string StatusName, DateTime ReceivedAt, string Channel, SubmitterView Submitter, string Content,
    bool ConsentToPublish, string? PrivacyNoticeVersion, DateTime? ConsentedAt, bool Ended, DateTime? AnonymisedAt, string? AnonymisationReason,
    IReadOnlyList<string> Attachments, int MailsSent);

public sealed record SubjectData(string Reference, IReadOnlyList<SubjectCase> Cases);

public sealed record ErasureResult(string Reference, IReadOnlyList<string> Anonymised);
