using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using VanPhong.Topology;

namespace VanPhong.Fuzz;

/// <summary>Who sends an endpoint's requests.</summary>
public enum Caller
{
    Citizen,
    Office,
    OneStop,
}

/// <summary>
/// An endpoint with a valid request to mutate (a fresh one per request: its own content, so a valid one is never a
/// duplicate) and the tables a request to it could add rows to.
/// </summary>
public sealed record Endpoint(string Name, HttpMethod Method, string Path, string Query, string ContentType, Caller Caller, Func<int, string> Body, params (string Database, string Table)[] Stores);

public static class Endpoints
{
    private const string Json = "application/json";
    private const string Form = "application/x-www-form-urlencoded";
    private const string Password = "Fuzz-Nguoi-Dung-2026!";

    public static IReadOnlyList<Endpoint> All(string trackingCode, string lookupKey) =>
    [
        new("POST /public/feedback", HttpMethod.Post, RoutePrefixes.PublicFeedback, "", Json, Caller.Citizen, Pakn,
            (ResourceNames.FeedbackDb, "FeedbackCases"), (ResourceNames.FeedbackDb, "FeedbackAttachments")),
        new("POST /public/feedback/{code}/rating", HttpMethod.Post, $"{RoutePrefixes.PublicFeedback}/{trackingCode}/rating", "", Json, Caller.Citizen,
            _ => JsonSerializer.Serialize(new { key = lookupKey, satisfied = false, score = 2, comment = "Chưa rõ căn cứ pháp lý." }),
            (ResourceNames.FeedbackDb, "OutboxMessages")),
        new("POST /public/open311/v2/requests.json", HttpMethod.Post, RoutePrefixes.PublicOpen311 + "/v2/requests.json", "", Form, Caller.Citizen,
            n => $"service_code=implementation-difficulty&first_name=C%C6%B0%E1%BB%9Dng&last_name=L%C3%AA&phone=09{n:D8}&address_string=Ninh+H%C3%B2a"
                 + $"&attribute%5Bconsent_to_processing%5D=true&description=H%E1%BB%93+s%C6%A1+s%E1%BB%91+{n}+xin+c%E1%BA%A5p+gi%E1%BA%A5y+ph%C3%A9p+x%C3%A2y+d%E1%BB%B1ng+%C4%91%C3%A3+qu%C3%A1+h%E1%BA%A1n",
            (ResourceNames.FeedbackDb, "FeedbackCases")),
        new("GET /public/open311/v2/requests.json", HttpMethod.Get, RoutePrefixes.PublicOpen311 + "/v2/requests.json", "?start_date=2026-01-01T00:00:00Z&end_date=2026-03-01T00:00:00Z&status=open", "", Caller.Citizen, _ => ""),
        new("GET /public/feedback/answers", HttpMethod.Get, RoutePrefixes.PublicFeedback + "/answers", "?q=ho+so&category=implementation-difficulty&page=1", "", Caller.Citizen, _ => ""),
        new("GET /public/procedures", HttpMethod.Get, RoutePrefixes.PublicProcedures, "?q=giay+phep&onlineLevel=Full&oneStop=true&page=1&pageSize=20", "", Caller.Citizen, _ => ""),
        new("GET /public/plans/{year}", HttpMethod.Get, RoutePrefixes.PublicPlans + "/2023", "?lang=vi", "", Caller.Citizen, _ => ""),
        new("POST /connect/token", HttpMethod.Post, RoutePrefixes.Connect + "/token", "", Form, Caller.Citizen,
            _ => "grant_type=password&client_id=vanphong-cli&scope=vanphong.api&username=fuzz.khong-co&password=sai-mat-khau"),
        new("POST /api/feedback (staff entry)", HttpMethod.Post, RoutePrefixes.Feedback, "", Json, Caller.OneStop,
            n => $"{{\"feedback\":{Pakn(n)},\"channel\":\"Post\"}}", (ResourceNames.FeedbackDb, "FeedbackCases"), (ResourceNames.FeedbackDb, "FeedbackAttachments")),
        new("POST /api/plans/import/text", HttpMethod.Post, RoutePrefixes.Plans + "/import/text", "", "text/plain", Caller.Office,
            _ => "KẾ HOẠCH\nKiểm soát thủ tục hành chính năm 2090 của Ban quản lý Khu kinh tế Vân Phong\n"
                 + "TT\tNội dung công việc\tThời gian thực hiện\tĐơn vị thực hiện\tĐơn vị phối hợp\tKết quả\n"
                 + "I\tKiểm soát chất lượng\t\t\t\t\n1\tĐánh giá tác động TTHC\tThường xuyên trong năm 2090\tVăn phòng\t\tDự thảo được đánh giá\n",
            (ResourceNames.PlansDb, "Plans"), (ResourceNames.PlansDb, "PlanItems")),
        new("POST /api/reports/dossiers/import", HttpMethod.Post, RoutePrefixes.Reports + "/dossiers/import", "?from=2030-01-15&to=2030-02-14", "text/csv", Caller.Office,
            _ => "ma_tthc,truc_tuyen,truc_tiep,buu_chinh,ky_truoc,truoc_han,dung_han,qua_han,dang_trong_han,dang_qua_han,so_hoa_ho_so,so_hoa_ket_qua\n1.014199,5,3,0,1,2,4,1,2,0,7,6\n",
            (ResourceNames.ReportingDb, "DossierStatistics"), (ResourceNames.ReportingDb, "DossierImports")),
    ];

