using System.Globalization;
using System.Text.Json.Nodes;
using VanPhong.Feedback.Intake;

namespace VanPhong.Feedback.Open311;

/// <summary>The datatypes of GeoReport v2 §GET Service Definition.</summary>
public enum AttributeType
{
    String,
    Number,
    Datetime,
    Text,
    SingleValueList,
    MultiValueList,
}

/// <summary>One attribute of a service definition; <see cref="Label"/> is how its answer is written into the PAKN's content.</summary>
public sealed record ServiceAttribute(
    string Code,
    AttributeType Type,
    bool Required,
    int Order,
    string Description,
    string? TypeDescription = null,
    IReadOnlyList<(string Key, string Name)>? Values = null,
    bool Variable = true,
    string? Label = null);

/// <summary>
/// The services (the PAKN categories of Decree 20/2008 Art. 5) and their definitions. Every service has metadata:
/// Open311 has no field for what the decree and Decree 13/2023 need from a PAKN submitted online — the submitter's
/// address (Art. 7) and their consent to the processing of their personal data — so each definition asks for them as
/// required attributes. A category that needs more (which treaty, which document, what went wrong) asks for it too;
/// its answers are added to the PAKN's content, where the office reads them.
/// </summary>
public static class ServiceDefinitions
{
    /// <summary>GeoReport v2 service discovery "changeset": raise it whenever a definition below changes, so clients refresh their copies.</summary>
    public const string Changeset = "2026-12-01 21:00";

    public static readonly IReadOnlyList<(string Key, string Name)> Kinds =
        [("Reflection", "Phản ánh"), ("Recommendation", "Kiến nghị")];

    private static readonly (string Key, string Name)[] Yes = [("true", "Đồng ý")];

    private static readonly (string Key, string Name)[] YesNo = [("true", "Có"), ("false", "Không")];

    private static readonly ServiceAttribute[] Common =
    [
        new("language", AttributeType.Text, false, 1,
            "Phản ánh, kiến nghị được viết bằng tiếng Việt (Nghị định 20/2008/NĐ-CP). Nhà đầu tư nước ngoài có thể gửi qua người đại diện hoặc Bộ phận Một cửa.",
            Variable: false),
        new("consent", AttributeType.SingleValueList, true, 2,
            $"Tôi đã đọc thông báo xử lý dữ liệu cá nhân (phiên bản {Privacy.PrivacyNotice.CurrentVersion}, /public/feedback/privacy) và đồng ý để Ban quản lý xử lý họ tên, địa chỉ, thông tin liên hệ của tôi (Nghị định 13/2023/NĐ-CP).",
            "Bắt buộc: chọn true.", Yes),
        new("submitter_address", AttributeType.String, true, 3,
            "Địa chỉ liên hệ của người gửi (Điều 7 Nghị định 20/2008/NĐ-CP): số nhà, đường, phường/xã, tỉnh.", "Một dòng, tối đa 500 ký tự."),
        new("kind", AttributeType.SingleValueList, false, 4, "Loại: phản ánh hay kiến nghị.", null, Kinds),
        new("procedure_code", AttributeType.String, false, 5, "Mã thủ tục hành chính liên quan, nếu có (ví dụ 1.009645).", "Mã trong Cơ sở dữ liệu quốc gia về TTHC."),
        new("consent_to_publish", AttributeType.SingleValueList, false, 6,
            "Đồng ý công khai nội dung phản ánh, kiến nghị (đã xóa thông tin cá nhân) cùng kết quả xử lý.", null, YesNo),
        new("privacy_notice_version", AttributeType.String, false, 7, "Phiên bản thông báo xử lý dữ liệu cá nhân đã đọc; mặc định là phiên bản hiện hành."),
    ];

