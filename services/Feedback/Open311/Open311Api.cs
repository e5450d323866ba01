using System.Globalization;
using System.Linq.Expressions;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using VanPhong.Calendar;
using VanPhong.Feedback.Data;
using VanPhong.Feedback.Handling;
using VanPhong.Feedback.Intake;
using VanPhong.Text;

namespace VanPhong.Feedback.Open311;

/// <summary>
/// Open311 GeoReport v2 (http://wiki.open311.org/GeoReport_v2) over the PAKN service, so any Open311 client can file
/// and follow a PAKN: service discovery, the services (the categories of Decree 20/2008 Art. 5) and their definitions,
/// POST and GET requests, in XML and JSON. Requests show only what is public: status and service always, the
/// (redacted) question, answer and location only once the answer is published. Posting needs an API key the
/// administrator issued; reading does not. Every service is "realtime": the tracking code comes back at once, so the
/// token resource only says that no token exists.
/// </summary>
public static partial class Open311Api
{
    public const string Prefix = VanPhong.Topology.RoutePrefixes.PublicOpen311 + "/v2";

    public const string Specification = "http://wiki.open311.org/GeoReport_v2";

    /// <summary>What a client may ask for in one request list (GeoReport v2 §GET Service Requests, "Response Volume").</summary>
    public const int MaxRequests = 1000;

    public static readonly TimeSpan MaxWindow = TimeSpan.FromDays(90);

    /// <summary>"closed: it has been resolved": answered (and published, closed), or ended without an answer of the Board's.</summary>
    private static readonly Expression<Func<FeedbackCase, bool>> IsClosed = c =>
        c.Status == FeedbackStatus.Answered || c.Status == FeedbackStatus.Published || c.Status == FeedbackStatus.Closed
        || c.Status == FeedbackStatus.NotAccepted || c.Status == FeedbackStatus.Transferred;

    /// <summary>The negation of <see cref="IsClosed"/>, built from it (one list of closed states).</summary>
    private static readonly Expression<Func<FeedbackCase, bool>> IsNotClosed =
        Expression.Lambda<Func<FeedbackCase, bool>>(Expression.Not(IsClosed.Body), IsClosed.Parameters);

    private static readonly Func<FeedbackCase, bool> Closed = IsClosed.Compile();

    /// <summary>Service discovery (Service Discovery spec): at the Open311 root, above the versioned endpoint.</summary>
    public static RouteGroupBuilder MapOpen311Discovery(this RouteGroupBuilder group)
    {
        group.MapGet("/discovery.{format}", (string format, HttpRequest http, IOptions<Open311Options> options) =>
        {
            if (Parse(format) is not { } f)
            {
                return UnknownFormat(format);
            }

            var o = options.Value;
            return new Open311Result(new JsonObject
            {
                ["changeset"] = ServiceDefinitions.Changeset,
                ["contact"] = o.Contact,
                ["key_service"] = o.KeyService,
                ["endpoints"] = new JsonArray(new JsonObject
                {
                    ["specification"] = Specification,
                    ["url"] = BaseUrl(http, o) + Prefix,
                    ["changeset"] = ServiceDefinitions.Changeset,
                    ["type"] = "production",
                    ["formats"] = new JsonArray("text/xml", "application/json"),
                }),
            }, "discovery", StatusCodes.Status200OK, f);
        }).WithName("Open311Discovery");
        return group;
    }

    public static RouteGroupBuilder MapOpen311(this RouteGroupBuilder group)
    {
        group.MapGet("/services.{format}", (string format, string? jurisdiction_id, IOptions<Open311Options> options) =>
            Read(format, jurisdiction_id, options.Value, f => new Open311Result(
                new JsonArray([.. FeedbackCategories.All.Select(c => (JsonNode)ServiceDefinitions.Service(c.Key, c.Value))]), "services", StatusCodes.Status200OK, f)))
            .WithName("Open311Services");
        group.MapGet("/services/{service_code}.{format}", (string service_code, string format, string? jurisdiction_id, IOptions<Open311Options> options) =>
            Read(format, jurisdiction_id, options.Value, f => ServiceDefinitions.Exists(service_code)
                ? new Open311Result(ServiceDefinitions.Definition(service_code), "service_definition", StatusCodes.Status200OK, f)
                : Open311Result.Error(f, StatusCodes.Status404NotFound, $"service_code {service_code} không có. Xem danh sách dịch vụ tại services.{format}.")))
            .WithName("Open311ServiceDefinition");
        group.MapPost("/requests.{format}", CreateAsync).WithName("Open311CreateRequest").DisableAntiforgery();
        group.MapGet("/requests.{format}", ListAsync).WithName("Open311Requests");
        group.MapGet("/requests/{service_request_id}.{format}", GetAsync).WithName("Open311Request");
        group.MapGet("/tokens/{token}.{format}", (string token, string format, string? jurisdiction_id, IOptions<Open311Options> options) =>
            Read(format, jurisdiction_id, options.Value, f => Open311Result.Error(f, StatusCodes.Status404NotFound,
                $"Không có token {token}: mọi dịch vụ đều là realtime, service_request_id được trả ngay khi gửi yêu cầu.")))
            .WithName("Open311Token");
        return group;
    }

