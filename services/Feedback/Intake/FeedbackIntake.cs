using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using VanPhong.Calendar;
using VanPhong.Contracts;
using VanPhong.Feedback.Data;
using VanPhong.Feedback.Handling;
using VanPhong.Feedback.Notifications;
using VanPhong.Messaging;
using VanPhong.Persistence;
using VanPhong.Security;
using VanPhong.Text;

namespace VanPhong.Feedback.Intake;

/// <summary>A PAKN entered by the desk: who entered it, and the day it was received.</summary>
public sealed record DeskEntry(System.Security.Claims.ClaimsPrincipal User, OfficialDates.Decision ReceivedOn);

/// <summary>The receipt given back: tracking code, the private key (shown once), the dates that apply.</summary>
public sealed record Receipt(
    string TrackingCode,
    string LookupKey,
    DateTimeOffset ReceivedAt,
    DateOnly ClassificationDueOn,
    DateOnly AnswerDueOn,
    string Status,
    string Message);

/// <summary>What an Open311 client gives besides the PAKN itself: where the problem is, a media link, the key it posted with.</summary>
public sealed record Open311Origin(Location? Location, string? MediaUrl, Guid KeyId);

/// <summary>The outcome of receiving a PAKN: a receipt, or why it was not received (nothing stored in that case).</summary>
public abstract record IntakeOutcome
{
    public sealed record Received(Receipt Receipt) : IntakeOutcome;

    public sealed record Invalid(Dictionary<string, string[]> Errors) : IntakeOutcome;

    public sealed record NotAccepted(Refusal Refusal) : IntakeOutcome;

    public sealed record Duplicate(string TrackingCode) : IntakeOutcome;

    /// <summary>The Idempotency-Key was used before for a different request.</summary>
    public sealed record KeyReused : IntakeOutcome;
}

