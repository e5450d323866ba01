using System.Diagnostics;
using System.Globalization;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using VanPhong.Contracts;
using VanPhong.Reporting.Data;
using VanPhong.Reporting.Projections;

namespace VanPhong.Benchmark;

/// <summary>
/// Fills the reporting database the system will start on with a large history: at least the requested number of
/// PAKN events (six per PAKN: received, classified, assigned, answered, published, closed — or fewer for the ones
/// still open) and of other events (catalog publications and internal-procedure milestones, plan progress, units,
/// simplification proposals). Each batch is written to the event log (one prepared insert, one transaction) and
/// projected onto the read models by the rebuild's own batch projection (<see cref="ReadModelRebuild.ProjectAsync"/>,
/// the consumers' projections), from the events in memory: the same read models as a rebuild, without reading ten
/// million events back and parsing them again. The database is the benchmark's own, thrown away after the run, so it
/// is written with <c>synchronous=OFF</c> (the service itself then opens it with its usual settings).
/// </summary>
internal static class ReportingLoad
{
    private static readonly string[] Channels = ["Online", "Online", "Online", "Post", "Email", "InPerson", "NationalPortal"];
    private static readonly string[] Units = ["QLDT", "QHXD", "TNMT", "DNLD", "VP"];
    private static readonly string[] Sectors = ["Đầu tư tại Việt Nam", "Hoạt động xây dựng", "Môi trường", "Việc làm", "Thương mại"];

    public sealed record Result(long FeedbackEvents, long OtherEvents, TimeSpan Logging, RebuildStatus Projection, TimeSpan ProjectionTime);

    public static async Task<Result> RunAsync(string databasePath, int feedbackEvents, int otherEvents)
    {
        var services = new ServiceCollection()
            .AddSingleton(TimeProvider.System)
            .AddLogging(l => l.SetMinimumLevel(LogLevel.Warning))
            .AddDbContext<ReportingDb, SqliteReportingDb>(o => o.UseSqlite($"Data Source={databasePath}"))
            .BuildServiceProvider();
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ReportingDb>();
        await db.Database.MigrateAsync();
        await db.Database.OpenConnectionAsync();
        await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL; PRAGMA synchronous=OFF; PRAGMA cache_size=-65536;");
        var connection = (SqliteConnection)db.Database.GetDbConnection();
        await using var insert = connection.CreateCommand();
        insert.CommandText = "INSERT INTO EventLog (MessageId, Type, Payload, SentAt) VALUES ($id, $type, $payload, $sent)";
        var (id, type, payload, sent) = (insert.Parameters.Add("$id", SqliteType.Text), insert.Parameters.Add("$type", SqliteType.Text),
            insert.Parameters.Add("$payload", SqliteType.Text), insert.Parameters.Add("$sent", SqliteType.Text));

        var (logging, projection) = (new Stopwatch(), new Stopwatch());
        var started = DateTime.UtcNow;
        long feedback = 0, other = 0;
        foreach (var chunk in Events(feedbackEvents, otherEvents).Chunk(ReadModelRebuild.BatchSize))
        {
            logging.Start();
            var events = new List<(object Message, EventContext Context)>(chunk.Length);
            await using (var transaction = connection.BeginTransaction())
            {
                insert.Transaction = transaction;
                foreach (var (message, isFeedback) in chunk)
                {
                    var logged = LoggedEvent.Of(message, new EventContext(Guid.CreateVersion7(), DateTime.UtcNow));
                    // The columns as EF Core writes them: a Guid as upper-case text, a UTC time as ISO text.
                    id.Value = logged.MessageId.ToString().ToUpperInvariant();
                    type.Value = logged.Type;
                    payload.Value = logged.Payload;
                    sent.Value = logged.SentAt.ToString("yyyy-MM-dd HH:mm:ss.FFFFFFF", CultureInfo.InvariantCulture);
                    await insert.ExecuteNonQueryAsync();
                    events.Add((message, new EventContext(logged.MessageId, logged.SentAt)));
                    if (isFeedback)
                    {
                        feedback++;
                    }
                    else
                    {
                        other++;
                    }
                }

                await transaction.CommitAsync();
            }

            logging.Stop();
            projection.Start();
            await ReadModelRebuild.ProjectAsync(scope.ServiceProvider, db, events, CancellationToken.None);
            projection.Stop();
        }

        var total = feedback + other;
        var status = new RebuildStatus("Completed", started, DateTime.UtcNow, total, total, Math.Round(total / Math.Max(projection.Elapsed.TotalSeconds, 0.001)), null);
        return new Result(feedback, other, logging.Elapsed, status, projection.Elapsed);
    }

