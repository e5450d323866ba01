using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using VanPhong.IntegrationTests.Infrastructure;
using VanPhong.Topology;

namespace VanPhong.IntegrationTests.Security;

/// <summary>Who sends a hostile request: a citizen through the gateway, or a member of staff with a real token.</summary>
public enum Sender
{
    Citizen,
    Office,
    UnitStaff,
    OneStop,
}

/// <summary>
/// How a surface refuses: RFC 7807 problem details (every API), Open311's list of errors (its specification),
/// OAuth 2.0's error object (RFC 6749 §5.2, the token endpoint) or an HTML page in Vietnamese (the web pages).
/// </summary>
public enum Refusal
{
    Problem,
    Open311,
    OAuth,
    Page,
}

/// <summary>Records that exist, so that in a hostile request only the hostile part is wrong.</summary>
/// <param name="WebToken">The antiforgery token of the web pages' forms (its cookie is in the citizen's client).</param>
public sealed record HostileTargets(string TrackingCode, string LookupKey, Guid PlanItem, string WebToken, string Open311Key = "");

/// <summary>One malformed or hostile request and how its surface must refuse it.</summary>
public sealed record HostileCase(string Surface, string Name, Sender Sender, Refusal Refusal, Func<HostileTargets, HttpRequestMessage> Build)
{
    public string Id => $"{Surface}: {Name}";
}

/// <summary>A file as a hostile uploader would send it: its claimed name and its real bytes.</summary>
public sealed record HostileFile(string Name, string FileName, byte[] Content);

/// <summary>
/// The catalogue of hostile requests, per surface: every public endpoint (API, Open311, token, web pages) and every
/// staff file import. Each starts from a valid request and breaks one thing, so a refusal is for that thing.
/// </summary>
public static class HostileRequests
{
    private const string Json = "application/json";

    /// <summary>Vietnamese left as it is (not \u-escaped), so that byte-level mutations land inside real text.</summary>
    private static readonly System.Text.Json.JsonSerializerOptions Plain = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private static int _serial;

    public static IReadOnlyList<HostileCase> All { get; } =
    [
        .. PublicFeedback(),
        .. Rating(),
        .. PublicReads(),
        .. Open311(),
        .. Catalog(),
        .. Token(),
        .. WebPages(),
        .. StaffFeedbackEntry(),
        .. Evidence(),
        .. PlanImports(),
        .. DossierImports(),
    ];

    /// <summary>Disguised files: a name that promises one type and bytes of another, or a name that tries to leave its folder.</summary>
    public static IEnumerable<HostileFile> DisguisedFiles() =>
    [
        new("HTML renamed .pdf", "giay-phep.pdf", "<!DOCTYPE html><html><script>fetch('/api/identity/users')</script></html>"u8.ToArray()),
        new("EXE with a .docx name", "to-khai.docx", [0x4D, 0x5A, 0x90, 0x00, 0x03, 0x00, 0x00, 0x00, 0x04, 0x00, 0x00, 0x00, 0xFF, 0xFF]),
        new("ELF with a .pdf name", "bien-nhan.pdf", [0x7F, 0x45, 0x4C, 0x46, 0x02, 0x01, 0x01, 0x00]),
        new("zip without a Word document, named .docx", "van-ban.docx", [0x50, 0x4B, 0x03, 0x04, .. "evil.sh#!/bin/sh rm -rf /"u8]),
        new("truncated PDF (cut inside its signature)", "bao-cao.pdf", "%PD"u8.ToArray()),
        new("empty file", "rong.pdf", []),
        new("SVG with a script named .png", "anh-chup.png", "<svg xmlns='http://www.w3.org/2000/svg' onload='alert(1)'/>"u8.ToArray()),
        new("GIF named .jpg", "anh.jpg", "GIF89a\x01\x00\x01\x00\x00\x00\x00;"u8.ToArray()),
        new("PHP shell named .jpg", "chan-dung.jpg", "<?php system($_GET['c']); ?>"u8.ToArray()),
        new("path traversal with HTML inside", "../../../../etc/passwd.pdf", "<html><body>x</body></html>"u8.ToArray()),
        new("Windows path traversal with an EXE inside", "..\\..\\Windows\\System32\\drivers\\etc\\hosts.docx", [0x4D, 0x5A, 0x50, 0x00]),
        new("a NUL in the name hiding .html", "bao-cao.pdf\u0000.html", "<html>x</html>"u8.ToArray()),
        .. BombFiles(),
    ];

    /// <summary>
    /// Compression bombs and a spreadsheet too wide to read: a 100 KB .docx and .xlsx whose main part inflates to
    /// 100 MiB, and a 1 KB workbook whose one cell is ZZZZZZ1. Every attachment, evidence and import surface sends them.
    /// </summary>
    public static IEnumerable<HostileFile> BombFiles() =>
    [
        new("a .docx whose document inflates to 100 MiB", "don-de-nghi.docx", HostileFiles.DocxBombOf100MiB),
        new("an .xlsx whose workbook inflates to 100 MiB", "so-lieu.xlsx", HostileFiles.XlsxBombOf100MiB),
        new("an .xlsx with a cell at ZZZZZZ1", "so-lieu.xlsx", HostileFiles.WorkbookWithCellAt("ZZZZZZ1")),
    ];

