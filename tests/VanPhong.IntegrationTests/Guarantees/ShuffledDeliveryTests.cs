using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using VanPhong.Calendar;
using VanPhong.Catalog.Model;
using VanPhong.IntegrationTests.Catalog;
using VanPhong.IntegrationTests.Feedback;
using VanPhong.IntegrationTests.Infrastructure;
using VanPhong.Messaging;
using VanPhong.Plans.Documents;
using VanPhong.Reporting.Projections;
using VanPhong.Topology;

namespace VanPhong.IntegrationTests.Guarantees;

/// <summary>
/// Events travel on one queue per type and may come more than once, so every consumer and projection must end in the
/// same state whatever the order and the repetitions. This test records a realistic history through the real platform
/// (a plan issued and carried out, PAKN through their whole lifecycle, publication decisions, internal procedures, a
/// simplification proposal, unit changes, a frozen report), then delivers it again — to reporting's projections and
/// to the copies the plan registry and the PAKN service keep — in many shuffled orders with duplicates, starting each
/// time from the databases with those read models emptied. Every run must give exactly the state the live delivery gave,
/// and so must reporting's rebuild from its own event log.
/// </summary>
public sealed class ShuffledDeliveryTests(PlatformFixture fixture) : IClassFixture<PlatformFixture>
{
    private const int Shuffles = 12;
    private static readonly TimeSpan Vietnam = TimeSpan.FromHours(7);
    private readonly CancellationToken _ct = TestContext.Current.CancellationToken;

    private Platform P => fixture.Platform;

    private sealed record Recorded(Guid MessageId, Type Type, object Message, DateTime SentAt);

    private static readonly Dictionary<string, string> ReportingTables = new()
    {
        ["FeedbackFacts"] = "", ["PlanItemFacts"] = "", ["ProcedureFacts"] = "", ["CatalogEventFacts"] = "", ["SimplificationFacts"] = "", ["UnitFacts"] = "",
        ["EventLog"] = "SELECT MessageId, Type FROM EventLog",
    };

    private static readonly Dictionary<string, string> PlansTables = new()
    {
        ["Units"] = "",
        ["Obligations"] = "SELECT ItemId, Subject, Description, TriggeredOn, DueOn, FulfilledOn, Overdue FROM Obligations",
        ["PlanItemTargets"] = "SELECT Id, ItemId, Metric, ActualValue, ActualAsOf, ActualMeasuredAt FROM PlanItemTargets",
    };

    private static readonly Dictionary<string, string> FeedbackTables = new()
    {
        ["KnownUnits"] = "", ["KnownProcedures"] = "",
        ["FeedbackCases"] = "SELECT Id, SimplificationProposalId, SimplificationProposedAt, ProcedureCode, PlanItemId FROM FeedbackCases",
    };

