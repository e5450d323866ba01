using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using VanPhong.Messaging;
using VanPhong.Reporting.Data;
using VanPhong.Security;

namespace VanPhong.Reporting.Projections;

public sealed record RebuildStatus(string State, DateTime? StartedAt, DateTime? FinishedAt, long Events, long Total, double EventsPerSecond, string? Error);

/// <summary>
/// Rebuilds the read models from scratch: empties them and replays the event log through the same projections the
/// consumers use, in the order the events were consumed, in batches of one transaction each. Events consumed
/// meanwhile are logged and projected as usual and replayed again when the rebuild reaches them; every projection
/// is idempotent by key, so the result is the same. Imported dossier figures and generated reports are not read
/// models and are kept.
/// </summary>
public sealed class ReadModelRebuild(IServiceScopeFactory scopes, ILogger<ReadModelRebuild> logger)
{
    /// <summary>
    /// Events per transaction. Not more: each catalog event looks through what its batch added so far (quadratic in
    /// the batch; 10,000 made the catalog's events five times slower), while PAKN rows already cost one query per batch.
    /// </summary>
    public const int BatchSize = 2000;

    private static readonly Dictionary<Type, Type> Projections = typeof(ReadModelRebuild).Assembly.GetTypes()
        .Where(t => t is { IsAbstract: false, IsClass: true } && typeof(IEventProjection).IsAssignableFrom(t))
        .ToDictionary(BaseEvent, t => t);

    private readonly Lock _gate = new();
    private RebuildStatus _status = new("Idle", null, null, 0, 0, 0, null);

    public RebuildStatus Status
    {
        get
        {
            lock (_gate)
            {
                return _status;
            }
        }
    }

    /// <summary>Starts a rebuild in the background unless one is running.</summary>
    public bool TryStart()
    {
        lock (_gate)
        {
            if (_status.State == "Running")
            {
                return false;
            }

            _status = new RebuildStatus("Running", DateTime.UtcNow, null, 0, 0, 0, null);
        }

        _ = Task.Run(async () =>
        {
            try
            {
                await RunAsync(CancellationToken.None);
            }
            catch (Exception e)
            {
                logger.LogError(e, "Rebuilding the read models failed");
                Set(s => s with { State = "Failed", FinishedAt = DateTime.UtcNow, Error = e.Message });
            }
        });
        return true;
    }

    public async Task<RebuildStatus> RunAsync(CancellationToken ct)
    {
        var watch = System.Diagnostics.Stopwatch.StartNew();
        var started = DateTime.UtcNow;
        long total;
        await using (var scope = scopes.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<ReportingDb>();
            total = await db.EventLog.LongCountAsync(ct);
            await db.Database.CreateExecutionStrategy().ExecuteAsync(async () =>
            {
                await using var transaction = await db.Database.BeginTransactionAsync(ct);
                await db.Feedback.ExecuteDeleteAsync(ct);
                await db.PlanItems.ExecuteDeleteAsync(ct);
                await db.Procedures.ExecuteDeleteAsync(ct);
                await db.CatalogEvents.ExecuteDeleteAsync(ct);
                await db.Simplifications.ExecuteDeleteAsync(ct);
                await db.Units.ExecuteDeleteAsync(ct);
                await db.ImpactAssessments.ExecuteDeleteAsync(ct);
                await db.Inspections.ExecuteDeleteAsync(ct);
                await db.DeskAssignments.ExecuteDeleteAsync(ct);
                await db.LinkedGroups.ExecuteDeleteAsync(ct);
                await db.Communications.ExecuteDeleteAsync(ct);
                await transaction.CommitAsync(ct);
            });
        }

        Set(_ => new RebuildStatus("Running", started, null, 0, total, 0, null));
        long last = 0, done = 0;
        while (true)
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<ReportingDb>();
            var batch = await db.EventLog.AsNoTracking().Where(e => e.Sequence > last).OrderBy(e => e.Sequence).Take(BatchSize).ToListAsync(ct);
            if (batch.Count == 0)
            {
                break;
            }

            await ApplyAsync(scope.ServiceProvider, db, batch, ct);
            last = batch[^1].Sequence;
            done += batch.Count;
            var rate = done / Math.Max(watch.Elapsed.TotalSeconds, 0.001);
            Set(s => s with { Events = done, Total = Math.Max(total, done), EventsPerSecond = Math.Round(rate) });
        }

