using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace VanPhong.Messaging;

/// <summary>
/// Keeps the outbox and the inbox from growing without end: published rows older than
/// <see cref="OutboxOptions.SentRetention"/> and applied-message rows older than <see cref="InboxOptions.Retention"/>
/// are deleted in small batches; and it refreshes the pending and parked gauges the dashboard shows. Running in
/// every replica is harmless: the deletes are idempotent.
/// </summary>
public sealed class OutboxMaintenance<TDb>(
    IServiceScopeFactory scopes,
    IOptions<OutboxOptions> outbox,
    IOptions<InboxOptions> inbox,
    MessagingGauges gauges,
    ILogger<OutboxMaintenance<TDb>> logger) : BackgroundService
    where TDb : DbContext
{
    private const int DeleteBatch = 5000;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (inbox.Value.Retention < outbox.Value.SentRetention)
        {
            logger.LogWarning("Messaging:Inbox:Retention ({Inbox}) is shorter than Messaging:Outbox:SentRetention ({Outbox}): a re-sent event could be applied twice",
                inbox.Value.Retention, outbox.Value.SentRetention);
        }

        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await RunOnceAsync(DateTime.UtcNow, stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex)
            {
                logger.LogWarning(ex, "Outbox maintenance failed; it runs again later");
            }

            try
            {
                await Task.Delay(outbox.Value.MaintenanceInterval, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    public async Task<(int Outbox, int Inbox)> RunOnceAsync(DateTime nowUtc, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TDb>();
        var sentBefore = nowUtc - outbox.Value.SentRetention;
        var processedBefore = nowUtc - inbox.Value.Retention;
        int outboxDeleted = 0, inboxDeleted = 0, deleted;
        do
        {
            deleted = await db.Set<OutboxMessage>().Where(m => m.SentAt != null && m.SentAt < sentBefore)
                .OrderBy(m => m.SentAt).Take(DeleteBatch).ExecuteDeleteAsync(cancellationToken);
            outboxDeleted += deleted;
        }
        while (deleted == DeleteBatch);

        do
        {
            deleted = await db.Set<InboxMessage>().Where(m => m.ProcessedAt < processedBefore)
                .OrderBy(m => m.ProcessedAt).Take(DeleteBatch).ExecuteDeleteAsync(cancellationToken);
            inboxDeleted += deleted;
        }
        while (deleted == DeleteBatch);

        gauges.Pending = await db.Set<OutboxMessage>().CountAsync(m => m.SentAt == null && m.ParkedAt == null, cancellationToken);
        gauges.Parked = await db.Set<OutboxMessage>().CountAsync(m => m.SentAt == null && m.ParkedAt != null, cancellationToken);
        if (outboxDeleted + inboxDeleted > 0)
        {
            logger.LogInformation("Purged {Outbox} published outbox rows and {Inbox} inbox rows past their retention", outboxDeleted, inboxDeleted);
        }

        return (outboxDeleted, inboxDeleted);
    }
}
