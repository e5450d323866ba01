using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using VanPhong.Calendar;
using VanPhong.Catalog.Data;
using VanPhong.Catalog.Model;
using VanPhong.Catalog.Public;
using VanPhong.IntegrationTests.Infrastructure;
using VanPhong.Security;
using VanPhong.Topology;
using static VanPhong.IntegrationTests.Catalog.CatalogFixtures;

namespace VanPhong.IntegrationTests.Catalog;

/// <summary>
/// The public search answers from an in-memory index of the catalog: it must give what the SQL search it replaced gave
/// (<see cref="ReferenceSearch"/>), byte for byte, for words with and without diacritics, codes, every filter, their
/// combinations, deep pages, pages past the end and English; and it must show a decision as soon as it is applied, on
/// the replica that applied it and, within seconds, on another.
/// </summary>
public sealed class CatalogSearchIndexTests(PlatformFixture fixture, SharedBroker broker) : IClassFixture<PlatformFixture>
{
    private static readonly string[] Verbs = ["Cấp", "Cấp lại", "Điều chỉnh", "Gia hạn", "Thu hồi", "Chấp thuận", "Thẩm định", "Xác nhận", "Đăng ký", "Thông báo"];

    private static readonly string[] Objects =
    [
        "giấy phép xây dựng công trình", "giấy chứng nhận đăng ký đầu tư", "chủ trương đầu tư dự án", "giấy phép lao động cho người nước ngoài",
        "giấy phép môi trường", "kế hoạch bảo vệ môi trường", "đất đai khu công nghiệp", "văn phòng điều hành", "Báo cáo nghiên cứu khả thi",
    ];

    // Sectors that order differently by code point and by UTF-16 unit (U+FF21 before U+1F600), and two that differ only by case.
    private static readonly string[] Sectors =
        ["Đầu tư tại Việt Nam", "Hoạt động xây dựng", "Môi trường", "môi trường", "Việc làm", "Thương mại", "Đất đai", "Doanh nghiệp", "Z\uFF21 thử", "Z\U0001F600 thử"];

    private static readonly string[] Levels = [OnlineLevels.Full, OnlineLevels.Partial, OnlineLevels.None];

    private readonly CancellationToken _ct = TestContext.Current.CancellationToken;

    private Platform P => fixture.Platform;

    private sealed record Case(string? Q, string? Sector = null, string? OnlineLevel = null, bool? OneStop = null, int? Page = null, int? PageSize = null, bool English = false)
    {
        public string Url
        {
            get
            {
                var query = new List<string>();
                void Add(string name, object? value)
                {
                    if (value is not null)
                    {
                        query.Add($"{name}={Uri.EscapeDataString(value is bool b ? (b ? "true" : "false") : value.ToString()!)}");
                    }
                }

                Add("q", Q);
                Add("sector", Sector);
                Add("onlineLevel", OnlineLevel);
                Add("oneStop", OneStop);
                Add("page", Page);
                Add("pageSize", PageSize);
                Add("lang", English ? "en" : null);
                return RoutePrefixes.PublicProcedures + (query.Count == 0 ? "" : "?" + string.Join('&', query));
            }
        }
    }

