using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using VanPhong.Calendar;
using VanPhong.Feedback.Data;
using VanPhong.Feedback.Handling;
using VanPhong.IntegrationTests.Infrastructure;
using VanPhong.Text;
using VanPhong.Topology;

namespace VanPhong.IntegrationTests.Feedback;

/// <summary>
/// The staff PAKN list filters, orders and pages in the database: a unit sees its cases however many newer ones there
/// are, every match is on exactly one page, and the filters give the rows the in-memory rules gave.
/// </summary>
public sealed class StaffListTests(PlatformFixture fixture) : IClassFixture<PlatformFixture>
{
    private readonly CancellationToken _ct = TestContext.Current.CancellationToken;

    private Platform P => fixture.Platform;

    private static readonly Actor Office = new("Văn phòng (thử)", "VP");

    [Fact]
    public async Task A_unit_sees_its_old_cases_behind_more_than_a_thousand_newer_ones_and_every_match_is_on_exactly_one_page()
    {
        var marker = Marker();
        var now = DateTime.UtcNow;
        var newer = Enumerable.Range(0, 1_050).Select(i => Case($"Phản ánh mới số {i}", now.AddMinutes(-i), lead: "QHXD")).ToList();
        var ledOld = Case($"Hồ sơ cũ {marker} đơn vị chủ trì", new DateTime(2020, 3, 2, 1, 0, 0, DateTimeKind.Utc), lead: "QLDT");
        var coordinatedOld = Case($"Hồ sơ cũ {marker} đơn vị phối hợp", new DateTime(2020, 3, 1, 1, 0, 0, DateTimeKind.Utc), lead: "QHXD", coordinating: ["DNLD", "QLDT"]);
        var othersOld = Case($"Hồ sơ cũ {marker} đơn vị khác", new DateTime(2020, 2, 28, 1, 0, 0, DateTimeKind.Utc), lead: "QHXD", coordinating: ["DNLD"]);
        await StoreAsync([.. newer, ledOld, coordinatedOld, othersOld]);

        var qldt = await P.ClientForAsync(TestUsers.StaffQldt);
        var unitRows = await AllPagesAsync(qldt, $"{RoutePrefixes.Feedback}?pageSize=7");
        Assert.Contains(ledOld.Id, unitRows);
        Assert.Contains(coordinatedOld.Id, unitRows);
        Assert.DoesNotContain(othersOld.Id, unitRows);
        Assert.DoesNotContain(newer[0].Id, unitRows);
        Assert.Equal(new[] { ledOld.Id, coordinatedOld.Id }, await IdsAsync(qldt, $"{RoutePrefixes.Feedback}?q={marker}"));

        // The other unit sees through the relation too: as lead of two, coordinating none.
        var qhxd = await P.ClientForAsync(TestUsers.StaffQhxd);
        Assert.Equal(new[] { coordinatedOld.Id, othersOld.Id }, await IdsAsync(qhxd, $"{RoutePrefixes.Feedback}?q={marker}"));

        var office = await P.ClientForAsync(TestUsers.Office);
        var all = await AllPagesAsync(office, $"{RoutePrefixes.Feedback}?pageSize=500");
        Assert.Superset(newer.Select(c => c.Id).Append(ledOld.Id).Append(coordinatedOld.Id).Append(othersOld.Id).ToHashSet(), all.ToHashSet());
        Assert.Equal(await P.Feedback.QueryAsync<FeedbackDb, int>(db => db.Cases.CountAsync(_ct)), all.Count);

        // The detail keeps the coordinating units in the order they were assigned.
        var detail = await office.GetFromJsonAsync<JsonElement>($"{RoutePrefixes.Feedback}/{coordinatedOld.Id}", _ct);
        Assert.Equal(new[] { "DNLD", "QLDT" }, detail.GetProperty("coordinatingUnits").EnumerateArray().Select(u => u.GetString()));
    }

