using System.Diagnostics;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace VanPhong.Notifications;

/// <param name="PhoneNumber">A Vietnamese mobile number in national form (0912345678).</param>
/// <param name="Reference">The outbox row's id: a gateway that deduplicates on it sends a retried message once.</param>
public sealed record SmsMessage(string PhoneNumber, string Text, string? Reference = null);

public interface ISmsSender
{
    /// <summary>Sends one SMS; throws when the gateway refuses it, so the caller can record the failure and retry.</summary>
    Task SendAsync(SmsMessage message, CancellationToken cancellationToken);
}

/// <summary>A message that can never be sent as it stands (no provider, no address): recorded at once, never retried.</summary>
public sealed class UndeliverableException(string reason) : Exception(reason);

/// <summary>
/// The SMS brand-name gateway (tin nhắn thương hiệu): Notifications:Sms:Endpoint, :BrandName and :ApiKey. The API key is
/// a secret: give it by reference (user secrets, an environment variable, the app host's secret parameter), never in
/// appsettings.
/// </summary>
public sealed class SmsOptions
{
    public string? Endpoint { get; set; }

    /// <summary>The sender name registered with the carriers, shown instead of a number.</summary>
    public string BrandName { get; set; } = "KKTVANPHONG";

    public string? ApiKey { get; set; }

    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(15);
}

/// <summary>
/// A generic HTTP brand-name gateway: one JSON POST per message, <c>{"brandName","phone","message","reference"}</c>, the
/// key as a bearer token. Vietnamese gateways differ in field names; a provider that needs others gets its own
/// <see cref="ISmsSender"/> beside this one.
/// </summary>
public sealed class HttpSmsSender(HttpClient http, IOptions<SmsOptions> options, ILogger<HttpSmsSender> logger) : ISmsSender
{
    private static readonly ActivitySource Source = new("VanPhong.Notifications");

    public async Task SendAsync(SmsMessage message, CancellationToken cancellationToken)
    {
        var sms = options.Value;
        if (string.IsNullOrWhiteSpace(sms.Endpoint))
        {
            throw new UndeliverableException(NoSmsProvider.Reason);
        }

        using var activity = Source.StartActivity("sms send", ActivityKind.Client);
        using var request = new HttpRequestMessage(HttpMethod.Post, sms.Endpoint)
        {
            Content = JsonContent.Create(new { brandName = sms.BrandName, phone = message.PhoneNumber, message = message.Text, reference = message.Reference }),
        };
        if (!string.IsNullOrEmpty(sms.ApiKey))
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", sms.ApiKey);
        }

        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(sms.Timeout);
        using var response = await http.SendAsync(request, timeout.Token);
        if (!response.IsSuccessStatusCode)
        {
            throw new HttpRequestException($"Cổng SMS trả lời {(int)response.StatusCode} {response.ReasonPhrase}", null, response.StatusCode);
        }

        // The number is personal data: the log says that a message left, not to whom.
        logger.LogInformation("SMS sent through {Endpoint}", new Uri(sms.Endpoint).Host);
    }
}

/// <summary>No gateway configured: nothing is sent, and the message is recorded as not sent (not retried).</summary>
public sealed class NoSmsProvider : ISmsSender
{
    public const string Reason = "Không gửi: chưa cấu hình nhà cung cấp SMS";

    public Task SendAsync(SmsMessage message, CancellationToken cancellationToken) => throw new UndeliverableException(Reason);
}

/// <summary>
/// How many SMS a text takes. GSM 03.38 text: 160 characters, 153 per part when concatenated; anything else (Vietnamese
/// with diacritics) is sent as UCS-2: 70, or 67 per part. Carriers bill every part, and many gateways refuse long texts.
/// </summary>
public static class SmsSegments
{
    /// <summary>The most parts a template may render to; longer texts are refused when the office saves the template.</summary>
    public const int Max = 3;

    private const string Gsm7 = "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà";
    private const string Gsm7Extension = "^{}\\[~]|€\f";

    public static int Count(string text)
    {
        if (text.Length == 0)
        {
            return 0;
        }

        if (text.All(c => Gsm7.Contains(c) || Gsm7Extension.Contains(c)))
        {
            var septets = text.Sum(c => Gsm7Extension.Contains(c) ? 2 : 1);
            return septets <= 160 ? 1 : (int)Math.Ceiling(septets / 153.0);
        }

        // UTF-16 code units: a character outside the BMP takes two.
        return text.Length <= 70 ? 1 : (int)Math.Ceiling(text.Length / 67.0);
    }
}

public static class SmsRegistration
{
    /// <summary>
    /// The SMS sender: the HTTP brand-name gateway when Notifications:Sms:Endpoint is set, otherwise none (messages are
    /// recorded as not sent). The app host points it at the development sink in run mode.
    /// </summary>
    public static IServiceCollection AddSmsNotifications(this IServiceCollection services, IConfiguration configuration)
    {
        var section = configuration.GetSection("Notifications:Sms");
        services.Configure<SmsOptions>(section);
        if (string.IsNullOrWhiteSpace(section["Endpoint"]))
        {
            services.AddSingleton<ISmsSender, NoSmsProvider>();
        }
        else
        {
            services.AddHttpClient<ISmsSender, HttpSmsSender>();
        }

        return services;
    }
}
