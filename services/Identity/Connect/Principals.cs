using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.IdentityModel.Tokens;
using OpenIddict.Abstractions;
using VanPhong.Identity.Data;
using VanPhong.Security;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace VanPhong.Identity.Connect;

/// <summary>
/// What an access token says about its holder: subject, names, unit, roles, and for a person the digest of the security
/// stamp the token stands on (<see cref="Sessions"/>); audience "vanphong-api".
/// </summary>
public static class Principals
{
    private static readonly string[] AllowedScopes = [Scopes.OpenId, Scopes.Profile, Scopes.Roles, Scopes.OfflineAccess, StaffClaims.ApiScope];

    public static async Task<ClaimsPrincipal> ForUserAsync(StaffUser user, UserManager<StaffUser> users, IEnumerable<string> requestedScopes)
    {
        var identity = NewIdentity();
        identity.SetClaim(Claims.Subject, user.Id)
            .SetClaim(Claims.Name, user.UserName)
            .SetClaim(StaffClaims.FullName, user.FullName)
            .SetClaim(StaffClaims.Unit, user.UnitCode)
            .SetClaim(StaffClaims.SessionStamp, Sessions.Digest(await users.GetSecurityStampAsync(user)))
            .SetClaims(Claims.Role, [.. await users.GetRolesAsync(user)]);
        return Finish(identity, requestedScopes);
    }

    public static ClaimsPrincipal ForClient(string clientId, TokenServerOptions.MachineClient client, IEnumerable<string> requestedScopes)
    {
        var identity = NewIdentity();
        identity.SetClaim(Claims.Subject, clientId)
            .SetClaim(Claims.Name, clientId)
            .SetClaim(StaffClaims.FullName, client.DisplayName ?? clientId)
            .SetClaims(Claims.Role, [.. client.Roles]);
        if (client.Unit is not null)
        {
            identity.SetClaim(StaffClaims.Unit, client.Unit);
        }

        return Finish(identity, requestedScopes);
    }

    private static ClaimsIdentity NewIdentity() => new(TokenValidationParameters.DefaultAuthenticationType, Claims.Name, Claims.Role);

    private static ClaimsPrincipal Finish(ClaimsIdentity identity, IEnumerable<string> requestedScopes)
    {
        var scopes = requestedScopes.Intersect(AllowedScopes).Append(StaffClaims.ApiScope).Distinct().ToArray();
        identity.SetScopes(scopes);
        identity.SetResources(StaffClaims.ApiAudience);
        identity.SetDestinations(claim => claim.Type switch
        {
            Claims.Name or StaffClaims.FullName or Claims.Role or StaffClaims.Unit when scopes.Contains(Scopes.OpenId)
                => [Destinations.AccessToken, Destinations.IdentityToken],
            _ => [Destinations.AccessToken],
        });
        return new ClaimsPrincipal(identity);
    }
}