    [Fact]
    public async Task The_index_gives_the_same_pages_as_the_SQL_search_it_replaced()
    {
        var prefix = $"8.{Random.Shared.Next(100, 1000)}";
        var codes = await GrowAsync(prefix, 420);

        var words = new[]
        {
            null, "", "   ", "giấy phép", "giay phep", "GIẤY PHÉP xây dựng", "giay  phep   xay dung", "Đất", "dat dai", "đ", "d", "moi truong",
            prefix, codes[17], codes[17][..^2], "thu tuc sinh", "permit", "nha dau tu doanh nghiep", "Cấp lại", "khongcoketquanao",
            "a b c d e f g h i j khongco", "thủ tục sinh tự động số 3", "bao cao", "Ｚ", "😀",
        };
        var cases = new List<Case>();
        foreach (var q in words)
        {
            foreach (var (page, size) in new (int?, int?)[] { (null, null), (2, 20), (3, 7), (0, 5), (-1, 1), (1, 100), (1, 1000), (2, 0), (1000, 20), (100_000, 100) })
            {
                cases.Add(new Case(q, Page: page, PageSize: size));
            }
        }

        foreach (var sector in new[] { null, "Môi trường", "môi trường", " Môi trường ", "Z\uFF21 thử", "Không có lĩnh vực này", "" })
        {
            foreach (var level in new[] { null, OnlineLevels.Full, OnlineLevels.Partial, OnlineLevels.None })
            {
                foreach (var desk in new bool?[] { null, true, false })
                {
                    cases.Add(new Case(null, sector, level, desk));
                }
            }
        }

        var random = new Random(16);
        for (var i = 0; i < 150; i++)
        {
            cases.Add(new Case(
                words[random.Next(words.Length)], random.Next(3) == 0 ? Sectors[random.Next(Sectors.Length)] : null, random.Next(3) == 0 ? Levels[random.Next(3)] : null,
                random.Next(3) switch { 0 => true, 1 => false, _ => null }, random.Next(1, 6), random.Next(1, 30)));
        }

        var mismatches = new List<string>();
        var found = 0;
        foreach (var c in cases.Concat(cases.Select(c => c with { English = true })))
        {
            var (expected, actual) = await CompareAsync(c);
            found += expected.Contains("\"code\":", StringComparison.Ordinal) ? 1 : 0;
            if (expected != actual)
            {
                mismatches.Add($"{c.Url}\n  expected {expected}\n  actual   {actual}");
            }

            // The last page and the one after it, wherever the total puts them.
            var total = JsonDocument.Parse(expected.Split('\n')[1]).RootElement.GetProperty("total").GetInt32();
            if (c.Page is null && c.PageSize is null)
            {
                foreach (var page in new[] { Math.Max(1, (total + 6) / 7), ((total + 6) / 7) + 1 })
                {
                    var deep = c with { Page = page, PageSize = 7 };
                    var (e, a) = await CompareAsync(deep);
                    if (e != a)
                    {
                        mismatches.Add($"{deep.Url}\n  expected {e}\n  actual   {a}");
                    }
                }
            }
        }

        foreach (var english in new[] { false, true })
        {
            var body = await (await P.Anonymous.GetAsync($"{RoutePrefixes.PublicProcedures}/sectors{(english ? "?lang=en" : "")}", _ct)).Content.ReadAsStringAsync(_ct);
            var sectors = await P.Catalog.QueryAsync<CatalogDb, List<PublicCatalogApi.SectorCount>>(db => ReferenceSearch.SectorsAsync(db, VietnamTime.Today(TimeProvider.System), english));
            Assert.Equal(JsonSerializer.Serialize(sectors, JsonOptions), body);
        }

        Assert.True(found > cases.Count / 2, $"Only {found} of {cases.Count * 2} searches found anything: the comparison proves little.");
        Assert.True(mismatches.Count == 0, $"{mismatches.Count} of {cases.Count * 2} searches differ:\n{string.Join('\n', mismatches.Take(5))}");
    }