    /// <summary>The history: PAKN spread over nine months of report year 2026 (from 15/12/2025), then the other events.</summary>
    private static IEnumerable<(object Message, bool Feedback)> Events(int feedbackEvents, int otherEvents)
    {
        var random = new Random(20261125);
        var start = new DateTimeOffset(2025, 12, 15, 8, 0, 0, TimeSpan.FromHours(7));
        var produced = 0;
        for (var n = 0; produced < feedbackEvents; n++)
        {
            var id = Guid.CreateVersion7();
            var code = $"PAKN-2026-{n:D6}";
            var received = start.AddMinutes(random.Next(0, 270 * 24 * 60)); // up to mid-September: none near today
            var day = DateOnly.FromDateTime(received.DateTime);
            var unit = Units[n % Units.Length];
            yield return (new FeedbackReceived(id, code, "implementation-difficulty", Channels[n % Channels.Length], "1.009645", received, day.AddDays(7)), true);
            yield return (new FeedbackClassified(id, code, "WithinAuthority", "implementation-difficulty", received.AddDays(1), day.AddDays(7), day.AddDays(14)), true);
            yield return (new FeedbackAssigned(id, code, unit, [], received.AddDays(1), day.AddDays(14)), true);
            produced += 3;
            if (n % 10 == 9)
            {
                continue; // one in ten still open
            }

            var answered = received.AddDays(random.Next(2, 18));
            yield return (new FeedbackAnswered(id, code, unit, answered, day.AddDays(14), DateOnly.FromDateTime(answered.DateTime) <= day.AddDays(14)), true);
            yield return (new FeedbackPublished(id, code, answered.AddDays(1)), true);
            yield return (new FeedbackStatusChanged(id, code, "Published", "Closed", answered.AddDays(2), unit), true);
            produced += 3;
        }

        var others = 0;
        foreach (var unit in Units)
        {
            yield return (new OrganisationUnitChanged(unit, $"Phòng {unit}", unit == "VP" ? "Office" : "Division", null, true, start), false);
            others++;
        }

        var planId = Guid.NewGuid();
        var items = Enumerable.Range(1, 1000).Select(i => new PlanItemSnapshot(Guid.CreateVersion7(), $"I.{i}", "I", "Nhiệm vụ thử tải", [Units[i % Units.Length]],
            new DateOnly(2026, 1 + i % 12, 10), 1, "NotStarted", 0)).ToList();
        yield return (new PlanIssued(planId, 2026, "Kế hoạch thử tải năm 2026", "1/QĐ-KKT", new DateOnly(2026, 1, 5), items), false);
        others++;
        for (var n = 0; others < otherEvents; n++)
        {
            var code = $"7.{n:D6}";
            var published = new DateOnly(2026, 1, 5).AddDays(n % 330);
            switch (n % 5)
            {
                case 0:
                    yield return (new ProcedurePublished(Guid.CreateVersion7(), code, $"Thủ tục thử tải {n}", Sectors[n % Sectors.Length], "New", $"{n % 97}/QĐ-UBND",
                        published, published, n % 7 != 0, n % 3 == 0 ? "Full" : "Partial", true, n % 2 == 0, 10, false, published.AddDays(42)), false);
                    break;
                case 1:
                    yield return (new InternalProcedureSubmitted($"7.{n - 1:D6}", published.AddDays(20), published.AddDays(42), published), false);
                    break;
                case 2:
                    yield return (new InternalProcedureApproved($"7.{n - 2:D6}", "5/QĐ-UBND", published.AddDays(25), published), false);
                    break;
                case 3:
                    var item = items[n % items.Count];
                    yield return (new PlanItemProgressReported(planId, item.ItemId, 2026, item.Code, "I", item.LeadUnits[0], 10 + n % 80, "InProgress", published), false);
                    break;
                default:
                    var done = items[n % items.Count];
                    yield return (new PlanItemCompleted(planId, done.ItemId, 2026, done.Code, "I", done.LeadUnits, published, done.DueOn, published > done.DueOn), false);
                    break;
            }

            others++;
        }
    }
}
