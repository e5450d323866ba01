using System.Diagnostics;
using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using MimeKit;

namespace VanPhong.Notifications;

public sealed class SmtpOptions
{
    public string Host { get; set; } = "localhost";

    public int Port { get; set; } = 25;

    /// <summary>None, StartTls or SslOnConnect.</summary>
    public string Security { get; set; } = "None";

    public string? UserName { get; set; }

    public string? Password { get; set; }

    public string FromAddress { get; set; } = "no-reply@kkt-vanphong.example.vn";

    public string FromName { get; set; } = "Ban quản lý Khu kinh tế Vân Phong";
}

/// <param name="MessageId">The Message-ID to send it under; a message sent again keeps it, so the recipient's mail
/// program shows one message (the mail outbox gives each queued message its own).</param>
public sealed record EmailMessage(string ToAddress, string? ToName, string Subject, string TextBody, string? HtmlBody = null, string? MessageId = null);

public interface IEmailSender
{
    /// <summary>Sends one message; throws when the server refuses it, so the caller can record the failure and retry.</summary>
    Task SendAsync(EmailMessage message, CancellationToken cancellationToken);
}

/// <summary>Sends mail with MailKit. One connection per message: reminders and answers are few, and this never holds a socket.</summary>
public sealed class SmtpEmailSender(IOptions<SmtpOptions> options, ILogger<SmtpEmailSender> logger) : IEmailSender
{
    private static readonly ActivitySource Source = new("VanPhong.Notifications");

    public async Task SendAsync(EmailMessage message, CancellationToken cancellationToken)
    {
        var smtp = options.Value;
        using var activity = Source.StartActivity("smtp send", ActivityKind.Client);
        activity?.SetTag("server.address", smtp.Host);

        var mime = new MimeMessage();
        mime.From.Add(new MailboxAddress(smtp.FromName, smtp.FromAddress));
        mime.To.Add(new MailboxAddress(message.ToName ?? message.ToAddress, message.ToAddress));
        mime.Subject = message.Subject;
        if (message.MessageId is not null)
        {
            mime.MessageId = message.MessageId;
        }

        var body = new BodyBuilder { TextBody = message.TextBody, HtmlBody = message.HtmlBody };
        mime.Body = body.ToMessageBody();

        using var client = new SmtpClient();
        var security = Enum.TryParse<SecureSocketOptions>(smtp.Security, ignoreCase: true, out var parsed) ? parsed : SecureSocketOptions.None;
        await client.ConnectAsync(smtp.Host, smtp.Port, security, cancellationToken);
        if (!string.IsNullOrEmpty(smtp.UserName))
        {
            await client.AuthenticateAsync(smtp.UserName, smtp.Password ?? "", cancellationToken);
        }

        await client.SendAsync(mime, cancellationToken);
        await client.DisconnectAsync(quit: true, cancellationToken);
        // The address is personal data: the log says that a message left, not to whom.
        logger.LogInformation("Mail '{Subject}' sent", message.Subject);
    }
}

public static class NotificationRegistration
{
    /// <summary>The SMTP notifier, configured by Notifications:Smtp (the app host points it at the development mail sink).</summary>
    public static IServiceCollection AddEmailNotifications(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<SmtpOptions>(configuration.GetSection("Notifications:Smtp"));
        services.AddSingleton<IEmailSender, SmtpEmailSender>();
        return services;
    }
}