    [Fact]
    public async Task A_decision_shows_in_the_search_as_soon_as_it_is_applied()
    {
        var first = "zq" + Guid.NewGuid().ToString("N")[..10];
        var second = "zr" + Guid.NewGuid().ToString("N")[..10];
        var code = NewCode();
        Assert.Equal(0, (await SearchAsync(first)).GetProperty("total").GetInt32());

        await PublishAsync(P, Today(), new DecisionItem(ChangeKind.New, code, Content($"Cấp phép thử {first}") with { Sector = "Việc làm" }));
        var added = await SearchAsync(first);
        Assert.Equal(code, Assert.Single(added.GetProperty("items").EnumerateArray()).GetProperty("code").GetString());
        await AssertSameAsync(new Case(first));

        var office = await P.ClientForAsync(TestUsers.Office);
        await Ok(await office.PutAsJsonAsync($"{RoutePrefixes.Procedures}/{code}/english", new { text = new { name = $"Trial permit {first}" } }, _ct));
        var english = await SearchAsync(first, "&lang=en");
        Assert.Equal($"Trial permit {first}", english.GetProperty("items")[0].GetProperty("name").GetString());
        await AssertSameAsync(new Case(first, English: true));

        await PublishAsync(P, Today(), new DecisionItem(ChangeKind.Amended, code, Content($"Cấp phép sửa đổi {second}") with { Sector = "Thương mại" }));
        Assert.Equal(0, (await SearchAsync(first)).GetProperty("total").GetInt32());
        var amended = Assert.Single((await SearchAsync(second, $"&sector={Uri.EscapeDataString("Thương mại")}")).GetProperty("items").EnumerateArray());
        Assert.Equal($"Cấp phép sửa đổi {second}", amended.GetProperty("name").GetString());
        await AssertSameAsync(new Case(second, English: true));

        await PublishAsync(P, Today(), new DecisionItem(ChangeKind.Abolished, code, null));
        Assert.Equal(0, (await SearchAsync(second)).GetProperty("total").GetInt32());
        Assert.Equal(0, (await SearchAsync(code)).GetProperty("total").GetInt32());
        await AssertSameAsync(new Case(code));

        // An amendment that takes effect tomorrow changes nothing today.
        var later = NewCode();
        await PublishAsync(P, Today(), new DecisionItem(ChangeKind.New, later, Content($"Cấp phép hôm nay {first}")));
        var tomorrow = await RecordAsync(office, Today(), Today().AddDays(1), new DecisionItem(ChangeKind.Amended, later, Content($"Cấp phép ngày mai {second}")));
        await Ok(await office.PostAsync($"{RoutePrefixes.Procedures}/decisions/{tomorrow}/apply", null, _ct));
        Assert.Equal(later, Assert.Single((await SearchAsync(first)).GetProperty("items").EnumerateArray()).GetProperty("code").GetString());
        Assert.Equal(0, (await SearchAsync(second)).GetProperty("total").GetInt32());
        await AssertSameAsync(new Case(later));
    }

    [Fact]
    public async Task Another_replica_shows_a_decision_within_seconds()
    {
        // A second catalog service on the same database and topology, as a second replica would be.
        await using var replica = new ServiceHost<VanPhong.Catalog.Marker>(ResourceNames.CatalogDb, broker.Uri, new Dictionary<string, string?>
        {
            [$"ConnectionStrings:{ResourceNames.CatalogDb}"] = $"Data Source={P.Catalog.DatabasePath}",
            [$"services:{ResourceNames.IdentityService}:http:0"] = $"http://{ResourceNames.IdentityService}",
            ["Messaging:Prefix"] = P.BrokerPrefix,
        }, s => s.AddHttpClient(StaffSecurity.IdentityMetadataClient).ConfigurePrimaryHttpMessageHandler(() => P.Identity.Server.CreateHandler()));
        var other = replica.CreateClient();
        var word = "zs" + Guid.NewGuid().ToString("N")[..10];
        async Task<JsonElement> OnReplica(string more = "") => await Ok(await other.GetAsync($"{RoutePrefixes.PublicProcedures}?q={word}{more}", _ct));
        Assert.Equal(0, (await OnReplica()).GetProperty("total").GetInt32());

        var code = NewCode();
        await PublishAsync(P, Today(), new DecisionItem(ChangeKind.New, code, Content($"Cấp phép bản sao {word}")));
        var found = await Eventually.HoldsAsync(() => OnReplica(), page => page.GetProperty("total").GetInt32() == 1, TimeSpan.FromSeconds(15), "the other replica finds the new procedure");
        Assert.Equal(code, found.GetProperty("items")[0].GetProperty("code").GetString());

        var office = await P.ClientForAsync(TestUsers.Office);
        await Ok(await office.PutAsJsonAsync($"{RoutePrefixes.Procedures}/{code}/english", new { text = new { name = $"Replica permit {word}" } }, _ct));
        await Eventually.HoldsAsync(() => OnReplica("&lang=en"), page => page.GetProperty("items")[0].GetProperty("name").GetString() == $"Replica permit {word}",
            TimeSpan.FromSeconds(15), "the other replica shows the English name");
    }

    /// <summary>How the catalog service writes its JSON.</summary>
    private JsonSerializerOptions JsonOptions => P.Catalog.Services.GetRequiredService<IOptions<Microsoft.AspNetCore.Http.Json.JsonOptions>>().Value.SerializerOptions;

    private async Task<JsonElement> SearchAsync(string q, string more = "") =>
        await Ok(await P.Anonymous.GetAsync($"{RoutePrefixes.PublicProcedures}?q={Uri.EscapeDataString(q)}{more}", _ct));

    private async Task AssertSameAsync(Case c)
    {
        var (expected, actual) = await CompareAsync(c);
        Assert.Equal(expected, actual);
    }