        var result = new RebuildStatus("Completed", started, DateTime.UtcNow, done, done, Math.Round(done / Math.Max(watch.Elapsed.TotalSeconds, 0.001)), null);
        Set(_ => result);
        logger.LogInformation("Rebuilt the read models from {Events} events in {Seconds:F1} s", done, watch.Elapsed.TotalSeconds);
        return result;
    }

    /// <summary>Projects a batch of logged events in one transaction.</summary>
    public static Task ApplyAsync(IServiceProvider services, ReportingDb db, IReadOnlyList<LoggedEvent> batch, CancellationToken ct)
    {
        var events = new List<(object Message, EventContext Context)>(batch.Count);
        foreach (var entry in batch)
        {
            var type = ContractTypes.Resolve(entry.Type);
            if (type is null || !Projections.ContainsKey(type))
            {
                continue; // an event this build no longer projects
            }

            events.Add((JsonSerializer.Deserialize(entry.Payload, type, ContractTypes.JsonOptions)!, new EventContext(entry.MessageId, entry.SentAt)));
        }

        return ProjectAsync(services, db, events, ct);
    }

    /// <summary>
    /// Projects events in order in one transaction, through the consumers' own projections (also used to load events
    /// in bulk). The PAKN rows the batch speaks of are read in a few queries first instead of one per PAKN, and the
    /// changes are detected once at the end instead of at every lookup.
    /// </summary>
    public static Task ProjectAsync(IServiceProvider services, ReportingDb db, IReadOnlyList<(object Message, EventContext Context)> events, CancellationToken ct) =>
        db.Database.CreateExecutionStrategy().ExecuteAsync(() => ProjectOnceAsync(services, db, events, ct));

    private static async Task ProjectOnceAsync(IServiceProvider services, ReportingDb db, IReadOnlyList<(object Message, EventContext Context)> events, CancellationToken ct)
    {
        db.ChangeTracker.Clear();
        var detect = db.ChangeTracker.AutoDetectChangesEnabled;
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        try
        {
            var projections = new Dictionary<Type, IEventProjection>();
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            await Feedback.FeedbackPreload.LoadAsync(db, events.Select(e => e.Message), ct);
            foreach (var (message, context) in events)
            {
                var type = message.GetType();
                if (!Projections.TryGetValue(type, out var projectionType))
                {
                    continue;
                }

                if (!projections.TryGetValue(type, out var projection))
                {
                    projection = (IEventProjection)ActivatorUtilities.CreateInstance(services, projectionType, db);
                    projections[type] = projection;
                }

                await projection.ProjectAsync(message, context, ct);
            }

            db.ChangeTracker.DetectChanges();
            await db.SaveChangesAsync(ct);
            await transaction.CommitAsync(ct);
        }
        finally
        {
            db.FeedbackNotStored = null;
            db.ChangeTracker.AutoDetectChangesEnabled = detect;
            db.ChangeTracker.Clear();
        }
    }

    private void Set(Func<RebuildStatus, RebuildStatus> change)
    {
        lock (_gate)
        {
            _status = change(_status);
        }
    }

    private static Type BaseEvent(Type t)
    {
        for (var b = t.BaseType; b is not null; b = b.BaseType)
        {
            if (b.IsGenericType && b.GetGenericTypeDefinition() == typeof(ProjectingConsumer<>))
            {
                return b.GetGenericArguments()[0];
            }
        }

        throw new InvalidOperationException($"{t} is not a projecting consumer.");
    }
}

public static class RebuildApi
{
    public static RouteGroupBuilder MapRebuild(this RouteGroupBuilder reports)
    {
        // Asking while a rebuild runs does not start another: the answer is the running one's status.
        reports.MapPost("/admin/rebuild", (ReadModelRebuild rebuild) =>
            {
                rebuild.TryStart();
                return TypedResults.Accepted("/api/reports/admin/rebuild", rebuild.Status);
            })
            .WithName("RebuildReadModels").WithSummary("Dựng lại dữ liệu báo cáo từ nhật ký sự kiện").RequireAuthorization(StaffPolicies.Administration);
        reports.MapGet("/admin/rebuild", (ReadModelRebuild rebuild) => TypedResults.Ok(rebuild.Status))
            .WithName("RebuildStatus").RequireAuthorization(StaffPolicies.Administration);
        return reports;
    }
}
