using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using VanPhong.Calendar;
using VanPhong.Feedback.Data;

namespace VanPhong.Feedback.Submissions;

/// <summary>Decree 20/2008 Art. 12: the submitter may ask where their PAKN stands, by tracking code and private key.</summary>
public static class LookupFeedback
{
    public sealed record FeedbackStatusView(string TrackingCode, string Status, DateTimeOffset ReceivedAt, DateOnly ClassificationDueOn, string? Content);

    public static RouteGroupBuilder MapLookupFeedback(this RouteGroupBuilder publicGroup)
    {
        publicGroup.MapGet("/{trackingCode}", HandleAsync)
            .WithName("LookupFeedback")
            .WithSummary("Tra cứu tình trạng xử lý phản ánh, kiến nghị");
        return publicGroup;
    }

    private static async Task<Results<Ok<FeedbackStatusView>, NotFound<Microsoft.AspNetCore.Mvc.ProblemDetails>>> HandleAsync(
        string trackingCode, string? key, FeedbackDb db, CancellationToken cancellationToken)
    {
        var found = await db.Cases.AsNoTracking().SingleOrDefaultAsync(f => f.TrackingCode == trackingCode.ToUpperInvariant(), cancellationToken);
        if (found is null)
        {
            return TypedResults.NotFound(new Microsoft.AspNetCore.Mvc.ProblemDetails
            {
                Status = StatusCodes.Status404NotFound,
                Title = "Không tìm thấy phản ánh, kiến nghị",
                Detail = $"Không có phản ánh, kiến nghị nào mang mã {trackingCode}. Vui lòng kiểm tra lại mã tra cứu.",
            });
        }

        // Without the private key only what may be public is shown: status and dates, never the content.
        var withKey = key is not null && SubmitFeedback.HashLookupKey(key) == found.LookupKeyHash;
        return TypedResults.Ok(new FeedbackStatusView(
            found.TrackingCode,
            found.Status.ToString(),
            new DateTimeOffset(found.ReceivedAt).ToOffset(VietnamTime.Offset),
            found.ClassificationDueOn,
            withKey ? found.Content : null));
    }
}