/// <summary>
/// Vào sổ tiếp nhận: checks a PAKN, gives it a tracking code and a private key, computes its deadlines from the
/// working-day calendar, and stores it with its attachments and its FeedbackReceived event in one transaction.
/// </summary>
public sealed class FeedbackIntake(FeedbackDb db, GroupCommit<FeedbackDb> groupCommit, OutboxPressure<FeedbackDb> outbox, WorkingDayCalendar calendar, TimeProvider clock, IOptions<FeedbackOptions> options, IOptions<IntakeOptions> intakeOptions)
{
    /// <param name="idempotencyKey">The caller's Idempotency-Key (scoped to the endpoint): a second call with it returns the
    /// first receipt and creates nothing; with another request it is refused.</param>
    /// <param name="desk">Who entered a PAKN received off line, and the day it was received (the server's day or a documented exception).</param>
    /// <param name="open311">The location, media link and API key of a PAKN posted through Open311.</param>
    public async Task<IntakeOutcome> ReceiveAsync(FeedbackRequest request, FeedbackChannel channel, DeskEntry? desk, bool applyAcceptanceRules, string? idempotencyKey, CancellationToken cancellationToken, Open311Origin? open311 = null)
    {
        // Under a load above what the outbox can publish, the submission waits (briefly, never refused) for the backlog to
        // come down, so the other services hear of it within seconds rather than whenever the load ends. First of all:
        // a wait between the replay and duplicate checks and the write would widen the window in which a double click
        // stores the same PAKN twice.
        await outbox.WaitAsync(cancellationToken);
        var keyHash = idempotencyKey is null ? null : IdempotencyKeys.Hash(idempotencyKey);
        var requestHash = IdempotencyKeys.Fingerprint(request);
        if (keyHash is not null && await ReplayAsync(keyHash, requestHash, cancellationToken) is { } replay)
        {
            return replay;
        }

        var errors = IntakeRules.Validate(request, intakeOptions.Value, out var attachments);
        var procedureCode = VietnameseText.Clean(request.ProcedureCode);
        if (procedureCode is not null && !errors.ContainsKey("procedureCode") && !await KnownProcedureAsync(procedureCode, cancellationToken))
        {
            errors["procedureCode"] = [$"Thủ tục hành chính mã {procedureCode} không có trong danh mục thủ tục của Ban quản lý."];
        }

        if (errors.Count > 0)
        {
            return new IntakeOutcome.Invalid(errors);
        }

        var content = VietnameseText.Clean(request.Content)!;
        if (applyAcceptanceRules && IntakeRules.Refuse(content) is { } refusal)
        {
            return new IntakeOutcome.NotAccepted(refusal);
        }

        var submitter = ToSubmitter(request.Submitter!);
        if (await FindOpenDuplicateAsync(content, submitter, cancellationToken) is { } duplicate)
        {
            // A retry racing the first request with the same key finds its PAKN here (committed, with its key, since the
            // check above): that is the first receipt, not a duplicate.
            return keyHash is not null && await ReplayAsync(keyHash, requestHash, cancellationToken) is { } raced
                ? raced
                : new IntakeOutcome.Duplicate(duplicate);
        }

        var now = clock.GetUtcNow();
        var day = desk?.ReceivedOn.On ?? VietnamTime.DateOf(now);
        var deadlines = options.Value.Deadlines;
        var lookupKey = NewLookupKey();
        Receipt receipt;
        try
        {
            // Concurrent submissions share one transaction (group commit); the receipt is given once it is committed.
            receipt = await groupCommit.RunAsync(async services =>
            {
                var batch = services.GetRequiredService<FeedbackDb>();
                var created = new FeedbackCase
                {
                    TrackingCode = await TrackingCodes.NextAsync(batch, day.Year, CancellationToken.None),
                    LookupKeyHash = HashLookupKey(lookupKey),
                    Kind = Enum.Parse<FeedbackKind>(request.Kind!, ignoreCase: true),
                    Category = request.Category!,
                    Channel = channel,
                    Content = content,
                    Submitter = submitter,
                    ProcedureCode = procedureCode,
                    ConsentToPublish = request.ConsentToPublish,
                    NotifyBy = IntakeRules.NotificationChoice(request),
                    PrivacyNoticeVersion = Privacy.PrivacyNotice.CurrentVersion,
                    ConsentedAt = now.UtcDateTime,
                    ReceivedAt = now.UtcDateTime,
                    ReceivedOn = day,
                    EnteredBy = desk?.User.DisplayName(),
                    ClassificationDueOn = calendar.AddWorkingDays(day, deadlines.ClassifyWorkingDays),
                    AnswerDueOn = calendar.AddWorkingDays(day, deadlines.AnswerWorkingDays),
                    Location = open311?.Location,
                    MediaUrl = open311?.MediaUrl,
                    Open311KeyId = open311?.KeyId,
                };
                batch.Cases.Add(created);
                foreach (var attachment in attachments)
                {
                    // A fresh copy each run: a batch that failed may run this write again in a new unit of work.
                    batch.Attachments.Add(new FeedbackAttachment { FeedbackId = created.Id, FileName = attachment.FileName, ContentType = attachment.ContentType, Content = attachment.Content });
                }

                if (desk is not null)
                {
                    batch.Audit(desk.ReceivedOn, desk.User, clock, nameof(FeedbackCase), created.Id.ToString(), "receivedOn");
                }

                batch.AddEvent(created.Received(now), clock);
                // The key is told once, here: the case keeps only its hash.
                // REVIEW: the queued message's body holds the key in clear until the case is erased (the outbox keeps what it
                // sent, as the record of it); blanking it once sent would leave the history without the text that went.
                await services.GetRequiredService<SubmitterNotifier>().QueueAsync(created, SubmitterNotice.Received, new Dictionary<string, string?> { ["khoa_tra_cuu"] = lookupKey }, CancellationToken.None);
                var given = new Receipt(
                    created.TrackingCode,
                    lookupKey,
                    now.ToOffset(VietnamTime.Offset),
                    created.ClassificationDueOn,
                    created.AnswerDueOn!.Value,
                    created.Status.ToString(),
                    $"Ban quản lý Khu kinh tế Vân Phong đã tiếp nhận phản ánh, kiến nghị của Quý vị. Mã tra cứu: {created.TrackingCode}. "
                    + "Vui lòng giữ mã tra cứu và khóa tra cứu để theo dõi kết quả xử lý.");
                if (keyHash is not null)
                {
                    batch.Set<IdempotentSubmission>().Add(new IdempotentSubmission(keyHash, requestHash, created.Id, given, now.UtcDateTime));
                }

                return given;
            });
        }
        catch (DbUpdateException) when (keyHash is not null)
        {
            // The same key raced in from a second connection and committed first: its receipt is the answer.
            db.ChangeTracker.Clear();
            if (await ReplayAsync(keyHash, requestHash, cancellationToken) is { } first)
            {
                return first;
            }

            throw;
        }

        return new IntakeOutcome.Received(receipt);
    }