    private static IEnumerable<HostileCase> PublicFeedback()
    {
        const string s = "POST /public/feedback";
        const string path = RoutePrefixes.PublicFeedback;
        HostileCase Body(string name, Func<string> body, string contentType = Json) => Citizen(s, name, Refusal.Problem, _ => Raw(HttpMethod.Post, path, body(), contentType));
        HostileCase Bytes(string name, Func<byte[]> body) => Citizen(s, name, Refusal.Problem, _ => Raw(HttpMethod.Post, path, body(), Json));

        // Malformed JSON
        yield return Body("empty body", () => "");
        yield return Body("truncated in the middle", () => Pakn().ToJsonString(Plain)[..40]);
        yield return Body("trailing comma", () => Pakn().ToJsonString(Plain).TrimEnd('}') + ",}");
        yield return Body("single-quoted strings", () => Pakn().ToJsonString(Plain).Replace('"', '\''));
        yield return Body("unquoted property names", () => "{ kind: \"Reflection\", content: \"Hồ sơ đã quá hạn giải quyết nhiều ngày.\" }");
        yield return Body("a comment in the body", () => "/* x */" + Pakn().ToJsonString(Plain));
        yield return Body("two documents one after the other", () => Pakn().ToJsonString(Plain) + Pakn().ToJsonString(Plain));
        yield return Body("a JSON array instead of an object", () => "[" + Pakn().ToJsonString(Plain) + "]");
        yield return Body("a bare string", () => "\"phản ánh\"");
        yield return Body("a bare number", () => "42");
        yield return Body("the literal null", () => "null");
        yield return Body("NaN as a value", () => Pakn().ToJsonString(Plain).Replace("true", "NaN"));
        yield return Body("an unterminated string", () => "{ \"content\": \"Hồ sơ đã quá hạn");
        yield return Body("nesting 40 levels deep", () => $"{{ \"content\": \"x\", \"attachments\": {new string('[', 40)}{new string(']', 40)} }}");

        // Wrong types
        foreach (var (field, value) in new[]
                 {
                     ("content", "12345"), ("content", "[\"Hồ sơ\"]"), ("content", "{\"text\": \"Hồ sơ\"}"), ("kind", "1"), ("category", "true"),
                     ("consentToProcessing", "\"yes\""), ("consentToProcessing", "1"), ("consentToPublish", "\"true\""), ("submitter", "\"Lê Văn Cường\""),
                     ("submitter", "[]"), ("submitter.name", "{}"), ("submitter.phone", "912345678"), ("procedureCode", "1.014199"), ("attachments", "{}"),
                     ("attachments", "\"bien-nhan.pdf\""), ("attachments[0]", "\"JVBERi0xLjQ=\""), ("privacyNoticeVersion", "2"),
                 })
        {
            yield return Body($"{field} as {value}", () => Set(Pakn(withAttachment: field.StartsWith("attachments[")), field, value).ToJsonString(Plain));
        }

        // Duplicate keys
        foreach (var field in new[] { "content", "kind", "category", "consentToProcessing", "submitter", "procedureCode", "attachments" })
        {
            yield return Body($"{field} twice", () => Duplicate(Pakn(withAttachment: true), field));
        }

        yield return Body("submitter.name twice", () => Pakn().ToJsonString(Plain).Replace("\"name\":", "\"name\":\"Kẻ Mạo Danh\",\"name\":"));
        yield return Body("content twice in different case", () => Pakn().ToJsonString(Plain).Replace("\"content\":", "\"Content\":\"Nội dung thay thế được gửi kèm sau.\",\"content\":"));

        // Control characters
        foreach (var field in new[] { "content", "kind", "category", "procedureCode", "submitter.name", "submitter.address", "submitter.phone", "submitter.email" })
        {
            yield return Body($"NUL in {field}", () => Set(Pakn(), field, "\"Hồ sơ số 12\\u0000 đã quá hạn giải quyết nhiều ngày\"").ToJsonString(Plain));
        }

        yield return Body("ANSI escape in content", () => Set(Pakn(), "content", "\"\\u001b[2J\\u001b[31mHồ sơ giấy phép xây dựng đã quá hạn giải quyết\"").ToJsonString(Plain));
        yield return Body("backspace in the name", () => Set(Pakn(), "submitter.name", "\"Lê\\u0008\\u0008Văn\"").ToJsonString(Plain));
        yield return Body("DEL in the address", () => Set(Pakn(), "submitter.address", "\"15 Hùng Vương\\u007f\"").ToJsonString(Plain));
        yield return Body("a raw control byte inside a string", () => Pakn().ToJsonString(Plain).Replace("Hồ sơ", "Hồ\u0001sơ"));
        yield return Body("NUL in an attachment's name", () => Set(Pakn(withAttachment: true), "attachments[0].fileName", "\"bien-nhan\\u0000.exe\"").ToJsonString(Plain));

        // Invalid UTF-8 and text that is not what it claims
        yield return Bytes("a lone 0xFF byte in content", () => Splice(Pakn().ToJsonString(Plain), "Hồ sơ", [0xFF]));
        yield return Bytes("an overlong encoding of '/'", () => Splice(Pakn().ToJsonString(Plain), "Hồ sơ", [0xC0, 0xAF]));
        yield return Bytes("a truncated multi-byte sequence", () => Splice(Pakn().ToJsonString(Plain), "Hồ sơ", [0xE1, 0xBA]));
        yield return Bytes("an encoded surrogate half", () => Splice(Pakn().ToJsonString(Plain), "Hồ sơ", [0xED, 0xA0, 0x80]));
        yield return Body("an escaped lone surrogate", () => Pakn().ToJsonString(Plain).Replace("Hồ sơ", "Hồ \\ud800 sơ"));
        yield return Bytes("UTF-16 sent as JSON", () => Encoding.Unicode.GetBytes(Pakn().ToJsonString(Plain)));
        yield return Bytes("Windows-1258 bytes sent as UTF-8", () => Encoding.Latin1.GetBytes(Pakn().ToJsonString(Plain)));

        // Oversize
        yield return Body("content of 200 000 characters", () => Set(Pakn(), "content", Quote("Hồ sơ quá hạn " + new string('x', 200_000))).ToJsonString(Plain));
        yield return Body("a name of 20 000 characters", () => Set(Pakn(), "submitter.name", Quote(new string('A', 20_000))).ToJsonString(Plain));
        yield return Body("an address of 20 000 characters", () => Set(Pakn(), "submitter.address", Quote(new string('B', 20_000))).ToJsonString(Plain));
        yield return Body("an attachment name of 5 000 characters", () => Set(Pakn(withAttachment: true), "attachments[0].fileName", Quote(new string('a', 5_000) + ".pdf")).ToJsonString(Plain));
        yield return Body("four attachments", () => Set(Pakn(), "attachments", $"[{Attachment()},{Attachment()},{Attachment()},{Attachment()}]").ToJsonString(Plain));
        yield return Body("an attachment of 3 MB", () => Set(Pakn(), "attachments", $"[{Attachment("lon.pdf", [.. "%PDF-1.4\n"u8, .. new byte[3 * 1024 * 1024]])}]").ToJsonString(Plain));
        yield return Citizen(s, "a body of 11 MB with its length", Refusal.Problem, _ => Raw(HttpMethod.Post, path, Padded(11 * 1024 * 1024), Json));
        yield return Citizen(s, "a chunked body of 11 MB", Refusal.Problem, _ => Chunked(HttpMethod.Post, path, Padded(11 * 1024 * 1024), Json));
        yield return Body("100 000 attachments", () => Set(Pakn(), "attachments", "[" + string.Join(",", Enumerable.Repeat("{}", 100_000)) + "]").ToJsonString(Plain));

        // Disguised files
        foreach (var file in DisguisedFiles())
        {
            yield return Body($"attachment: {file.Name}", () => Set(Pakn(), "attachments", $"[{Attachment(file.FileName, file.Content)}]").ToJsonString(Plain));
        }

        yield return Body("attachment: not base64", () => Set(Pakn(), "attachments", "[{\"fileName\":\"a.pdf\",\"contentBase64\":\"%%% không phải base64 %%%\"}]").ToJsonString(Plain));
        yield return Body("attachment: a data: URL instead of base64", () => Set(Pakn(), "attachments", "[{\"fileName\":\"a.pdf\",\"contentBase64\":\"data:application/pdf;base64,JVBERi0xLjQK\"}]").ToJsonString(Plain));

        // Values no PAKN can have
        foreach (var (field, value) in new[]
                 {
                     ("kind", "\"Complaint\""), ("kind", "\"0\""), ("category", "\"../../etc/passwd\""), ("procedureCode", "\"1.014199'; DROP TABLE Cases;--\""),
                     ("consentToProcessing", "false"), ("privacyNoticeVersion", "\"0.1\""), ("submitter.email", "\"khong-phai-email\""),
                     ("submitter.phone", "\"09abc\""), ("submitter", "null"), ("content", "\"<img src=x onerror=alert(1)> Hồ sơ quá hạn giải quyết\""),
                 })
        {
            yield return Body($"{field} = {value}", () => Set(Pakn(), field, value).ToJsonString(Plain));
        }

        yield return Body("no consent at all", () => Remove(Pakn(), "consentToProcessing").ToJsonString(Plain));

        // Wrong content types and spoofed headers
        yield return Body("sent as text/plain", () => Pakn().ToJsonString(Plain), "text/plain");
        yield return Body("sent as XML", () => "<feedback><content>Hồ sơ quá hạn</content></feedback>", "application/xml");
        yield return Body("sent as a form", () => "content=H%E1%BB%93+s%C6%A1&kind=Reflection", "application/x-www-form-urlencoded");
        yield return Body("multipart instead of JSON", () => "--b\r\nContent-Disposition: form-data; name=\"content\"\r\n\r\nx\r\n--b--\r\n", "multipart/form-data; boundary=b");
        yield return Citizen(s, "no content type", Refusal.Problem, _ => new HttpRequestMessage(HttpMethod.Post, path) { Content = new ByteArrayContent(Encoding.UTF8.GetBytes(Pakn().ToJsonString(Plain))) });
        yield return Citizen(s, "an Idempotency-Key of 2 000 characters", Refusal.Problem, _ => WithHeader(Raw(HttpMethod.Post, path, Pakn().ToJsonString(Plain), Json), "Idempotency-Key", new string('k', 2_000)));
        // A header a proxy or a framework might act on does not turn a refused request into an accepted one (the limits
        // that a spoofed X-Forwarded-For must not lift are shown in PublicSurfaceTests).
        yield return Citizen(s, "a spoofed X-Forwarded-For with an invalid body", Refusal.Problem, _ => WithHeader(Raw(HttpMethod.Post, path, Remove(Pakn(), "content").ToJsonString(Plain), Json), "X-Forwarded-For", "127.0.0.1"));
        yield return Citizen(s, "X-Original-URL pointing at the staff API, with an invalid body", Refusal.Problem, _ => WithHeader(Raw(HttpMethod.Post, path, Remove(Pakn(), "content").ToJsonString(Plain), Json), "X-Original-URL", RoutePrefixes.Feedback));
        yield return Citizen(s, "X-HTTP-Method-Override: DELETE, with an invalid body", Refusal.Problem, _ => WithHeader(Raw(HttpMethod.Post, path, Remove(Pakn(), "content").ToJsonString(Plain), Json), "X-HTTP-Method-Override", "DELETE"));
        yield return Citizen(s, "a forged bearer token (alg none), with an invalid body", Refusal.Problem, _ => WithBearer(Raw(HttpMethod.Post, path, Remove(Pakn(), "content").ToJsonString(Plain), Json), ForgedToken()));
    }

