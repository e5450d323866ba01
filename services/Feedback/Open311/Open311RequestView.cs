using System.Linq.Expressions;
using System.Text.Json.Nodes;
using VanPhong.Calendar;
using VanPhong.Feedback.Data;
using VanPhong.Feedback.Handling;
using VanPhong.Feedback.Intake;
using VanPhong.Text;

namespace VanPhong.Feedback.Open311;

/// <summary>
/// A PAKN as an Open311 service request (GeoReport v2 §GET Service Request): which fields it shows, what "open" and
/// "closed" mean for it, and what the public may not see. The list and the lookup both answer with it.
/// </summary>
internal static class Open311RequestView
{
    /// <summary>"closed: it has been resolved": answered (and published, closed), or ended without an answer of the Board's.</summary>
    public static readonly Expression<Func<FeedbackCase, bool>> IsClosed = c =>
        c.Status == FeedbackStatus.Answered || c.Status == FeedbackStatus.Published || c.Status == FeedbackStatus.Closed
        || c.Status == FeedbackStatus.NotAccepted || c.Status == FeedbackStatus.Transferred;

    /// <summary>The negation of <see cref="IsClosed"/>, built from it (one list of closed states).</summary>
    public static readonly Expression<Func<FeedbackCase, bool>> IsNotClosed =
        Expression.Lambda<Func<FeedbackCase, bool>>(Expression.Not(IsClosed.Body), IsClosed.Parameters);

    private static readonly Func<FeedbackCase, bool> Closed = IsClosed.Compile();

    /// <summary>
    /// A request as the public may see it. Status, service, dates and the agency always; the question (redacted, with
    /// the submitter's consent), the answer (redacted) and the location only once the answer is published; never
    /// the submitter's name, phone, e-mail or address, nor the media link (nobody reviewed what it shows).
    /// </summary>
    public static JsonObject Of(FeedbackCase c, FeedbackOptions options)
    {
        var updated = new[] { c.ReceivedAt, c.ClassifiedAt, c.AssignedAt, c.ApprovedAt, c.AnsweredAt, c.PublishedAt, c.ClosedAt }.Max()!.Value;
        var published = c.IsPublished;
        var place = published && c.ConsentToPublish ? c.Location : null;
        // The coordinates go with an address that passed the check, never alone: a point without a place name may be the
        // submitter's home, and an address that repeats the submitter's details takes its coordinates and zipcode with it.
        var address = PublicAddress(place?.Address, c.Submitter);
        if (address is null)
        {
            place = null;
        }

        return new JsonObject
        {
            ["service_request_id"] = c.TrackingCode,
            ["status"] = Closed(c) ? "closed" : "open",
            ["status_notes"] = published ? c.PublishedAnswer : Transitions.VietnameseNames[c.Status],
            ["service_name"] = FeedbackCategories.All.GetValueOrDefault(c.Category, c.Category),
            ["service_code"] = c.Category,
            ["description"] = published ? c.PublishedQuestion : null,
            ["agency_responsible"] = c.Status == FeedbackStatus.Transferred ? c.TransferredTo : options.Agency.Name,
            ["service_notice"] = Notice(c),
            ["requested_datetime"] = W3DateTime.Format(new DateTimeOffset(c.ReceivedAt).ToOffset(VietnamTime.Offset)),
            ["updated_datetime"] = W3DateTime.Format(new DateTimeOffset(updated).ToOffset(VietnamTime.Offset)),
            ["expected_datetime"] = c.AnswerDueOn is { } due && c.Status is not (FeedbackStatus.NotAccepted or FeedbackStatus.Transferred)
                ? W3DateTime.Format(new DateTimeOffset(due.ToDateTime(new TimeOnly(17, 0)), VietnamTime.Offset))
                : null,
            ["address"] = address,
            ["address_id"] = null,
            ["zipcode"] = place?.Zipcode,
            ["lat"] = place?.Latitude,
            ["long"] = place?.Longitude,
            ["media_url"] = null,
        };
    }

    /// <summary>
    /// The location's address, unless it is the submitter's own (their address, name, phone or e-mail written into it):
    /// the place of a problem is what the public needs, the submitter's home is not theirs to know.
    /// </summary>
    private static string? PublicAddress(string? address, Submitter submitter)
    {
        if (address is null)
        {
            return null;
        }

        var folded = VietnameseText.Fold(address);
        return new[] { submitter.Address, submitter.Name, submitter.Phone, submitter.Email }
            .Any(p => !string.IsNullOrWhiteSpace(p) && p != Submitter.Erased && folded.Contains(VietnameseText.Fold(p), StringComparison.Ordinal))
            ? null
            : address;
    }

    /// <summary>What the Board will do next and by when: the legal due date of the step under way.</summary>
    private static string? Notice(FeedbackCase c) => c.Status switch
    {
        FeedbackStatus.Received => $"Ban quản lý xem xét, phân loại trước ngày {c.ClassificationDueOn:dd/MM/yyyy}; trả lời trước ngày {c.AnswerDueOn:dd/MM/yyyy}.",
        FeedbackStatus.NotAccepted => "Không được tiếp nhận.",
        FeedbackStatus.Transferred => $"Đã chuyển đến {c.TransferredTo}, cơ quan có thẩm quyền xử lý.",
        FeedbackStatus.Answered => "Đã trả lời người gửi; kết quả xử lý sẽ được công khai.",
        _ when c.IsPublished => "Kết quả xử lý đã được công khai.",
        FeedbackStatus.Closed => "Đã kết thúc xử lý.",
        _ => $"Ban quản lý đang xử lý, trả lời trước ngày {c.AnswerDueOn:dd/MM/yyyy}.",
    };
}
