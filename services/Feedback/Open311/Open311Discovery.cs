using System.Text.Json.Nodes;
using Microsoft.Extensions.Options;
using VanPhong.Feedback.Intake;
using static VanPhong.Feedback.Open311.Open311Arguments;

namespace VanPhong.Feedback.Open311;

/// <summary>
/// What this server offers: the discovery document (Service Discovery spec), the services (the categories of Decree
/// 20/2008 Art. 5) and their definitions, and the token resource, which only says that there are no tokens.
/// </summary>
// Open311Result, not typed unions: the URL's format chooses XML or JSON at run time (the routes declare the answers).
internal static class Open311Discovery
{
    public static Open311Result Discovery(string format, HttpRequest http, IOptions<Open311Options> options)
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
                ["specification"] = Open311Api.Specification,
                ["url"] = BaseUrl(http, o) + Open311Api.Prefix,
                ["changeset"] = ServiceDefinitions.Changeset,
                ["type"] = "production",
                ["formats"] = new JsonArray("text/xml", "application/json"),
            }),
        }, "discovery", StatusCodes.Status200OK, f);
    }

    public static IResult Services(string format, string? jurisdiction_id, IOptions<Open311Options> options) =>
        Read(format, jurisdiction_id, options.Value, f => new Open311Result(
            new JsonArray([.. FeedbackCategories.All.Select(c => (JsonNode)ServiceDefinitions.Service(c.Key, c.Value))]), "services", StatusCodes.Status200OK, f));

    public static IResult Definition(string service_code, string format, string? jurisdiction_id, IOptions<Open311Options> options) =>
        Read(format, jurisdiction_id, options.Value, f => ServiceDefinitions.Exists(service_code)
            ? new Open311Result(ServiceDefinitions.Definition(service_code), "service_definition", StatusCodes.Status200OK, f)
            : Open311Result.Error(f, StatusCodes.Status404NotFound, $"service_code {service_code} không có. Xem danh sách dịch vụ tại services.{format}."));

    public static IResult Token(string token, string format, string? jurisdiction_id, IOptions<Open311Options> options) =>
        Read(format, jurisdiction_id, options.Value, f => Open311Result.Error(f, StatusCodes.Status404NotFound,
            $"Không có token {token}: mọi dịch vụ đều là realtime, service_request_id được trả ngay khi gửi yêu cầu."));

    private static string BaseUrl(HttpRequest http, Open311Options options)
    {
        if (!string.IsNullOrWhiteSpace(options.PublicBaseUrl))
        {
            return options.PublicBaseUrl.TrimEnd('/');
        }

        string? Forwarded(string header) => http.Headers.TryGetValue(header, out var value) && value.ToString() is { Length: > 0 } v ? v.Split(',')[0].Trim() : null;
        return $"{Forwarded("X-Forwarded-Proto") ?? http.Scheme}://{Forwarded("X-Forwarded-Host") ?? http.Host.Value}";
    }
}