    private static IEnumerable<HostileCase> Rating()
    {
        const string s = "POST /public/feedback/{code}/rating";
        HostileCase Rate(string name, Func<HostileTargets, string> body, Func<HostileTargets, string>? code = null) =>
            Citizen(s, name, Refusal.Problem, t => Raw(HttpMethod.Post, $"{RoutePrefixes.PublicFeedback}/{code?.Invoke(t) ?? t.TrackingCode}/rating", body(t), Json));
        string Valid(HostileTargets t) => new JsonObject { ["key"] = t.LookupKey, ["satisfied"] = true, ["score"] = 5, ["comment"] = "Trả lời rõ ràng." }.ToJsonString(Plain);

        yield return Rate("the wrong lookup key", t => Set(JsonNode.Parse(Valid(t))!.AsObject(), "key", "\"khoa-sai\"").ToJsonString(Plain));
        yield return Rate("no lookup key", t => Remove(JsonNode.Parse(Valid(t))!.AsObject(), "key").ToJsonString(Plain));
        yield return Rate("an unknown tracking code", Valid, _ => "PAKN-2099-999999");
        yield return Rate("a tracking code with path traversal", Valid, _ => "..%2F..%2Fapi%2Ffeedback");
        yield return Rate("a tracking code of 3 000 characters", Valid, _ => new string('A', 3_000));
        foreach (var (field, value) in new[]
                 {
                     ("score", "0"), ("score", "6"), ("score", "-1"), ("score", "99999999999"), ("score", "4.5"), ("score", "\"năm\""),
                     ("satisfied", "\"yes\""), ("satisfied", "null"), ("comment", Quote(new string('y', 2_500))), ("comment", "\"Tốt\\u0000\""), ("key", "123"),
                 })
        {
            yield return Rate($"{field} = {(value.Length > 20 ? value[..20] + "…" : value)}", t => Set(JsonNode.Parse(Valid(t))!.AsObject(), field, value).ToJsonString(Plain));
        }

        yield return Rate("satisfied twice", t => Valid(t).Replace("\"satisfied\":true", "\"satisfied\":false,\"satisfied\":true"));
        yield return Rate("malformed JSON", t => Valid(t)[..20]);
        yield return Citizen(s, "sent as a form", Refusal.Problem, t => Raw(HttpMethod.Post, $"{RoutePrefixes.PublicFeedback}/{t.TrackingCode}/rating", $"key={t.LookupKey}&satisfied=true", "application/x-www-form-urlencoded"));
    }

    private static IEnumerable<HostileCase> PublicReads()
    {
        const string s = "GET /public/feedback, /public/plans, /public/reports";
        HostileCase Get(string name, string path) => Citizen(s, name, Refusal.Problem, _ => new HttpRequestMessage(HttpMethod.Get, path));

        yield return Get("an unknown tracking code", $"{RoutePrefixes.PublicFeedback}/PAKN-2099-000001");
        yield return Get("a tracking code with an escape character", $"{RoutePrefixes.PublicFeedback}/PAKN-2026%1B%5B2J-000001");
        yield return Get("a tracking code of 3 000 characters", $"{RoutePrefixes.PublicFeedback}/" + new string('Z', 3_000));
        yield return Get("a query string of 20 000 characters", $"{RoutePrefixes.PublicFeedback}/answers?q=" + new string('q', 20_000));
        yield return Get("answers page = abc", $"{RoutePrefixes.PublicFeedback}/answers?page=abc");
        yield return Get("answers page past int", $"{RoutePrefixes.PublicFeedback}/answers?page=99999999999");
        yield return Get("a plan of the year 99999", $"{RoutePrefixes.PublicPlans}/99999");
        yield return Get("a plan of the year -1", $"{RoutePrefixes.PublicPlans}/-1");
        yield return Get("a plan year past int", $"{RoutePrefixes.PublicPlans}/2147483648");
        yield return Get("a plan year that is not a number", $"{RoutePrefixes.PublicPlans}/hai-nghin");
        yield return Get("path traversal past the public prefix", $"{RoutePrefixes.PublicFeedback}/..%2F..%2Fapi%2Fidentity%2Fusers");
        yield return Get("evaluation results of quarter 5", $"{RoutePrefixes.PublicReports}/evaluations?year=2026&quarter=5");
        yield return Get("evaluation results of the year 99999", $"{RoutePrefixes.PublicReports}/evaluations?year=99999&quarter=1");
        yield return Get("evaluation results of a quarter not yet over", $"{RoutePrefixes.PublicReports}/evaluations?year=2099&quarter=1");
    }

