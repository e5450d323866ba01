using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using VanPhong.Feedback.Data;

namespace VanPhong.Feedback.Intake;

/// <summary>
/// A citizen's submission made with an Idempotency-Key header: the key (hashed, per endpoint), a fingerprint of the
/// request, and the receipt given back. A retry with the same key — after a timeout, a dropped connection, a double
/// click — gets that receipt again and creates nothing. Written in the same transaction as the PAKN, so a key is never
/// recorded without its PAKN nor a PAKN without its key. Kept <see cref="IntakeOptions.IdempotencyRetention"/> (the
/// receipt holds the lookup key, which the submitter already has; the table is purged after that).
/// </summary>
public sealed class IdempotentSubmission
{
    public string KeyHash { get; private set; } = "";

    public string RequestHash { get; private set; } = "";

    public Guid FeedbackId { get; private set; }

    public string ReceiptJson { get; private set; } = "";

    public DateTime CreatedAt { get; private set; }

    private IdempotentSubmission()
    {
    }

    public IdempotentSubmission(string keyHash, string requestHash, Guid feedbackId, Receipt receipt, DateTime createdAt)
    {
        KeyHash = keyHash;
        RequestHash = requestHash;
        FeedbackId = feedbackId;
        ReceiptJson = JsonSerializer.Serialize(receipt, IdempotencyKeys.Json);
        CreatedAt = createdAt;
    }

    public Receipt Receipt => JsonSerializer.Deserialize<Receipt>(ReceiptJson, IdempotencyKeys.Json)!;
}

/// <summary>The Idempotency-Key of a public write: read, checked, hashed.</summary>
public static class IdempotencyKeys
{
    public const string Header = "Idempotency-Key";

    internal static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>
    /// The key of the request scoped to its endpoint (null when none was sent), or an error: at most 200 printable
    /// ASCII characters, as the IETF draft and common practice (a UUID) have it.
    /// </summary>
    public static (string? Key, string? Error) Read(HttpRequest request, string endpoint)
    {
        if (!request.Headers.TryGetValue(Header, out var values) || values.Count == 0)
        {
            return (null, null);
        }

        var key = values.ToString().Trim();
        if (values.Count > 1 || key.Length is 0 or > 200 || key.Any(c => c < 0x21 || c > 0x7E))
        {
            return (null, "Idempotency-Key phải là một chuỗi từ 1 đến 200 ký tự ASCII in được (ví dụ một UUID).");
        }

        return (endpoint + ":" + key, null);
    }

    public static string Hash(string value) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(value)));

    public static string Fingerprint(object request) => Hash(JsonSerializer.Serialize(request, request.GetType(), Json));
}

/// <summary>Deletes idempotency records past their retention (hourly; harmless in every replica).</summary>
public sealed class IdempotencyPurge(IServiceScopeFactory scopes, IOptions<IntakeOptions> options, TimeProvider clock, ILogger<IdempotencyPurge> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                var before = clock.GetUtcNow().UtcDateTime - options.Value.IdempotencyRetention;
                await scope.ServiceProvider.GetRequiredService<FeedbackDb>().Set<IdempotentSubmission>()
                    .Where(s => s.CreatedAt < before).ExecuteDeleteAsync(stoppingToken);
                await Task.Delay(TimeSpan.FromHours(1), stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
            catch (Exception ex)
            {
                logger.LogWarning(ex, "Purging idempotency records failed; it runs again later");
                try
                {
                    await Task.Delay(TimeSpan.FromMinutes(5), stoppingToken);
                }
                catch (OperationCanceledException)
                {
                    return;
                }
            }
        }
    }
}