    private static string Pakn(int n) => JsonSerializer.Serialize(new
    {
        kind = "Reflection",
        category = "implementation-difficulty",
        content = $"Hồ sơ số {n} đề nghị cấp giấy phép lao động cho người nước ngoài đã quá thời hạn giải quyết nhưng chưa có kết quả.",
        submitter = new { name = "Lê Văn Cường", address = "15 Hùng Vương, thị xã Ninh Hòa", phone = $"09{n:D8}" },
        procedureCode = "1.014199",
        consentToProcessing = true,
        attachments = new[] { new { fileName = "bien-nhan.pdf", contentBase64 = Convert.ToBase64String("%PDF-1.4\n% biên nhận\n"u8.ToArray()) } },
    }, new JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });

    /// <summary>The clients: a citizen, and staff created by the administrator and signed in with the password grant.</summary>
    public static async Task<Dictionary<Caller, HttpClient>> ClientsAsync(HttpClient gateway, CancellationToken ct)
    {
        var admin = await SignInAsync(gateway, "admin", FuzzSystem.AdminPassword, ct);
        foreach (var (user, unit, role) in new[] { ("vp.fuzz", "VP", "OfficeStaff"), ("mc.fuzz", "MC", "OneStopStaff") })
        {
            var created = await admin.PostAsJsonAsync("/api/identity/users", new { userName = user, fullName = "Người thử " + user, unitCode = unit, roles = new[] { role }, password = Password }, ct);
            if (!created.IsSuccessStatusCode)
            {
                throw new InvalidOperationException($"Creating {user}: {(int)created.StatusCode} {await created.Content.ReadAsStringAsync(ct)}");
            }
        }

        return new()
        {
            [Caller.Citizen] = new HttpClient { BaseAddress = gateway.BaseAddress, Timeout = gateway.Timeout },
            [Caller.Office] = await SignInAsync(gateway, "vp.fuzz", Password, ct),
            [Caller.OneStop] = await SignInAsync(gateway, "mc.fuzz", Password, ct),
        };
    }

    /// <summary>A real PAKN, for the rating endpoint's code and key.</summary>
    public static async Task<(string Code, string Key)> SubmitAsync(HttpClient citizen, CancellationToken ct)
    {
        var response = await citizen.PostAsync(RoutePrefixes.PublicFeedback, new StringContent(Pakn(1), Encoding.UTF8, Json), ct);
        var receipt = await response.EnsureSuccessStatusCode().Content.ReadFromJsonAsync<JsonElement>(ct);
        return (receipt.GetProperty("trackingCode").GetString()!, receipt.GetProperty("lookupKey").GetString()!);
    }

    private static async Task<HttpClient> SignInAsync(HttpClient gateway, string user, string password, CancellationToken ct)
    {
        var response = await gateway.PostAsync("/connect/token", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "password",
            ["client_id"] = "vanphong-cli",
            ["username"] = user,
            ["password"] = password,
            ["scope"] = "vanphong.api",
        }), ct);
        var token = (await response.EnsureSuccessStatusCode().Content.ReadFromJsonAsync<JsonElement>(ct)).GetProperty("access_token").GetString();
        var client = new HttpClient { BaseAddress = gateway.BaseAddress, Timeout = gateway.Timeout };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }
}