    private static IEnumerable<HostileCase> Open311()
    {
        const string s = "Open311 /public/open311/v2";
        const string create = $"{RoutePrefixes.PublicOpen311}/v2/requests.json";
        const string form = "application/x-www-form-urlencoded";
        string Valid() => "service_code=implementation-difficulty&first_name=C%C6%B0%E1%BB%9Dng&last_name=L%C3%AA+V%C4%83n&phone=0912345678"
            + "&address_string=15+H%C3%B9ng+V%C6%B0%C6%A1ng%2C+Ninh+H%C3%B2a&attribute%5Bsubmitter_address%5D=15+H%C3%B9ng+V%C6%B0%C6%A1ng&attribute%5Bconsent%5D=true"
            + $"&description=H%E1%BB%93+s%C6%A1+s%E1%BB%91+{Interlocked.Increment(ref _serial)}+xin+c%E1%BA%A5p+gi%E1%BA%A5y+ph%C3%A9p+x%C3%A2y+d%E1%BB%B1ng+%C4%91%C3%A3+qu%C3%A1+th%E1%BB%9Di+h%E1%BA%A1n+gi%E1%BA%A3i+quy%E1%BA%BFt";
        // With a valid key: what is refused is the request, not the caller.
        HostileCase Post(string name, Func<string> body, string contentType = form) => Citizen(s, "POST " + name, Refusal.Open311, t => Raw(HttpMethod.Post, create, body() + "&api_key=" + t.Open311Key, contentType));
        HostileCase Get(string name, string query) => Citizen(s, "GET " + name, Refusal.Open311, _ => new HttpRequestMessage(HttpMethod.Get, $"{RoutePrefixes.PublicOpen311}/v2/" + query));

        yield return Post("as JSON", () => "{\"service_code\":\"implementation-difficulty\",\"description\":\"Hồ sơ quá hạn\"}", Json);
        yield return Post("without service_code", () => Valid().Replace("service_code=implementation-difficulty&", ""));
        yield return Post("an unknown service_code", () => Valid().Replace("implementation-difficulty", "pothole"));
        yield return Post("description twice", () => Valid() + "&description=N%E1%BB%99i+dung+thay+th%E1%BA%BF+g%E1%BB%ADi+k%C3%A8m+sau+%C4%91%C3%B3");
        yield return Post("service_code twice", () => Valid() + "&service_code=other");
        yield return Post("consent twice (true, false)", () => Valid() + "&attribute%5Bconsent%5D=false");
        yield return Post("a NUL in the description", () => Valid().Replace("H%E1%BB%93+s%C6%A1", "H%E1%BB%93%00s%C6%A1"));
        yield return Post("a control character in the name", () => Valid().Replace("first_name=C", "first_name=%1B%5B2JC"));
        yield return Citizen(s, "POST raw bytes that are not UTF-8 in the description", Refusal.Open311, t =>
        {
            var body = Valid() + "&api_key=" + t.Open311Key;
            var at = body.IndexOf("H%E1%BB%93", StringComparison.Ordinal);
            return Raw(HttpMethod.Post, create, [.. Encoding.ASCII.GetBytes(body[..at]), 0xFF, 0xFE, 0xC0, 0xAF, .. Encoding.ASCII.GetBytes(body[at..])], form);
        });
        yield return Post("a description of 200 000 characters", () => Valid() + new string('x', 200_000));
        yield return Post("without consent", () => Valid().Replace("&attribute%5Bconsent%5D=true", ""));
        yield return Post("without any location", () => Valid().Replace("&address_string=", "&note="));
        yield return Post("a latitude of 1e309", () => Valid() + "&lat=1e309&long=109");
        yield return Post("with a wrong jurisdiction_id", () => Valid() + "&jurisdiction_id=sfgov.org");
        yield return Citizen(s, "POST without an api_key", Refusal.Open311, _ => Raw(HttpMethod.Post, create, Valid(), form));
        yield return Citizen(s, "POST with an api_key of 5 000 characters", Refusal.Open311, _ => Raw(HttpMethod.Post, create, Valid() + "&api_key=" + new string('k', 5_000), form));
        yield return Post("an unknown privacy notice version", () => Valid() + "&attribute%5Bprivacy_notice_version%5D=0.1");
        yield return Post("an e-mail that is not one", () => Valid() + "&email=a%40%40b");
        yield return Post("a malformed form body", () => "%%%&&&=%ZZ");
        yield return Post("multipart without a boundary", () => "x", "multipart/form-data");
        yield return Get("end_date 0001-01-01", "requests.json?end_date=0001-01-01T00:00:00Z");
        yield return Get("start_date 9999-12-31", "requests.json?start_date=9999-12-31T00:00:00Z");
        yield return Get("end before start", "requests.json?start_date=2026-06-01T00:00:00Z&end_date=2026-05-01T00:00:00Z");
        yield return Get("a range of a year", "requests.json?start_date=2025-01-01T00:00:00Z&end_date=2026-01-01T00:00:00Z");
        yield return Get("start_date that is not a date", "requests.json?start_date=hom-qua");
        yield return Get("an impossible date (30 February)", "requests.json?start_date=2026-02-30T00:00:00Z");
        yield return Get("an unknown request", "requests/PAKN-2099-000001.json");
        yield return Get("an unknown service definition", "services/pothole.json");
        yield return Get("an unknown status", "requests.json?status=pending");
        yield return Get("a wrong jurisdiction_id", "services.json?jurisdiction_id=sfgov.org");
        yield return Get("a date without its time zone", "requests.json?start_date=2026-06-01T00:00:00");
        yield return Get("a query string of 20 000 characters", "requests.json?service_request_id=" + string.Join(",", Enumerable.Repeat("PAKN-2026-000001", 1_200)));
        // XML answers echo what was sent in their error messages: a character XML forbids must not break the writer.
        yield return Get("a control character in jurisdiction_id (XML)", "services.xml?jurisdiction_id=%01");
        yield return Get("a control character in status (XML)", "requests.xml?status=%01%EF%BF%BF");
        yield return Get("a control character in an unknown definition (XML)", "services/a%01b.xml");
    }

    private static IEnumerable<HostileCase> Catalog()
    {
        const string s = "GET /public/procedures";
        HostileCase Get(string name, string path) => Citizen(s, name, Refusal.Problem, _ => new HttpRequestMessage(HttpMethod.Get, RoutePrefixes.PublicProcedures + path));

        yield return Get("a published list of an unknown kind", "/lists/bi-mat");
        yield return Get("a published list as of 30/02", "/lists/online-full?asOf=2026-02-30");
        yield return Get("a published list as of a word", "/lists/online-full?asOf=hom-nay");
        yield return Get("a published list's workbook as of the year 99999", "/lists/one-stop/xlsx?asOf=99999-01-01");
        yield return Get("onlineLevel = bogus", "?onlineLevel=Level9");
        yield return Get("page = abc", "?page=abc");
        yield return Get("page past int", "?page=2147483648");
        yield return Get("the last page an int can hold", "?page=2147483647");
        yield return Get("pageSize = 1e99", "?pageSize=1e99");
        yield return Get("oneStop = maybe", "?oneStop=maybe");
        yield return Get("an unknown code", "/9.999999");
        yield return Get("a code with a control character", "/1.014199%07");
        yield return Get("a code with SQL", "/1.014199'%20OR%20'1'='1");
        yield return Get("a code of 3 000 characters", "/" + new string('1', 3_000));
        yield return Get("a query string of 20 000 characters", "?q=" + new string('t', 20_000));
        yield return Get("q with invalid percent-encoded UTF-8 and a page past int", "?q=%FF%FE&page=99999999999");
    }