    [Fact]
    public async Task Every_projection_ends_the_same_whatever_order_and_however_often_its_events_arrive()
    {
        await RecordHistoryAsync();
        await QuiesceAsync();
        var history = await HistoryAsync();
        Assert.True(history.Count > 100, $"a realistic history has more than a hundred events (recorded {history.Count})");
        Assert.True(history.Select(h => h.Type).Distinct().Count() >= 15, "the history covers the event types of every flow");

        // Reporting: the live state, then the ordered replay, then shuffled replays with duplicates, then the rebuild.
        var reporting = new Replica<VanPhong.Reporting.Data.ReportingDb, VanPhong.Reporting.Data.SqliteReportingDb>(
            P.Reporting.DatabasePath, ReportingTables,
            "DELETE FROM FeedbackFacts; DELETE FROM PlanItemFacts; DELETE FROM ProcedureFacts; DELETE FROM CatalogEventFacts; DELETE FROM SimplificationFacts; DELETE FROM UnitFacts; DELETE FROM EventLog; DELETE FROM InboxMessages;",
            typeof(VanPhong.Reporting.Marker).Assembly, extra: s => s.AddSingleton<ReadModelRebuild>());
        var plans = new Replica<VanPhong.Plans.Data.PlansDb, VanPhong.Plans.Data.SqlitePlansDb>(
            P.Plans.DatabasePath, PlansTables,
            "DELETE FROM Units; DELETE FROM Obligations; UPDATE PlanItemTargets SET ActualValue = NULL, ActualAsOf = NULL, ActualMeasuredAt = NULL; DELETE FROM InboxMessages;",
            typeof(VanPhong.Plans.Marker).Assembly);
        var feedback = new Replica<VanPhong.Feedback.Data.FeedbackDb, VanPhong.Feedback.Data.SqliteFeedbackDb>(
            P.Feedback.DatabasePath, FeedbackTables,
            "DELETE FROM KnownUnits; DELETE FROM KnownProcedures; UPDATE FeedbackCases SET SimplificationProposalId = NULL, SimplificationProposedAt = NULL; DELETE FROM InboxMessages;",
            typeof(VanPhong.Feedback.Marker).Assembly);

        foreach (var replica in new IReplica[] { reporting, plans, feedback })
        {
            var live = replica.Dump(replica.LivePath);
            var mine = history.Where(h => replica.Consumes(h.Type)).ToList();
            Assert.NotEmpty(mine);
            var ordered = await replica.ReplayAsync(mine, seed: null, _ct);
            AssertSame(live, replica.Dump(ordered), $"{replica.Name}, in order");
            for (var seed = 1; seed <= Shuffles; seed++)
            {
                var shuffled = await replica.ReplayAsync(mine, seed, _ct);
                AssertSame(live, replica.Dump(shuffled), $"{replica.Name}, shuffle {seed}");
                if (seed == Shuffles && replica == reporting)
                {
                    // The event log of a shuffled run is in that run's order: rebuilding from it gives the same read models.
                    await reporting.RebuildAsync(shuffled, _ct);
                    AssertSame(live, replica.Dump(shuffled), "reporting rebuilt from a shuffled event log");
                }

                File.Delete(shuffled);
            }

            File.Delete(ordered);
        }
    }

    private static void AssertSame(IReadOnlyDictionary<string, List<string>> expected, IReadOnlyDictionary<string, List<string>> actual, string run)
    {
        foreach (var (table, rows) in expected)
        {
            var missing = rows.Except(actual[table]).Take(3).ToList();
            var extra = actual[table].Except(rows).Take(3).ToList();
            Assert.True(missing.Count == 0 && extra.Count == 0 && rows.Count == actual[table].Count,
                $"{run}: {table} differs.\n  expected but missing: {string.Join("\n    ", missing)}\n  found instead: {string.Join("\n    ", extra)}");
        }
    }

    /// <summary>Every event reporting consumed (its log), plus what reporting itself published for the plan registry.</summary>
    private async Task<List<Recorded>> HistoryAsync()
    {
        var logged = await P.Reporting.QueryAsync<VanPhong.Reporting.Data.ReportingDb, List<VanPhong.Reporting.Data.LoggedEvent>>(
            db => db.EventLog.AsNoTracking().OrderBy(e => e.Sequence).ToListAsync());
        var published = await P.Reporting.QueryAsync<VanPhong.Reporting.Data.ReportingDb, List<OutboxMessage>>(
            db => db.Set<OutboxMessage>().AsNoTracking().OrderBy(m => m.OccurredAt).ToListAsync());
        return
        [
            .. logged.Select(e => Of(e.MessageId, e.Type, e.Payload, e.SentAt)),
            .. published.Select(m => Of(m.Id, m.Type, m.Payload, m.SentAt ?? m.OccurredAt)),
        ];

        static Recorded Of(Guid id, string type, string payload, DateTime sentAt)
        {
            var clr = ContractTypes.Resolve(type)!;
            return new Recorded(id, clr, JsonSerializer.Deserialize(payload, clr, ContractTypes.JsonOptions)!, sentAt);
        }
    }