    /// <summary>What some categories need besides the common fields, from order 10 on.</summary>
    private static readonly Dictionary<string, ServiceAttribute[]> Extra = new()
    {
        ["implementation-difficulty"] =
        [
            new("problems", AttributeType.MultiValueList, false, 10, "Vướng mắc gặp phải khi thực hiện quy định, thủ tục.", null,
                [("delay", "Chậm trễ"), ("harassment", "Gây phiền hà"), ("not-done", "Không thực hiện"), ("wrongly-done", "Thực hiện không đúng quy định")],
                Label: "Vướng mắc"),
            new("occurred_at", AttributeType.Datetime, false, 11, "Thời điểm xảy ra.", "Ngày giờ W3C, ví dụ 2026-11-20T09:00:00+07:00.", Label: "Thời điểm xảy ra"),
            new("waiting_working_days", AttributeType.Number, false, 12, "Số ngày làm việc đã chờ giải quyết.", "Một số, ví dụ 12.", Label: "Số ngày làm việc đã chờ"),
        ],
        ["treaty-conflict"] =
        [
            new("treaty", AttributeType.String, true, 10, "Điều ước quốc tế mà quy định hành chính trái với (tên, điều khoản).", "Một dòng.", Label: "Điều ước quốc tế"),
        ],
        ["unlawful"] =
        [
            new("legal_document", AttributeType.String, false, 10, "Văn bản quy phạm pháp luật mà quy định hành chính trái với (số, ký hiệu, điều khoản).", "Một dòng.", Label: "Văn bản được viện dẫn"),
        ],
        ["inconsistent"] =
        [
            new("legal_document", AttributeType.String, false, 10, "Các văn bản quy định không thống nhất với nhau (số, ký hiệu).", "Một dòng.", Label: "Các văn bản không thống nhất"),
        ],
    };

    public static bool Exists(string serviceCode) => FeedbackCategories.All.ContainsKey(serviceCode);

    public static IReadOnlyList<ServiceAttribute> For(string serviceCode) => [.. Common, .. Extra.GetValueOrDefault(serviceCode, [])];

    /// <summary>The kind a PAKN of this category is when the client does not say (a proposal or an initiative is a kiến nghị).</summary>
    public static string DefaultKind(string serviceCode) => serviceCode is "solution-proposal" or "new-regulation-initiative" ? "Recommendation" : "Reflection";

    /// <summary>GeoReport v2 §GET Service List: one service.</summary>
    public static JsonObject Service(string code, string name) => new()
    {
        ["service_code"] = code,
        ["service_name"] = name,
        ["description"] = $"{name} (Điều 5 Nghị định 20/2008/NĐ-CP). Gửi đến Ban quản lý Khu kinh tế Vân Phong.",
        ["metadata"] = true,
        ["type"] = "realtime",
        ["keywords"] = "phản ánh, kiến nghị, quy định hành chính, thủ tục hành chính",
        ["group"] = code is "solution-proposal" or "new-regulation-initiative" ? "Kiến nghị" : "Phản ánh",
    };

    /// <summary>GeoReport v2 §GET Service Definition: the service_definition of one service.</summary>
    public static JsonObject Definition(string code) => new()
    {
        ["service_code"] = code,
        ["attributes"] = new JsonArray([.. For(code).Select(a =>
        {
            var attribute = new JsonObject
            {
                ["variable"] = a.Variable,
                ["code"] = a.Code,
                ["datatype"] = a.Type.ToString().ToLowerInvariant(),
                ["required"] = a.Required,
                ["datatype_description"] = a.TypeDescription,
                ["order"] = a.Order,
                ["description"] = a.Description,
            };
            if (a.Values is { } values)
            {
                attribute["values"] = new JsonArray([.. values.Select(v => (JsonNode)new JsonObject { ["key"] = v.Key, ["name"] = v.Name })]);
            }

            return (JsonNode)attribute;
        })]),
    };

