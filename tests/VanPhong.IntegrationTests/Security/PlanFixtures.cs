using System.Collections.Concurrent;
using System.Net.Http.Json;
using System.Text.Json;
using VanPhong.IntegrationTests.Infrastructure;
using VanPhong.Plans.Documents;
using VanPhong.Topology;

namespace VanPhong.IntegrationTests.Security;

/// <summary>Plans the authorization matrix acts on, so its requests never touch the seeded 2023 plan.</summary>
public static class PlanFixtures
{
    private static int _year = 2036;
    private static readonly ConcurrentDictionary<Platform, Task<Shared>> SharedPlans = new();
    private static readonly ConcurrentDictionary<Platform, Task<(Guid, Guid)>> Evidence = new();
    private static readonly ConcurrentDictionary<Platform, Task<(Guid, int)>> NeedsDate = new();

    public sealed record Shared(Guid PlanId, Guid QldtItem, Guid OfficeItem);

    /// <summary>A fresh year for every plan created: two active plans of one year are refused.</summary>
    public static int NextYear() => Interlocked.Increment(ref _year);

    public static PlanDocument Document(int year) => new(
        year, $"Kế hoạch kiểm soát thủ tục hành chính năm {year}", null, null, null, null, null, [], 5_000_000, null, null,
        [
            new SectionDocument("I", "Nhiệm vụ thử", [
                new ItemDocument("I.1", null, false, "Rà soát hồ sơ đầu tư", $"Trong năm {year}", "Phòng Quản lý Đầu tư", null, "Báo cáo rà soát"),
                new ItemDocument("I.2", null, false, "Tổng hợp số liệu", $"Trong năm {year}", "Văn phòng", "Phòng Quản lý Đầu tư", "Báo cáo tổng hợp"),
                .. Enumerable.Range(3, 8).Select(n => new ItemDocument($"I.{n}", null, false, $"Việc {n}", $"Trong năm {year}", "Văn phòng", null, null)),
            ]),
        ]);

    public static string Text(int year) =>
        $"KẾ HOẠCH\nKiểm soát thủ tục hành chính năm {year} của Ban quản lý Khu kinh tế Vân Phong\n"
        + "TT\tNội dung công việc\tThời gian thực hiện\tĐơn vị thực hiện\tĐơn vị phối hợp\tKết quả\n"
        + $"I\tKiểm soát chất lượng\t\t\t\t\n1\tĐánh giá tác động TTHC\tThường xuyên trong năm {year}\tVăn phòng\t\tDự thảo được đánh giá\n";

    /// <summary>One issued plan per platform for requests that do not use it up.</summary>
    public static Task<Shared> SharedAsync(Platform platform) => SharedPlans.GetOrAdd(platform, async p =>
    {
        var id = await NewPlanAsync(p, issued: true);
        var items = await (await p.ClientForAsync(TestUsers.Office)).GetFromJsonAsync<List<JsonElement>>($"{RoutePrefixes.Plans}/{id}/items");
        Guid Item(string code) => items!.Single(i => i.GetProperty("code").GetString() == code).GetProperty("id").GetGuid();
        return new Shared(id, Item("I.1"), Item("I.2"));
    });

    public static async Task<Guid> NewPlanAsync(Platform platform, bool issued, bool freeNextYear = false)
    {
        await platform.WaitForUnitsAsync();
        var office = await platform.ClientForAsync(TestUsers.Office);
        var year = NextYear();
        if (freeNextYear)
        {
            // Reserve the year after too, for the next year's plan.
            NextYear();
        }
        var created = await office.PostAsJsonAsync($"{RoutePrefixes.Plans}/import", Document(year));
        if (!created.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"Importing a plan for {year} failed: {await created.Content.ReadAsStringAsync()}");
        }

        var id = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        if (issued)
        {
            (await office.PostAsync($"{RoutePrefixes.Plans}/{id}/issue", null)).EnsureSuccessStatusCode();
        }

        return id;
    }

    public static async Task<Guid> CancellableItemAsync(Platform platform)
    {
        var id = await NewPlanAsync(platform, issued: true);
        var items = await (await platform.ClientForAsync(TestUsers.Office)).GetFromJsonAsync<List<JsonElement>>($"{RoutePrefixes.Plans}/{id}/items");
        return items!.First().GetProperty("id").GetGuid();
    }

    /// <summary>An item of an issued plan whose timeframe names no date ("Theo tiến độ của tỉnh"): one per platform.</summary>
    public static Task<(Guid Item, int Year)> NeedsDateItemAsync(Platform platform) => NeedsDate.GetOrAdd(platform, async p =>
    {
        await p.WaitForUnitsAsync();
        var office = await p.ClientForAsync(TestUsers.Office);
        var year = NextYear();
        var document = Document(year) with
        {
            Sections = [new SectionDocument("III", "Một cửa", [new ItemDocument("III.3", null, false, "Chuẩn hóa kết quả giải quyết TTHC", "Theo tiến độ của tỉnh", "Văn phòng", null, "Danh mục kết quả chuẩn hóa")])],
        };
        var created = await office.PostAsJsonAsync($"{RoutePrefixes.Plans}/import", document);
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        (await office.PostAsync($"{RoutePrefixes.Plans}/{id}/issue", null)).EnsureSuccessStatusCode();
        var items = await office.GetFromJsonAsync<List<JsonElement>>($"{RoutePrefixes.Plans}/{id}/items");
        return (items!.Single().GetProperty("id").GetGuid(), year);
    });

    /// <summary>An evidence file reported on the shared plan's QLDT item.</summary>
    public static Task<(Guid Item, Guid File)> EvidenceAsync(Platform platform) => Evidence.GetOrAdd(platform, async p =>
    {
        var shared = await SharedAsync(p);
        var unit = await p.ClientForAsync(TestUsers.StaffQldt);
        var png = Convert.ToBase64String([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0]);
        (await unit.PostAsJsonAsync($"{RoutePrefixes.Plans}/items/{shared.QldtItem}/progress", new
        {
            percent = 50,
            narrative = "Ảnh chụp biên bản làm việc",
            evidence = new { documentNumber = "7/BB-QLDT", documentDate = "2039-02-02", fileName = "bien-ban.png", contentBase64 = png },
        })).EnsureSuccessStatusCode();
        var detail = await unit.GetFromJsonAsync<JsonElement>($"{RoutePrefixes.Plans}/items/{shared.QldtItem}");
        return (shared.QldtItem, detail.GetProperty("reports").EnumerateArray().Last(r => r.TryGetProperty("evidenceFileId", out var f) && f.ValueKind == JsonValueKind.String).GetProperty("evidenceFileId").GetGuid());
    });
}