    private static IEnumerable<HostileCase> Token()
    {
        const string s = "POST /connect/token";
        const string form = "application/x-www-form-urlencoded";
        HostileCase Post(string name, string body, string contentType = form) => Citizen(s, name, Refusal.OAuth, _ => Raw(HttpMethod.Post, $"{RoutePrefixes.Connect}/token", body, contentType));

        yield return Post("no grant_type", "client_id=vanphong-cli&username=a&password=b");
        yield return Post("an unknown grant_type", "grant_type=urn%3Aevil&client_id=vanphong-cli");
        yield return Post("as JSON", "{\"grant_type\":\"password\",\"client_id\":\"vanphong-cli\",\"username\":\"a\",\"password\":\"b\"}", Json);
        yield return Post("an unknown user", "grant_type=password&client_id=vanphong-cli&scope=api&username=khong-co-ai&password=x");
        yield return Post("a NUL in the user name", "grant_type=password&client_id=vanphong-cli&scope=api&username=vp.an%00admin&password=x");
        yield return Post("a user name of 20 000 characters", "grant_type=password&client_id=vanphong-cli&scope=api&password=x&username=" + new string('u', 20_000));
        yield return Post("grant_type twice", "grant_type=password&grant_type=client_credentials&client_id=vanphong-cli&username=a&password=b");
        yield return Post("an unknown client", "grant_type=client_credentials&client_id=ke-gian&client_secret=x");
        yield return Post("the integration client with a wrong secret", "grant_type=client_credentials&client_id=test-integration&client_secret=sai");
        yield return Post("a forged refresh token", "grant_type=refresh_token&client_id=vanphong-cli&refresh_token=" + ForgedToken());
        yield return Post("a forged authorization code", "grant_type=authorization_code&client_id=vanphong-cli&code=abc&redirect_uri=http%3A%2F%2Fevil");
        yield return Post("an unknown scope", "grant_type=password&client_id=vanphong-cli&scope=admin%20root&username=a&password=b");
        yield return Post("invalid UTF-8 in the password", "grant_type=password&client_id=vanphong-cli&scope=api&username=a&password=%FF%FE%C0");
        yield return Citizen(s, "GET instead of POST", Refusal.OAuth, _ => new HttpRequestMessage(HttpMethod.Get, $"{RoutePrefixes.Connect}/token?grant_type=password&username=a&password=b"));
    }

    private static IEnumerable<HostileCase> WebPages()
    {
        const string s = "web pages";
        const string form = "application/x-www-form-urlencoded";
        string Fields(HostileTargets t, string more) => $"__RequestVerificationToken={Uri.EscapeDataString(t.WebToken)}&Input.Kind=Reflection&Input.Category=implementation-difficulty"
            + "&Input.Name=L%C3%AA+V%C4%83n+C%C6%B0%E1%BB%9Dng&Input.Address=15+H%C3%B9ng+V%C6%B0%C6%A1ng&Input.Phone=0912345678&Input.ConsentToProcessing=true" + more;
        HostileCase Post(string name, string path, Func<HostileTargets, string> body) => Citizen(s, "POST " + name, Refusal.Page, t => Raw(HttpMethod.Post, path, body(t), form));
        HostileCase Get(string name, string path) => Citizen(s, "GET " + name, Refusal.Page, _ => new HttpRequestMessage(HttpMethod.Get, path));

        yield return Post("/phan-anh/gui without the antiforgery token", "/phan-anh/gui", _ => "Input.Content=H%E1%BB%93+s%C6%A1+qu%C3%A1+h%E1%BA%A1n&Input.ConsentToProcessing=true");
        yield return Post("/phan-anh/gui with a forged antiforgery token", "/phan-anh/gui", t => Fields(t with { WebToken = "CfDJ8forged" }, "&Input.Content=H%E1%BB%93+s%C6%A1+qu%C3%A1+h%E1%BA%A1n+gi%E1%BA%A3i+quy%E1%BA%BFt+nhi%E1%BB%81u+ng%C3%A0y"));
        yield return Post("/phan-anh/gui with no content", "/phan-anh/gui", t => Fields(t, ""));
        yield return Post("/phan-anh/gui with a NUL in the content", "/phan-anh/gui", t => Fields(t, "&Input.Content=H%E1%BB%93+s%C6%A1%00+qu%C3%A1+h%E1%BA%A1n+gi%E1%BA%A3i+quy%E1%BA%BFt+nhi%E1%BB%81u+ng%C3%A0y"));
        yield return Post("/phan-anh/gui with a script in the content", "/phan-anh/gui", t => Fields(t, "&Input.Content=%3Cscript%3Ealert(1)%3C%2Fscript%3E+H%E1%BB%93+s%C6%A1+qu%C3%A1+h%E1%BA%A1n+gi%E1%BA%A3i+quy%E1%BA%BFt"));
        yield return Post("/phan-anh/gui without consent", "/phan-anh/gui", t => Fields(t, "&Input.Content=H%E1%BB%93+s%C6%A1+qu%C3%A1+h%E1%BA%A1n+gi%E1%BA%A3i+quy%E1%BA%BFt+nhi%E1%BB%81u+ng%C3%A0y").Replace("&Input.ConsentToProcessing=true", ""));
        yield return Post("/phan-anh/gui with consent = maybe", "/phan-anh/gui", t => Fields(t, "&Input.Content=H%E1%BB%93+s%C6%A1+qu%C3%A1+h%E1%BA%A1n+gi%E1%BA%A3i+quy%E1%BA%BFt+nhi%E1%BB%81u+ng%C3%A0y").Replace("ConsentToProcessing=true", "ConsentToProcessing=maybe"));
        yield return Citizen(s, "POST /phan-anh/gui with a disguised attachment", Refusal.Page, t => DisguisedUpload(t));
        yield return Post("/phan-anh/tra-cuu with an unknown code", "/phan-anh/tra-cuu?ma=PAKN-2099-000001", t => $"__RequestVerificationToken={Uri.EscapeDataString(t.WebToken)}&Key=sai");
        yield return Post("/phan-anh/tra-cuu rating with the wrong key", "/phan-anh/tra-cuu?handler=rate", t => $"__RequestVerificationToken={Uri.EscapeDataString(t.WebToken)}&ma={t.TrackingCode}&Key=sai&Satisfied=true&Score=5");
        yield return Post("/phan-anh/tra-cuu rating with score 9", "/phan-anh/tra-cuu?handler=rate", t => $"__RequestVerificationToken={Uri.EscapeDataString(t.WebToken)}&ma={t.TrackingCode}&Key={Uri.EscapeDataString(t.LookupKey)}&Satisfied=true&Score=9");
        yield return Get("an unknown procedure", "/thu-tuc/9.999999");
        yield return Get("a plan of the year 99999", "/ke-hoach/99999");
        // The gateway refuses it before the page is asked: its answer is a problem, as for every too-long address.
        yield return new(s, "GET a query string of 20 000 characters", Sender.Citizen, Refusal.Problem, _ => new HttpRequestMessage(HttpMethod.Get, "/thu-tuc?q=" + new string('w', 20_000)));
    }

