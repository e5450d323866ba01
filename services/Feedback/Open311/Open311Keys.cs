using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using VanPhong.Feedback.Data;
using VanPhong.Security;
using VanPhong.ServiceDefaults;

namespace VanPhong.Feedback.Open311;

/// <summary>
/// A key a third-party application posts service requests with (GeoReport v2 §POST Service Request, "Requires API
/// Key: Yes"). The administrator issues it for a named application; the key is shown once and stored as its SHA-256,
/// like the PAKN lookup key; a revoked key is refused from then on.
/// </summary>
public sealed class Open311ApiKey
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    /// <summary>Who the key is for: the application and its operator.</summary>
    public string Application { get; set; } = "";

    public string KeyHash { get; set; } = "";

    /// <summary>The key's first characters, so the administrator can tell keys apart without the key.</summary>
    public string Prefix { get; set; } = "";

    public DateTime IssuedAt { get; set; }

    public string IssuedBy { get; set; } = "";

    public DateTime? RevokedAt { get; set; }

    public string? RevokedBy { get; set; }

    public static string Hash(string key) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key.Trim())));

    /// <summary>"o311-" and 32 characters of a lower-case alphabet without look-alikes: about 160 bits.</summary>
    public static string NewKey()
    {
        const string alphabet = "abcdefghjkmnpqrstuvwxyz23456789";
        return "o311-" + string.Create(32, 0, (span, _) =>
        {
            for (var i = 0; i < span.Length; i++)
            {
                span[i] = alphabet[RandomNumberGenerator.GetInt32(alphabet.Length)];
            }
        });
    }
}

/// <summary>The administrator's side of the Open311 keys: issue (the key shown once), list, revoke.</summary>
public static class Open311KeysApi
{
    public sealed record IssueRequest(string? Application);

    public sealed record KeyView(Guid Id, string Application, string Prefix, DateTime IssuedAt, string IssuedBy, DateTime? RevokedAt, string? RevokedBy);

    /// <summary>The answer to issuing: the key itself, which is never shown again.</summary>
    public sealed record IssuedKey(Guid Id, string Application, string Key, DateTime IssuedAt);

    public static RouteGroupBuilder MapOpen311Keys(this RouteGroupBuilder feedback)
    {
        var keys = feedback.MapGroup("/open311/keys").RequireAuthorization(StaffPolicies.Administration);
        keys.MapPost("/", IssueAsync).WithName("IssueOpen311Key").WithSummary("Cấp khóa Open311 cho một ứng dụng (khóa chỉ hiện một lần)");
        keys.MapGet("/", async (FeedbackDb db, CancellationToken cancellationToken) =>
            TypedResults.Ok((await db.Open311Keys.AsNoTracking().OrderByDescending(k => k.IssuedAt).ToListAsync(cancellationToken)).Select(View).ToList()))
            .WithName("ListOpen311Keys").WithSummary("Các khóa Open311 đã cấp");
        keys.MapDelete("/{id:guid}", RevokeAsync).WithName("RevokeOpen311Key").WithSummary("Thu hồi khóa Open311");
        return feedback;
    }

    /// <summary>The key a request names, if it was issued and not revoked.</summary>
    public static async Task<Open311ApiKey?> FindAsync(FeedbackDb db, string key, CancellationToken cancellationToken)
    {
        var hash = Open311ApiKey.Hash(key);
        return await db.Open311Keys.AsNoTracking().SingleOrDefaultAsync(k => k.KeyHash == hash && k.RevokedAt == null, cancellationToken);
    }

    private static async Task<Results<Created<IssuedKey>, ValidationProblem>> IssueAsync(IssueRequest request, ClaimsPrincipal user, FeedbackDb db, TimeProvider clock, CancellationToken cancellationToken)
    {
        var application = VanPhong.Text.VietnameseText.Clean(request.Application);
        if (application is null or { Length: > 200 })
        {
            return Problems.Invalid("application", "Ghi tên ứng dụng và đơn vị vận hành (tối đa 200 ký tự).", title: "Yêu cầu không hợp lệ");
        }

        var key = Open311ApiKey.NewKey();
        var issued = new Open311ApiKey
        {
            Application = application,
            KeyHash = Open311ApiKey.Hash(key),
            Prefix = key[..9],
            IssuedAt = clock.GetUtcNow().UtcDateTime,
            IssuedBy = user.DisplayName(),
        };
        db.Open311Keys.Add(issued);
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Created($"/api/feedback/open311/keys/{issued.Id}", new IssuedKey(issued.Id, issued.Application, key, issued.IssuedAt));
    }

    private static async Task<Results<NoContent, NotFoundProblem>> RevokeAsync(Guid id, ClaimsPrincipal user, FeedbackDb db, TimeProvider clock, CancellationToken cancellationToken)
    {
        var key = await db.Open311Keys.SingleOrDefaultAsync(k => k.Id == id, cancellationToken);
        if (key is null)
        {
            return Problems.NotFound("Không có khóa này", detail: $"Không có khóa Open311 {id}.");
        }

        if (key.RevokedAt is null)
        {
            key.RevokedAt = clock.GetUtcNow().UtcDateTime;
            key.RevokedBy = user.DisplayName();
            await db.SaveChangesAsync(cancellationToken);
        }

        return TypedResults.NoContent();
    }

    private static KeyView View(Open311ApiKey k) => new(k.Id, k.Application, k.Prefix, k.IssuedAt, k.IssuedBy, k.RevokedAt, k.RevokedBy);
}