    private static IResult Read(string format, string? jurisdiction, Open311Options options, Func<Open311Format, IResult> answer) =>
        Parse(format) is not { } f ? UnknownFormat(format)
        : WrongJurisdiction(f, jurisdiction, options) ?? answer(f);

    private static async Task<IResult> CreateAsync(
        string format, HttpRequest http, FeedbackIntake intake, FeedbackDb db, IOptions<Open311Options> options, CancellationToken cancellationToken)
    {
        if (Parse(format) is not { } f)
        {
            return UnknownFormat(format);
        }

        if (!http.HasFormContentType)
        {
            return Open311Result.Error(f, StatusCodes.Status400BadRequest, "Yêu cầu Open311 phải gửi dạng application/x-www-form-urlencoded.");
        }

        IFormCollection form;
        try
        {
            form = await http.ReadFormAsync(cancellationToken);
        }
        catch (InvalidDataException)
        {
            // A NUL in a value, a multipart body without its boundary: the framework cannot read it, the client must fix it.
            return Open311Result.Error(f, StatusCodes.Status400BadRequest, "Không đọc được biểu mẫu gửi lên: dữ liệu không đúng định dạng application/x-www-form-urlencoded hoặc có ký tự không hợp lệ.");
        }

        if (FormProblem(form) is { } problem)
        {
            return Open311Result.Error(f, StatusCodes.Status400BadRequest, problem);
        }

        string? Field(string name) => form.TryGetValue(name, out var value) && !string.IsNullOrWhiteSpace(value) ? value.ToString().Trim() : null;

        // GeoReport v2 §Errors: "403 for errors because of wrong or missing api_key".
        // The key is read from the form only (a POST argument, as the specification lists it): in the query string it would
        // be written to every access log and proxy on the way.
        var apiKey = Field("api_key");
        if (apiKey is null)
        {
            return Open311Result.Error(f, StatusCodes.Status403Forbidden, "Thiếu api_key: ứng dụng gửi yêu cầu cần khóa do Ban quản lý cấp (xem key_service trong discovery.xml).");
        }

        if (apiKey.Length > 100 || await Open311KeysApi.FindAsync(db, apiKey, cancellationToken) is not { } key)
        {
            return Open311Result.Error(f, StatusCodes.Status403Forbidden, "api_key không hợp lệ hoặc đã bị thu hồi: không thể gửi yêu cầu.");
        }

        if (WrongJurisdiction(f, Field("jurisdiction_id"), options.Value) is { } wrong)
        {
            return wrong;
        }

        if (Field("service_code") is not { } serviceCode)
        {
            return Open311Result.Error(f, StatusCodes.Status400BadRequest, "service_code: bắt buộc (xem services.xml).");
        }

        if (!ServiceDefinitions.Exists(serviceCode))
        {
            return Open311Result.Error(f, StatusCodes.Status404NotFound, $"service_code {serviceCode} không có (xem services.xml).");
        }

        var errors = new List<string>();
        var location = ReadLocation(Field, errors);
        var mediaUrl = Field("media_url");
        if (mediaUrl is not null && (mediaUrl.Length > 2000 || !Uri.TryCreate(mediaUrl, UriKind.Absolute, out var media) || media.Scheme is not ("http" or "https")))
        {
            errors.Add("media_url: phải là địa chỉ http hoặc https đầy đủ, tối đa 2.000 ký tự.");
        }

        if (Field("description") is { Length: > 4000 })
        {
            // GeoReport v2 §POST Service Request, description: "free form text limited to 4,000 characters".
            errors.Add("description: dài quá 4.000 ký tự.");
        }

        var (answers, attributeErrors) = ServiceDefinitions.Check(serviceCode, Attributes(form));
        errors.AddRange(attributeErrors);
        if (errors.Count > 0)
        {
            return Open311Result.Errors(f, StatusCodes.Status400BadRequest, errors.Select(e => (400, e)));
        }

        string? Answer(string code) => answers.TryGetValue(code, out var values) ? values[0] : null;
        var name = string.Join(" ", new[] { Field("last_name"), Field("first_name") }.Where(n => n is not null));
        var supplement = ServiceDefinitions.Supplement(serviceCode, answers);
        var description = Field("description");
        var request = new FeedbackRequest(
            Answer("kind") ?? ServiceDefinitions.DefaultKind(serviceCode),
            serviceCode,
            description is null || supplement is null ? description : description + "\n\n" + supplement,
            new SubmitterRequest(null, name.Length == 0 ? null : name, null, Answer("submitter_address"), Field("phone"), Field("email")),
            Answer("procedure_code"),
            Answer("consent_to_publish") == "true",
            ConsentToProcessing: Answer("consent") == "true",
            PrivacyNoticeVersion: Answer("privacy_notice_version"));
        var (idempotencyKey, keyError) = IdempotencyKeys.Read(http, "open311");
        if (keyError is not null)
        {
            return Open311Result.Error(f, StatusCodes.Status400BadRequest, keyError);
        }

        var outcome = await intake.ReceiveAsync(request, FeedbackChannel.Online, desk: null, applyAcceptanceRules: true, idempotencyKey, cancellationToken,
            new Open311Origin(location, mediaUrl, key.Id));
        return outcome switch
        {
            IntakeOutcome.Received r => new Open311Result(new JsonArray(new JsonObject
            {
                ["service_request_id"] = r.Receipt.TrackingCode,
                ["service_notice"] = $"{r.Receipt.Message} Khóa tra cứu: {r.Receipt.LookupKey}",
                ["account_id"] = Field("account_id"),
            }), "service_requests", StatusCodes.Status201Created, f),
            IntakeOutcome.Invalid invalid => Open311Result.Errors(f, StatusCodes.Status400BadRequest,
                invalid.Errors.SelectMany(e => e.Value.Select(m => (400, $"{Open311Field(e.Key)}: {m}")))),
            IntakeOutcome.NotAccepted refused => Open311Result.Error(f, StatusCodes.Status400BadRequest, refused.Refusal.Detail),
            IntakeOutcome.Duplicate duplicate => Open311Result.Error(f, StatusCodes.Status400BadRequest, $"Đã có yêu cầu cùng nội dung đang xử lý: {duplicate.TrackingCode}."),
            IntakeOutcome.KeyReused => Open311Result.Error(f, StatusCodes.Status400BadRequest, "Khóa Idempotency-Key này đã được dùng cho một yêu cầu khác."),
            _ => throw new InvalidOperationException(),
        };
    }

