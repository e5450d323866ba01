using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using VanPhong.Contracts;
using VanPhong.Messaging;
using VanPhong.Persistence;
using VanPhong.Reporting.Data;
using VanPhong.Security;
using VanPhong.Topology;

namespace VanPhong.Reporting.Projections;

public sealed class CatchUpOptions
{
    /// <summary>
    /// How far before the newest event it holds the request reaches. Reporting reads each event type from its own
    /// queue, so when the backup was taken some queues may have lagged behind the newest event it had consumed; their
    /// events, consumed after the backup and lost with it, were sent up to that lag earlier. Re-sending more costs only
    /// inbox look-ups.
    /// </summary>
    public TimeSpan Margin { get; set; } = TimeSpan.FromHours(1);

    /// <summary>
    /// The file scripts/restore.sh leaves beside a restored database ("&lt;database file&gt;.restored"); by default derived
    /// from the SQLite connection string. Set it for another restore procedure, or use the admin endpoint.
    /// </summary>
    public string? MarkerFile { get; set; }
}

/// <summary>
/// Reporting restored from a backup older than the other services' state lacks the events it consumed after the
/// backup. It asks every publishing service to send again what they retained since its newest event minus
/// <see cref="CatchUpOptions.Margin"/> (<see cref="ReplayRequested"/>, through its own outbox, so a broker away at
/// start-up only delays it); its inbox drops what it already had. It asks at start-up when the restore marker is
/// there (then removes it), and whenever an administrator asks. Not on every start: an ordinary restart lost nothing,
/// and each request makes every publisher read its outbox.
/// </summary>
public sealed class ReportingCatchUp(
    IServiceScopeFactory scopes,
    TimeProvider clock,
    IOptions<CatchUpOptions> options,
    IConfiguration configuration,
    ILogger<ReportingCatchUp> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var marker = MarkerFile();
        if (marker is null || !File.Exists(marker))
        {
            return;
        }

        var restoredFrom = (await File.ReadAllTextAsync(marker, stoppingToken)).Trim();
        var since = await RequestAsync(null, stoppingToken);
        // Removed only once the request is committed: a crash before it asks again at the next start.
        File.Delete(marker);
        logger.LogWarning("Reporting was restored from a backup ({Backup}); it asked the publishing services to send again the events sent since {Since:O}",
            restoredFrom, since);
    }

    /// <summary>Records the catch-up request in the outbox; <paramref name="since"/> defaults to the newest event held minus the margin.</summary>
    public async Task<DateTimeOffset> RequestAsync(DateTimeOffset? since, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ReportingDb>();
        if (since is null)
        {
            // The newest of the last events consumed (not a MAX over the whole log, which has no index on the time).
            var newest = await db.EventLog.OrderByDescending(e => e.Sequence).Take(1000).MaxAsync(e => (DateTime?)e.SentAt, cancellationToken);
            since = newest is { } at ? new DateTimeOffset(DateTime.SpecifyKind(at, DateTimeKind.Utc)) - options.Value.Margin : DateTimeOffset.MinValue;
        }

        db.AddEvent(new ReplayRequested(since.Value, ResourceNames.ReportingService, clock.GetUtcNow()), clock);
        await db.SaveChangesAsync(cancellationToken);
        return since.Value;
    }

    private string? MarkerFile()
    {
        if (options.Value.MarkerFile is { Length: > 0 } configured)
        {
            return configured;
        }

        if (DatabaseRegistration.ProviderOf(configuration) != DatabaseProvider.Sqlite
            || configuration.GetConnectionString(ResourceNames.ReportingDb) is not { Length: > 0 } connectionString)
        {
            return null;
        }

        var file = new SqliteConnectionStringBuilder(connectionString).DataSource;
        return string.IsNullOrEmpty(file) || file == ":memory:" ? null : Path.GetFullPath(file) + ".restored";
    }
}

public static class CatchUpApi
{
    public sealed record CatchUpRequested(DateTimeOffset Since, string RequestedBy);

    public static RouteGroupBuilder MapCatchUp(this RouteGroupBuilder reports)
    {
        // After a restore by other means than scripts/restore.sh (a SQL Server backup), or to reach further back.
        reports.MapPost("/admin/catch-up", async (ReportingCatchUp catchUp, DateTimeOffset? since, CancellationToken ct) =>
                TypedResults.Accepted((string?)null, new CatchUpRequested(await catchUp.RequestAsync(since, ct), ResourceNames.ReportingService)))
            .WithName("RequestCatchUp").WithSummary("Yêu cầu các dịch vụ gửi lại sự kiện đã lưu (sau khi khôi phục dữ liệu báo cáo)")
            .RequireAuthorization(StaffPolicies.Administration);
        return reports;
    }
}