    [Fact]
    public async Task Reassigning_changes_who_sees_the_case()
    {
        var marker = Marker();
        var feedback = Case($"Phân công lại {marker}", DateTime.UtcNow, lead: "QHXD", coordinating: ["QLDT", "DNLD"]);
        await StoreAsync([feedback]);
        var qldt = await P.ClientForAsync(TestUsers.StaffQldt);
        Assert.Equal(new[] { feedback.Id }, await IdsAsync(qldt, $"{RoutePrefixes.Feedback}?q={marker}"));

        await P.Feedback.QueryAsync<FeedbackDb, int>(async db =>
        {
            var stored = await db.Cases.SingleAsync(c => c.Id == feedback.Id, _ct);
            stored.Assign("QHXD", ["DNLD", "KHTC"], Office, DateTimeOffset.UtcNow);
            return await db.SaveChangesAsync(_ct);
        });

        Assert.Empty(await IdsAsync(qldt, $"{RoutePrefixes.Feedback}?q={marker}"));
        var stored = await P.Feedback.QueryAsync<FeedbackDb, FeedbackCase>(db => db.Cases.AsNoTracking().SingleAsync(c => c.Id == feedback.Id, _ct));
        Assert.Equal(new[] { "DNLD", "KHTC" }, stored.CoordinatingUnits);
    }

    [Fact]
    public async Task Text_category_status_unit_and_overdue_filters_give_the_rows_the_in_memory_rules_gave()
    {
        var marker = Marker();
        var now = P.FeedbackClock.GetUtcNow().UtcDateTime;
        var today = VietnamTime.Today(P.FeedbackClock);
        string[] texts =
        [
            "Thủ tục cấp Giấy phép lao động cho người nước ngoài quá hạn",
            "thu tuc cap giay phep lao dong viết không dấu",
            "GIẤY PHÉP XÂY DỰNG nhà ở riêng lẻ",
            "Đề nghị đơn giản hóa hồ sơ đất đai",
            "Đăng ký doanh nghiệp: giấy chứng nhận đầu tư",
        ];
        string[] categories = ["implementation-difficulty", "solution-proposal"];
        var cases = new List<FeedbackCase>();
        for (var i = 0; i < 40; i++)
        {
            var feedback = Case($"{texts[i % texts.Length]} {marker}", now.AddMinutes(-i), category: categories[i % 2], classificationDue: today.AddDays(i % 3 - 1), answerDue: today.AddDays(i % 4 - 2));
            // Every status the list can show, each with a due date passed, today or to come.
            switch (i % 6)
            {
                case 1:
                    feedback.Classify(ClassificationOutcome.WithinAuthority, null, null, null, Office, now);
                    break;
                case 2:
                    Assign(feedback, i % 4 == 0 ? "QLDT" : "QHXD", now);
                    break;
                case 3:
                    Assign(feedback, "QLDT", now);
                    feedback.Start(Office, now);
                    feedback.DraftAnswer("Trả lời", "Căn cứ", Office, now);
                    feedback.Approve(null, "Trả lời", Office, now);
                    feedback.Send("12/BQL", today.AddDays(i % 3 - 1), Office, now);
                    break;
                case 4:
                    feedback.Classify(ClassificationOutcome.NotAccepted, null, "Không thuộc phạm vi", null, Office, now);
                    break;
            }

            cases.Add(feedback);
        }

        await StoreAsync(cases);
        var office = await P.ClientForAsync(TestUsers.Office);
        string[] queries = ["", "giấy phép", "giay phep", "GIAY PHÉP lao", "dat dai", "đất đai", "phep lao dong", "khong dau", "không dấu", "dang ky doanh", "nhà riêng", cases[7].TrackingCode.ToLowerInvariant()];
        foreach (var q in queries)
        {
            foreach (var (filter, rule) in Filters(today))
            {
                var path = $"{RoutePrefixes.Feedback}?q={Uri.EscapeDataString($"{marker} {q}")}{filter}";
                var expected = cases
                    .Where(c => VietnameseText.Matches(c.TrackingCode + " " + c.Content, $"{marker} {q}") && rule(c))
                    .OrderByDescending(c => c.ReceivedAt).Select(c => c.Id).ToList();
                var response = await office.GetAsync(path, _ct);
                Assert.Equal(HttpStatusCode.OK, response.StatusCode);
                var rows = (await response.Content.ReadFromJsonAsync<List<JsonElement>>(_ct))!;
                Assert.True(expected.SequenceEqual(rows.Select(r => r.GetProperty("id").GetGuid())), $"{path}: expected {expected.Count}, got {rows.Count}");
                Assert.Equal(expected.Count.ToString(), response.Headers.GetValues(HandlingApi.TotalCountHeader).Single());
                Assert.All(rows, r => Assert.Equal(FeedbackViews.Row(cases.Single(c => c.Id == r.GetProperty("id").GetGuid()), today).Overdue, r.GetProperty("overdue").GetBoolean()));
            }
        }

        // The office sees them all; a unit only its own, with the same filters.
        var qldt = await P.ClientForAsync(TestUsers.StaffQldt);
        Assert.Equal(
            cases.Where(c => c.LeadUnit == "QLDT" && FeedbackViews.Row(c, today).Overdue).OrderByDescending(c => c.ReceivedAt).Select(c => c.Id),
            await IdsAsync(qldt, $"{RoutePrefixes.Feedback}?q={marker}&overdue=true"));
    }

