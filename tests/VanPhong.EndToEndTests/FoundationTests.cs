using System.Net;
using System.Net.Http.Json;
using VanPhong.Topology;

namespace VanPhong.EndToEndTests;

public sealed class FoundationTests(SystemUnderTest system)
{
    private readonly CancellationToken _ct = TestContext.Current.CancellationToken;

    [Fact]
    public async Task Every_service_is_healthy_behind_the_gateway()
    {
        foreach (var service in SystemUnderTest.Services)
        {
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(_ct);
            timeout.CancelAfter(TimeSpan.FromSeconds(60));
            await system.App.ResourceNotifications.WaitForResourceHealthyAsync(service, timeout.Token);
        }

        Assert.Equal(HttpStatusCode.OK, (await system.Gateway.GetAsync("/health", _ct)).StatusCode);
    }

    [Fact]
    public async Task Every_project_runs_from_its_build_without_a_dotnet_run_launcher()
    {
        foreach (var resource in SystemUnderTest.Services.Append(ResourceNames.Web).Append(ResourceNames.Gateway))
        {
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(_ct);
            timeout.CancelAfter(TimeSpan.FromSeconds(60));
            var running = await system.App.ResourceNotifications.WaitForResourceAsync(resource,
                e => e.Snapshot.Properties.Any(p => p.Name == "executable.pid" && p.Value is not null), timeout.Token);
            var pid = Convert.ToInt32(running.Snapshot.Properties.Single(p => p.Name == "executable.pid").Value);

            // The process Aspire started is the project's own executable in its build output, not `dotnet run` around it.
            var commandLine = File.ReadAllText($"/proc/{pid}/cmdline").Split('\0', StringSplitOptions.RemoveEmptyEntries);
            Assert.Matches(@"/bin/(Debug|Release)/net\d+\.\d+/VanPhong\.\w+$", commandLine[0]);
            Assert.DoesNotContain("run", commandLine);
        }
    }

    [Fact]
    public async Task A_citizen_submission_through_the_gateway_is_counted_by_reporting()
    {
        var today = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(7));
        var summaryUrl = $"{RoutePrefixes.Reports}/feedback/summary?from={today.AddDays(-1):yyyy-MM-dd}&to={today.AddDays(1):yyyy-MM-dd}";
        var reports = await system.IntegrationClientAsync();
        var before = (await reports.GetFromJsonAsync<Summary>(summaryUrl, _ct))!.Received;

        var response = await system.Gateway.PostAsJsonAsync(RoutePrefixes.PublicFeedback, new
        {
            kind = "Recommendation",
            category = "solution-proposal",
            content = "Đề nghị cho phép nộp bản sao điện tử thay cho bản sao chứng thực khi xin giấy phép xây dựng trong khu kinh tế.",
            submitter = new { type = "Organisation", name = "Hoàng Văn Em", organisation = "Công ty TNHH Cảng Vân Phong", address = "Khu kinh tế Vân Phong, Khánh Hòa", email = "lienhe@example.vn" },
            consentToProcessing = true,
        }, _ct);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var deadline = DateTime.UtcNow.AddSeconds(30);
        int received;
        do
        {
            received = (await reports.GetFromJsonAsync<Summary>(summaryUrl, _ct))!.Received;
            if (received > before)
            {
                break;
            }

            await Task.Delay(200, _ct);
        }
        while (DateTime.UtcNow < deadline);

        Assert.True(received > before, $"reporting still counts {received} PAKN after the submission (before: {before})");
    }

    [Fact]
    public async Task The_gateway_serves_every_service_api_document_and_the_docs_page()
    {
        foreach (var service in SystemUnderTest.Services)
        {
            var document = await system.Gateway.GetAsync($"/openapi/{service}/v1.json", _ct);
            Assert.Equal(HttpStatusCode.OK, document.StatusCode);
            Assert.Contains("\"openapi\"", await document.Content.ReadAsStringAsync(_ct));
        }

        var feedback = await system.Gateway.GetStringAsync("/openapi/feedback/v1.json", _ct);
        Assert.Contains(RoutePrefixes.PublicFeedback, feedback);
        Assert.Equal(HttpStatusCode.OK, (await system.Gateway.GetAsync("/docs", _ct)).StatusCode);
    }

    [Fact]
    public async Task Staff_endpoints_refuse_anonymous_callers_and_accept_a_token_from_the_identity_service()
    {
        Assert.Equal(HttpStatusCode.Unauthorized, (await system.Gateway.GetAsync($"{RoutePrefixes.Feedback}/audit", _ct)).StatusCode);

        // The feedback service validates the administrator's token with keys it fetched from the identity service.
        var admin = await system.AdminClientAsync();
        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync($"{RoutePrefixes.Feedback}/audit", _ct)).StatusCode);
        var units = await admin.GetFromJsonAsync<List<Unit>>($"{RoutePrefixes.Identity}/units", _ct);
        Assert.Contains(units!, u => u.Code == "VP" && u.Name == "Văn phòng");
    }

    [Fact]
    public async Task The_seeded_2023_plan_is_public_through_the_gateway()
    {
        var plan = await system.Gateway.GetFromJsonAsync<System.Text.Json.JsonElement>($"{RoutePrefixes.PublicPlans}/2023", _ct);

        // The end-to-end system is shared by every test, and the staff-pages test adds an item to this plan (with a
        // code numbered 100 or above), so this counts the seeded items by their codes rather than the plan's total.
        var seeded = plan.GetProperty("sections").EnumerateArray().ToDictionary(
            s => s.GetProperty("code").GetString()!,
            s => s.GetProperty("items").EnumerateArray().Count(i =>
                !i.GetProperty("isGroup").GetBoolean() && int.Parse(i.GetProperty("code").GetString()!.Split('.')[^1]) < 100));
        Assert.Equal(new Dictionary<string, int> { ["I"] = 1, ["II"] = 5, ["III"] = 13, ["IV"] = 1, ["V"] = 3, ["VI"] = 3, ["VII"] = 2, ["VIII"] = 1 }, seeded);
        Assert.True(plan.GetProperty("progress").GetProperty("items").GetInt32() >= 29);
        Assert.Equal("Kế hoạch kiểm soát thủ tục hành chính năm 2023 của Ban quản lý Khu kinh tế Vân Phong", plan.GetProperty("title").GetString());
    }

    private sealed record Summary(int Received);

    private sealed record Unit(string Code, string Name);
}
