using System.Diagnostics;
using System.Net.Http.Json;

namespace VanPhong.Benchmark;

/// <summary>
/// Public catalog search over a catalog grown to thousands of procedures: the procedures are published the way the
/// Board publishes them (decisions recorded and applied through the gateway), then citizens' searches are timed
/// through the gateway and directly against the catalog service, side by side.
/// </summary>
internal static class CatalogSearch
{
    private static readonly string[] Verbs = ["Cấp", "Cấp lại", "Điều chỉnh", "Gia hạn", "Thu hồi", "Chấp thuận", "Thẩm định", "Xác nhận", "Đăng ký", "Thông báo"];

    private static readonly string[] Objects =
    [
        "giấy phép xây dựng công trình", "giấy chứng nhận đăng ký đầu tư", "chủ trương đầu tư dự án", "giấy phép lao động cho người nước ngoài",
        "giấy phép môi trường", "kế hoạch bảo vệ môi trường", "giấy phép kinh doanh", "văn phòng điều hành", "báo cáo nghiên cứu khả thi",
        "nhiệm vụ quy hoạch chi tiết", "thiết kế cơ sở", "hợp đồng hợp tác kinh doanh", "văn bản chấp thuận nhà đầu tư", "giấy xác nhận ưu đãi đầu tư",
    ];

    private static readonly string[] Sectors = ["Đầu tư tại Việt Nam", "Hoạt động xây dựng", "Quy hoạch xây dựng", "Môi trường", "Việc làm", "Thương mại", "Đất đai", "Doanh nghiệp"];

    private static readonly string[] Levels = ["Full", "Partial", "None"];

    /// <summary>The searches a citizen makes: words with and without diacritics, a code, filters, a deep page.</summary>
    public static readonly string[] Queries =
    [
        "/public/procedures?q=gi%E1%BA%A5y%20ph%C3%A9p",
        "/public/procedures?q=giay%20phep%20xay%20dung",
        "/public/procedures?q=7.0012",
        "/public/procedures?sector=M%C3%B4i%20tr%C6%B0%E1%BB%9Dng&onlineLevel=Full",
        "/public/procedures?q=dieu%20chinh%20chu%20truong%20dau%20tu&oneStop=true",
        "/public/procedures?page=40&pageSize=20",
    ];

    public static async Task<(int Procedures, TimeSpan Took)> GrowAsync(HttpClient gateway, int procedures, int perDecision = 100)
    {
        var started = Stopwatch.GetTimestamp();
        var created = 0;
        for (var decision = 0; created < procedures; decision++)
        {
            var items = Enumerable.Range(created, Math.Min(perDecision, procedures - created)).Select(n => new
            {
                change = "New",
                code = $"7.{n:D6}",
                content = Content(n),
            }).ToList();
            var recorded = await gateway.PostAsJsonAsync("/api/procedures/decisions", new
            {
                number = $"BENCH-{decision:D4}/QĐ-UBND-{Guid.NewGuid():N}"[..40],
                date = new DateOnly(2026, 1, 5),
                signer = "Thử tải",
                effectiveDate = new DateOnly(2026, 1, 5),
                items,
            });
            await Ensure(recorded);
            var id = (await recorded.Content.ReadFromJsonAsync<System.Text.Json.JsonElement>()).GetProperty("id").GetGuid();
            await Ensure(await gateway.PostAsync($"/api/procedures/decisions/{id}/apply", null));
            created += items.Count;
        }

        return (created, Stopwatch.GetElapsedTime(started));
    }

    public static Task DriveAsync(HttpClient client, Measurements measurements, int count, int concurrency, int catalogSize) =>
        Load.ClosedAsync(measurements, concurrency, n => GetAsync(client, n, catalogSize), count: count);

    /// <summary>The n-th request of the mix: every seventh opens a procedure's detail, as a citizen does after a search.</summary>
    public static async Task<bool> GetAsync(HttpClient client, int n, int catalogSize)
    {
        var url = n % 7 == 6 ? $"/public/procedures/7.{n * 7919 % catalogSize:D6}" : Queries[n % Queries.Length];
        try
        {
            using var response = await client.GetAsync(url);
            return response.IsSuccessStatusCode;
        }
        catch (HttpRequestException)
        {
            return false;
        }
    }

    private static object Content(int n)
    {
        var sector = Sectors[n % Sectors.Length];
        var level = Levels[n % Levels.Length];
        var days = 3 + n % 28;
        return new
        {
            name = $"{Verbs[n % Verbs.Length]} {Objects[n / Verbs.Length % Objects.Length]} (thủ tục sinh tự động số {n})",
            nameEn = (string?)null,
            sector,
            level = "Cấp tỉnh",
            implementingAgency = "Ban quản lý Khu kinh tế Vân Phong",
            applicants = "Nhà đầu tư, doanh nghiệp trong khu kinh tế",
            conditions = (string?)null,
            steps = new[] { "Nộp hồ sơ", "Thẩm định", "Trả kết quả" },
            methods = new { direct = true, postal = n % 2 == 0, online = level != "None" },
            dossier = new[] { new { name = "Văn bản đề nghị", originals = 1, copies = 0, mandatory = true, formTemplate = "Mẫu số 01" } },
            processingDays = days,
            workingDays = n % 3 != 0,
            fees = n % 4 == 0 ? new[] { new { name = "Lệ phí", amount = 100_000L * (1 + n % 5), note = (string?)null } } : [],
            feeExemptions = (string?)null,
            result = "Văn bản chấp thuận",
            legalBases = new[] { new { number = "61/2020/QH14", date = "2020-06-17", issuer = "Quốc hội", title = "Luật Đầu tư" } },
            onlineLevel = level,
            postalService = n % 2 == 0,
            onlinePayment = n % 5 == 0,
            oneStop = n % 6 != 0,
            place = "Bộ phận Một cửa, Ban quản lý Khu kinh tế Vân Phong",
        };
    }

    private static async Task Ensure(HttpResponseMessage response)
    {
        if (!response.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"{response.RequestMessage?.RequestUri}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        }
    }
}