    /// <summary>
    /// GeoReport v2 §POST Service Request, location: "One of lat &amp; long or address_string or address_id"; lat and
    /// long "both need to be sent", in WGS84 degrees. The Board has no master address repository, so address_id alone
    /// cannot locate anything.
    /// </summary>
    private static Location? ReadLocation(Func<string, string?> field, List<string> errors)
    {
        var (lat, lon, address, addressId, zipcode) = (field("lat"), field("long"), field("address_string"), field("address_id"), field("zipcode"));
        double? Degrees(string? text, string name, double limit)
        {
            if (text is null)
            {
                return null;
            }

            if (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) || !double.IsFinite(value) || Math.Abs(value) > limit)
            {
                errors.Add($"{name}: phải là số độ WGS84 từ -{limit} đến {limit} (dấu chấm thập phân).");
                return null;
            }

            return value;
        }

        var latitude = Degrees(lat, "lat", 90);
        var longitude = Degrees(lon, "long", 180);
        if ((lat is null) != (lon is null))
        {
            errors.Add("lat, long: phải gửi cả hai.");
        }

        if (lat is null && lon is null && address is null)
        {
            errors.Add(addressId is null
                ? "Cần vị trí: lat và long, hoặc address_string."
                : "address_id: Ban quản lý không có hệ thống mã địa chỉ; vui lòng gửi lat và long, hoặc address_string.");
        }

        if (address is { Length: > 500 })
        {
            errors.Add("address_string: dài quá 500 ký tự.");
        }

        if (zipcode is not null && !Zipcode().IsMatch(zipcode))
        {
            errors.Add("zipcode: mã bưu chính gồm chữ số (tối đa 10).");
        }