    /// <summary>
    /// Checks the attribute[code]=value answers against the definition (GeoReport v2 §POST Service Request,
    /// "attribute"): every required one given, list answers among the listed keys, numbers and datetimes that parse,
    /// no code the definition does not have. Returns the answers by code, or the errors.
    /// </summary>
    public static (Dictionary<string, IReadOnlyList<string>> Answers, List<string> Errors) Check(string serviceCode, IReadOnlyDictionary<string, IReadOnlyList<string>> given)
    {
        var definition = For(serviceCode).ToDictionary(a => a.Code);
        var errors = new List<string>();
        var answers = new Dictionary<string, IReadOnlyList<string>>();
        foreach (var code in given.Keys.Where(c => !definition.ContainsKey(c)))
        {
            errors.Add($"attribute[{code}]: dịch vụ {serviceCode} không có thuộc tính này (xem /services/{serviceCode}.xml).");
        }

        foreach (var attribute in definition.Values.Where(a => a.Variable))
        {
            var values = given.GetValueOrDefault(attribute.Code, []).Where(v => !string.IsNullOrWhiteSpace(v)).Select(v => v.Trim()).ToList();
            var field = $"attribute[{attribute.Code}]";
            if (values.Count == 0)
            {
                if (attribute.Required)
                {
                    errors.Add(attribute.Code == "consent"
                        ? $"{field}: phản ánh, kiến nghị cần họ tên, địa chỉ và thông tin liên hệ của Quý vị: vui lòng đọc thông báo xử lý dữ liệu cá nhân và đồng ý (attribute[consent]=true, Nghị định 13/2023/NĐ-CP)."
                        : $"{field}: bắt buộc. {attribute.Description}");
                }

                continue;
            }

            if (values.Count > 1 && attribute.Type != AttributeType.MultiValueList)
            {
                errors.Add($"{field}: chỉ nhận một giá trị.");
                continue;
            }

            var problem = attribute.Type switch
            {
                AttributeType.SingleValueList or AttributeType.MultiValueList when values.FirstOrDefault(v => attribute.Values!.All(k => k.Key != v)) is { } unknown =>
                    $"giá trị \"{unknown}\" không có trong danh sách ({string.Join(", ", attribute.Values!.Select(k => k.Key))}).",
                AttributeType.Number when !double.TryParse(values[0], NumberStyles.Float, CultureInfo.InvariantCulture, out var number) || !double.IsFinite(number) =>
                    "phải là một số (dấu chấm thập phân).",
                AttributeType.Datetime when W3DateTime.Parse(values[0]) is null =>
                    "phải là ngày giờ W3C có múi giờ, ví dụ 2026-11-20T09:00:00+07:00.",
                AttributeType.String when values[0].Contains('\n') || values[0].Contains('\r') => "một dòng, không xuống dòng.",
                AttributeType.String or AttributeType.Text when values[0].Length > 1000 => "dài quá 1.000 ký tự.",
                _ => null,
            };
            if (problem is not null)
            {
                errors.Add($"{field}: {problem}");
            }
            else
            {
                answers[attribute.Code] = values;
            }
        }

        return (answers, errors);
    }

    /// <summary>The answers to the category's own attributes as lines the office reads with the content.</summary>
    public static string? Supplement(string serviceCode, IReadOnlyDictionary<string, IReadOnlyList<string>> answers)
    {
        var lines = Extra.GetValueOrDefault(serviceCode, [])
            .Where(a => answers.ContainsKey(a.Code))
            .Select(a => $"{a.Label}: {string.Join(", ", answers[a.Code].Select(v => a.Values?.FirstOrDefault(k => k.Key == v).Name ?? v))}")
            .ToList();
        return lines.Count == 0 ? null : string.Join("\n", lines);
    }
}

/// <summary>GeoReport v2 §Date/time format: the w3 subset of ISO 8601, with the time zone (Z or ±hh:mm) required.</summary>
public static partial class W3DateTime
{
    public static DateTimeOffset? Parse(string? text) =>
        text is not null && Pattern().IsMatch(text)
        && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out var value)
        && value.Year is >= 2000 and <= 2100
            ? value
            : null;

    public static string Format(DateTimeOffset value) => value.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);

    [System.Text.RegularExpressions.GeneratedRegex(@"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,7})?)?(Z|[+-]\d{2}:\d{2})$")]
    private static partial System.Text.RegularExpressions.Regex Pattern();
}
