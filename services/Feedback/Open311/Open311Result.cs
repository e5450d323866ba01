using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Unicode;
using System.Xml;
using System.Xml.Linq;

namespace VanPhong.Feedback.Open311;

/// <summary>The two formats GeoReport v2 names: XML (required) and JSON (offered, and said so in the discovery document).</summary>
public enum Open311Format
{
    Xml,
    Json,
}

/// <summary>
/// One Open311 answer written in the format the URL asked for. The answer is built once, as JSON, and XML is its
/// programmatic mapping as the specification wants (GeoReport v2 §JSON Support, the Spark convention): an object is an
/// element with one child per field, an array is an element whose children carry the singular name
/// (services/service, service_requests/request, errors/error, attributes/attribute, values/value,
/// endpoints/endpoint, formats/format), null is an empty element.
/// </summary>
public sealed class Open311Result(JsonNode body, string root, int statusCode, Open311Format format) : IResult
{
    private static readonly JsonSerializerOptions Json = new()
    {
        // Vietnamese stays readable; what HTML would read as markup is still escaped.
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
    };

    private static readonly Dictionary<string, string> Singular = new()
    {
        ["services"] = "service",
        ["service_requests"] = "request",
        ["errors"] = "error",
        ["attributes"] = "attribute",
        ["values"] = "value",
        ["endpoints"] = "endpoint",
        ["formats"] = "format",
    };

    public JsonNode Body => body;

    public int StatusCode => statusCode;

    /// <summary>The error array of GeoReport v2 §Errors: one or more codes and human readable descriptions.</summary>
    public static Open311Result Errors(Open311Format format, int statusCode, params IEnumerable<(int Code, string Description)> errors) =>
        new(new JsonArray([.. errors.Select(e => (JsonNode)new JsonObject { ["code"] = e.Code, ["description"] = e.Description })]), "errors", statusCode, format);

    public static Open311Result Error(Open311Format format, int statusCode, string description) => Errors(format, statusCode, (statusCode, description));

    public async Task ExecuteAsync(HttpContext httpContext)
    {
        var response = httpContext.Response;
        response.StatusCode = statusCode;
        if (format == Open311Format.Json)
        {
            response.ContentType = "application/json; charset=utf-8";
            await response.WriteAsync(body.ToJsonString(Json), Encoding.UTF8, httpContext.RequestAborted);
            return;
        }

        // GeoReport v2 §Encoding: "the root element must be preceded with the XML declaration including the encoding="UTF-8" attribute".
        response.ContentType = "text/xml; charset=utf-8";
        var document = new XDocument(new XDeclaration("1.0", "utf-8", null), ToXml(root, body));
        await using var buffer = new MemoryStream();
        await using (var writer = XmlWriter.Create(buffer, new XmlWriterSettings { Encoding = new UTF8Encoding(false), Async = true, Indent = true }))
        {
            await document.SaveAsync(writer, httpContext.RequestAborted);
        }

        await response.Body.WriteAsync(buffer.ToArray(), httpContext.RequestAborted);
    }

    public static XElement ToXml(string name, JsonNode? node) => node switch
    {
        null => new XElement(name),
        JsonObject fields => new XElement(name, fields.Select(f => ToXml(f.Key, f.Value))),
        JsonArray items => new XElement(name, items.Select(i => ToXml(Singular.GetValueOrDefault(name, "item"), i))),
        _ => node.GetValueKind() switch
        {
            JsonValueKind.True => new XElement(name, "true"),
            JsonValueKind.False => new XElement(name, "false"),
            JsonValueKind.String => new XElement(name, XmlText(node.GetValue<string>())),
            _ => new XElement(name, node.ToJsonString()),
        },
    };

    /// <summary>
    /// Text as XML 1.0 can carry it: a character XML forbids (U+0001, an unpaired surrogate, U+FFFF — an error message may
    /// echo what a client sent) becomes U+FFFD instead of making the writer throw.
    /// </summary>
    public static string XmlText(string text)
    {
        if (text.All(XmlConvert.IsXmlChar))
        {
            return text;
        }

        var builder = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && XmlConvert.IsXmlSurrogatePair(text[i + 1], text[i]))
            {
                builder.Append(text[i]).Append(text[++i]);
            }
            else
            {
                builder.Append(XmlConvert.IsXmlChar(text[i]) ? text[i] : '\uFFFD');
            }
        }

        return builder.ToString();
    }
}
