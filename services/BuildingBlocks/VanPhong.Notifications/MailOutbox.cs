using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace VanPhong.Notifications;

/// <summary>The channels a message to a person goes by.</summary>
public static class NotificationChannels
{
    public const string Email = "Email";

    public const string Sms = "Sms";
}

/// <summary>
/// A message to a person — an e-mail or an SMS — queued in the service's own database in the same transaction as the
/// step that owes it, and sent by <see cref="MailOutboxDispatcher{TDb}"/>: a crash between the step and the send loses
/// nothing, a failed send is retried with a growing delay, and the key (one per recipient and cause) makes a second
/// queueing of the same message a no-op. The row stays as the record of what was sent, when, or why not.
/// </summary>
public sealed class OutgoingMail
{
    public Guid Id { get; private set; } = Guid.CreateVersion7();

    /// <summary>What the message is for, unique: "feedback/{id}/answer/{version}".</summary>
    public string Key { get; private set; } = "";

    /// <summary>The record it belongs to (a PAKN's id), for that record's history.</summary>
    public string Reference { get; private set; } = "";

    /// <summary><see cref="NotificationChannels.Email"/> or <see cref="NotificationChannels.Sms"/>.</summary>
    public string Channel { get; private set; } = NotificationChannels.Email;

    /// <summary>The template the message was written from ("feedback.received"), when it was.</summary>
    public string? Template { get; private set; }

    /// <summary>The e-mail address, or for an SMS the mobile number in national form.</summary>
    public string ToAddress { get; private set; } = "";

    public string? ToName { get; private set; }

    public string Subject { get; private set; } = "";

    public string Body { get; private set; } = "";

    public DateTime QueuedAt { get; private set; }

    public DateTime? SentAt { get; internal set; }

    public int Attempts { get; internal set; }

    public string? LastError { get; internal set; }

    public DateTime? NextAttemptAt { get; internal set; }

    /// <summary>Given up after <see cref="MailOutboxOptions.MaxAttempts"/>: the office sends the letter by post.</summary>
    public DateTime? FailedAt { get; internal set; }

    public string? ClaimedBy { get; internal set; }

    public DateTime? ClaimedUntil { get; internal set; }

    private OutgoingMail()
    {
    }

    public static OutgoingMail Create(string key, string reference, EmailMessage message, DateTime queuedAtUtc, string? template = null) => new()
    {
        Key = key,
        Reference = reference,
        ToAddress = message.ToAddress,
        ToName = message.ToName,
        Subject = message.Subject,
        Body = message.TextBody,
        QueuedAt = queuedAtUtc,
        Template = template,
    };

    public static OutgoingMail CreateSms(string key, string reference, SmsMessage message, DateTime queuedAtUtc, string? template = null) => new()
    {
        Key = key,
        Reference = reference,
        Channel = NotificationChannels.Sms,
        ToAddress = message.PhoneNumber,
        Body = message.Text,
        QueuedAt = queuedAtUtc,
        Template = template,
    };

    /// <summary>A message that cannot go (the unit has no address): recorded as not sent, with the reason, never tried.</summary>
    public void NotSent(string reason, DateTime atUtc)
    {
        FailedAt = atUtc;
        LastError = reason;
    }

    public SmsMessage ToSms() => new(ToAddress, Body, Id.ToString("N"));

    /// <summary>The recipient as the history shows it: enough to recognise, not to copy (n***@example.vn, 091****678).</summary>
    public string MaskedRecipient => Mask(ToAddress);

    public static string Mask(string recipient)
    {
        if (recipient.Length == 0)
        {
            return "";
        }

        var at = recipient.IndexOf('@');
        if (at > 0)
        {
            return recipient[0] + "***" + recipient[at..];
        }

        return recipient.Length > 6 ? recipient[..3] + new string('*', recipient.Length - 6) + recipient[^3..] : "***";
    }

    /// <summary>
    /// The message as sent, under a Message-ID of its own. SMTP cannot say exactly once: a sender killed after the
    /// server took the message and before the outcome was recorded leaves it to be sent again by another replica — with
    /// the same Message-ID, which mail programs show as one message.
    /// </summary>
    public EmailMessage ToMessage() => new(ToAddress, ToName, Subject, Body, MessageId: $"{Id:N}@outbox.kkt-vanphong.example.vn");
}

public sealed class MailOutboxOptions
{
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(2);

    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromSeconds(5);

    public TimeSpan MaxRetryDelay { get; set; } = TimeSpan.FromMinutes(10);

    public int MaxAttempts { get; set; } = 10;

    /// <summary>How long a claim on a message lasts; a replica that dies holding it frees it after this.</summary>
    public TimeSpan ClaimTimeout { get; set; } = TimeSpan.FromSeconds(20);
}

public static class MailOutboxModel
{
    public static ModelBuilder AddMailOutbox(this ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<OutgoingMail>(b =>
        {
            b.ToTable("OutgoingMail");
            b.HasKey(m => m.Id);
            b.HasIndex(m => m.Key).IsUnique();
            b.HasIndex(m => m.Reference);
            b.HasIndex(m => new { m.SentAt, m.FailedAt, m.QueuedAt });
            b.Property(m => m.Key).HasMaxLength(200);
            b.Property(m => m.Channel).HasMaxLength(10).HasDefaultValue(NotificationChannels.Email);
            b.Property(m => m.Template).HasMaxLength(100);
            b.Property(m => m.Reference).HasMaxLength(100);
            b.Property(m => m.ToAddress).HasMaxLength(254);
            b.Property(m => m.ToName).HasMaxLength(300);
            b.Property(m => m.Subject).HasMaxLength(500);
            b.Property(m => m.LastError).HasMaxLength(1000);
            b.Property(m => m.ClaimedBy).HasMaxLength(100);
        });
        return modelBuilder;
    }

    /// <summary>Queues a message in the current unit of work (it commits with the step or not at all), once per key.</summary>
    public static async Task QueueMailAsync(this DbContext db, string key, string reference, EmailMessage message, TimeProvider clock, CancellationToken cancellationToken) =>
        await db.QueueAsync(OutgoingMail.Create(key, reference, message, clock.GetUtcNow().UtcDateTime), cancellationToken);

    /// <summary>
    /// Queues a message (e-mail or SMS) in the current unit of work, once per key: a replayed event or a retried step
    /// finds its key and queues nothing. Returns the row queued, or null when the key was there already.
    /// </summary>
    public static async Task<OutgoingMail?> QueueAsync(this DbContext db, OutgoingMail message, CancellationToken cancellationToken)
    {
        var key = message.Key;
        if (db.Set<OutgoingMail>().Local.Any(m => m.Key == key) || await db.Set<OutgoingMail>().AnyAsync(m => m.Key == key, cancellationToken))
        {
            return null;
        }

        db.Set<OutgoingMail>().Add(message);
        return message;
    }

    public static IServiceCollection AddMailOutbox<TDb>(this IServiceCollection services, IConfiguration configuration)
        where TDb : DbContext
    {
        services.AddOptions<MailOutboxOptions>().Bind(configuration.GetSection("Notifications:Outbox"));
        services.AddHostedService<MailOutboxDispatcher<TDb>>();
        return services;
    }
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
