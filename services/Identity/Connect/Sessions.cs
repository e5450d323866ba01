using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using OpenIddict.Abstractions;
using OpenIddict.Validation;
using VanPhong.Identity.Data;
using VanPhong.Security;
using static OpenIddict.Abstractions.OpenIddictConstants;
using static OpenIddict.Validation.OpenIddictValidationEvents;

namespace VanPhong.Identity.Connect;

/// <summary>
/// Phiên đăng nhập: what a person's tokens stand on. Every token carries a digest of the security stamp it was issued
/// under; a password change, a reset, a deactivation, a role or unit change and a change of the second factor give the
/// person a new stamp, and the token server also revokes the person's stored tokens and authorizations, so refresh
/// tokens die at once (twice over) and access tokens as soon as a service checks the stamp.
/// </summary>
public sealed class Sessions(UserManager<StaffUser> users, IOpenIddictTokenManager tokens, IOpenIddictAuthorizationManager authorizations, ILogger<Sessions> logger)
{
    /// <summary>
    /// The stamp as tokens carry it: a digest, because the stamp itself is key material of ASP.NET Core Identity's other
    /// codes and an access token is readable by whoever holds it.
    /// </summary>
    public static string Digest(string? securityStamp) =>
        Base64Url(SHA256.HashData(Encoding.UTF8.GetBytes("vanphong-session:" + securityStamp)))[..22];

    public static bool IsCurrent(ClaimsPrincipal tokenPrincipal, StaffUser user) =>
        tokenPrincipal.GetClaim(StaffClaims.SessionStamp) == Digest(user.SecurityStamp);

    /// <summary>A new stamp and no stored token left: for changes ASP.NET Core Identity does not stamp itself (roles, unit, deactivation).</summary>
    public async Task<IdentityResult> EndAllAsync(StaffUser user, string reason, CancellationToken cancellationToken = default)
    {
        var result = await users.UpdateSecurityStampAsync(user);
        if (result.Succeeded)
        {
            await RevokeTokensAsync(user, reason, cancellationToken);
        }

        return result;
    }

    /// <summary>The stored tokens and authorizations only: for changes that have already given the person a new stamp (password, second factor).</summary>
    public async Task RevokeTokensAsync(StaffUser user, string reason, CancellationToken cancellationToken = default)
    {
        var revokedTokens = await tokens.RevokeBySubjectAsync(user.Id, cancellationToken);
        var revokedAuthorizations = await authorizations.RevokeBySubjectAsync(user.Id, cancellationToken);
        logger.LogInformation("Sessions of user {UserId} ended ({Reason}): {Tokens} tokens and {Authorizations} authorizations revoked",
            user.Id, reason, revokedTokens, revokedAuthorizations);
    }

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}

/// <summary>
/// The identity service's own API validates its tokens locally, like every service; here the stamp is compared with the
/// database on every request, since the accounts live here and the query is one indexed row.
/// </summary>
public sealed class RefuseStaleAccessTokens(IdentityDb db) : IOpenIddictValidationHandler<ProcessAuthenticationContext>
{
    public static OpenIddictValidationHandlerDescriptor Descriptor { get; } =
        OpenIddictValidationHandlerDescriptor.CreateBuilder<ProcessAuthenticationContext>()
            .UseScopedHandler<RefuseStaleAccessTokens>()
            .SetOrder(OpenIddictValidationHandlers.ValidateAccessToken.Descriptor.Order + 500)
            .SetType(OpenIddictValidationHandlerType.Custom)
            .Build();

    public async ValueTask HandleAsync(ProcessAuthenticationContext context)
    {
        var stamp = context.AccessTokenPrincipal?.GetClaim(StaffClaims.SessionStamp);
        if (stamp is null)
        {
            // A machine client's token: no person behind it whose stamp could change.
            return;
        }

        var subject = context.AccessTokenPrincipal!.GetClaim(Claims.Subject);
        var current = await db.Users.AsNoTracking().Where(u => u.Id == subject)
            .Select(u => new { u.SecurityStamp, u.IsActive })
            .SingleOrDefaultAsync(context.CancellationToken);
        if (current is null || !current.IsActive || Sessions.Digest(current.SecurityStamp) != stamp)
        {
            // The description goes into the WWW-Authenticate header, which carries ASCII only; the body is the Vietnamese problem.
            context.Reject(error: Errors.InvalidToken, description: "The session of this token has ended: sign in again.");
        }
    }
}
