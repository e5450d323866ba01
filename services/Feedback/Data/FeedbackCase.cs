using VanPhong.Calendar;
using VanPhong.Contracts;
using VanPhong.Feedback.Handling;
using VanPhong.Persistence;
using VanPhong.Security;
using VanPhong.ServiceDefaults;
using VanPhong.Text;

namespace VanPhong.Feedback.Data;

/// <summary>
/// One PAKN from receipt to closure. Its handling is a state machine that the case keeps itself: each step is one
/// method that asks <see cref="Transitions"/> (the only guard) whether the step may follow the current status, changes
/// the state, records the move in <see cref="History"/>, raises <see cref="Version"/> and returns the event to
/// publish. Handlers only load the case, call the step and save.
/// <para>
/// One file because it is one aggregate: the columns the database maps, the query rules that must agree with its own
/// (<see cref="PublishedQuery"/> with <see cref="IsPublished"/>, <see cref="OverdueQuery"/> with <see cref="CurrentDeadline"/>)
/// and its steps; the types it uses (statuses, the submitter, transitions, attachments) are in files beside it.
/// </para>
/// </summary>
public sealed class FeedbackCase : IVersioned
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    private string trackingCode = "";
    private string content = "";
    private readonly List<FeedbackCoordinatingUnit> coordination = [];

    /// <summary>Mã tra cứu công khai, e.g. PAKN-2026-000123.</summary>
    public string TrackingCode
    {
        get => trackingCode;
        set
        {
            trackingCode = value;
            IndexText();
        }
    }

    /// <summary>SHA-256 of the private lookup key; the key itself is shown to the submitter once.</summary>
    public string LookupKeyHash { get; set; } = "";

    public FeedbackKind Kind { get; set; }

    public string Category { get; set; } = "";

    public FeedbackChannel Channel { get; set; }

    /// <summary>The PAKN as written: it may name people, so the audit log masks it.</summary>
    [PersonalData]
    public string Content
    {
        get => content;
        set
        {
            content = value;
            IndexText();
        }
    }

    /// <summary>
    /// The tracking code and content folded (lower case, no diacritics) for the staff list's search, which runs in the
    /// database with <see cref="VietnameseText.Matches"/>'s meaning; kept with every change of either. Null only on a
    /// case stored before it existed, until the start-up backfill.
    /// </summary>
    [PersonalData]
    public string? SearchText { get; private set; }

    public Submitter Submitter { get; set; } = new();

    public string? ProcedureCode { get; set; }

    public bool ConsentToPublish { get; set; }

    /// <summary>
    /// The channel the submitter chose for news of the case; null on a case received before the choice existed, which
    /// hears by e-mail when it gave an address (as it always did). See <see cref="NotificationChannel"/>.
    /// </summary>
    public NotifyBy? NotifyBy { get; set; }

    public NotifyBy NotificationChannel => NotifyBy ?? (Submitter.Email is null ? Data.NotifyBy.None : Data.NotifyBy.Email);

    /// <summary>
    /// The privacy notice (Decree 13/2023 Art. 11, 13) the submitter was shown and agreed to, and when: the purposes of
    /// processing their personal data, its retention and their rights. Null for a PAKN received before consent was recorded.
    /// </summary>
    public string? PrivacyNoticeVersion { get; set; }

    public DateTime? ConsentedAt { get; set; }

    /// <summary>When the submitter's personal data was removed (retention ended, or they asked): the statistics stay.</summary>
    public DateTime? AnonymisedAt { get; private set; }

    /// <summary>Why: "Hết thời hạn lưu trữ" or the data subject's request with its reference.</summary>
    public string? AnonymisationReason { get; private set; }

    public FeedbackStatus Status { get; private set; } = FeedbackStatus.Received;

    /// <summary>1 at receipt, one more with every step and every other change: the concurrency token, and the version events carry.</summary>
    public int Version { get; private set; } = 1;

    public DateTime ReceivedAt { get; set; }

    public DateOnly ReceivedOn { get; set; }

    /// <summary>For PAKN received by phone or on paper: the official who entered (transcribed) it.</summary>
    public string? EnteredBy { get; set; }

    /// <summary>Last day to classify (and to transfer when outside the Board's authority).</summary>
    public DateOnly ClassificationDueOn { get; set; }

    public DateOnly? AnswerDueOn { get; set; }

    public DateOnly? PublicationDueOn { get; private set; }

    public DateTime? ClassifiedAt { get; private set; }

    public string? ClassificationReason { get; private set; }

    /// <summary>The competent agency it was transferred to.</summary>
    public string? TransferredTo { get; private set; }

    public string? LeadUnit { get; private set; }

    /// <summary>Đơn vị phối hợp, in the order they were assigned (one row each, so the list can filter by unit in the database).</summary>
    public IReadOnlyList<string> CoordinatingUnits => coordination.OrderBy(u => u.Position).Select(u => u.UnitCode).ToList();

    /// <summary>The rows behind <see cref="CoordinatingUnits"/>, for queries.</summary>
    public IReadOnlyList<FeedbackCoordinatingUnit> Coordination => coordination;

    public DateTime? AssignedAt { get; private set; }

    [PersonalData]
    public string? AnswerText { get; private set; }

    /// <summary>Căn cứ pháp lý of the answer.</summary>
    public string? AnswerLegalBasis { get; private set; }

    public string? AnswerDraftedBy { get; private set; }

    public string? ReturnReason { get; private set; }

    public string? ApprovedBy { get; private set; }

    public DateTime? ApprovedAt { get; private set; }

    /// <summary>Số công văn trả lời.</summary>
    public string? AnswerNumber { get; private set; }

    public DateTime? AnsweredAt { get; private set; }

    public bool? AnsweredOnTime { get; private set; }

    /// <summary>The question as published: redacted, and only with the submitter's consent.</summary>
    public string? PublishedQuestion { get; private set; }

    /// <summary>The answer as published, redacted.</summary>
    public string? PublishedAnswer { get; private set; }

    public DateTime? PublishedAt { get; private set; }

    /// <summary>The published texts folded (lower case, no diacritics) for the public search, which runs in the database.</summary>
    public string? PublishedSearch { get; private set; }

    public DateTime? ClosedAt { get; private set; }

    public int ReopenCount { get; private set; }

    public Guid? PlanItemId { get; set; }

    public string? PlanItemCode { get; set; }

    /// <summary>The simplification proposal of the catalog this PAKN led to.</summary>
    public Guid? SimplificationProposalId { get; set; }

    public DateTime? SimplificationProposedAt { get; set; }

    public bool? Satisfied { get; private set; }

    public int? RatingScore { get; private set; }

    [PersonalData]
    public string? RatingComment { get; private set; }

    public DateTime? RatedAt { get; private set; }

    /// <summary>The due date a due-soon alert was last raised for, so it is raised once per due date.</summary>
    public DateOnly? DueSoonAlertedFor { get; private set; }

    public DateOnly? OverdueAlertedFor { get; private set; }

    /// <summary>
    /// Where the problem is (Open311 GeoReport v2 location: lat/long in WGS84, a free address, a postal code). It may be
    /// the submitter's own home, so it is personal data and the public sees it only once the answer is published.
    /// </summary>
    public Location? Location { get; set; }

    /// <summary>A link to a photo or other media the submitter gave (Open311 media_url); kept for the staff, never shown publicly.</summary>
    public string? MediaUrl { get; set; }

    /// <summary>The Open311 API key the PAKN was posted with (a third-party application), if any.</summary>
    public Guid? Open311KeyId { get; set; }

    /// <summary>Every move of the case: who, from what to what, when, why (new moves are added here and saved with the case).</summary>
    public List<FeedbackTransition> History { get; private set; } = [];

    public bool IsOpen => Status is not (FeedbackStatus.NotAccepted or FeedbackStatus.Transferred or FeedbackStatus.Closed);

    /// <summary>
    /// Whether the office published the (redacted) question and answer and the publication stands: published, or
    /// closed after it. Every public reader — the answers list, the lookup, Open311 — shows them only then.
    /// </summary>
    public bool IsPublished => PublishedAt is not null && Status is FeedbackStatus.Published or FeedbackStatus.Closed;

    /// <summary><see cref="IsPublished"/> with its answer, as a query: the answers list and the open data filter in the database.</summary>
    public static readonly System.Linq.Expressions.Expression<Func<FeedbackCase, bool>> PublishedQuery = c =>
        c.PublishedAt != null && c.PublishedAnswer != null && (c.Status == FeedbackStatus.Published || c.Status == FeedbackStatus.Closed);

    /// <summary>
    /// Whether <see cref="CurrentDeadline"/> has passed on <paramref name="today"/>, as a query: the staff list filters
    /// overdue cases in the database, counting them by one range over the index of <see cref="CurrentDueOn"/>. No
    /// "is not null" beside it (SQL's comparison with NULL is already false): with two bounds SQLite's planner takes the
    /// range as narrow and reads a page of the 600,000 overdue cases of a million through that index, sorting them
    /// all (3 s), where with one it reads the newest first and stops at the page (25 ms).
    /// </summary>
    public static System.Linq.Expressions.Expression<Func<FeedbackCase, bool>> OverdueQuery(DateOnly today) => c =>
        c.CurrentDueOn < today;

    /// <summary>The step under way and its due date, if any.</summary>
    public (string Step, DateOnly Due)? CurrentDeadline => DeadlineOf(Status, ClassificationDueOn, AnswerDueOn, PublicationDueOn);

    /// <summary>
    /// The due date of <see cref="CurrentDeadline"/>, stored: computed from the status and the step's due date every
    /// time it is read, so it cannot drift from them; EF Core reads it at each save (a step changes it with the status)
    /// and the setter ignores what a load gives it. The staff list's overdue filter reads its index: over a million
    /// PAKN the test, step by step on the status and three due dates, read every row (0.55 s to count 600,000 overdue
    /// cases, against 0.03 s on this column; README, Benchmark).
    /// </summary>
    public DateOnly? CurrentDueOn
    {
        get => CurrentDeadline?.Due;
        // EF Core materialises the stored value through a setter; the value is always the one computed above.
        private set => _ = value;
    }

    /// <summary>
    /// <see cref="CurrentDueOn"/> as SQL computes it from the status and the three due dates (the same rule as
    /// <see cref="DeadlineOf"/>; a unit test compares the two for every status): what
    /// <see cref="StoredDueDates.RepairAsync"/> writes where the stored column went stale.
    /// </summary>
    public static readonly System.Linq.Expressions.Expression<Func<FeedbackCase, DateOnly?>> DueOfStepUnderWay = c =>
        c.Status == FeedbackStatus.Received ? c.ClassificationDueOn
        : c.Status == FeedbackStatus.Accepted || c.Status == FeedbackStatus.Assigned || c.Status == FeedbackStatus.InProgress
            || c.Status == FeedbackStatus.AnswerDrafted || c.Status == FeedbackStatus.Approved ? c.AnswerDueOn
        : c.Status == FeedbackStatus.Answered ? c.PublicationDueOn
        : null;

    /// <summary><see cref="CurrentDeadline"/> from the columns it depends on (a list reads only those).</summary>
    public static (string Step, DateOnly Due)? DeadlineOf(FeedbackStatus status, DateOnly classificationDueOn, DateOnly? answerDueOn, DateOnly? publicationDueOn) => status switch
    {
        FeedbackStatus.Received => ("Classify", classificationDueOn),
        FeedbackStatus.Accepted or FeedbackStatus.Assigned or FeedbackStatus.InProgress or FeedbackStatus.AnswerDrafted or FeedbackStatus.Approved
            when answerDueOn is { } due => ("Answer", due),
        FeedbackStatus.Answered when publicationDueOn is { } due => ("Publish", due),
        _ => null,
    };

    /// <summary>Vào sổ: the event of a case just received (version 1).</summary>
    public FeedbackReceived Received(DateTimeOffset receivedAt) =>
        new(Id, TrackingCode, Category, Channel.ToString(), ProcedureCode, receivedAt, ClassificationDueOn, Version);

    /// <summary>Phân loại: not accepted (with the reason), transferred (to the competent agency) or within the Board's authority.</summary>
    public FeedbackClassified Classify(ClassificationOutcome outcome, string? category, string? reason, string? transferredTo, Actor by, DateTimeOffset now)
    {
        var to = outcome switch
        {
            ClassificationOutcome.NotAccepted => FeedbackStatus.NotAccepted,
            ClassificationOutcome.Transferred => FeedbackStatus.Transferred,
            _ => FeedbackStatus.Accepted,
        };
        Guard(HandlingStep.Classify, to);
        Category = category ?? Category;
        ClassifiedAt = now.UtcDateTime;
        ClassificationReason = reason;
        TransferredTo = transferredTo;
        Move(HandlingStep.Classify, to, by, now, reason ?? transferredTo);
        return new FeedbackClassified(Id, TrackingCode, outcome.ToString(), Category, now, ClassificationDueOn, to == FeedbackStatus.Accepted ? AnswerDueOn : null, Version);
    }

    /// <summary>Phân công: a lead unit (and coordinating units) is given the case, again if need be.</summary>
    public FeedbackAssigned Assign(string leadUnit, IEnumerable<string> coordinatingUnits, Actor by, DateTimeOffset now)
    {
        Guard(HandlingStep.Assign, FeedbackStatus.Assigned);
        LeadUnit = leadUnit;
        var wanted = coordinatingUnits.Where(u => u != leadUnit).Distinct().ToList();
        // Changed in place: a unit kept keeps its row (a row removed and added again under the same key would clash).
        coordination.RemoveAll(u => !wanted.Contains(u.UnitCode));
        for (var position = 0; position < wanted.Count; position++)
        {
            var row = coordination.Find(u => u.UnitCode == wanted[position]);
            if (row is null)
            {
                coordination.Add(row = new FeedbackCoordinatingUnit { UnitCode = wanted[position] });
            }

            row.Position = position;
        }

        AssignedAt = now.UtcDateTime;
        Move(HandlingStep.Assign, FeedbackStatus.Assigned, by, now, $"Chủ trì: {leadUnit}");
        return new FeedbackAssigned(Id, TrackingCode, leadUnit, CoordinatingUnits, now, AnswerDueOn!.Value, Version);
    }

    public FeedbackStatusChanged Start(Actor by, DateTimeOffset now) => Move(HandlingStep.Start, FeedbackStatus.InProgress, by, now, null);

    /// <summary>Dự thảo trả lời, with its legal basis, for the leadership to approve.</summary>
    public FeedbackStatusChanged DraftAnswer(string answer, string legalBasis, Actor by, DateTimeOffset now)
    {
        Guard(HandlingStep.Draft, FeedbackStatus.AnswerDrafted);
        AnswerText = answer;
        AnswerLegalBasis = legalBasis;
        AnswerDraftedBy = by.Name;
        ReturnReason = null;
        return Move(HandlingStep.Draft, FeedbackStatus.AnswerDrafted, by, now, null);
    }

    /// <summary>Trả lại dự thảo: the draft (or an approval not yet sent) goes back to the lead unit with the reason.</summary>
    public FeedbackStatusChanged ReturnDraft(string reason, Actor by, DateTimeOffset now)
    {
        Guard(HandlingStep.Return, FeedbackStatus.InProgress);
        ReturnReason = reason;
        ApprovedBy = null;
        ApprovedAt = null;
        return Move(HandlingStep.Return, FeedbackStatus.InProgress, by, now, "Trả lại dự thảo: " + reason);
    }

    /// <summary>Duyệt: the leadership approves the answer and the redacted texts that will be published.</summary>
    public FeedbackStatusChanged Approve(string? publishedQuestion, string publishedAnswer, Actor by, DateTimeOffset now)
    {
        Guard(HandlingStep.Approve, FeedbackStatus.Approved);
        PublishedQuestion = ConsentToPublish ? publishedQuestion : null;
        PublishedAnswer = publishedAnswer;
        ApprovedBy = by.Name;
        ApprovedAt = now.UtcDateTime;
        return Move(HandlingStep.Approve, FeedbackStatus.Approved, by, now, null);
    }

    /// <summary>Gửi trả lời: the approved answer is sent under its number; publication is due within a few working days.</summary>
    public FeedbackAnswered Send(string answerNumber, DateOnly publicationDueOn, Actor by, DateTimeOffset now)
    {
        Guard(HandlingStep.Send, FeedbackStatus.Answered);
        AnswerNumber = answerNumber;
        AnsweredAt = now.UtcDateTime;
        AnsweredOnTime = VietnamTime.DateOf(now) <= AnswerDueOn;
        PublicationDueOn = publicationDueOn;
        Move(HandlingStep.Send, FeedbackStatus.Answered, by, now, $"Văn bản trả lời số {answerNumber}");
        return new FeedbackAnswered(Id, TrackingCode, LeadUnit, now, AnswerDueOn!.Value, AnsweredOnTime.Value, Version);
    }

    /// <summary>Công khai (Decree 20/2008 Art. 19): the approved, redacted texts become public.</summary>
    public FeedbackPublished Publish(Actor by, DateTimeOffset now)
    {
        Guard(HandlingStep.Publish, FeedbackStatus.Published);
        PublishedAt = now.UtcDateTime;
        IndexPublication();
        Move(HandlingStep.Publish, FeedbackStatus.Published, by, now, null);
        return new FeedbackPublished(Id, TrackingCode, now, Version);
    }

    public FeedbackStatusChanged Close(Actor by, DateTimeOffset now)
    {
        Guard(HandlingStep.Close, FeedbackStatus.Closed);
        ClosedAt = now.UtcDateTime;
        return Move(HandlingStep.Close, FeedbackStatus.Closed, by, now, null);
    }

    /// <summary>Mở lại: the submitter is not satisfied; the case goes back to its lead unit with a new answer deadline.</summary>
    public FeedbackStatusChanged Reopen(string reason, DateOnly answerDueOn, Actor by, DateTimeOffset now)
    {
        Guard(HandlingStep.Reopen, FeedbackStatus.InProgress);
        ReopenCount++;
        AnswerDueOn = answerDueOn;
        PublicationDueOn = null;
        // The answer is being redone: what was published no longer stands, and a new answer is published anew.
        PublishedAt = null;
        PublishedSearch = null;
        ApprovedBy = null;
        ApprovedAt = null;
        return Move(HandlingStep.Reopen, FeedbackStatus.InProgress, by, now, "Mở lại: " + reason);
    }

    /// <summary>Gia hạn: while the answer is pending, the office moves its due date later, with the reason.</summary>
    public FeedbackStatusChanged Extend(DateOnly answerDueOn, string reason, Actor by, DateTimeOffset now)
    {
        Guard(HandlingStep.Extend, Status);
        if (AnswerDueOn is { } current && answerDueOn <= current)
        {
            throw new StateConflictException("Hạn mới phải sau hạn hiện tại",
                $"Hạn trả lời hiện tại là {current.ToString("dd/MM/yyyy", System.Globalization.CultureInfo.InvariantCulture)}; gia hạn chỉ đến một ngày sau đó.");
        }

        AnswerDueOn = answerDueOn;
        return Move(HandlingStep.Extend, Status, by, now, $"Gia hạn trả lời đến {answerDueOn.ToString("dd/MM/yyyy", System.Globalization.CultureInfo.InvariantCulture)}: {reason}");
    }

    /// <summary>Đánh giá: the submitter rates the answer they received.</summary>
    public FeedbackRated Rate(bool satisfied, int? score, string? comment, DateTimeOffset now)
    {
        if (Status is not (FeedbackStatus.Answered or FeedbackStatus.Published or FeedbackStatus.Closed))
        {
            throw new StateConflictException("Chưa có câu trả lời để đánh giá", "Quý vị có thể đánh giá sau khi Ban quản lý gửi câu trả lời.");
        }

        Satisfied = satisfied;
        RatingScore = score;
        RatingComment = comment;
        RatedAt = now.UtcDateTime;
        Version++;
        return new FeedbackRated(Id, TrackingCode, satisfied, score, now, Version);
    }

    /// <summary>Fills <see cref="SearchText"/> (set with the code and content; the start-up backfill calls it for older cases).</summary>
    public void IndexText() => SearchText = VietnameseText.Fold($"{trackingCode} {content}");

    /// <summary>What the public search matches a published answer on (its code, procedure, question and answer), folded.</summary>
    public void IndexPublication() => PublishedSearch = VietnameseText.Fold($"{TrackingCode} {ProcedureCode} {PublishedQuestion} {PublishedAnswer}");

    /// <summary>When the case's handling ended (closed, not accepted, transferred): the start of its retention period.</summary>
    public DateTime? EndedAt => Status switch
    {
        FeedbackStatus.Closed => ClosedAt,
        FeedbackStatus.NotAccepted or FeedbackStatus.Transferred => ClassifiedAt,
        _ => null,
    };

    /// <summary>
    /// Ẩn danh hóa (Decree 13/2023 Art. 16, 27): removes the submitter's personal data from a case whose handling has
    /// ended — name, organisation, address, phone and e-mail erased; the texts (content, answer, rating comment, the
    /// notes of its history) kept with the personal data redacted, so the Board's statistics and the published answer
    /// stand. Attachments and the mails sent are deleted by the caller. Only an ended case: an open one still needs
    /// its submitter to be answered.
    /// </summary>
    public void Anonymise(string reason, Func<string, Submitter, string> redact, DateTimeOffset now)
    {
        if (EndedAt is null)
        {
            throw new StateConflictException(
                "Chưa thể xóa dữ liệu cá nhân",
                $"Phản ánh, kiến nghị {TrackingCode} đang được xử lý (\"{Transitions.VietnameseNames[Status]}\"): Ban quản lý cần thông tin liên hệ để trả lời. Dữ liệu cá nhân được xóa khi kết thúc xử lý.");
        }

        if (AnonymisedAt is not null)
        {
            return;
        }

        var who = new Submitter { Type = Submitter.Type, Name = Submitter.Name, Organisation = Submitter.Organisation, Address = Submitter.Address, Phone = Submitter.Phone, Email = Submitter.Email };
        Content = redact(Content, who);
        AnswerText = AnswerText is null ? null : redact(AnswerText, who);
        RatingComment = RatingComment is null ? null : redact(RatingComment, who);
        foreach (var move in History.Where(m => m.Note is not null))
        {
            move.Note = redact(move.Note!, who);
        }

        Submitter = new Submitter { Type = who.Type, Name = Submitter.Erased, Address = Submitter.Erased };
        if (Location is { Address: { } place })
        {
            Location.Address = redact(place, who);
        }

        AnonymisedAt = now.UtcDateTime;
        AnonymisationReason = reason;
        Version++;
    }

    /// <summary>The deadline watch's alert for the current step: overdue, or due soon — once per due date.</summary>
    public object? DeadlineAlert(DateOnly today, Func<DateOnly, DateOnly, int> workingDaysBetween, int dueSoonWorkingDays)
    {
        if (CurrentDeadline is not { } deadline)
        {
            return null;
        }

        if (today > deadline.Due && OverdueAlertedFor != deadline.Due)
        {
            OverdueAlertedFor = deadline.Due;
            Version++;
            return new FeedbackOverdue(Id, TrackingCode, deadline.Step, deadline.Due, LeadUnit, Version);
        }

        if (today <= deadline.Due && workingDaysBetween(today, deadline.Due) <= dueSoonWorkingDays && DueSoonAlertedFor != deadline.Due)
        {
            DueSoonAlertedFor = deadline.Due;
            Version++;
            return new FeedbackDueSoon(Id, TrackingCode, deadline.Step, deadline.Due, LeadUnit, Version);
        }

        return null;
    }

    private void Guard(HandlingStep step, FeedbackStatus to)
    {
        if (!Transitions.Allows(step, Status, to))
        {
            throw new StateConflictException(
                "Không thể thực hiện ở trạng thái hiện tại",
                $"Phản ánh, kiến nghị {TrackingCode} đang ở trạng thái \"{Transitions.VietnameseNames[Status]}\".");
        }
    }

    private FeedbackStatusChanged Move(HandlingStep step, FeedbackStatus to, Actor by, DateTimeOffset now, string? note)
    {
        Guard(step, to);
        var from = Status;
        Status = to;
        DueSoonAlertedFor = null;
        OverdueAlertedFor = null;
        Version++;
        History.Add(new FeedbackTransition { FeedbackId = Id, From = from, To = to, At = now.UtcDateTime, By = by.Name, Unit = by.Unit, Note = note });
        return new FeedbackStatusChanged(Id, TrackingCode, from.ToString(), to.ToString(), now, LeadUnit, Version);
    }
}
