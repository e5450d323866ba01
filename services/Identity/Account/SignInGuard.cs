using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using VanPhong.Identity.Connect;
using VanPhong.Identity.Data;

namespace VanPhong.Identity.Account;

/// <summary>What a person must still show after a correct password.</summary>
public enum SecondFactor
{
    None,

    /// <summary>An authenticator code or a recovery code.</summary>
    Code,

    /// <summary>Their role requires a second factor they have not set up yet: enrolment first.</summary>
    Enrolment,
}

/// <summary>
/// The checks every way of signing in shares — the sign-in page and the password grant of /connect/token — so that
/// neither is a way around the other. Failures are counted per (account, client address), per address and per
/// account (see <see cref="TokenServerOptions.LockoutSettings"/>): an address that keeps failing waits, but an account is
/// never locked for everyone, so nobody can keep the administrator out from somewhere else. Every refusal — unknown
/// name, wrong password, deactivated account, waiting address — is the same answer after the same work (one password
/// hash is always verified), so the answer does not tell whether an account exists.
/// </summary>
public sealed class SignInGuard(
    UserManager<StaffUser> users,
    IPasswordHasher<StaffUser> hasher,
    IdentityDb db,
    TimeProvider clock,
    IOptionsSnapshot<TokenServerOptions> options)
{
    private static string? _decoyHash;

    private TokenServerOptions.LockoutSettings Lockout => options.Value.Lockout;

    /// <summary>The one answer to every refused password, whatever the reason.</summary>
    public string Refusal => $"Tên đăng nhập hoặc mật khẩu không đúng. Nếu đã nhập sai nhiều lần, vui lòng chờ {Lockout.Duration.TotalMinutes:0} phút rồi thử lại.";

    public string CodeRefusal => $"Mã xác thực không đúng hoặc đã hết hạn. Nếu đã nhập sai nhiều lần, vui lòng chờ {Lockout.Duration.TotalMinutes:0} phút rồi thử lại.";

    /// <summary>The first factor: the account when the password is right and nothing holds the attempt back, otherwise null.</summary>
    public async Task<StaffUser?> CheckPasswordAsync(string? userName, string? password, string address, CancellationToken cancellationToken = default)
    {
        var name = userName?.Trim() ?? "";
        var attempt = await BeginAsync(AccountKey(name), address, cancellationToken);
        var user = name.Length == 0 ? null : await users.FindByNameAsync(name);
        var passwordRight = user is null ? CheckDecoy(password ?? "") : await users.CheckPasswordAsync(user, password ?? "");
        if (attempt.HeldBack || !passwordRight || !user!.IsActive || await users.IsLockedOutAsync(user))
        {
            // The attempt stays counted, whatever the reason: a right password sent while waiting costs the same.
            return null;
        }

        await ForgiveAsync(attempt, cancellationToken);
        return user;
    }

    /// <summary>The second factor: a 6-digit authenticator code, or one of the recovery codes (used up by this call).</summary>
    public async Task<bool> CheckCodeAsync(StaffUser user, string? code, string address, CancellationToken cancellationToken = default)
    {
        var attempt = await BeginAsync(AccountKey(user.UserName ?? ""), address, cancellationToken);
        if (attempt.HeldBack || !await IsValidCodeAsync(user, code))
        {
            return false;
        }

        await ForgiveAsync(attempt, cancellationToken);
        return true;
    }

    /// <summary>An authenticator code for a key being enrolled: not counted (whoever is here has passed the password and owns the key).</summary>
    public Task<bool> IsValidAuthenticatorCodeAsync(StaffUser user, string? code) =>
        Digits(code) is { } digits
            ? users.VerifyTwoFactorTokenAsync(user, TokenOptions.DefaultAuthenticatorProvider, digits)
            : Task.FromResult(false);

    public async Task<SecondFactor> SecondFactorOfAsync(StaffUser user)
    {
        if (await users.GetTwoFactorEnabledAsync(user))
        {
            return SecondFactor.Code;
        }

        var roles = await users.GetRolesAsync(user);
        return roles.Intersect(options.Value.TwoFactor.Roles, StringComparer.Ordinal).Any() ? SecondFactor.Enrolment : SecondFactor.None;
    }

    /// <summary>A complete sign-in: the person's earlier failures from this address no longer count.</summary>
    public Task SignedInAsync(StaffUser user, string address, CancellationToken cancellationToken = default)
    {
        var account = AccountKey(user.UserName ?? "");
        return db.SignInFailures.Where(f => f.Account == account && f.Address == address).ExecuteDeleteAsync(cancellationToken);
    }

    /// <summary>The administrator's "mở khóa": every failure of the account is forgotten, from every address.</summary>
    public Task ForgetAsync(StaffUser user, CancellationToken cancellationToken = default)
    {
        var account = AccountKey(user.UserName ?? "");
        return db.SignInFailures.Where(f => f.Account == account).ExecuteDeleteAsync(cancellationToken);
    }

    /// <summary>Whether some address must wait before it may try this account again (shown to administrators).</summary>
    public async Task<bool> IsHeldBackSomewhereAsync(StaffUser user, CancellationToken cancellationToken = default)
    {
        var account = AccountKey(user.UserName ?? "");
        var since = clock.GetUtcNow().UtcDateTime - Lockout.Duration;
        var perAddress = await db.SignInFailures.Where(f => f.Account == account && f.At > since)
            .GroupBy(f => f.Address).Select(g => g.Count()).ToListAsync(cancellationToken);
        var limit = perAddress.Sum() > Lockout.MaxFailedAttemptsPerAccount ? 1 : Lockout.MaxFailedAttempts;
        return perAddress.Any(count => count >= limit);
    }

    /// <summary>The client as the identity service sees it (behind the gateway: the address the gateway forwarded; IPv6 by its /64).</summary>
    public static string ClientAddress(HttpContext http) => VanPhong.ServiceDefaults.ClientAddresses.Key(http.Connection.RemoteIpAddress);

    /// <summary>
    /// Counts the attempt before the password is looked at, so that guesses sent in parallel are counted against each
    /// other; a success takes its own row back (<see cref="ForgiveAsync"/>). The attempt is held back when the failures
    /// before it already reached a limit.
    /// </summary>
    private async Task<Attempt> BeginAsync(string account, string address, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var since = now - Lockout.Duration;
        await db.SignInFailures.Where(f => f.At <= since).ExecuteDeleteAsync(cancellationToken);
        var failure = new SignInFailure(account, address, now);
        db.SignInFailures.Add(failure);
        await db.SaveChangesAsync(cancellationToken);
        db.Entry(failure).State = EntityState.Detached;

        var pair = await db.SignInFailures.CountAsync(f => f.Account == account && f.Address == address && f.At > since, cancellationToken);
        var fromAddress = await db.SignInFailures.CountAsync(f => f.Address == address && f.At > since, cancellationToken);
        var onAccount = await db.SignInFailures.CountAsync(f => f.Account == account && f.At > since, cancellationToken);
        var pairLimit = onAccount > Lockout.MaxFailedAttemptsPerAccount ? 1 : Lockout.MaxFailedAttempts;
        return new Attempt(failure.Id, pair > pairLimit || fromAddress > Lockout.MaxFailedAttemptsPerAddress);
    }

    private Task ForgiveAsync(Attempt attempt, CancellationToken cancellationToken) =>
        db.SignInFailures.Where(f => f.Id == attempt.Id).ExecuteDeleteAsync(cancellationToken);

    private async Task<bool> IsValidCodeAsync(StaffUser user, string? code)
    {
        if (Digits(code) is not null)
        {
            return await IsValidAuthenticatorCodeAsync(user, code);
        }

        return RecoveryCode(code) is { } recovery && (await users.RedeemTwoFactorRecoveryCodeAsync(user, recovery)).Succeeded;
    }

    /// <summary>"123 456" as people copy it from the app: six digits, or null.</summary>
    private static string? Digits(string? code)
    {
        var digits = new string((code ?? "").Where(c => !char.IsWhiteSpace(c)).ToArray());
        return digits.Length == 6 && digits.All(char.IsAsciiDigit) ? digits : null;
    }

    /// <summary>ASP.NET Core Identity's recovery codes read "XXXXX-XXXXX"; lower case and a missing dash are forgiven.</summary>
    private static string? RecoveryCode(string? code)
    {
        var compact = new string((code ?? "").Where(char.IsAsciiLetterOrDigit).ToArray()).ToUpperInvariant();
        return compact.Length == 10 ? compact[..5] + "-" + compact[5..] : null;
    }

    private string AccountKey(string userName)
    {
        var key = users.NormalizeName(userName) ?? "";
        return key.Length > 256 ? key[..256] : key;
    }

    /// <summary>An unknown name costs one hash verification too, against a hash of nobody's password.</summary>
    private bool CheckDecoy(string password)
    {
        var decoy = _decoyHash ??= hasher.HashPassword(new StaffUser(), Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(24)));
        hasher.VerifyHashedPassword(new StaffUser(), decoy, password);
        return false;
    }

    private readonly record struct Attempt(long Id, bool HeldBack);
}