    private async Task<IntakeOutcome?> ReplayAsync(string keyHash, string requestHash, CancellationToken cancellationToken)
    {
        var earlier = await db.Set<IdempotentSubmission>().AsNoTracking().SingleOrDefaultAsync(s => s.KeyHash == keyHash, cancellationToken);
        return earlier is null ? null
            : earlier.RequestHash == requestHash ? new IntakeOutcome.Received(earlier.Receipt)
            : new IntakeOutcome.KeyReused();
    }

    private async Task<bool> KnownProcedureAsync(string code, CancellationToken cancellationToken)
    {
        // Until the catalog has announced its procedures there is nothing to check against.
        if (!await db.Procedures.AnyAsync(cancellationToken))
        {
            return true;
        }

        var national = code.Length > 8 ? code[..8] : code;
        return await db.Procedures.AnyAsync(p => !p.Abolished && (p.Code == code || p.Code == national || p.Code.StartsWith(national + ".")), cancellationToken);
    }

    /// <summary>An open PAKN of the same submitter (same phone or email) with the same content.</summary>
    private async Task<string?> FindOpenDuplicateAsync(string content, Submitter submitter, CancellationToken cancellationToken)
    {
        var candidates = await db.Cases.AsNoTracking()
            .Where(c => c.Status != FeedbackStatus.Closed && c.Status != FeedbackStatus.NotAccepted && c.Status != FeedbackStatus.Transferred)
            .Where(c => (submitter.Phone != null && c.Submitter.Phone == submitter.Phone) || (submitter.Email != null && c.Submitter.Email == submitter.Email))
            .Select(c => new { c.TrackingCode, c.Content })
            .ToListAsync(cancellationToken);
        var fingerprint = IntakeRules.Fingerprint(content);
        return candidates.FirstOrDefault(c => IntakeRules.Fingerprint(c.Content) == fingerprint)?.TrackingCode;
    }

    private static Submitter ToSubmitter(SubmitterRequest request) => new()
    {
        Type = request.Type is null ? SubmitterType.Individual : Enum.Parse<SubmitterType>(request.Type, ignoreCase: true),
        Name = VietnameseText.Clean(request.Name)!,
        Organisation = VietnameseText.Clean(request.Organisation),
        Address = VietnameseText.Clean(request.Address)!,
        Phone = VietnameseText.Clean(request.Phone) is { } phone ? IntakeRules.NormalizePhone(phone) : null,
        Email = VietnameseText.Clean(request.Email)?.ToLowerInvariant(),
    };

    private static string NewLookupKey()
    {
        // 10 characters from an alphabet without look-alikes (0/O, 1/I/L): about 50 bits, easy to read out on the phone.
        const string alphabet = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";
        return string.Create(11, 0, (span, _) =>
        {
            for (var i = 0; i < span.Length; i++)
            {
                span[i] = i == 5 ? '-' : alphabet[RandomNumberGenerator.GetInt32(alphabet.Length)];
            }
        });
    }

    public static string HashLookupKey(string key) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key.Trim().ToUpperInvariant())));
}
