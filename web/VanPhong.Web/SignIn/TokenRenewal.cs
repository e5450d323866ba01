using System.Globalization;
using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.Extensions.Options;

namespace VanPhong.Web.SignIn;

/// <summary>
/// Access tokens live a few minutes (so that the services stop honouring them soon after a password change, a reset, a
/// deactivation or a role change). The staff cookie lives a working day instead: shortly before its access token
/// expires, the token is renewed with the refresh token, server to server; when the identity service refuses the
/// refresh — the person's sessions were ended, or the day is over — the cookie goes and the next page asks for a new
/// sign-in. A form being filled in therefore survives an expiry; only an ended session loses it.
/// </summary>
public sealed class TokenRenewal(IOptionsMonitor<OpenIdConnectOptions> oidc, TimeProvider clock, ILogger<TokenRenewal> logger)
{
    /// <summary>Renewed this long before expiry, so a request never reaches a service with a token about to lapse.</summary>
    private static readonly TimeSpan Ahead = TimeSpan.FromSeconds(60);

    public async Task ValidatePrincipalAsync(CookieValidatePrincipalContext context)
    {
        var now = clock.GetUtcNow();
        if (!DateTimeOffset.TryParse(context.Properties.GetTokenValue("expires_at"), CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var expires)
            || expires - now > Ahead)
        {
            return;
        }

        var (tokens, refused) = context.Properties.GetTokenValue("refresh_token") is { Length: > 0 } refreshToken
            ? await RefreshAsync(refreshToken, context.HttpContext.RequestAborted)
            : (null, true);
        if (tokens is not null)
        {
            context.Properties.UpdateTokenValue("access_token", tokens.AccessToken);
            if (tokens.RefreshToken is { Length: > 0 } rolled)
            {
                context.Properties.UpdateTokenValue("refresh_token", rolled);
            }

            context.Properties.UpdateTokenValue("expires_at", now.AddSeconds(tokens.ExpiresIn).ToString("o", CultureInfo.InvariantCulture));
            context.ShouldRenew = true;
            return;
        }

        if (!refused && expires > now)
        {
            // The identity service did not answer: the token is still good for a moment; the next request tries again.
            return;
        }

        context.RejectPrincipal();
        await context.HttpContext.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
    }

    /// <summary>The renewed tokens; or none, and whether the identity service refused (rather than did not answer).</summary>
    private async Task<(Tokens? Tokens, bool Refused)> RefreshAsync(string refreshToken, CancellationToken cancellationToken)
    {
        var options = oidc.Get(OpenIdConnectDefaults.AuthenticationScheme);
        try
        {
            var configuration = await options.ConfigurationManager!.GetConfigurationAsync(cancellationToken);
            using var response = await options.Backchannel.PostAsync(configuration.TokenEndpoint, new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["grant_type"] = "refresh_token",
                ["client_id"] = options.ClientId!,
                ["refresh_token"] = refreshToken,
            }), cancellationToken);
            if (response.StatusCode is HttpStatusCode.BadRequest or HttpStatusCode.Unauthorized)
            {
                logger.LogInformation("The identity service refused to renew a staff access token: the person signs in again");
                return (null, true);
            }

            response.EnsureSuccessStatusCode();
            return (await response.Content.ReadFromJsonAsync<Tokens>(cancellationToken), false);
        }
        catch (Exception ex) when (ex is HttpRequestException or JsonException or InvalidOperationException || (ex is OperationCanceledException && !cancellationToken.IsCancellationRequested))
        {
            logger.LogWarning(ex, "The staff access token could not be renewed");
            return (null, false);
        }
    }

    private sealed record Tokens(
        [property: System.Text.Json.Serialization.JsonPropertyName("access_token")] string AccessToken,
        [property: System.Text.Json.Serialization.JsonPropertyName("refresh_token")] string? RefreshToken,
        [property: System.Text.Json.Serialization.JsonPropertyName("expires_in")] int ExpiresIn);
}