    private static IEnumerable<HostileCase> StaffFeedbackEntry()
    {
        const string s = "POST /api/feedback (staff entry)";
        HostileCase Entry(string name, Func<string> body) => new(s, name, Sender.OneStop, Refusal.Problem, _ => Raw(HttpMethod.Post, RoutePrefixes.Feedback, body(), Json));
        string Wrap(JsonObject feedback, string channel = "\"Post\"", string? receivedOn = null) =>
            $"{{\"feedback\":{feedback.ToJsonString(Plain)},\"channel\":{channel}{(receivedOn is null ? "" : ",\"receivedOn\":" + receivedOn)}}}";

        foreach (var file in DisguisedFiles())
        {
            yield return Entry($"attachment: {file.Name}", () => Wrap(Set(Pakn(), "attachments", $"[{Attachment(file.FileName, file.Content)}]")));
        }

        yield return Entry("attachment: not base64", () => Wrap(Set(Pakn(), "attachments", "[{\"fileName\":\"a.pdf\",\"contentBase64\":\"!!!\"}]")));
        yield return Entry("attachment of 3 MB", () => Wrap(Set(Pakn(), "attachments", $"[{Attachment("lon.pdf", [.. "%PDF-1.4\n"u8, .. new byte[3 * 1024 * 1024]])}]")));
        yield return Entry("an unknown channel", () => Wrap(Pakn(), "\"Pigeon\""));
        yield return Entry("the channel as a number", () => Wrap(Pakn(), "3"));
        yield return Entry("an impossible day received (30/02)", () => Wrap(Pakn(), receivedOn: "\"30/02/2026\""));
        yield return Entry("received in the year 99999", () => Wrap(Pakn(), receivedOn: "\"99999-01-01\""));
        yield return Entry("a backdated day without a reason", () => Wrap(Pakn(), receivedOn: "\"2001-01-01\""));
        yield return Entry("no feedback", () => "{\"channel\":\"Post\"}");
        yield return Entry("feedback misspelt", () => Wrap(Pakn()).Replace("\"feedback\":", "\"feedbacj\":"));
        yield return Entry("feedback = null", () => "{\"feedback\":null,\"channel\":\"Post\"}");
        yield return Entry("feedback twice", () => Wrap(Pakn()).Replace("{\"feedback\":", "{\"feedback\":{},\"feedback\":"));
        yield return Entry("a NUL in the content", () => Wrap(Set(Pakn(), "content", "\"Hồ sơ\\u0000 quá hạn giải quyết nhiều ngày rồi\"")));
    }

    private static IEnumerable<HostileCase> Evidence()
    {
        const string s = "POST /api/plans/items/{id}/progress (evidence)";
        HostileCase Report(string name, Func<JsonObject> body, Func<HostileTargets, Guid>? item = null) =>
            new(s, name, Sender.UnitStaff, Refusal.Problem, t => Raw(HttpMethod.Post, $"{RoutePrefixes.Plans}/items/{item?.Invoke(t) ?? t.PlanItem}/progress", body().ToJsonString(Plain), Json));
        JsonObject Valid(string? fileName = "bao-cao.pdf", byte[]? content = null) => new()
        {
            ["percent"] = 60,
            ["narrative"] = "Đã rà soát 12 thủ tục.",
            ["evidence"] = new JsonObject
            {
                ["documentNumber"] = "12/BC-QLDT", ["documentDate"] = "15/06/2026", ["description"] = "Báo cáo rà soát",
                ["fileName"] = fileName, ["contentBase64"] = Convert.ToBase64String(content ?? "%PDF-1.4\n% báo cáo\n"u8.ToArray()),
            },
        };

        // Evidence is kept, never read as a table: a workbook with a far cell is a harmless file there (it is refused
        // where spreadsheets are read: the plan and dossier imports).
        foreach (var file in DisguisedFiles().Where(f => !f.Name.Contains("ZZZZZZ1")))
        {
            yield return Report($"file: {file.Name}", () => Valid(file.FileName, file.Content));
        }

        yield return Report("file: not base64", () => Set(Valid(), "evidence.contentBase64", "\"@@@\""));
        yield return Report("file of 6 MB", () => Valid("lon.pdf", [.. "%PDF-1.4\n"u8, .. new byte[6 * 1024 * 1024]]));
        foreach (var (field, value) in new[]
                 {
                     ("evidence.documentDate", "\"30/02/2026\""), ("evidence.documentDate", "\"31/12/99999\""), ("evidence.documentDate", "\"hôm qua\""),
                     ("percent", "101"), ("percent", "-1"), ("percent", "\"sáu mươi\""), ("percent", "1e20"), ("percent", "2147483648"),
                     ("status", "\"Hacked\""), ("status", "7"), ("narrative", "\"Xong\\u0000\""), ("unitCode", "\"QHXD\""), ("evidence", "\"bao-cao.pdf\""),
                 })
        {
            yield return Report($"{field} = {value}", () => Set(Valid(), field, value));
        }

        yield return Report("an unknown item", () => Valid(), _ => Guid.NewGuid());
        yield return new(s, "percent twice", Sender.UnitStaff, Refusal.Problem, t => Raw(HttpMethod.Post, $"{RoutePrefixes.Plans}/items/{t.PlanItem}/progress", Valid().ToJsonString(Plain).Replace("\"percent\":60", "\"percent\":100,\"percent\":60"), Json));
        yield return new(s, "malformed JSON", Sender.UnitStaff, Refusal.Problem, t => Raw(HttpMethod.Post, $"{RoutePrefixes.Plans}/items/{t.PlanItem}/progress", Valid().ToJsonString(Plain)[..30], Json));
    }

    private static IEnumerable<HostileCase> PlanImports()
    {
        const string s = "POST /api/plans/import (xlsx, text, JSON)";
        HostileCase Xlsx(string name, Func<byte[]> body) => new(s, "xlsx: " + name, Sender.Office, Refusal.Problem, _ => Raw(HttpMethod.Post, $"{RoutePrefixes.Plans}/import/xlsx", body(), VanPhong.Documents.Spreadsheet.ContentType));
        HostileCase Text(string name, Func<byte[]> body) => new(s, "text: " + name, Sender.Office, Refusal.Problem, _ => Raw(HttpMethod.Post, $"{RoutePrefixes.Plans}/import/text", body(), "text/plain"));
        HostileCase JsonImport(string name, Func<string> body) => new(s, "JSON: " + name, Sender.Office, Refusal.Problem, _ => Raw(HttpMethod.Post, $"{RoutePrefixes.Plans}/import", body(), Json));
        var validText = PlanFixtures.Text(2099);

        foreach (var file in DisguisedFiles())
        {
            yield return Xlsx(file.Name, () => file.Content);
        }

        yield return Xlsx("a .docx sent as a spreadsheet", DocxPackage);
        yield return Xlsx("a spreadsheet cut in half", () => { var x = ValidXlsx(); return x[..(x.Length / 2)]; });
        yield return Xlsx("a spreadsheet with its first kilobyte zeroed", () => { var x = ValidXlsx(); Array.Clear(x, 30, Math.Min(1024, x.Length - 30)); return x; });
        yield return Xlsx("the plan's text sent as a spreadsheet", () => Encoding.UTF8.GetBytes(validText));
        yield return Xlsx("a spreadsheet without the plan's sheets", () => VanPhong.Documents.Spreadsheet.Write(new VanPhong.Documents.SheetContent("Trang tính", ["x"], ["a", "b"], [["1", "2"]])));
        yield return Text("empty", () => []);
        yield return Text("invalid UTF-8", () => [.. Encoding.UTF8.GetBytes(validText[..50]), 0xFF, 0xFE, 0xC0, .. Encoding.UTF8.GetBytes(validText[50..])]);
        yield return Text("UTF-16", () => Encoding.Unicode.GetBytes(validText));
        yield return Text("binary (an EXE)", () => [0x4D, 0x5A, 0x90, 0x00, 0x03, 0x00, 0x00, 0x00]);
        yield return Text("no appendix header", () => Encoding.UTF8.GetBytes(validText.Replace("TT\tNội dung công việc", "STT\tViệc")));
        yield return Text("NUL bytes inside", () => Encoding.UTF8.GetBytes(validText.Replace("Văn phòng", "Văn\0phòng")));
        yield return Text("the year 99999", () => Encoding.UTF8.GetBytes(validText.Replace("2099", "99999")));
        yield return Text("one line of 2 MB", () => Encoding.UTF8.GetBytes(new string('I', 2 * 1024 * 1024)));
        yield return JsonImport("malformed", () => "{\"year\": 2099, \"title\": ");
        yield return JsonImport("year twice", () => PlanJson(2099).Replace("\"year\":2099", "\"year\":2099,\"year\":2100"));
        yield return JsonImport("the year 0", () => PlanJson(0));
        yield return JsonImport("the year 100000", () => PlanJson(100_000));
        yield return JsonImport("the year as a string", () => PlanJson(2099).Replace("\"year\":2099", "\"year\":\"hai nghìn\""));
        yield return JsonImport("a budget past long", () => PlanJson(2099).Replace("\"budget\":5000000", "\"budget\":99999999999999999999999"));
        yield return JsonImport("a negative budget", () => PlanJson(2099).Replace("\"budget\":5000000", "\"budget\":-5"));
        yield return JsonImport("no sections", () => PlanJson(2099, withSections: false));
        yield return JsonImport("a NUL in the title", () => PlanJson(2099).Replace("\"title\":\"", "\"title\":\"\\u0000"));
    }

    private static IEnumerable<HostileCase> DossierImports()
    {
        const string s = "POST /api/reports/dossiers (file, JSON)";
        const string header = "ma_tthc,truc_tuyen,truc_tiep,buu_chinh,ky_truoc,truoc_han,dung_han,qua_han,dang_trong_han,dang_qua_han,so_hoa_ho_so,so_hoa_ket_qua";
        const string period = "?from=2030-01-15&to=2030-02-14";
        HostileCase File(string name, Func<byte[]> body, string query = period) =>
            new(s, "file: " + name, Sender.Office, Refusal.Problem, _ => Raw(HttpMethod.Post, $"{RoutePrefixes.Reports}/dossiers/import" + query, body(), "text/csv"));
        HostileCase Csv(string name, string rows, string query = period) => File(name, () => Encoding.UTF8.GetBytes(header + "\n" + rows), query);
        HostileCase Rows(string name, string body) => new(s, "JSON: " + name, Sender.Office, Refusal.Problem, _ => Raw(HttpMethod.Post, $"{RoutePrefixes.Reports}/dossiers", body, Json));
        const string row = "1.014199,5,3,0,1,2,4,1,2,0,7,6";

        foreach (var file in DisguisedFiles())
        {
            yield return File(file.Name, () => file.Content);
        }

        yield return File("a spreadsheet cut in half", () => { var x = ValidXlsx(); return x[..(x.Length / 2)]; });
        yield return File("a .docx", DocxPackage);
        yield return File("6 MB", () => Encoding.UTF8.GetBytes(header + "\n" + string.Concat(Enumerable.Repeat(row + "\n", 6 * 1024 * 1024 / row.Length))));
        yield return new(s, "file: a chunked 6 MB", Sender.Office, Refusal.Problem, _ => Chunked(HttpMethod.Post, $"{RoutePrefixes.Reports}/dossiers/import" + period,
            Encoding.UTF8.GetBytes(header + "\n" + string.Concat(Enumerable.Repeat(row + "\n", 6 * 1024 * 1024 / row.Length))), "text/csv"));
        yield return Csv("from after to", row, "?from=2030-02-14&to=2030-01-15");
        yield return Csv("an impossible day (30 February)", row, "?from=2030-01-30&to=2030-02-30");
        yield return Csv("the year 99999", row, "?from=99999-01-01&to=99999-02-01");
        yield return Csv("no period", row, "");
        yield return Csv("a negative count", "1.014199,-5,3,0,1,2,4,1,2,0,7,6");
        yield return Csv("a count past int", "1.014199,2147483648,3,0,1,2,4,1,2,0,7,6");
        yield return Csv("a count in words", "1.014199,năm,3,0,1,2,4,1,2,0,7,6");
        yield return Csv("a NUL in the code", "1.014\0199,5,3,0,1,2,4,1,2,0,7,6");
        yield return Csv("a formula in a cell", "=HYPERLINK(\"http://evil\"),5,3,0,1,2,4,1,2,0,7,6");
        yield return Csv("a path-traversal procedure code", "../../etc/passwd,5,3,0,1,2,4,1,2,0,7,6");
        yield return File("invalid UTF-8", () => [.. Encoding.UTF8.GetBytes(header + "\n1.01"), 0xFF, 0xC0, .. Encoding.UTF8.GetBytes("4199,5,3,0,1,2,4,1,2,0,7,6")]);
        yield return File("header only", () => Encoding.UTF8.GetBytes(header));
        yield return File("a file name with path traversal", () => Encoding.UTF8.GetBytes(header + "\n1.014199,-5,3,0,1,2,4,1,2,0,7,6"), period + "&fileName=..%2F..%2F..%2Fetc%2Fpasswd");
        yield return Rows("no rows", "{\"from\":\"2030-01-15\",\"to\":\"2030-02-14\",\"rows\":null}");
        yield return Rows("a row that is null", "{\"from\":\"2030-01-15\",\"to\":\"2030-02-14\",\"rows\":[null]}");
        yield return Rows("a negative count", "{\"from\":\"2030-01-15\",\"to\":\"2030-02-14\",\"rows\":[{\"procedureCode\":\"1.014199\",\"receivedOnline\":-1}]}");
        yield return Rows("a count as a string", "{\"from\":\"2030-01-15\",\"to\":\"2030-02-14\",\"rows\":[{\"procedureCode\":\"1.014199\",\"receivedOnline\":\"5\"}]}");
        yield return Rows("an impossible date", "{\"from\":\"2030-02-30\",\"to\":\"2030-03-14\",\"rows\":[]}");
        yield return Rows("from twice", "{\"from\":\"2030-01-15\",\"from\":\"2000-01-01\",\"to\":\"2030-02-14\",\"rows\":[]}");
        yield return Rows("no period", "{\"rows\":[]}");
    }

    // ---- Valid bodies to break ----

    /// <summary>A valid PAKN (consent given), each with its own content so that none is a duplicate of another.</summary>
    private static JsonObject Pakn(bool withAttachment = false)
    {
        var pakn = new JsonObject
        {
            ["kind"] = "Reflection",
            ["category"] = "implementation-difficulty",
            ["content"] = $"Hồ sơ số {Interlocked.Increment(ref _serial)} đề nghị cấp giấy phép lao động cho người nước ngoài đã quá thời hạn giải quyết nhưng chưa có kết quả.",
            ["submitter"] = new JsonObject { ["name"] = "Lê Văn Cường", ["address"] = "15 Hùng Vương, thị xã Ninh Hòa, Khánh Hòa", ["phone"] = "0912345678" },
            ["procedureCode"] = "1.014199",
            ["consentToPublish"] = true,
            ["consentToProcessing"] = true,
        };
        if (withAttachment)
        {
            pakn["attachments"] = JsonNode.Parse($"[{Attachment()}]");
        }

        return pakn;
    }

    private static string Attachment(string fileName = "bien-nhan.pdf", byte[]? content = null) =>
        new JsonObject { ["fileName"] = fileName, ["contentBase64"] = Convert.ToBase64String(content ?? "%PDF-1.4\n% biên nhận\n"u8.ToArray()) }.ToJsonString(Plain);

    private static string PlanJson(int year, bool withSections = true)
    {
        var node = System.Text.Json.JsonSerializer.SerializeToNode(PlanFixtures.Document(year), new System.Text.Json.JsonSerializerOptions(System.Text.Json.JsonSerializerDefaults.Web))!.AsObject();
        if (!withSections)
        {
            node["sections"] = new JsonArray();
        }

        return node.ToJsonString(Plain);
    }

    private static byte[] ValidXlsx() => VanPhong.Plans.Documents.PlanSpreadsheet.Write(PlanFixtures.Document(2099));

    /// <summary>A real Word package: a zip with [Content_Types].xml and word/document.xml.</summary>
    private static byte[] DocxPackage()
    {
        using var stream = new MemoryStream();
        using (var zip = new System.IO.Compression.ZipArchive(stream, System.IO.Compression.ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (entry, text) in new[]
                     {
                         ("[Content_Types].xml", "<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>"),
                         ("word/document.xml", "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"/>"),
                     })
            {
                using var writer = new StreamWriter(zip.CreateEntry(entry).Open());
                writer.Write(text);
            }
        }

        return stream.ToArray();
    }

    // ---- Mutations ----

    /// <summary>Sets a field by path ("submitter.name", "attachments[0].fileName") to raw JSON.</summary>
    private static JsonObject Set(JsonObject root, string path, string rawJson)
    {
        var (parent, last) = Walk(root, path);
        var value = JsonNode.Parse(rawJson);
        if (last is int index)
        {
            parent.AsArray()[index] = value;
        }
        else
        {
            parent.AsObject()[(string)last] = value;
        }

        return root;
    }

    private static JsonObject Remove(JsonObject root, string field)
    {
        root.Remove(field);
        return root;
    }

    private static (JsonNode Parent, object Last) Walk(JsonNode root, string path)
    {
        var steps = path.Replace("]", "").Split('.', '[').Select(p => int.TryParse(p, out var i) ? (object)i : p).ToList();
        var node = root;
        foreach (var step in steps[..^1])
        {
            node = step is int i ? node[i]! : node[(string)step] ??= new JsonObject();
        }

        return (node, steps[^1]);
    }

    /// <summary>The body with the field given twice: first a hostile value, then the valid one.</summary>
    private static string Duplicate(JsonObject root, string field)
    {
        var json = root.ToJsonString(Plain);
        var valid = root[field]!.ToJsonString(Plain);
        var hostile = root[field] is JsonValue ? "\"giá trị thứ hai\"" : valid;
        return json.Replace($"\"{field}\":{valid}", $"\"{field}\":{hostile},\"{field}\":{valid}");
    }

    private static byte[] Splice(string json, string at, byte[] bytes)
    {
        var index = json.IndexOf(at, StringComparison.Ordinal);
        return [.. Encoding.UTF8.GetBytes(json[..index]), .. bytes, .. Encoding.UTF8.GetBytes(json[index..])];
    }

    private static string Quote(string text) => System.Text.Json.JsonSerializer.Serialize(text);

    private static byte[] Padded(int bytes) => Encoding.UTF8.GetBytes("{\"content\":\"" + new string('x', bytes) + "\"}");

    /// <summary>A token that looks like a JWT and is signed by no one.</summary>
    private static string ForgedToken() =>
        $"{Base64Url("{\"alg\":\"none\",\"typ\":\"JWT\"}")}.{Base64Url("{\"sub\":\"admin\",\"role\":\"Administrator\",\"exp\":4102444800}")}.";

    private static string Base64Url(string text) => Convert.ToBase64String(Encoding.UTF8.GetBytes(text)).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    // ---- Requests ----

    private static HostileCase Citizen(string surface, string name, Refusal refusal, Func<HostileTargets, HttpRequestMessage> build) => new(surface, name, Sender.Citizen, refusal, build);

    private static HttpRequestMessage Raw(HttpMethod method, string path, string body, string contentType) => Raw(method, path, Encoding.UTF8.GetBytes(body), contentType);

    private static HttpRequestMessage Raw(HttpMethod method, string path, byte[] body, string contentType)
    {
        var content = new ByteArrayContent(body);
        content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        return new HttpRequestMessage(method, path) { Content = content };
    }

    /// <summary>The body without a Content-Length: sent in chunks, so only a limit on what is read can stop it.</summary>
    private static HttpRequestMessage Chunked(HttpMethod method, string path, byte[] body, string contentType)
    {
        var content = new StreamContent(new UnknownLengthStream(body));
        content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        var request = new HttpRequestMessage(method, path) { Content = content };
        request.Headers.TransferEncodingChunked = true;
        return request;
    }

    private static HttpRequestMessage WithHeader(HttpRequestMessage request, string name, string value)
    {
        request.Headers.TryAddWithoutValidation(name, value);
        return request;
    }

    private static HttpRequestMessage WithBearer(HttpRequestMessage request, string token)
    {
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return request;
    }

    private static HttpRequestMessage DisguisedUpload(HostileTargets t)
    {
        var form = new MultipartFormDataContent
        {
            { new StringContent(t.WebToken), "__RequestVerificationToken" },
            { new StringContent("Reflection"), "Input.Kind" },
            { new StringContent("implementation-difficulty"), "Input.Category" },
            { new StringContent("Hồ sơ xin cấp giấy phép xây dựng đã quá thời hạn giải quyết nhiều ngày."), "Input.Content" },
            { new StringContent("Lê Văn Cường"), "Input.Name" },
            { new StringContent("15 Hùng Vương"), "Input.Address" },
            { new StringContent("0912345678"), "Input.Phone" },
            { new StringContent("true"), "Input.ConsentToProcessing" },
        };
        var file = new ByteArrayContent("<html><script>alert(1)</script></html>"u8.ToArray());
        file.Headers.ContentType = new MediaTypeHeaderValue("application/pdf");
        form.Add(file, "Files", "giay-phep.pdf");
        return new HttpRequestMessage(HttpMethod.Post, "/phan-anh/gui") { Content = form };
    }

    /// <summary>A stream that will not say how long it is.</summary>
    private sealed class UnknownLengthStream(byte[] content) : MemoryStream(content)
    {
        public override bool CanSeek => false;
    }
}