    [Fact]
    public async Task A_step_on_a_stored_case_moves_its_stored_due_date_and_the_overdue_filter_with_it()
    {
        var marker = Marker();
        var now = P.FeedbackClock.GetUtcNow().UtcDateTime;
        var today = VietnamTime.Today(P.FeedbackClock);
        var feedback = Case($"Hồ sơ chưa phân loại {marker}", now, classificationDue: today.AddDays(-1), answerDue: today.AddDays(10));
        await StoreAsync([feedback]);
        var office = await P.ClientForAsync(TestUsers.Office);
        Assert.Equal([feedback.Id], await IdsAsync(office, $"{RoutePrefixes.Feedback}?q={marker}&overdue=true"));

        // Classified and assigned on the case as loaded: an UPDATE, where the status and the due date of the step change.
        await P.Feedback.QueryAsync<FeedbackDb, int>(async db =>
        {
            var stored = await db.Cases.Include(c => c.History).SingleAsync(c => c.Id == feedback.Id, _ct);
            Assign(stored, "QLDT", new DateTimeOffset(now));
            return await db.SaveChangesAsync(_ct);
        });
        Assert.Empty(await IdsAsync(office, $"{RoutePrefixes.Feedback}?q={marker}&overdue=true"));
        Assert.Equal([feedback.Id], await IdsAsync(office, $"{RoutePrefixes.Feedback}?q={marker}&overdue=false"));
        var column = await P.Feedback.QueryAsync<FeedbackDb, List<DateOnly?>>(db =>
            db.Cases.Where(c => c.Id == feedback.Id).Select(c => c.CurrentDueOn).ToListAsync(_ct)); // the column, read by SQL
        Assert.Equal([today.AddDays(10)], column);
    }

    [Fact]
    public async Task A_stale_stored_due_date_is_put_right_by_the_deadline_watch_and_the_overdue_filter_follows()
    {
        var marker = Marker();
        var now = P.FeedbackClock.GetUtcNow().UtcDateTime;
        var today = VietnamTime.Today(P.FeedbackClock);
        var late = Case($"Hồ sơ của bản cũ, quá hạn {marker}", now, classificationDue: today.AddDays(-2), answerDue: today.AddDays(10));
        var onTime = Case($"Hồ sơ của bản cũ, còn hạn {marker}", now.AddMinutes(-1), classificationDue: today.AddDays(30), answerDue: today.AddDays(40));
        await StoreAsync([late, onTime]);
        var office = await P.ClientForAsync(TestUsers.Office);
        var version = await P.Feedback.QueryAsync<FeedbackDb, int>(db => db.Cases.Where(c => c.Id == onTime.Id).Select(c => c.Version).SingleAsync(_ct));

        // What a replica of the version before the column leaves: one case without its stored due date, one with a
        // date its status has moved past.
        await P.Feedback.QueryAsync<FeedbackDb, int>(async db =>
            await db.Cases.Where(c => c.Id == late.Id).ExecuteUpdateAsync(u => u.SetProperty(c => c.CurrentDueOn, (DateOnly?)null), _ct)
            + await db.Cases.Where(c => c.Id == onTime.Id).ExecuteUpdateAsync(u => u.SetProperty(c => c.CurrentDueOn, today.AddDays(-5)), _ct));
        Assert.Equal([onTime.Id], await IdsAsync(office, $"{RoutePrefixes.Feedback}?q={marker}&overdue=true"));

        var run = await office.PostAsync($"{RoutePrefixes.Feedback}/deadlines/run", null, _ct);
        Assert.Equal(HttpStatusCode.OK, run.StatusCode);
        Assert.Equal([late.Id], await IdsAsync(office, $"{RoutePrefixes.Feedback}?q={marker}&overdue=true"));
        var stored = await P.Feedback.QueryAsync<FeedbackDb, Dictionary<Guid, (DateOnly? Due, int Version)>>(async db =>
            (await db.Cases.Where(c => c.Id == late.Id || c.Id == onTime.Id).Select(c => new { c.Id, c.CurrentDueOn, c.Version }).ToListAsync(_ct))
                .ToDictionary(c => c.Id, c => (c.CurrentDueOn, c.Version)));
        Assert.Equal(today.AddDays(-2), stored[late.Id].Due);
        // Put right without a change of the case: its version (the ETag staff hold) stays (the late one's moves with its overdue alert).
        Assert.Equal((today.AddDays(30), version), stored[onTime.Id]);
    }