    /// <summary>The reference's answer and the endpoint's, each as its Content-Language and its JSON body.</summary>
    private async Task<(string Expected, string Actual)> CompareAsync(Case c)
    {
        var response = await P.Anonymous.GetAsync(c.Url, _ct);
        var actual = $"{(int)response.StatusCode} {string.Join(", ", response.Content.Headers.ContentLanguage)}\n{await response.Content.ReadAsStringAsync(_ct)}";
        var answer = await P.Catalog.QueryAsync<CatalogDb, ReferenceSearch.Answer>(db =>
            ReferenceSearch.SearchAsync(db, VietnamTime.Today(TimeProvider.System), c.English, c.Q, c.Sector, c.OnlineLevel, c.OneStop, c.Page, c.PageSize));
        return ($"200 {answer.ContentLanguage}\n{JsonSerializer.Serialize(answer.Page, JsonOptions)}", actual);
    }

    /// <summary>
    /// A catalog of a few hundred generated procedures besides the sample one, published in decisions of 100, then
    /// changed the ways a catalog changes: amended (name, sector, desk), abolished, amended from tomorrow, given English.
    /// </summary>
    private async Task<string[]> GrowAsync(string prefix, int count)
    {
        var office = await P.ClientForAsync(TestUsers.Office);
        var codes = Enumerable.Range(0, count).Select(n => $"{prefix}{n:D3}.{Random.Shared.Next(0, 65_536):X4}").ToArray();
        foreach (var chunk in Enumerable.Range(0, count).Chunk(100))
        {
            await PublishAsync(P, Today(), null, chunk.Select(n => new DecisionItem(ChangeKind.New, codes[n], Generated(n))).ToArray());
        }

        await PublishAsync(P, Today(), null, Enumerable.Range(0, 30).Select(n => new DecisionItem(ChangeKind.Amended, codes[n * 7], Generated(n * 7 + 1) with { OneStop = n % 2 == 0 })).ToArray());
        var abolished = Enumerable.Range(0, 20).Select(n => (n * 11) + 3).ToHashSet();
        await PublishAsync(P, Today(), null, abolished.Select(n => new DecisionItem(ChangeKind.Abolished, codes[n], null)).ToArray());
        var later = await RecordAsync(office, Today(), Today().AddDays(1), Enumerable.Range(0, 10).Select(n => new DecisionItem(ChangeKind.Amended, codes[(n * 13) + 5], Generated(n + 1000))).ToArray());
        await Ok(await office.PostAsync($"{RoutePrefixes.Procedures}/decisions/{later}/apply", null, _ct));
        foreach (var (n, i) in Enumerable.Range(0, count).Where(n => n % 17 == 2 && !abolished.Contains(n)).Select((n, i) => (n, i)))
        {
            // Some record English without a name: the search keeps the Vietnamese (or the decision's English) name.
            object text = i % 6 == 5 ? new { result = "A written approval" } : new { name = $"Permit number {n} in English" };
            await Ok(await office.PutAsJsonAsync($"{RoutePrefixes.Procedures}/{codes[n]}/english", new { text }, _ct));
        }

        return codes;
    }

    private static ProcedureContent Generated(int n) => Content($"{Verbs[n % Verbs.Length]} {Objects[n / Verbs.Length % Objects.Length]} (thủ tục sinh tự động số {n})",
            3 + (n % 28), n % 3 != 0, Levels[n % Levels.Length]) with
    {
        NameEn = n % 5 == 0 ? $"Generated permit {n}" : null,
        Sector = Sectors[n % Sectors.Length],
        OneStop = n % 6 != 0,
        Applicants = n % 4 == 0 ? "Nhà đầu tư, doanh nghiệp" : "Người lao động",
    };

    private async Task<Guid> RecordAsync(HttpClient office, DateOnly date, DateOnly effective, params DecisionItem[] items)
    {
        var created = await Ok(await office.PostAsJsonAsync($"{RoutePrefixes.Procedures}/decisions", new
        {
            number = $"{Random.Shared.Next(1, 1_000_000)}/QĐ-UBND-S{Guid.NewGuid():N}"[..40],
            date,
            signer = "Nguyễn Văn Thử",
            effectiveDate = effective,
            items,
        }, _ct));
        return created.GetProperty("id").GetGuid();
    }
}
