using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

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