    /// <summary>Until every outbox is drained and no consumer has anything left to apply.</summary>
    private async Task QuiesceAsync()
    {
        var last = -1;
        await Eventually.HoldsAsync(async () =>
        {
            var unsent = await P.Plans.QueryAsync<VanPhong.Plans.Data.PlansDb, int>(db => db.Set<OutboxMessage>().CountAsync(m => m.SentAt == null))
                + await P.Feedback.QueryAsync<VanPhong.Feedback.Data.FeedbackDb, int>(db => db.Set<OutboxMessage>().CountAsync(m => m.SentAt == null))
                + await P.Catalog.QueryAsync<VanPhong.Catalog.Data.CatalogDb, int>(db => db.Set<OutboxMessage>().CountAsync(m => m.SentAt == null))
                + await P.Identity.QueryAsync<VanPhong.Identity.Data.IdentityDb, int>(db => db.Set<OutboxMessage>().CountAsync(m => m.SentAt == null))
                + await P.Reporting.QueryAsync<VanPhong.Reporting.Data.ReportingDb, int>(db => db.Set<OutboxMessage>().CountAsync(m => m.SentAt == null));
            var applied = await P.Reporting.QueryAsync<VanPhong.Reporting.Data.ReportingDb, int>(db => db.Set<InboxMessage>().CountAsync())
                + await P.Plans.QueryAsync<VanPhong.Plans.Data.PlansDb, int>(db => db.Set<InboxMessage>().CountAsync())
                + await P.Feedback.QueryAsync<VanPhong.Feedback.Data.FeedbackDb, int>(db => db.Set<InboxMessage>().CountAsync());
            var settled = unsent == 0 && applied == last;
            last = applied;
            await Task.Delay(settled ? 0 : 1500, _ct);
            return settled;
        }, settled => settled, TimeSpan.FromSeconds(90), "every event published and applied");
    }

