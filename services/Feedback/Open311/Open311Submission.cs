using System.Globalization;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Microsoft.Extensions.Options;
using VanPhong.Feedback.Data;
using VanPhong.Feedback.Intake;
using VanPhong.Text;
using static VanPhong.Feedback.Open311.Open311Arguments;

namespace VanPhong.Feedback.Open311;

/// <summary>
/// POST Service Request (GeoReport v2): a form posted with an API key the administrator issued, read as strictly as a
/// JSON body, its location and attributes checked, then received as a PAKN like any other (<see cref="FeedbackIntake"/>);
/// the intake's answers are given back as Open311 errors naming Open311's fields.
/// </summary>
internal static partial class Open311Submission
{
    // Open311Result, not a typed union: the URL's format chooses XML or JSON at run time (the route declares the answers).
    public static async Task<IResult> CreateAsync(
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
