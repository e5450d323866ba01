using System.Net;
using System.Net.Http.Headers;
using System.Security.Claims;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Logging;

namespace VanPhong.Security;

/// <summary>
/// Whether a person's access token still stands. The services validate tokens on their own (signature, issuer,
/// audience, lifetime), so without this a token would outlive a password change, a reset, a deactivation or a role
/// change by the rest of its lifetime. The token carries a digest of the person's security stamp; the identity
/// service is asked — GET /api/identity/me/session, with the token itself, so nothing is revealed to a caller who does
/// not hold it — and the answer is kept per (person, stamp): "still current" for <see cref="Interval"/>, "ended" until
/// the token would have expired anyway. A token is therefore refused at most <see cref="Interval"/> after the change.
/// When the identity service cannot be asked, the token is let through (its signature and short lifetime still hold)
/// and asked about again shortly: an outage of the identity service must not stop all staff work.
/// </summary>
public sealed class SessionCheck(IHttpClientFactory clients, IMemoryCache cache, TimeProvider clock, ILogger<SessionCheck> logger, SessionCheck.Settings settings)
{
    /// <summary>How long an unanswered check lets tokens through before it is tried again.</summary>
    private static readonly TimeSpan Unanswered = TimeSpan.FromSeconds(5);

    /// <param name="Authority">The identity service (http://identity, by service discovery).</param>
    /// <param name="Interval">Auth:SessionCheckInterval: how long a "still current" answer is kept.</param>
    /// <param name="Timeout">How long a check may take before the token is let through unanswered.</param>
    public sealed record Settings(string Authority, TimeSpan Interval, TimeSpan Timeout);

    public TimeSpan Interval => settings.Interval;

    public async Task<bool> IsCurrentAsync(ClaimsPrincipal principal, string accessToken, DateTimeOffset expires, CancellationToken cancellationToken)
    {
        var stamp = principal.FindFirstValue(StaffClaims.SessionStamp);
        if (stamp is null)
        {
            // A machine client: no person whose password or roles could change.
            return true;
        }

        var key = (nameof(SessionCheck), principal.UserId(), stamp);
        if (cache.TryGetValue(key, out bool current))
        {
            return current;
        }

        switch (await AskAsync(accessToken, cancellationToken))
        {
            case true:
                cache.Set(key, true, settings.Interval);
                return true;
            case false:
                // A stamp never becomes current again.
                var remaining = expires - clock.GetUtcNow();
                cache.Set(key, false, remaining > TimeSpan.FromMinutes(1) ? remaining : TimeSpan.FromMinutes(1));
                return false;
            default:
                cache.Set(key, true, Unanswered < settings.Interval ? Unanswered : settings.Interval);
                return true;
        }
    }

    private async Task<bool?> AskAsync(string accessToken, CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(settings.Timeout);
        using var request = new HttpRequestMessage(HttpMethod.Get, settings.Authority + "/api/identity/me/session");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", accessToken);
        try
        {
            using var response = await clients.CreateClient(StaffSecurity.IdentityMetadataClient).SendAsync(request, timeout.Token);
            if (response.StatusCode == HttpStatusCode.Unauthorized)
            {
                return false;
            }

            if (response.IsSuccessStatusCode)
            {
                return true;
            }

            logger.LogWarning("The session check at the identity service answered {Status}; the token is let through", (int)response.StatusCode);
            return null;
        }
        catch (Exception ex) when (ex is HttpRequestException || (ex is OperationCanceledException && !cancellationToken.IsCancellationRequested))
        {
            logger.LogWarning(ex, "The identity service could not be asked whether a session stands; the token is let through");
            return null;
        }
    }
}