    private async Task RecordHistoryAsync()
    {
        await P.WaitForUnitsAsync();
        var admin = await P.ClientForAsync(TestUsers.Admin);
        var office = await P.ClientForAsync(TestUsers.Office);
        var unit = await P.ClientForAsync(TestUsers.StaffQldt);
        var leader = await P.ClientForAsync(TestUsers.Leader);

        // Unit changes, one after the other: only the latest may stand in every copy.
        await Ok(await admin.PutAsJsonAsync($"{RoutePrefixes.Identity}/units/DNLD", new { email = "dnld.cu@kkt-vanphong.example.vn" }, _ct));
        await Ok(await admin.PutAsJsonAsync($"{RoutePrefixes.Identity}/units/DNLD", new { email = "dnld@kkt-vanphong.example.vn" }, _ct));

        // A 2026 plan with the relative rules of items III.6 and III.7 and a target reporting measures.
        var plan = await Ok(await office.PostAsJsonAsync($"{RoutePrefixes.Plans}/import", new PlanDocument(
            2026, "Kế hoạch kiểm soát thủ tục hành chính năm 2026", "16/QĐ-KKT", new DateOnly(2026, 1, 20), null, "Trưởng ban", null, [], 20_000_000, null, null,
            [
                new SectionDocument("I", "Công bố, công khai TTHC", [
                    new ItemDocument("I.1", null, false, "Rà soát danh mục TTHC lĩnh vực đầu tư", "Trước ngày 01/5/2026", "Phòng Quản lý Đầu tư", null, "Báo cáo rà soát"),
                    new ItemDocument("I.2", null, false, "Tuyên truyền về kiểm soát TTHC", "Trong năm 2026", "Văn phòng", null, "Tin bài"),
                    new ItemDocument("I.3", null, false, "Chuẩn hóa kết quả giải quyết TTHC", "Trước ngày 11/6/2026", "Phòng Quản lý Đầu tư", null, "Kết quả chuẩn hóa"),
                ]),
                new SectionDocument("III", "Giải quyết TTHC", [
                    new ItemDocument("III.6", null, false, "Xây dựng quy trình nội bộ giải quyết TTHC; gửi hồ sơ trình Chủ tịch UBND tỉnh phê duyệt trong thời hạn 30 ngày làm việc kể từ ngày công bố TTHC",
                        "Thường xuyên trong năm 2026", "Các phòng chuyên môn thực hiện giải quyết TTHC", "Văn phòng", "100% TTHC phải có quy trình nội bộ"),
                    new ItemDocument("III.7", null, false, "Gửi hồ sơ đề xuất cập nhật quy trình điện tử giải quyết TTHC trong vòng 03 ngày kể từ ngày ban hành quyết định phê duyệt của UBND tỉnh",
                        "Thường xuyên trong năm 2026", "Văn phòng", "Các phòng chuyên môn thực hiện giải quyết TTHC", "Hồ sơ đề xuất cập nhật"),
                ]),
            ]), _ct));
        var planId = plan.GetProperty("id").GetGuid();
        await Ok(await office.PostAsync($"{RoutePrefixes.Plans}/{planId}/issue", null, _ct));
        var items = (await office.GetFromJsonAsync<List<JsonElement>>($"{RoutePrefixes.Plans}/{planId}/items", _ct))!
            .ToDictionary(i => i.GetProperty("code").GetString()!, i => i.GetProperty("id").GetGuid());
        P.PlansClock.AdjustTime(new DateTimeOffset(2026, 3, 2, 9, 0, 0, Vietnam));
        await Ok(await unit.PostAsJsonAsync($"{RoutePrefixes.Plans}/items/{items["I.1"]}/progress", new { percent = 30, narrative = "Đã rà soát 12 thủ tục." }, _ct));
        P.PlansClock.AdjustTime(new DateTimeOffset(2026, 4, 20, 9, 0, 0, Vietnam));
        await Ok(await unit.PostAsJsonAsync($"{RoutePrefixes.Plans}/items/{items["I.1"]}/progress", new { percent = 70, narrative = "Đã rà soát 30 thủ tục." }, _ct));
        P.PlansClock.AdjustTime(new DateTimeOffset(2026, 4, 28, 9, 0, 0, Vietnam));
        await Ok(await unit.PostAsJsonAsync($"{RoutePrefixes.Plans}/items/{items["I.1"]}/progress", new
        {
            percent = 100, status = "Completed", narrative = "Hoàn thành.",
            evidence = new { documentNumber = "21/BC-KKT", documentDate = "28/04/2026", description = "Báo cáo kết quả rà soát" },
        }, _ct));
        await Ok(await office.PostAsJsonAsync($"{RoutePrefixes.Plans}/items/{items["I.2"]}/progress", new { percent = 40, narrative = "Đã đăng 4 tin bài." }, _ct));
        await Ok(await office.PostAsJsonAsync($"{RoutePrefixes.Plans}/items/{items["I.3"]}/cancel", new { reason = "Tỉnh đã giao Sở Tư pháp thực hiện." }, _ct));

        // Catalog: two new procedures, one amended later, one abolished; the internal procedure of the first carried through.
        var (a, b) = (CatalogFixtures.NewCode(), CatalogFixtures.NewCode());
        await CatalogFixtures.PublishAsync(P, new DateOnly(2026, 3, 20),
            new DecisionItem(ChangeKind.New, a, CatalogFixtures.Content($"Thủ tục A {a}")),
            new DecisionItem(ChangeKind.New, b, CatalogFixtures.Content($"Thủ tục B {b}")));
        await Ok(await unit.PutAsJsonAsync($"{RoutePrefixes.Procedures}/{a}/internal-procedure", new { steps = CatalogFixtures.Steps(1, 7, 1, 1) }, _ct));
        await Ok(await office.PostAsJsonAsync($"{RoutePrefixes.Procedures}/{a}/internal-procedure/submit", new { on = "2026-04-10", backdateReason = "Tờ trình bản giấy gửi ngày 10/4" }, _ct));
        await Ok(await office.PostAsJsonAsync($"{RoutePrefixes.Procedures}/{a}/internal-procedure/approve", new { decisionNumber = "1201/QĐ-UBND", approvedOn = "2026-04-20" }, _ct));
        await Ok(await office.PostAsJsonAsync($"{RoutePrefixes.Procedures}/{a}/internal-procedure/electronic-updated", new { on = "2026-04-22", backdateReason = "Cập nhật trên hệ thống của tỉnh ngày 22/4" }, _ct));
        await CatalogFixtures.PublishAsync(P, new DateOnly(2026, 5, 5), new DecisionItem(ChangeKind.Amended, a, CatalogFixtures.Content($"Thủ tục A {a} (sửa đổi)", days: 8)));
        await CatalogFixtures.PublishAsync(P, new DateOnly(2026, 5, 6), new DecisionItem(ChangeKind.Abolished, b, null));

        // PAKN: answered and published, then closed; answered, rated unsatisfied and reopened, then answered again;
        // not accepted; transferred; one left open until the deadline watch finds it overdue.
        P.FeedbackClock.AdjustTime(new DateTimeOffset(2026, 4, 6, 9, 0, 0, Vietnam));
        var published = await FeedbackFlow.InStatusAsync(P, "Published");
        await Ok(await office.PostAsync($"{RoutePrefixes.Feedback}/{published.Id}/close", null, _ct));
        var reopened = await FeedbackFlow.InStatusAsync(P, "Answered");
        await Ok(await P.Anonymous.PostAsJsonAsync($"{RoutePrefixes.PublicFeedback}/{reopened.Code}/rating", new { key = reopened.Key, satisfied = false, score = 2, comment = "Chưa giải quyết dứt điểm", reopen = true }, _ct));
        await Ok(await unit.PostAsJsonAsync($"{RoutePrefixes.Feedback}/{reopened.Id}/draft", new { answer = "Ban quản lý đã giải quyết dứt điểm hồ sơ.", legalBasis = "Nghị định số 20/2008/NĐ-CP" }, _ct));
        await Ok(await leader.PostAsJsonAsync($"{RoutePrefixes.Feedback}/{reopened.Id}/approve", new { }, _ct));
        await Ok(await office.PostAsJsonAsync($"{RoutePrefixes.Feedback}/{reopened.Id}/send", new { answerNumber = "77/KKT-VP" }, _ct));
        await Ok(await P.Anonymous.PostAsJsonAsync($"{RoutePrefixes.PublicFeedback}/{reopened.Code}/rating", new { key = reopened.Key, satisfied = true, score = 5 }, _ct));
        var refused = await FeedbackFlow.InStatusAsync(P, "Received");
        await Ok(await office.PostAsJsonAsync($"{RoutePrefixes.Feedback}/{refused.Id}/classify", new { outcome = "NotAccepted", reason = "Nội dung là khiếu nại." }, _ct));
        var transferred = await FeedbackFlow.InStatusAsync(P, "Received");
        await Ok(await office.PostAsJsonAsync($"{RoutePrefixes.Feedback}/{transferred.Id}/classify", new { outcome = "Transferred", transferredTo = "Sở Xây dựng tỉnh Khánh Hòa" }, _ct));
        await FeedbackFlow.InStatusAsync(P, "Assigned");
        P.FeedbackClock.AdjustTime(new DateTimeOffset(2026, 5, 29, 9, 0, 0, Vietnam));
        await Ok(await office.PostAsync($"{RoutePrefixes.Feedback}/deadlines/run", null, _ct));

        // A review that the reopened PAKN prompted, proposed: the PAKN and reporting both hear of it.
        var review = await Ok(await unit.PostAsJsonAsync($"{RoutePrefixes.Procedures}/{a}/reviews", CatalogFixtures.ReviewRequest(feedbackCodes: [reopened.Code]), _ct));
        await Ok(await leader.PostAsync($"{RoutePrefixes.Procedures}/reviews/{review.GetProperty("id").GetGuid()}/propose", null, _ct));

        // A frozen report sends its KPIs to the plan registry's targets.
        await Eventually.HoldsAsync(() => P.Reporting.QueryAsync<VanPhong.Reporting.Data.ReportingDb, bool>(db => db.Procedures.AnyAsync(p => p.Code == a && p.Version == 2)), seen => seen,
            what: "reporting knows the amended procedure");
        var report = await VanPhong.IntegrationTests.Reporting.ReportFixtures.GenerateAsync(P, new { kind = "Quarter", year = 2026, number = 2 });
        await Ok(await office.PostAsJsonAsync($"{RoutePrefixes.Reports}/periodic/{report}/freeze", new { documentNumber = "30/BC-KKT" }, _ct));
    }

