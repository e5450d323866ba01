using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using VanPhong.Calendar;
using VanPhong.Contracts;
using VanPhong.Feedback.Data;
using VanPhong.Feedback.English;
using VanPhong.Feedback.Handling;
using VanPhong.Messaging;
using VanPhong.ServiceDefaults;
using VanPhong.Text;

namespace VanPhong.Feedback.Intake;

/// <summary>
/// The citizens' side: submit without an account, follow one's PAKN with the tracking code and private key
/// (Decree 20/2008 Art. 12), rate the answer or ask to reopen it, read the published answers (Art. 19),
/// and the address where PAKN are received (Art. 10, 13; plan item VI.2).
/// </summary>
public static class PublicIntakeApi
{
    public sealed record LookupView(string TrackingCode, string Status, string StatusName, DateTimeOffset ReceivedAt, DateOnly? DueOn, DateTime? AnsweredAt, DateTime? PublishedAt,
        string? Content, string? Answer, string? LegalBasis, string? AnswerNumber, bool? Satisfied, IReadOnlyList<StepView>? Steps);

    public sealed record StepView(string Status, DateTime At);

    public sealed record RatingRequest(string? Key, bool? Satisfied, int? Score, string? Comment, bool Reopen = false);

    /// <summary>The PAKN after the rating: reopened, or as it was.</summary>
    public sealed record RatedView(string TrackingCode, string Status, string StatusName);

    /// <param name="Changes">What changed because of this feedback: the simplification proposal it led to and the decision that carried it out.</param>
    public sealed record PublishedAnswer(string TrackingCode, string Category, string CategoryName, string? ProcedureCode, DateTime PublishedAt, string? Question, string Answer, string? LegalBasis,
        Trail.FeedbackTrail? Changes = null);

    public sealed record PublishedPage(int Total, int Page, IReadOnlyList<PublishedAnswer> Items);

    public sealed record ContactView(string Agency, string Address, string Phone, string Email, string OnlineForm, IReadOnlyList<CategoryView> Categories);

    public sealed record CategoryView(string Code, string Name);

    public static RouteGroupBuilder MapPublicIntake(this RouteGroupBuilder group)
    {
        group.MapPost("/", SubmitAsync).WithName("SubmitFeedback").WithSummary("Gửi phản ánh, kiến nghị về quy định hành chính");
        group.MapGet("/contact", (HttpContext http, IOptions<FeedbackOptions> options) =>
        {
            var agency = options.Value.Agency;
            var english = http.PrefersEnglish();
            if (english)
            {
                // The agency's name and address are proper names and stay as registered.
                http.AnswersIn(Bilingual.English, Bilingual.Vietnamese);
            }

            return TypedResults.Ok(new ContactView(agency.Name, agency.Address, agency.Phone, agency.Email, "/public/feedback",
                FeedbackCategories.All.Select(c => new CategoryView(c.Key, FeedbackEnglish.Category(c.Key, english))).ToList()));
        }).WithName("FeedbackContact").WithSummary("Địa chỉ tiếp nhận phản ánh, kiến nghị");
        group.MapGet("/answers", AnswersAsync).WithName("PublishedAnswers").WithSummary("Kết quả xử lý phản ánh, kiến nghị đã công khai");
        group.MapGet("/{trackingCode}", LookupAsync).WithName("LookupFeedback").WithSummary("Tra cứu tình trạng xử lý phản ánh, kiến nghị");
        group.MapPost("/{trackingCode}/rating", RateAsync).WithName("RateFeedbackAnswer").WithSummary("Đánh giá mức độ hài lòng, đề nghị xem xét lại")
            .ProducesProblem(StatusCodes.Status409Conflict); // thrown by the case when there is no answer to rate yet
        return group;
    }

    private static async Task<Results<Created<Receipt>, ValidationProblem, ConflictProblem, RefusedIntakeProblem>> SubmitAsync(FeedbackRequest request, HttpRequest http, FeedbackIntake intake, CancellationToken cancellationToken)
    {
        var (key, error) = IdempotencyKeys.Read(http, "public-feedback");
        return error is not null
            ? Problems.Invalid(IdempotencyKeys.Header, error, title: "Yêu cầu không hợp lệ")
            : ToResult(await intake.ReceiveAsync(request, FeedbackChannel.Online, desk: null, applyAcceptanceRules: true, key, cancellationToken));
    }

