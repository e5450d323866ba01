using System.Net.Http.Json;
using System.Text.Json;
using VanPhong.Catalog.Model;
using VanPhong.Catalog.Seed;
using VanPhong.IntegrationTests.Infrastructure;
using VanPhong.Topology;

namespace VanPhong.IntegrationTests.Catalog;

/// <summary>Procedures, decisions, internal procedures and reviews the catalog tests act on, through the gateway.</summary>
public static class CatalogFixtures
{
    /// <summary>A code no other test uses, shaped like a locality variant (the "8." prefix is not a national code).</summary>
    public static string NewCode() => $"8.{Random.Shared.Next(0, 1_000_000):D6}.{Random.Shared.Next(0, 65_536):X4}";

    /// <summary>A complete procedure: the sample work-permit procedure under another name.</summary>
    public static ProcedureContent Content(string name, int days = 10, bool workingDays = true, string online = OnlineLevels.Partial) =>
        SampleCatalog.Procedures.Single(p => p.Code == "1.014199").Content with { Name = name, NameEn = null, ProcessingDays = days, WorkingDays = workingDays, OnlineLevel = online };

    /// <summary>
    /// The real Bắc Ninh decision (samples/decisions) as the office would upload it, with a number and codes no other
    /// test uses, dated 2023 (the year of the seeded plan, whose III.6 item the publication reaches). Returns the text
    /// and the six codes in the order of the list.
    /// </summary>
    public static (string Text, string Number, string[] Codes) BacNinhDecision()
    {
        var text = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "samples", "decisions", "bacninh-1513-QD-UBND-2025.md"));
        var number = $"{Random.Shared.Next(10_000, 100_000_000)}/QĐ-UBND";
        string[] original = ["1.014199.H05", "1.014200.H05", "1.014201.H05", "1.014196.H05", "1.014197.H05", "1.014198.H05"];
        var codes = original.Select(_ => NewCode()).ToArray();
        foreach (var (from, to) in original.Zip(codes))
        {
            text = text.Replace(from, to);
        }

        text = text.Replace("Số: 1513/QĐ-UBND", $"Số: {number}")
            .Replace("ngày 22 tháng 11 năm 2025", "ngày 22 tháng 11 năm 2023")
            .Replace("kể từ ngày 20/11/2025", "kể từ ngày 20/11/2023");
        return (text, number, codes);
    }

    /// <summary>A minimal decision text abolishing one procedure: what an upload needs to become a draft.</summary>
    public static string SmallDecisionText() => string.Join('\n',
        $"Số: {Random.Shared.Next(10_000, 100_000_000)}/QĐ-UBND", "Khánh Hòa, ngày 02 tháng 3 năm 2026", "QUYẾT ĐỊNH", "Về việc công bố thủ tục hành chính bị bãi bỏ",
        "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH KHÁNH HÒA", "QUYẾT ĐỊNH:", "Điều 1. Công bố kèm theo Quyết định này danh mục 01 thủ tục hành chính bị bãi bỏ.",
        "Điều 2. Quyết định này có hiệu lực thi hành kể từ ngày ký.", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Nguyễn Văn Thử",
        "A. Danh mục thủ tục hành chính bị bãi bỏ", "|", "STT", "|", "Mã TTHC", "|", "Tên TTHC", "|", "|", "1", "|", NewCode(), "|", "Thủ tục thử bãi bỏ", "|");

    public static HttpContent Upload(string text, string mediaType = "text/markdown") =>
        new ByteArrayContent(System.Text.Encoding.UTF8.GetBytes(text)) { Headers = { ContentType = new(mediaType) } };

    public static object Decision(DateOnly date, params DecisionItem[] items) => new
    {
        number = $"{Random.Shared.Next(1, 1_000_000)}/QĐ-UBND-T{Guid.NewGuid():N}"[..40],
        date,
        signer = "Nguyễn Văn Thử",
        effectiveDate = date,
        title = "Công bố danh mục thủ tục hành chính (thử)",
        items,
    };

    /// <summary>
    /// Records and applies a decision as the office, then gives every new procedure to QLDT (the division the tests act
    /// as; the sector "Việc làm" of the sample content would give DNLD); returns the decision's id.
    /// </summary>
    public static Task<Guid> PublishAsync(Platform platform, DateOnly date, params DecisionItem[] items) => PublishAsync(platform, date, "QLDT", items);

    /// <param name="handlingUnit">The division the office assigns to each new procedure; null keeps the one its sector gives.</param>
    public static async Task<Guid> PublishAsync(Platform platform, DateOnly date, string? handlingUnit, params DecisionItem[] items)
    {
        var office = await platform.ClientForAsync(TestUsers.Office);
        var created = await office.PostAsJsonAsync($"{RoutePrefixes.Procedures}/decisions", Decision(date, items));
        if (!created.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"Recording a decision failed: {await created.Content.ReadAsStringAsync()}");
        }

        var id = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        var applied = await office.PostAsync($"{RoutePrefixes.Procedures}/decisions/{id}/apply", null);
        if (!applied.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"Applying a decision failed: {await applied.Content.ReadAsStringAsync()}");
        }

        foreach (var item in items.Where(i => handlingUnit is not null && i.Change == ChangeKind.New))
        {
            await Ok(await office.PutAsJsonAsync($"{RoutePrefixes.Procedures}/{item.Code}/handling-unit", new { unitCode = handlingUnit }));
        }

        return id;
    }

    /// <summary>A freshly published procedure (10 working days), with its internal procedure in the given status.</summary>
    public static async Task<string> ProcedureAsync(Platform platform, string internalStatus = "Draft", bool withSteps = false)
    {
        var code = NewCode();
        await PublishAsync(platform, Today(), new DecisionItem(ChangeKind.New, code, Content($"Thủ tục thử {code}")));
        if (!withSteps && internalStatus == "Draft")
        {
            return code;
        }

        var unit = await platform.ClientForAsync(TestUsers.StaffQldt);
        await Ok(await unit.PutAsJsonAsync($"{RoutePrefixes.Procedures}/{code}/internal-procedure", new { steps = Steps(2, 6, 1, 1) }));
        if (internalStatus == "Draft")
        {
            return code;
        }

        await Ok(await unit.PostAsJsonAsync($"{RoutePrefixes.Procedures}/{code}/internal-procedure/submit", new { on = Today() }));
        if (internalStatus == "Submitted")
        {
            return code;
        }

        var office = await platform.ClientForAsync(TestUsers.Office);
        await Ok(await office.PostAsJsonAsync($"{RoutePrefixes.Procedures}/{code}/internal-procedure/approve", new { decisionNumber = "99/QĐ-UBND", approvedOn = Today() }));
        return code;
    }

    public static object[] Steps(params double[] days) => days.Select((d, i) => (object)new
    {
        order = i + 1,
        description = $"Bước {i + 1}",
        unit = i == 0 ? "Bộ phận Một cửa" : "Phòng Quản lý doanh nghiệp và lao động",
        role = "Chuyên viên",
        workingDays = d,
    }).ToArray();

    public static object ReviewRequest(int year = 2026, bool withProposal = true, string[]? feedbackCodes = null, bool abolish = false) => new
    {
        year,
        necessity = new { met = true, notes = "Cần thiết để quản lý lao động nước ngoài" },
        reasonableness = new { met = false, notes = "Thời hạn 10 ngày dài hơn cần thiết" },
        legality = new { met = true },
        before = new { processingWorkingDays = 10, preparationHours = 0, otherHours = 0, feesPerDossier = 0, otherCostsPerDossier = 0, dossiersPerYear = 10 },
        after = abolish ? null : new { processingWorkingDays = 9, preparationHours = 0, otherHours = 0, feesPerDossier = 0, otherCostsPerDossier = 0, dossiersPerYear = 10 },
        abolish,
        proposal = withProposal ? new { content = "Giảm thời hạn giải quyết từ 10 xuống 09 ngày làm việc", reasons = "Rút ngắn bước thẩm định", recommendations = "Sửa đổi Điều 9 Nghị định", roadmap = "Năm 2027" } : null,
        planItemCode = "V.1.1",
        feedbackCodes = feedbackCodes ?? [],
    };

    /// <summary>A draft review of a fresh procedure; returns its id.</summary>
    public static async Task<Guid> ReviewAsync(Platform platform)
    {
        var code = await ProcedureAsync(platform);
        var unit = await platform.ClientForAsync(TestUsers.StaffQldt);
        var created = await Ok(await unit.PostAsJsonAsync($"{RoutePrefixes.Procedures}/{code}/reviews", ReviewRequest()));
        return created.GetProperty("id").GetGuid();
    }

    public static DateOnly Today() => DateOnly.FromDateTime(DateTime.UtcNow.AddHours(7));

    public static async Task<JsonElement> Ok(HttpResponseMessage response)
    {
        var body = await response.Content.ReadAsStringAsync();
        if (!response.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"{response.RequestMessage?.Method} {response.RequestMessage?.RequestUri} failed: {(int)response.StatusCode} {body}");
        }

        return JsonDocument.Parse(body).RootElement.Clone();
    }
}
