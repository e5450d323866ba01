using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using VanPhong.Feedback.Data;
using VanPhong.Feedback.Handling;
using VanPhong.Feedback.Intake;
using VanPhong.Notifications;
using VanPhong.Security;
using VanPhong.ServiceDefaults;
using VanPhong.Text;

namespace VanPhong.Feedback.Privacy;

/// <summary>
/// A data subject's requests (Decree 13/2023/NĐ-CP Art. 9, 14, 16): the office, having checked who is asking, looks up
/// everything this service holds on a person (by phone, e-mail or tracking code), hands it over, and erases it — for
/// cases whose handling has ended; an open case still needs its submitter to be answered. Every look-up and every
/// erasure is an audit entry under the request's own reference (the office's register number of the request).
/// </summary>
public static class DataSubjectApi
{
    public const string AuditEntity = "DataSubjectRequest";

    public sealed record SubjectQuery(string? Reference, string? Phone, string? Email, string? TrackingCode);

    public sealed record SubjectCase(
        string TrackingCode,
        string Status,
        string StatusName,
        DateTime ReceivedAt,
        string Channel,
        SubmitterView Submitter,
        string Content,
        bool ConsentToPublish,
        string? PrivacyNoticeVersion,
        DateTime? ConsentedAt,
        bool Ended,
        DateTime? AnonymisedAt,
        string? AnonymisationReason,
        IReadOnlyList<string> Attachments,
        int MailsSent);

    public sealed record SubjectData(string Reference, IReadOnlyList<SubjectCase> Cases);

    public sealed record ErasureRequest(string? Reference, string? Reason, string? Phone, string? Email, string? TrackingCode);

    public sealed record ErasureResult(string Reference, IReadOnlyList<string> Anonymised);

    public static RouteGroupBuilder MapDataSubjectRequests(this RouteGroupBuilder group)
    {
        var privacy = group.MapGroup("/privacy").RequireAuthorization(StaffPolicies.Office);
        privacy.MapGet("/subject", FindAsync).WithName("DataSubjectAccess").WithSummary("Dữ liệu cá nhân của một người (yêu cầu của chủ thể dữ liệu)");
        privacy.MapPost("/erasure", EraseAsync).WithName("DataSubjectErasure").WithSummary("Xóa dữ liệu cá nhân theo yêu cầu của chủ thể dữ liệu");
        return group;
    }

    private static async Task<Results<Ok<SubjectData>, ValidationProblem>> FindAsync([AsParameters] SubjectQuery query, HttpContext http, FeedbackDb db, TimeProvider clock)
    {
        if (Check(query.Reference, query.Phone, query.Email, query.TrackingCode) is { } invalid)
        {
            return invalid;
        }

        var cases = await Matching(db, query.Phone, query.Email, query.TrackingCode).AsNoTracking().ToListAsync(http.RequestAborted);
        var ids = cases.Select(c => c.Id).ToList();
        var references = ids.Select(id => id.ToString()).ToList();
        var files = (await db.Attachments.AsNoTracking().Where(a => ids.Contains(a.FeedbackId)).Select(a => new { a.FeedbackId, a.FileName }).ToListAsync(http.RequestAborted))
            .ToLookup(a => a.FeedbackId, a => a.FileName);
        var mails = (await db.Set<OutgoingMail>().AsNoTracking().Where(m => references.Contains(m.Reference) && m.SentAt != null && (m.Template == null || m.Template.StartsWith("feedback."))).Select(m => m.Reference).ToListAsync(http.RequestAborted))
            .CountBy(r => r).ToDictionary();
        var reference = VietnameseText.Clean(query.Reference)!;
        db.AddAuditEntry(http.User, clock, "Accessed", AuditEntity, reference, new { lookedUpBy = LookedUpBy(query.Phone, query.Email, query.TrackingCode), cases = cases.Select(c => c.TrackingCode) });
        await db.SaveChangesAsync(http.RequestAborted);
        return TypedResults.Ok(new SubjectData(reference, cases.Select(c => new SubjectCase(
            c.TrackingCode, c.Status.ToString(), Transitions.VietnameseNames[c.Status], c.ReceivedAt, c.Channel.ToString(),
            new SubmitterView(c.Submitter.Type.ToString(), c.Submitter.Name, c.Submitter.Organisation, c.Submitter.Address, c.Submitter.Phone, c.Submitter.Email),
            c.Content, c.ConsentToPublish, c.PrivacyNoticeVersion, c.ConsentedAt, c.EndedAt is not null, c.AnonymisedAt, c.AnonymisationReason,
            [.. files[c.Id]], mails.GetValueOrDefault(c.Id.ToString()))).ToList()));
    }