    internal static Results<Created<Receipt>, ValidationProblem, ConflictProblem, RefusedIntakeProblem> ToResult(IntakeOutcome outcome) => outcome switch
    {
        IntakeOutcome.Received received => TypedResults.Created($"/public/feedback/{received.Receipt.TrackingCode}", received.Receipt),
        IntakeOutcome.Invalid invalid => TypedResults.ValidationProblem(invalid.Errors, title: "Phản ánh, kiến nghị chưa hợp lệ",
            detail: "Vui lòng bổ sung hoặc sửa các thông tin được nêu và gửi lại."),
        IntakeOutcome.NotAccepted refused => new RefusedIntakeProblem(
            "Phản ánh, kiến nghị không được tiếp nhận", refused.Refusal.Detail, type: $"https://kkt-vanphong.example.vn/problems/{refused.Refusal.Reason}",
            extensions: new Dictionary<string, object?> { ["reason"] = refused.Refusal.Reason }),
        IntakeOutcome.Duplicate duplicate => Problems.Conflict("Phản ánh, kiến nghị đã được gửi",
            detail: $"Nội dung này của Quý vị đã được tiếp nhận và đang được xử lý với mã tra cứu {duplicate.TrackingCode}. Vui lòng theo dõi bằng mã này.",
            extensions: new Dictionary<string, object?> { ["trackingCode"] = duplicate.TrackingCode }),
        IntakeOutcome.KeyReused => new RefusedIntakeProblem("Khóa Idempotency-Key đã được dùng",
            "Khóa Idempotency-Key này đã được dùng cho một phản ánh, kiến nghị khác. Mỗi lần gửi mới cần một khóa mới; chỉ gửi lại đúng nội dung cũ với khóa cũ."),
        _ => throw new InvalidOperationException(),
    };

    private static async Task<Results<Ok<LookupView>, NotFoundProblem>> LookupAsync(string trackingCode, string? key, HttpContext http, FeedbackDb db, CancellationToken cancellationToken)
    {
        var found = await db.Cases.AsNoTracking().SingleOrDefaultAsync(f => f.TrackingCode == trackingCode.ToUpperInvariant(), cancellationToken);
        if (found is null)
        {
            return Problems.NotFound("Không tìm thấy phản ánh, kiến nghị",
                detail: $"Không có phản ánh, kiến nghị nào mang mã {trackingCode}. Vui lòng kiểm tra lại mã tra cứu.");
        }

        // Without the private key only what may be public: status and dates, never the content or the answer.
        var withKey = key is not null && FeedbackIntake.HashLookupKey(key) == found.LookupKeyHash;
        var answered = found.AnsweredAt is not null;
        var english = http.PrefersEnglish();
        if (english)
        {
            // Statuses in English; what the submitter and the Board wrote stays Vietnamese.
            http.AnswersIn(withKey || found.IsPublished ? [Bilingual.English, Bilingual.Vietnamese] : [Bilingual.English]);
        }

        var steps = withKey
            ? (await db.Transitions.AsNoTracking().Where(t => t.FeedbackId == found.Id).ToListAsync(cancellationToken)).OrderBy(t => t.At)
                .Select(t => new StepView(FeedbackEnglish.Status(t.To, english), t.At)).ToList()
            : null;
        return TypedResults.Ok(new LookupView(
            found.TrackingCode,
            found.Status.ToString(),
            FeedbackEnglish.Status(found.Status, english),
            new DateTimeOffset(found.ReceivedAt).ToOffset(VietnamTime.Offset),
            found.CurrentDeadline?.Due,
            found.AnsweredAt,
            found.PublishedAt,
            withKey ? found.Content : null,
            withKey && answered ? found.AnswerText : found.IsPublished ? found.PublishedAnswer : null,
            answered ? found.AnswerLegalBasis : null,
            answered ? found.AnswerNumber : null,
            withKey ? found.Satisfied : null,
            steps));
    }

