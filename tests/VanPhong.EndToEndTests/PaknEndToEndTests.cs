using System.Net.Http.Json;
using System.Text.Json;
using VanPhong.Topology;

namespace VanPhong.EndToEndTests;

/// <summary>A PAKN through the real system started by the app host: gateway, services, broker, mail sink.</summary>
public sealed class PaknEndToEndTests(SystemUnderTest system)
{
    private readonly CancellationToken _ct = TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_citizens_PAKN_is_handled_answered_and_published_redacted()
    {
        var admin = await system.AdminClientAsync();
        var office = await PersonAsync(admin, "e2e.vp", "VP", "OfficeStaff");
        var unit = await PersonAsync(admin, "e2e.qldt", "QLDT", "UnitStaff");
        var leader = await PersonAsync(admin, "e2e.ldb", "LDB", "Leadership");

        var submitted = await system.Gateway.PostAsJsonAsync(RoutePrefixes.PublicFeedback, new
        {
            kind = "Reflection",
            category = "implementation-difficulty",
            content = "Tôi là Hồ Văn Khải (0905 222 333), hồ sơ đăng ký đầu tư của công ty tôi đã quá hạn giải quyết.",
            submitter = new { name = "Hồ Văn Khải", address = "Vạn Giã, Vạn Ninh", phone = "0905222333" },
            consentToPublish = true,
            consentToProcessing = true,
        }, _ct);
        submitted.EnsureSuccessStatusCode();
        var code = (await submitted.Content.ReadFromJsonAsync<JsonElement>(_ct)).GetProperty("trackingCode").GetString()!;

        // The units reach the feedback service by events; assignment waits for them.
        var id = await RetryAsync(async () => (await office.GetFromJsonAsync<List<JsonElement>>($"{RoutePrefixes.Feedback}?q={code}", _ct))!.Single().GetProperty("id").GetGuid());
        (await office.PostAsJsonAsync($"{RoutePrefixes.Feedback}/{id}/classify", new { outcome = "WithinAuthority" }, _ct)).EnsureSuccessStatusCode();
        await RetryAsync(async () => (await office.PostAsJsonAsync($"{RoutePrefixes.Feedback}/{id}/assign", new { leadUnit = "QLDT" }, _ct)).EnsureSuccessStatusCode());
        (await unit.PostAsync($"{RoutePrefixes.Feedback}/{id}/start", null, _ct)).EnsureSuccessStatusCode();
        (await unit.PostAsJsonAsync($"{RoutePrefixes.Feedback}/{id}/draft", new { answer = "Hồ sơ của ông Hồ Văn Khải đã được giải quyết.", legalBasis = "Luật Đầu tư 2020" }, _ct)).EnsureSuccessStatusCode();
        (await leader.PostAsJsonAsync($"{RoutePrefixes.Feedback}/{id}/approve", new { }, _ct)).EnsureSuccessStatusCode();
        (await office.PostAsJsonAsync($"{RoutePrefixes.Feedback}/{id}/send", new { }, _ct)).EnsureSuccessStatusCode();
        (await office.PostAsync($"{RoutePrefixes.Feedback}/{id}/publish", null, _ct)).EnsureSuccessStatusCode();

        var published = await system.Gateway.GetStringAsync($"{RoutePrefixes.PublicFeedback}/answers?q=dang ky dau tu", _ct);
        Assert.Contains(code, published);
        Assert.DoesNotContain("Hồ Văn Khải", System.Text.RegularExpressions.Regex.Unescape(published));
        Assert.DoesNotContain("0905 222 333", System.Text.RegularExpressions.Regex.Unescape(published));
    }

    private async Task<HttpClient> PersonAsync(HttpClient admin, string userName, string unit, string role)
    {
        const string password = "E2e-Nhan-Vien-2026!";
        (await admin.PostAsJsonAsync($"{RoutePrefixes.Identity}/users", new { userName, fullName = userName, unitCode = unit, roles = new[] { role }, password }, _ct)).EnsureSuccessStatusCode();
        return await system.PersonClientAsync(userName, password, secondFactor: role is "Leadership" or "Administrator");
    }

    private async Task<T> RetryAsync<T>(Func<Task<T>> action)
    {
        for (var attempt = 0; ; attempt++)
        {
            try
            {
                return await action();
            }
            catch (Exception) when (attempt < 50)
            {
                await Task.Delay(200, _ct);
            }
        }
    }

    private Task RetryAsync(Func<Task> action) => RetryAsync(async () =>
    {
        await action();
        return true;
    });
}
