using System.Text.Json.Serialization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using VanPhong.Calendar;
using VanPhong.Feedback.Data;
using VanPhong.Feedback.Handling;
using VanPhong.Feedback.Intake;

using VanPhong.Text;

namespace VanPhong.Feedback.Open311;

/// <summary>
/// Open311 GeoReport v2 (JSON) over the PAKN service, so any Open311 client can file and follow a PAKN: the
/// categories of Decree 20/2008 Art. 5 are the services; our statuses map to open/closed with the Vietnamese status
/// as status_notes. Requests list only what is public. Deviations from the spec: no API key (the public surface is
/// anonymous and rate-limited at the gateway), JSON only, and the private lookup key comes back in service_notice.
/// </summary>
public static class Open311Api
{
    public const string Prefix = VanPhong.Topology.RoutePrefixes.PublicOpen311 + "/v2";

    public sealed record Service(
        [property: JsonPropertyName("service_code")] string ServiceCode,
        [property: JsonPropertyName("service_name")] string ServiceName,
        [property: JsonPropertyName("description")] string Description,
        [property: JsonPropertyName("metadata")] bool Metadata,
        [property: JsonPropertyName("type")] string Type,
        [property: JsonPropertyName("keywords")] string Keywords,
        [property: JsonPropertyName("group")] string Group);

    public sealed record Created(
        [property: JsonPropertyName("service_request_id")] string ServiceRequestId,
        [property: JsonPropertyName("service_notice")] string ServiceNotice,
        [property: JsonPropertyName("account_id")] string? AccountId);

    public sealed record Request(
        [property: JsonPropertyName("service_request_id")] string ServiceRequestId,
        [property: JsonPropertyName("status")] string Status,
        [property: JsonPropertyName("status_notes")] string StatusNotes,
        [property: JsonPropertyName("service_name")] string ServiceName,
        [property: JsonPropertyName("service_code")] string ServiceCode,
        [property: JsonPropertyName("description")] string? Description,
        [property: JsonPropertyName("agency_responsible")] string AgencyResponsible,
        [property: JsonPropertyName("service_notice")] string? ServiceNotice,
        [property: JsonPropertyName("requested_datetime")] DateTimeOffset RequestedDatetime,
        [property: JsonPropertyName("updated_datetime")] DateTimeOffset UpdatedDatetime,
        [property: JsonPropertyName("expected_datetime")] DateTimeOffset? ExpectedDatetime,
        [property: JsonPropertyName("address")] string? Address,
        [property: JsonPropertyName("media_url")] string? MediaUrl);

    public sealed record Error([property: JsonPropertyName("code")] int Code, [property: JsonPropertyName("description")] string Description);

    public static RouteGroupBuilder MapOpen311(this RouteGroupBuilder group)
    {
        group.MapGet("/services.json", () => TypedResults.Ok(FeedbackCategories.All.Select(c => new Service(
            c.Key, c.Value, c.Value, false, "realtime", "phản ánh,kiến nghị,quy định hành chính", "Phản ánh, kiến nghị")).ToList()))
            .WithName("Open311Services");
        group.MapPost("/requests.json", CreateAsync).WithName("Open311CreateRequest").DisableAntiforgery();
        group.MapGet("/requests.json", ListAsync).WithName("Open311Requests");
        group.MapGet("/requests/{id}.json", GetAsync).WithName("Open311Request");
        return group;
    }