        return latitude is null && address is null ? null
            : new Location { Latitude = latitude, Longitude = longitude, Address = address, Zipcode = zipcode };
    }

    private static Dictionary<string, IReadOnlyList<string>> Attributes(IFormCollection form)
    {
        var attributes = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        foreach (var (name, values) in form)
        {
            if (AttributeName().Match(name) is { Success: true } match)
            {
                var code = match.Groups[1].Value;
                attributes[code] = [.. attributes.GetValueOrDefault(code, []), .. values.Select(v => v ?? "")];
            }
        }

        return attributes;
    }

    private static async Task<IResult> ListAsync(
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
                query = query.Where(IsNotClosed);
            }
            else if (statuses is ["closed"])
            {
                query = query.Where(IsClosed);
            }
        }

        var cases = await query.OrderByDescending(c => c.ReceivedAt).Take(MaxRequests).ToListAsync(cancellationToken);
        return new Open311Result(new JsonArray([.. cases.Select(c => (JsonNode)View(c, feedbackOptions.Value))]), "service_requests", StatusCodes.Status200OK, f);
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

    private static async Task<IResult> GetAsync(
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
            : new Open311Result(new JsonArray(View(found, feedbackOptions.Value)), "service_requests", StatusCodes.Status200OK, f);
    }

    /// <summary>
    /// A request as the public may see it. Status, service, dates and the agency always; the question (redacted, with
    /// the submitter's consent), the answer (redacted) and the location only once the answer is published; never
    /// the submitter's name, phone, e-mail or address, nor the media link (nobody reviewed what it shows).
    /// </summary>
    private static JsonObject View(FeedbackCase c, FeedbackOptions options)
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

    private static IResult? WrongJurisdiction(Open311Format format, string? jurisdiction, Open311Options options) =>
        string.IsNullOrWhiteSpace(jurisdiction) || string.Equals(jurisdiction.Trim(), options.JurisdictionId, StringComparison.OrdinalIgnoreCase)
            ? null
            : Open311Result.Error(format, StatusCodes.Status404NotFound, $"jurisdiction_id {jurisdiction} không có: máy chủ này chỉ phục vụ {options.JurisdictionId}.");

    private static Open311Format? Parse(string format) => format switch
    {
        "xml" => Open311Format.Xml,
        "json" => Open311Format.Json,
        _ => null,
    };

    private static Open311Result UnknownFormat(string format) =>
        Open311Result.Error(Open311Format.Xml, StatusCodes.Status404NotFound, $"Không có định dạng {format}: dùng .xml hoặc .json.");

    private static string BaseUrl(HttpRequest http, Open311Options options)
    {
        if (!string.IsNullOrWhiteSpace(options.PublicBaseUrl))
        {
            return options.PublicBaseUrl.TrimEnd('/');
        }

        string? Forwarded(string header) => http.Headers.TryGetValue(header, out var value) && value.ToString() is { Length: > 0 } v ? v.Split(',')[0].Trim() : null;
        return $"{Forwarded("X-Forwarded-Proto") ?? http.Scheme}://{Forwarded("X-Forwarded-Host") ?? http.Host.Value}";
    }

    /// <summary>
    /// What a form must not be, as a JSON body must not be (StrictJson): a field given twice (the values would be joined
    /// with a comma) — except a multivaluelist answer, attribute[code][], which is sent once per value —, a control
    /// character, or bytes that were not UTF-8 (the form reader turns them into U+FFFD).
    /// </summary>
    private static string? FormProblem(IFormCollection form)
    {
        foreach (var (name, values) in form)
        {
            if (values.Count > 1 && !name.EndsWith("[]", StringComparison.Ordinal))
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
        "kind" => "attribute[kind]",
        "submitter.name" => "first_name/last_name",
        "submitter.address" => "attribute[submitter_address]",
        "submitter.phone" => "phone",
        "submitter.email" => "email",
        "submitter" => "phone/email",
        "procedureCode" => "attribute[procedure_code]",
        "consentToProcessing" => "attribute[consent]",
        "privacyNoticeVersion" => "attribute[privacy_notice_version]",
        _ => field,
    };

    [GeneratedRegex(@"^attribute\[([^\[\]]{1,50})\](\[\])?$")]
    private static partial Regex AttributeName();

    [GeneratedRegex(@"^[0-9A-Za-z\- ]{1,10}$")]
    private static partial Regex Zipcode();
}