    private static async Task<Results<Ok<RatedView>, NotFoundProblem, ValidationProblem>> RateAsync(string trackingCode, RatingRequest request, FeedbackDb db, FeedbackReopening reopening, TimeProvider clock, CancellationToken cancellationToken)
    {
        var found = await db.Cases.SingleOrDefaultAsync(f => f.TrackingCode == trackingCode.ToUpperInvariant(), cancellationToken);
        if (found is null || request.Key is null || FeedbackIntake.HashLookupKey(request.Key) != found.LookupKeyHash)
        {
            // The same answer whether the code or the key is wrong: the key is what proves who is asking.
            return Problems.NotFound("Không tìm thấy phản ánh, kiến nghị",
                detail: "Mã tra cứu hoặc khóa tra cứu không đúng.");
        }

        var errors = new ValidationErrors();
        if (request.Satisfied is null)
        {
            errors.Add("satisfied", "Vui lòng cho biết Quý vị có hài lòng với câu trả lời hay không.");
        }

        if (request.Score is < 1 or > 5)
        {
            errors.Add("score", "Điểm đánh giá từ 1 đến 5.");
        }

        if (request.Comment is { Length: > 2000 })
        {
            errors.Add("comment", "Ý kiến dài quá 2.000 ký tự.");
        }

        if (errors.Any)
        {
            return errors.ToProblem("Đánh giá chưa hợp lệ");
        }

        db.AddEvent(found.Rate(request.Satisfied!.Value, request.Score, VietnameseText.Clean(request.Comment), clock.GetUtcNow()), clock);
        if (request.Reopen && request.Satisfied == false)
        {
            await reopening.ReopenAsync(found, Actor.Submitter, found.RatingComment ?? "Người gửi chưa đồng ý với kết quả trả lời", cancellationToken);
        }

        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(new RatedView(found.TrackingCode, found.Status.ToString(), Transitions.VietnameseNames[found.Status]));
    }

    /// <param name="proposal">Only the answers whose PAKN led to this simplification proposal (the procedure history links here).</param>
    private static async Task<Ok<PublishedPage>> AnswersAsync(string? q, string? category, int? page, Guid? proposal, HttpContext http, FeedbackDb db, CancellationToken cancellationToken)
    {
        const int size = 20;
        // Filtered and paged in the database: the list grows every year and a page is 20 answers, whoever asks.
        var query = PublishedAnswerIndex.Published(db);
        if (category is not null)
        {
            query = query.Where(c => c.Category == category);
        }

        if (proposal is not null)
        {
            query = query.Where(c => c.SimplificationProposalId == proposal);
        }

        foreach (var word in VietnameseText.Fold(q).Split(' ', StringSplitOptions.RemoveEmptyEntries).Take(10))
        {
            query = query.Where(c => c.PublishedSearch!.Contains(word));
        }

        var number = Math.Clamp(page ?? 1, 1, 100_000);
        var total = await query.CountAsync(cancellationToken);
        var items = await query
            .OrderByDescending(c => c.PublishedAt)
            .ThenByDescending(c => c.TrackingCode) // a total order, so no answer is on two pages or on none
            .Skip((number - 1) * size)
            .Take(size)
            .Select(c => new { Answer = new PublishedAnswer(c.TrackingCode, c.Category, "", c.ProcedureCode, c.PublishedAt!.Value, c.PublishedQuestion, c.PublishedAnswer!, c.AnswerLegalBasis), c.SimplificationProposalId })
            .ToListAsync(cancellationToken);
        var english = http.PrefersEnglish();
        if (english)
        {
            // Category names in English; the published questions and answers (and what changed) are the Board's Vietnamese text.
            http.AnswersIn(Bilingual.English, Bilingual.Vietnamese);
        }

        var trails = await Trail.ProposalTrails.ForAsync(db, items.Select(i => i.SimplificationProposalId), cancellationToken);
        return TypedResults.Ok(new PublishedPage(total, number, items.Select(i => i.Answer with
        {
            CategoryName = FeedbackEnglish.Category(i.Answer.Category, english),
            Changes = i.SimplificationProposalId is { } id ? trails.GetValueOrDefault(id) : null,
        }).ToList()));
    }
}