    private static async Task<IResult> CreateAsync(HttpRequest http, FeedbackIntake intake, CancellationToken cancellationToken)
    {
        if (!http.HasFormContentType)
        {
            return Fail(StatusCodes.Status400BadRequest, "Yêu cầu Open311 phải gửi dạng application/x-www-form-urlencoded.");
        }

        IFormCollection form;
        try
        {
            form = await http.ReadFormAsync(cancellationToken);
        }
        catch (InvalidDataException)
        {
            // A NUL in a value, a multipart body without its boundary: the framework cannot read it, the client must fix it.
            return Fail(StatusCodes.Status400BadRequest, "Không đọc được biểu mẫu gửi lên: dữ liệu không đúng định dạng application/x-www-form-urlencoded hoặc có ký tự không hợp lệ.");
        }

        if (FormProblem(form) is { } problem)
        {
            return Fail(StatusCodes.Status400BadRequest, problem);
        }

        string? Field(string name) => form.TryGetValue(name, out var value) && !string.IsNullOrWhiteSpace(value) ? value.ToString() : null;
        var name = string.Join(" ", new[] { Field("last_name"), Field("first_name") }.Where(n => n is not null));
        var request = new FeedbackRequest(
            Field("attribute[kind]") ?? "Reflection",
            Field("service_code"),
            Field("description"),
            new SubmitterRequest(null, name.Length == 0 ? null : name, null, Field("address_string"), Field("phone"), Field("email")),
            Field("attribute[procedure_code]"),
            Field("attribute[consent_to_publish]") is "true" or "1",
            ConsentToProcessing: Field("attribute[consent_to_processing]") is "true" or "1",
            PrivacyNoticeVersion: Field("attribute[privacy_notice_version]"));
        var (key, error) = IdempotencyKeys.Read(http, "open311");
        if (error is not null)
        {
            return Fail(StatusCodes.Status400BadRequest, error);
        }

        return await intake.ReceiveAsync(request, FeedbackChannel.Online, desk: null, applyAcceptanceRules: true, key, cancellationToken) switch
        {
            IntakeOutcome.Received r => TypedResults.Json(new[]
            {
                new Created(r.Receipt.TrackingCode, $"{r.Receipt.Message} Khóa tra cứu: {r.Receipt.LookupKey}", null),
            }, statusCode: StatusCodes.Status201Created),
            IntakeOutcome.Invalid invalid => TypedResults.Json(
                invalid.Errors.SelectMany(e => e.Value.Select(m => new Error(400, $"{Open311Field(e.Key)}: {m}"))).ToList(), statusCode: StatusCodes.Status400BadRequest),
            IntakeOutcome.NotAccepted refused => Fail(StatusCodes.Status400BadRequest, refused.Refusal.Detail),
            IntakeOutcome.Duplicate duplicate => Fail(StatusCodes.Status400BadRequest, $"Đã có yêu cầu cùng nội dung đang xử lý: {duplicate.TrackingCode}."),
            IntakeOutcome.KeyReused => Fail(StatusCodes.Status400BadRequest, "Khóa Idempotency-Key này đã được dùng cho một yêu cầu khác."),
            _ => throw new InvalidOperationException(),
        };
    }

    private static async Task<IResult> ListAsync(
        string? service_request_id, string? service_code, string? status, DateTimeOffset? start_date, DateTimeOffset? end_date,
        FeedbackDb db, IOptions<FeedbackOptions> options, TimeProvider clock, CancellationToken cancellationToken)
    {
        var query = db.Cases.AsNoTracking();
        if (service_request_id is not null)
        {
            var ids = service_request_id.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(i => i.ToUpperInvariant()).ToList();
            query = query.Where(c => ids.Contains(c.TrackingCode));
        }
        else
        {
            // Dates the Board can have records for; anything else (0001-01-01, 9999-12-31) is a client's mistake, not a 500.
            if (start_date is { Year: < 2000 or > 2100 } || end_date is { Year: < 2000 or > 2100 })
            {
                return Fail(StatusCodes.Status400BadRequest, "start_date và end_date phải là ngày giờ hợp lệ từ năm 2000 đến năm 2100 (định dạng W3C, ví dụ 2026-06-01T00:00:00+07:00).");
            }

            var end = (end_date ?? clock.GetUtcNow()).UtcDateTime;
            var start = (start_date ?? end_date?.AddDays(-90) ?? clock.GetUtcNow().AddDays(-90)).UtcDateTime;
            if (end < start)
            {
                return Fail(StatusCodes.Status400BadRequest, "end_date phải sau start_date.");
            }

            if (end - start > TimeSpan.FromDays(90))
            {
                return Fail(StatusCodes.Status400BadRequest, "Khoảng thời gian start_date – end_date không được quá 90 ngày.");
            }

            query = query.Where(c => c.ReceivedAt >= start && c.ReceivedAt <= end);
            if (service_code is not null)
            {
                query = query.Where(c => c.Category == service_code);
            }
        }

        var cases = await query.OrderByDescending(c => c.ReceivedAt).Take(1000).ToListAsync(cancellationToken);
        var requests = cases.Select(c => View(c, options.Value)).Where(r => status is null || r.Status == status).ToList();
        return TypedResults.Ok(requests);
    }