    [Theory]
    [InlineData("page=0", "page")]
    [InlineData("page=-3", "page")]
    [InlineData("page=1000001", "page")]
    [InlineData("pageSize=0", "pageSize")]
    [InlineData("pageSize=501", "pageSize")]
    [InlineData("page=2&pageSize=-1", "pageSize")]
    public async Task A_page_out_of_range_is_refused_with_problem_details(string query, string field)
    {
        var office = await P.ClientForAsync(TestUsers.Office);
        var response = await office.GetAsync($"{RoutePrefixes.Feedback}?{query}", _ct);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>(_ct);
        Assert.Equal("Trang không hợp lệ", problem.GetProperty("title").GetString());
        Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _));
    }

    [Theory]
    [InlineData("page=abc")]
    [InlineData("pageSize=1e99")]
    [InlineData("page=99999999999")]
    public async Task A_page_that_is_not_a_number_is_refused_with_problem_details(string query)
    {
        var office = await P.ClientForAsync(TestUsers.Office);
        var response = await office.GetAsync($"{RoutePrefixes.Feedback}?{query}", _ct);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task A_search_longer_than_two_hundred_characters_is_refused()
    {
        var office = await P.ClientForAsync(TestUsers.Office);
        var response = await office.GetAsync($"{RoutePrefixes.Feedback}?q={new string('a', 201)}", _ct);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("200 ký tự", await response.Content.ReadAsStringAsync(_ct));
    }

    [Fact]
    public async Task The_links_name_the_neighbouring_pages_with_the_filters_kept()
    {
        var marker = Marker();
        var now = DateTime.UtcNow;
        var cases = Enumerable.Range(0, 5).Select(i => Case($"Liên kết trang {marker}", now.AddMinutes(-i))).ToList();
        await StoreAsync(cases);
        var office = await P.ClientForAsync(TestUsers.Office);

        var middle = await office.GetAsync($"{RoutePrefixes.Feedback}?q={marker}&status=Received&page=2&pageSize=2", _ct);
        var links = Links(middle);
        Assert.Equal($"{RoutePrefixes.Feedback}?q={marker}&status=Received&page=3&pageSize=2", links["next"]);
        Assert.Equal($"{RoutePrefixes.Feedback}?q={marker}&status=Received&page=1&pageSize=2", links["prev"]);
        Assert.Equal("5", middle.Headers.GetValues(HandlingApi.TotalCountHeader).Single());

        var last = Links(await office.GetAsync($"{RoutePrefixes.Feedback}?q={marker}&page=3&pageSize=2", _ct));
        Assert.False(last.ContainsKey("next"));
        Assert.Equal(new[] { cases[4].Id }, await IdsAsync(office, $"{RoutePrefixes.Feedback}?q={marker}&page=3&pageSize=2"));
        Assert.Empty(Links(await office.GetAsync($"{RoutePrefixes.Feedback}?q={marker}", _ct)));
    }

    /// <summary>Each filter of the list with the rule it stands for, as the list applied it in memory before.</summary>
    private static IEnumerable<(string Filter, Func<FeedbackCase, bool> Rule)> Filters(DateOnly today)
    {
        yield return ("", _ => true);
        yield return ("&overdue=true", c => FeedbackViews.Row(c, today).Overdue);
        yield return ("&overdue=false", _ => true);
        yield return ("&status=Received", c => c.Status == FeedbackStatus.Received);
        yield return ("&status=answered&overdue=true", c => c.Status == FeedbackStatus.Answered && FeedbackViews.Row(c, today).Overdue);
        yield return ("&category=solution-proposal", c => c.Category == "solution-proposal");
        yield return ("&unit=QLDT", c => c.LeadUnit == "QLDT");
        yield return ("&unit=QHXD&category=implementation-difficulty&overdue=true", c => c.LeadUnit == "QHXD" && c.Category == "implementation-difficulty" && FeedbackViews.Row(c, today).Overdue);
    }

    /// <summary>Words no other test's case holds ("zq" and letters: never part of a tracking code).</summary>
    private static string Marker() => "zq" + string.Concat(Guid.NewGuid().ToString("N")[..10].Select(c => (char)('g' + c % 16)));

    private static FeedbackCase Case(string content, DateTime receivedAt, string? lead = null, string[]? coordinating = null, string category = "implementation-difficulty",
        DateOnly? classificationDue = null, DateOnly? answerDue = null)
    {
        var receivedOn = VietnamTime.DateOfUtc(receivedAt);
        var feedback = new FeedbackCase
        {
            TrackingCode = "T" + Guid.NewGuid().ToString("N")[..19].ToUpperInvariant(),
            LookupKeyHash = new string('0', 64),
            Kind = FeedbackKind.Reflection,
            Category = category,
            Channel = FeedbackChannel.Online,
            Content = content,
            Submitter = new Submitter { Name = "Người thử danh sách", Address = "Vạn Ninh, Khánh Hòa" },
            ReceivedAt = receivedAt,
            ReceivedOn = receivedOn,
            ClassificationDueOn = classificationDue ?? receivedOn.AddDays(7),
            AnswerDueOn = answerDue ?? receivedOn.AddDays(21),
        };
        if (lead is not null)
        {
            Assign(feedback, lead, new DateTimeOffset(receivedAt), coordinating ?? []);
        }

        return feedback;
    }

    private static void Assign(FeedbackCase feedback, string lead, DateTimeOffset at, string[]? coordinating = null)
    {
        feedback.Classify(ClassificationOutcome.WithinAuthority, null, null, null, Office, at);
        feedback.Assign(lead, coordinating ?? [], Office, at);
    }

    private async Task StoreAsync(IReadOnlyList<FeedbackCase> cases) =>
        await P.Feedback.QueryAsync<FeedbackDb, int>(db =>
        {
            db.Cases.AddRange(cases);
            return db.SaveChangesAsync(_ct);
        });

    private async Task<List<Guid>> IdsAsync(HttpClient client, string path)
    {
        var response = await client.GetAsync(path, _ct);
        Assert.True(response.IsSuccessStatusCode, $"{path}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync(_ct)}");
        return (await response.Content.ReadFromJsonAsync<List<JsonElement>>(_ct))!.Select(r => r.GetProperty("id").GetGuid()).ToList();
    }

    /// <summary>Every page, following the <c>next</c> links: each row once, and as many as the count said.</summary>
    private async Task<List<Guid>> AllPagesAsync(HttpClient client, string path)
    {
        var ids = new List<Guid>();
        int? total = null;
        for (var next = path; next is not null;)
        {
            var response = await client.GetAsync(next, _ct);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var count = int.Parse(response.Headers.GetValues(HandlingApi.TotalCountHeader).Single());
            Assert.Equal(total ?? count, count);
            total = count;
            ids.AddRange((await response.Content.ReadFromJsonAsync<List<JsonElement>>(_ct))!.Select(r => r.GetProperty("id").GetGuid()));
            next = Links(response).GetValueOrDefault("next");
        }

        Assert.Equal(ids.Count, ids.Distinct().Count());
        Assert.Equal(total, ids.Count);
        return ids;
    }

    private static Dictionary<string, string> Links(HttpResponseMessage response) =>
        !response.Headers.TryGetValues("Link", out var values)
            ? []
            : values.SelectMany(v => v.Split(", ")).Select(l => l.Split("; rel=")).ToDictionary(p => p[1].Trim('"'), p => p[0].Trim('<', '>'));
}
