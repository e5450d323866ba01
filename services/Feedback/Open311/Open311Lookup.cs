using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using VanPhong.Feedback.Data;
using VanPhong.Feedback.Handling;
using static VanPhong.Feedback.Open311.Open311Arguments;

namespace VanPhong.Feedback.Open311;

/// <summary>
/// GET Service Requests and GET Service Request (GeoReport v2): the list, by ids or by a window of at most 90 days with
/// service codes and status, and one request by its id; both show what <see cref="Open311RequestView"/> lets the public see.
/// </summary>
internal static class Open311Lookup
{
    /// <summary>What a client may ask for in one request list (GeoReport v2 §GET Service Requests, "Response Volume").</summary>
    public const int MaxRequests = 1000;

    public static readonly TimeSpan MaxWindow = TimeSpan.FromDays(90);

    // Open311Result, not a typed union: the URL's format chooses XML or JSON at run time (the route declares the answers).
    public static async Task<IResult> ListAsync(
        string format, string? jurisdiction_id, string? service_request_id, string? service_code, string? status, string? start_date, string? end_date,
        FeedbackDb db, IOptions<FeedbackOptions> feedbackOptions, IOptions<Open311Options> options, TimeProvider clock, CancellationToken cancellationToken)
    {
        if (Parse(format) is not { } f)
        {
            return UnknownFormat(format);
        }

        if (WrongJurisdiction(f, jurisdiction_id, options.Value) is { } wrong)
        {
            return wrong;
        }

        static List<string> Split(string? list) => list?.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToList() ?? [];
        var query = db.Cases.AsNoTracking();
        var ids = Split(service_request_id).Select(i => i.ToUpperInvariant()).Distinct().ToList();
        if (ids.Count > MaxRequests)
        {
            return Open311Result.Error(f, StatusCodes.Status400BadRequest, $"service_request_id: tối đa {MaxRequests} mã một lần.");
        }

        if (ids.Count > 0)
        {
            // GeoReport v2 §GET Service Requests, service_request_id: "This overrides all other arguments."
            query = query.Where(c => ids.Contains(c.TrackingCode));
        }
        else
        {
            var (start, end, error) = Window(start_date, end_date, clock.GetUtcNow());
            if (error is not null)
            {
                return Open311Result.Error(f, StatusCodes.Status400BadRequest, error);
            }

            query = query.Where(c => c.ReceivedAt >= start && c.ReceivedAt <= end);
            var codes = Split(service_code);
            if (codes.FirstOrDefault(c => !ServiceDefinitions.Exists(c)) is { } unknown)
            {
                return Open311Result.Error(f, StatusCodes.Status400BadRequest, $"service_code {unknown} không có (xem services.xml).");
            }

            if (codes.Count > 0)
            {
                query = query.Where(c => codes.Contains(c.Category));
            }

            var statuses = Split(status).Select(s => s.ToLowerInvariant()).Distinct().ToList();
            if (statuses.FirstOrDefault(s => s is not ("open" or "closed")) is { } other)
            {
                return Open311Result.Error(f, StatusCodes.Status400BadRequest, $"status {other} không có: chọn open hoặc closed.");
            }

            // In the database, before the limit: a page of 1000 must be 1000 requests of the status asked for.
            if (statuses is ["open"])
            {
                query = query.Where(Open311RequestView.IsNotClosed);
            }
            else if (statuses is ["closed"])
            {
                query = query.Where(Open311RequestView.IsClosed);
            }
        }

        var cases = await query.OrderByDescending(c => c.ReceivedAt).Take(MaxRequests).ToListAsync(cancellationToken);
        return new Open311Result(new JsonArray([.. cases.Select(c => (JsonNode)Open311RequestView.Of(c, feedbackOptions.Value))]), "service_requests", StatusCodes.Status200OK, f);
    }

    /// <summary>
    /// GeoReport v2 §GET Service Requests, start_date/end_date: w3 datetimes; "When not specified, the range defaults to
    /// most recent 90 days"; a range "may not span more than 90 days". One date alone opens a 90-day window from it.
    /// </summary>
    internal static (DateTime Start, DateTime End, string? Error) Window(string? startText, string? endText, DateTimeOffset now)
    {
        const string Example = "định dạng W3C có múi giờ, từ năm 2000 đến năm 2100, ví dụ 2026-06-01T00:00:00+07:00";
        var start = W3DateTime.Parse(startText);
        var end = W3DateTime.Parse(endText);
        if (!string.IsNullOrWhiteSpace(startText) && start is null)
        {
            return (default, default, $"start_date: {Example}.");
        }

        if (!string.IsNullOrWhiteSpace(endText) && end is null)
        {
            return (default, default, $"end_date: {Example}.");
        }

        var (from, to) = (start, end) switch
        {
            ({ } s, { } e) => (s, e),
            ({ } s, null) => (s, s + MaxWindow),
            (null, { } e) => (e - MaxWindow, e),
            _ => (now - MaxWindow, now),
        };
        if (to < from)
        {
            return (default, default, "end_date phải sau start_date.");
        }

        return to - from > MaxWindow
            ? (default, default, "Khoảng thời gian start_date – end_date không được quá 90 ngày.")
            : (from.UtcDateTime, to.UtcDateTime, null);
    }

    // Open311Result, not a typed union: the URL's format chooses XML or JSON at run time (the route declares the answers).
    public static async Task<IResult> GetAsync(
        string service_request_id, string format, string? jurisdiction_id, FeedbackDb db, IOptions<FeedbackOptions> feedbackOptions, IOptions<Open311Options> options,
        CancellationToken cancellationToken)
    {
        if (Parse(format) is not { } f)
        {
            return UnknownFormat(format);
        }

        if (WrongJurisdiction(f, jurisdiction_id, options.Value) is { } wrong)
        {
            return wrong;
        }

        var found = await db.Cases.AsNoTracking().SingleOrDefaultAsync(c => c.TrackingCode == service_request_id.ToUpperInvariant(), cancellationToken);
        return found is null
            ? Open311Result.Error(f, StatusCodes.Status404NotFound, $"Không có yêu cầu {service_request_id}.")
            : new Open311Result(new JsonArray(Open311RequestView.Of(found, feedbackOptions.Value)), "service_requests", StatusCodes.Status200OK, f);
    }
}