    private async Task<JsonElement> Ok(HttpResponseMessage response)
    {
        var body = await response.Content.ReadAsStringAsync(_ct);
        Assert.True(response.IsSuccessStatusCode, $"{response.RequestMessage?.Method} {response.RequestMessage?.RequestUri}: {(int)response.StatusCode} {body}");
        return body.Length == 0 ? default : JsonDocument.Parse(body).RootElement.Clone();
    }

    private interface IReplica
    {
        string Name { get; }

        string LivePath { get; }

        bool Consumes(Type messageType);

        Task<string> ReplayAsync(IReadOnlyList<Recorded> events, int? seed, CancellationToken ct);

        IReadOnlyDictionary<string, List<string>> Dump(string path);
    }

    /// <summary>
    /// A service's consumers on a copy of its database with their read models emptied, fed events one delivery at a
    /// time through the same path the broker takes (inbox, effect, commit).
    /// </summary>
    private sealed class Replica<TDb, TSqlite>(string livePath, IReadOnlyDictionary<string, string> tables, string reset, System.Reflection.Assembly assembly, Action<IServiceCollection>? extra = null)
        : IReplica
        where TDb : DbContext
        where TSqlite : TDb
    {
        private readonly Dictionary<Type, Type> _consumers = assembly.GetTypes()
            .Where(t => t is { IsClass: true, IsAbstract: false })
            .Select(t => (Consumer: t, Message: t.GetInterfaces().FirstOrDefault(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(MassTransit.IConsumer<>))?.GetGenericArguments()[0]))
            .Where(x => x.Message is not null)
            .ToDictionary(x => x.Message!, x => x.Consumer);

        public string Name => typeof(TDb).Name;

        public string LivePath => livePath;

        public bool Consumes(Type messageType) => _consumers.ContainsKey(messageType);

        public async Task<string> ReplayAsync(IReadOnlyList<Recorded> events, int? seed, CancellationToken ct)
        {
            var path = Path.Combine(Path.GetDirectoryName(livePath)!, $"replay-{Name}-{seed?.ToString() ?? "ordered"}-{Guid.NewGuid():N}.db");
            using (var live = Open(livePath))
            {
                using var copy = live.CreateCommand();
                copy.CommandText = $"VACUUM INTO '{path}'";
                copy.ExecuteNonQuery();
            }

            using (var emptied = Open(path))
            {
                using var command = emptied.CreateCommand();
                command.CommandText = reset;
                command.ExecuteNonQuery();
            }

            await using var services = Services(path);
            foreach (var recorded in Deliveries(events, seed))
            {
                await using var scope = services.CreateAsyncScope();
                var consumer = ActivatorUtilities.CreateInstance(scope.ServiceProvider, _consumers[recorded.Type]);
                var handle = consumer.GetType().GetMethod("HandleAsync")!;
                await (Task)handle.Invoke(consumer, [recorded.Message, new Delivery(recorded.MessageId, recorded.SentAt, ct)])!;
            }

            return path;
        }

        public async Task RebuildAsync(string path, CancellationToken ct)
        {
            await using var services = Services(path);
            await services.GetRequiredService<ReadModelRebuild>().RunAsync(ct);
        }

        /// <summary>In order, or shuffled with about one delivery in four repeated later (a redelivery keeps its id).</summary>
        private static List<Recorded> Deliveries(IReadOnlyList<Recorded> events, int? seed)
        {
            if (seed is null)
            {
                return [.. events];
            }

            var random = new Random(seed.Value);
            var deliveries = events.Concat(events.Where(_ => random.Next(4) == 0)).ToList();
            random.Shuffle(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(deliveries));
            return deliveries;
        }

        private ServiceProvider Services(string path)
        {
            var services = new ServiceCollection();
            services.AddLogging();
            services.AddSingleton(TimeProvider.System);
            services.AddWorkingDayCalendar(new ConfigurationBuilder().Build());
            services.AddDbContext<TDb, TSqlite>(o => o.UseSqlite($"Data Source={path};Pooling=False"));
            extra?.Invoke(services);
            return services.BuildServiceProvider();
        }

        public IReadOnlyDictionary<string, List<string>> Dump(string path)
        {
            using var connection = Open(path);
            var dump = new Dictionary<string, List<string>>();
            foreach (var (table, select) in tables)
            {
                using var command = connection.CreateCommand();
                command.CommandText = select.Length > 0 ? select : $"SELECT * FROM {table}";
                using var reader = command.ExecuteReader();
                var rows = new List<string>();
                while (reader.Read())
                {
                    var row = new StringBuilder();
                    for (var i = 0; i < reader.FieldCount; i++)
                    {
                        row.Append(reader.GetName(i)).Append('=').Append(reader.IsDBNull(i) ? "∅" : Convert.ToString(reader.GetValue(i), System.Globalization.CultureInfo.InvariantCulture)).Append("; ");
                    }

                    rows.Add(row.ToString());
                }

                rows.Sort(StringComparer.Ordinal);
                dump[table] = rows;
            }

            return dump;
        }

        private static SqliteConnection Open(string path)
        {
            var connection = new SqliteConnection($"Data Source={path};Pooling=False");
            connection.Open();
            return connection;
        }
    }
}
