using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using VanPhong.Reporting.Data;
using VanPhong.Security;
using VanPhong.ServiceDefaults;

namespace VanPhong.Reporting.Feedback;

/// <summary>PAKN received in a period (inclusive dates, Vietnamese calendar), in total, by channel and by category.</summary>
public static class FeedbackSummary
{
    public sealed record Summary(DateOnly From, DateOnly To, int Received, IReadOnlyDictionary<string, int> ByChannel, IReadOnlyDictionary<string, int> ByCategory);

    public static RouteGroupBuilder MapFeedbackSummary(this RouteGroupBuilder group)
    {
        group.MapGet("/feedback/summary", HandleAsync)
            .WithName("FeedbackSummary")
            .WithSummary("Số phản ánh, kiến nghị tiếp nhận trong kỳ")
            .RequireAuthorization(StaffPolicies.Reports);
        return group;
    }

    private static async Task<Results<Ok<Summary>, ValidationProblem>> HandleAsync(DateOnly from, DateOnly to, ReportingDb db, CancellationToken cancellationToken)
    {
        if (to < from)
        {
            return Problems.Invalid("to", "Ngày kết thúc kỳ phải sau ngày bắt đầu.");
        }

        var rows = await db.Feedback.AsNoTracking()
            .Where(f => f.ReceivedOn >= from && f.ReceivedOn <= to)
            .GroupBy(f => new { f.Channel, f.Category })
            .Select(g => new { g.Key.Channel, g.Key.Category, Count = g.Count() })
            .ToListAsync(cancellationToken);
        return TypedResults.Ok(new Summary(
            from,
            to,
            rows.Sum(r => r.Count),
            rows.GroupBy(r => r.Channel).ToDictionary(g => g.Key, g => g.Sum(r => r.Count)),
            rows.GroupBy(r => r.Category).ToDictionary(g => g.Key, g => g.Sum(r => r.Count))));
    }
}