    private static async Task<Results<Ok<ErasureResult>, NotFoundProblem, ConflictProblem, ValidationProblem>> EraseAsync(ErasureRequest request, HttpContext http, FeedbackDb db, Anonymiser anonymiser, TimeProvider clock)
    {
        if (Check(request.Reference, request.Phone, request.Email, request.TrackingCode) is { } invalid)
        {
            return invalid;
        }

        var reason = VietnameseText.Clean(request.Reason);
        if (reason is null)
        {
            return CaseAccess.Invalid("Yêu cầu xóa dữ liệu chưa hợp lệ", "reason", "Ghi lý do xóa (ví dụ: theo đơn đề nghị của chủ thể dữ liệu).");
        }

        var cases = await Matching(db, request.Phone, request.Email, request.TrackingCode).Include(c => c.History).ToListAsync(http.RequestAborted);
        if (cases.Count == 0)
        {
            return Problems.NotFound("Không có dữ liệu của người này",
                detail: "Không tìm thấy phản ánh, kiến nghị nào với số điện thoại, thư điện tử hoặc mã tra cứu đã nhập.");
        }

        var open = cases.Where(c => c.EndedAt is null).Select(c => c.TrackingCode).ToList();
        if (open.Count > 0)
        {
            // All or nothing: the office answers the person once, about every case they have with the Board.
            return Problems.Conflict("Chưa thể xóa dữ liệu cá nhân",
                detail: $"Các phản ánh, kiến nghị {string.Join(", ", open)} đang được xử lý: Ban quản lý cần thông tin liên hệ để trả lời. Dữ liệu được xóa khi kết thúc xử lý; chưa xóa dữ liệu nào.");
        }

        var pending = cases.Where(c => c.AnonymisedAt is null).ToList();
        var reference = VietnameseText.Clean(request.Reference)!;
        db.AddAuditEntry(http.User, clock, "Erased", AuditEntity, reference, new { lookedUpBy = LookedUpBy(request.Phone, request.Email, request.TrackingCode), reason, cases = pending.Select(c => c.TrackingCode) });
        await anonymiser.AnonymiseAsync(pending, $"Theo yêu cầu của chủ thể dữ liệu ({reference}): {reason}", http.RequestAborted);
        return TypedResults.Ok(new ErasureResult(reference, pending.Select(c => c.TrackingCode).ToList()));
    }

    /// <summary>The cases of a person: by their phone (however written), their e-mail, or one tracking code.</summary>
    private static IQueryable<FeedbackCase> Matching(FeedbackDb db, string? phone, string? email, string? trackingCode)
    {
        var query = db.Cases.AsQueryable();
        if (VietnameseText.Clean(trackingCode) is { } code)
        {
            var upper = code.ToUpperInvariant();
            return query.Where(c => c.TrackingCode == upper);
        }

        var number = VietnameseText.Clean(phone) is { } p ? PhoneNumbers.National(p) : null;
        // Numbers stored before the one spelling was kept may still read +84…
        var international = number is ['0', .. var rest] ? "+84" + rest : null;
        var address = VietnameseText.Clean(email)?.ToLowerInvariant();
        return query
            .Where(c => (number != null && (c.Submitter.Phone == number || c.Submitter.Phone == international)) || (address != null && c.Submitter.Email == address))
            .OrderBy(c => c.ReceivedAt);
    }

    private static ValidationProblem? Check(string? reference, string? phone, string? email, string? trackingCode)
    {
        if (VietnameseText.Clean(reference) is not { Length: <= 100 })
        {
            return CaseAccess.Invalid("Yêu cầu chưa hợp lệ", "reference", "Ghi số, ký hiệu của đơn yêu cầu (tối đa 100 ký tự) để lưu vào nhật ký.");
        }

        return VietnameseText.Clean(phone) is null && VietnameseText.Clean(email) is null && VietnameseText.Clean(trackingCode) is null
            ? CaseAccess.Invalid("Yêu cầu chưa hợp lệ", "phone", "Nhập số điện thoại, thư điện tử hoặc mã tra cứu của người yêu cầu.")
            : null;
    }

    /// <summary>What the person was found by, masked: the audit log records the request, not a new copy of the data.</summary>
    private static string LookedUpBy(string? phone, string? email, string? trackingCode) =>
        VietnameseText.Clean(trackingCode) is { } code ? $"mã tra cứu {code.ToUpperInvariant()}"
        : VietnameseText.Clean(phone) is { } p ? $"số điện thoại {AuditMasking.Mask(p)}"
        : $"thư điện tử {AuditMasking.Mask(email)}";
}
