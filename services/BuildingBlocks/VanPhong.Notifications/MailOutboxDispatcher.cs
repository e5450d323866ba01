using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace VanPhong.Notifications;

/// <summary>How often the dispatcher looks for mail, how it retries a refused send and how long its claim on a message lasts.</summary>
public sealed class MailOutboxOptions
{
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(2);

    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromSeconds(5);

    public TimeSpan MaxRetryDelay { get; set; } = TimeSpan.FromMinutes(10);

    public int MaxAttempts { get; set; } = 10;

    /// <summary>How long a claim on a message lasts; a replica that dies holding it frees it after this.</summary>
    public TimeSpan ClaimTimeout { get; set; } = TimeSpan.FromSeconds(20);
}

/// <summary>
/// Sends the queued mail of one service. A round claims its rows (several replicas share the table), sends each, and
/// records the outcome; a refused send waits with a doubling delay and is given up after a number of attempts.
/// </summary>
public sealed class MailOutboxDispatcher<TDb>(IServiceScopeFactory scopes, IEmailSender sender, IOptions<MailOutboxOptions> options, TimeProvider clock, ILogger<MailOutboxDispatcher<TDb>> logger)
    : BackgroundService
    where TDb : DbContext
{
    private static readonly ActivitySource Source = new("VanPhong.Notifications");
    private readonly string _instance = $"{Environment.MachineName}:{Environment.ProcessId}:{Guid.NewGuid().ToString("N")[..6]}";

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await SendDueAsync(stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex)
            {
                logger.LogWarning(ex, "A round of the mail outbox failed; it tries again");
            }

            try
            {
                await Task.Delay(options.Value.PollInterval, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    public async Task<int> SendDueAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TDb>();
        var now = DateTime.UtcNow;
        var token = _instance + ":" + Guid.NewGuid().ToString("N")[..8];
        var mail = db.Set<OutgoingMail>();
        var next = mail.Where(m => m.SentAt == null && m.FailedAt == null && (m.NextAttemptAt == null || m.NextAttemptAt <= now) && (m.ClaimedUntil == null || m.ClaimedUntil < now))
            .OrderBy(m => m.QueuedAt).Take(10).Select(m => m.Id);
        var until = now + options.Value.ClaimTimeout;
        // The claim's condition again on the row itself: SQL Server re-checks only the UPDATE's own condition under the
        // row's lock, not the subquery's (see OutboxDispatcher.ClaimAsync). Redundant on SQLite.
        if (await mail.Where(m => next.Contains(m.Id) && m.SentAt == null && m.FailedAt == null && (m.ClaimedUntil == null || m.ClaimedUntil < now)).ExecuteUpdateAsync(s => s.SetProperty(m => m.ClaimedBy, token).SetProperty(m => m.ClaimedUntil, until), cancellationToken) == 0)
        {
            return 0;
        }

        var rows = await mail.Where(m => m.ClaimedBy == token && m.SentAt == null).OrderBy(m => m.QueuedAt).ToListAsync(cancellationToken);
        var sent = 0;
        foreach (var row in rows)
        {
            // Still ours? (A slow round may have outlived its claim and another replica taken the message.) The claim is
            // renewed for this one send, so no two replicas ever send the same message.
            var renewed = DateTime.UtcNow + options.Value.ClaimTimeout;
            if (await mail.Where(m => m.Id == row.Id && m.ClaimedBy == token && m.SentAt == null)
                    .ExecuteUpdateAsync(s => s.SetProperty(m => m.ClaimedUntil, renewed), cancellationToken) == 0)
            {
                continue;
            }

            using var activity = Source.StartActivity("mail outbox send", ActivityKind.Internal);
            activity?.SetTag("vanphong.mail.key", row.Key);
            activity?.SetTag("vanphong.mail.channel", row.Channel);
            try
            {
                if (row.Channel == NotificationChannels.Sms)
                {
                    var sms = scope.ServiceProvider.GetService<ISmsSender>() ?? new NoSmsProvider();
                    await sms.SendAsync(row.ToSms(), cancellationToken);
                }
                else
                {
                    await sender.SendAsync(row.ToMessage(), cancellationToken);
                }

                row.SentAt = clock.GetUtcNow().UtcDateTime;
                row.LastError = null;
                sent++;
            }
            catch (UndeliverableException ex)
            {
                // Trying again cannot help (no SMS provider): recorded as not sent, once.
                row.Attempts++;
                row.NotSent(ex.Message, now);
                logger.LogWarning("Message {Key} is not sent: {Reason}", row.Key, ex.Message);
            }
            catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
            {
                row.Attempts++;
                row.LastError = ex.Message.Length > 1000 ? ex.Message[..1000] : ex.Message;
                if (row.Attempts >= options.Value.MaxAttempts)
                {
                    row.FailedAt = now;
                    logger.LogError(ex, "Mail {Key} could not be sent after {Attempts} attempts and is given up", row.Key, row.Attempts);
                }
                else
                {
                    var factor = Math.Pow(2, Math.Min(row.Attempts - 1, 16));
                    var delay = TimeSpan.FromMilliseconds(Math.Min(options.Value.RetryDelay.TotalMilliseconds * factor, options.Value.MaxRetryDelay.TotalMilliseconds));
                    row.NextAttemptAt = now + delay;
                    logger.LogWarning(ex, "Mail {Key} was refused (attempt {Attempts}); it is tried again in {Delay}", row.Key, row.Attempts, delay);
                }
            }

            row.ClaimedBy = null;
            row.ClaimedUntil = null;
            // Each outcome is recorded at once: a crash after a send must not send it again on the next round.
            await db.SaveChangesAsync(CancellationToken.None);
        }

        return sent;
    }
}
