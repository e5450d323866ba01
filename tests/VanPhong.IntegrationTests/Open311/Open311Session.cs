using System.Net.Http.Json;
using System.Runtime.CompilerServices;
using System.Text.Json;
using System.Xml.Linq;
using VanPhong.IntegrationTests.Infrastructure;
using VanPhong.Topology;

namespace VanPhong.IntegrationTests.Open311;

/// <summary>What an Open311 client does: get a key from the administrator, post forms, read XML and JSON answers.</summary>
public static class Open311Session
{
    public const string Base = $"{RoutePrefixes.PublicOpen311}/v2";

    public const string Jurisdiction = "bqlkkt-vanphong.khanhhoa.gov.vn";

    private static readonly ConditionalWeakTable<Platform, Task<string>> Keys = [];

    /// <summary>One key per platform, issued by the administrator as a third-party application would get it.</summary>
    public static Task<string> KeyAsync(Platform platform) => Keys.GetValue(platform, p => IssueAsync(p, "Ứng dụng thử Open311"));

    public static async Task<string> IssueAsync(Platform platform, string application)
    {
        var admin = await platform.ClientForAsync(TestUsers.Admin);
        var issued = await admin.PostAsJsonAsync($"{RoutePrefixes.Feedback}/open311/keys", new { application });
        issued.EnsureSuccessStatusCode();
        return (await issued.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("key").GetString()!;
    }

    /// <summary>A form every service accepts: description, the submitter, a location, consent; <paramref name="change"/> adjusts it.</summary>
    public static Dictionary<string, string> Form(string serviceCode = "implementation-difficulty", Action<Dictionary<string, string>>? change = null)
    {
        var form = new Dictionary<string, string>
        {
            ["service_code"] = serviceCode,
            ["description"] = $"Hồ sơ số {Random.Shared.Next(100_000, 999_999)} đề nghị cấp giấy phép xây dựng tại Khu kinh tế Vân Phong đã quá thời hạn giải quyết nhưng chưa có kết quả.",
            ["first_name"] = "Văn Minh",
            ["last_name"] = "Trương",
            ["phone"] = "09" + Random.Shared.Next(10_000_000, 99_999_999),
            ["email"] = $"minh.{Random.Shared.Next(1000, 9999)}@example.vn",
            ["address_string"] = "Cảng Nam Vân Phong, xã Vạn Thạnh, tỉnh Khánh Hòa",
            ["attribute[submitter_address]"] = "27 Yersin, phường Nha Trang, tỉnh Khánh Hòa",
            ["attribute[consent]"] = "true",
        };
        change?.Invoke(form);
        return form;
    }

    public static async Task<HttpResponseMessage> PostAsync(Platform platform, Dictionary<string, string> form, string format = "json", bool withKey = true)
    {
        var body = new List<KeyValuePair<string, string>>(form);
        if (withKey && !form.ContainsKey("api_key"))
        {
            body.Add(new("api_key", await KeyAsync(platform)));
        }

        return await platform.Anonymous.PostAsync($"{Base}/requests.{format}", new FormUrlEncodedContent(body));
    }

    /// <summary>Posts and returns the service_request_id, failing with the answer when the request is not created.</summary>
    public static async Task<string> CreateAsync(Platform platform, Dictionary<string, string> form)
    {
        var response = await PostAsync(platform, form);
        var text = await response.Content.ReadAsStringAsync();
        if (!response.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"Open311 POST failed: {(int)response.StatusCode} {text}");
        }

        return JsonDocument.Parse(text).RootElement[0].GetProperty("service_request_id").GetString()!;
    }

    public static async Task<XDocument> XmlAsync(HttpResponseMessage response) => XDocument.Parse(await response.Content.ReadAsStringAsync());

    public static async Task<JsonElement> JsonAsync(HttpResponseMessage response) => JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;

    public static async Task<JsonElement> RequestAsync(Platform platform, string id) =>
        (await JsonAsync(await platform.Anonymous.GetAsync($"{Base}/requests/{id}.json")))[0];
}