    private static async Task<IResult> GetAsync(string id, FeedbackDb db, IOptions<FeedbackOptions> options, CancellationToken cancellationToken)
    {
        var found = await db.Cases.AsNoTracking().SingleOrDefaultAsync(c => c.TrackingCode == id.ToUpperInvariant(), cancellationToken);
        return found is null ? Fail(StatusCodes.Status404NotFound, $"Không có yêu cầu {id}.") : TypedResults.Ok(new[] { View(found, options.Value) });
    }

    private static Request View(FeedbackCase c, FeedbackOptions options)
    {
        var updated = new[] { c.ReceivedAt, c.ClassifiedAt, c.AssignedAt, c.ApprovedAt, c.AnsweredAt, c.PublishedAt, c.ClosedAt }.Max()!.Value;
        var closed = c.Status is FeedbackStatus.Answered or FeedbackStatus.Published or FeedbackStatus.Closed or FeedbackStatus.NotAccepted or FeedbackStatus.Transferred;
        return new Request(
            c.TrackingCode,
            closed ? "closed" : "open",
            Transitions.VietnameseNames[c.Status] + (c.Status == FeedbackStatus.Transferred ? $": {c.TransferredTo}" : ""),
            FeedbackCategories.All.GetValueOrDefault(c.Category, c.Category),
            c.Category,
            c.IsPublished ? c.PublishedQuestion : null,
            options.Agency.Name,
            c.IsPublished ? c.PublishedAnswer : null,
            new DateTimeOffset(c.ReceivedAt).ToOffset(VietnamTime.Offset),
            new DateTimeOffset(updated).ToOffset(VietnamTime.Offset),
            c.CurrentDeadline is { } d ? new DateTimeOffset(d.Due.ToDateTime(new TimeOnly(17, 0)), VietnamTime.Offset) : null,
            null,
            null);
    }

    /// <summary>
    /// What a form must not be, as a JSON body must not be (StrictJson): a field given twice (the values would be joined
    /// with a comma), a control character, or bytes that were not UTF-8 (the form reader turns them into U+FFFD).
    /// </summary>
    private static string? FormProblem(IFormCollection form)
    {
        foreach (var (name, values) in form)
        {
            if (values.Count > 1)
            {
                return $"{name}: trường này được gửi hai lần.";
            }

            if (VietnameseText.HasControlCharacter(values.ToString()))
            {
                return $"{name}: văn bản có ký tự điều khiển, không được chấp nhận.";
            }

            if (values.ToString().Contains('\uFFFD'))
            {
                return $"{name}: văn bản không được mã hóa UTF-8.";
            }
        }

        return null;
    }

    private static string Open311Field(string field) => field switch
    {
        "category" => "service_code",
        "content" => "description",
        "submitter.name" => "first_name/last_name",
        "submitter.address" => "address_string",
        "submitter.phone" => "phone",
        "submitter.email" => "email",
        "procedureCode" => "attribute[procedure_code]",
        "consentToProcessing" => "attribute[consent_to_processing]",
        "privacyNoticeVersion" => "attribute[privacy_notice_version]",
        _ => field,
    };

    private static IResult Fail(int status, string description) => TypedResults.Json(new[] { new Error(status, description) }, statusCode: status);
}
