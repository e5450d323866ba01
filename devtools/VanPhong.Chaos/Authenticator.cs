using System.Net;
using System.Security.Cryptography;
using System.Text.RegularExpressions;

namespace VanPhong.Testing;

/// <summary>
/// What a person's authenticator app does, for the tools that sign in as administrators and leadership (the chaos
/// load, the end-to-end and integration suites, which link this file): the second factor is required for those roles
/// with no switch to turn it off, so the tools enrol through the real sign-in pages — exactly what a person does the
/// first time — and then compute the 6-digit code from the key the page showed (RFC 6238: HMAC-SHA1, 30 s, 6 digits).
/// </summary>
public static partial class Authenticator
{
    /// <summary>A person's enrolment: the key the page showed and the recovery codes shown once after it.</summary>
    public sealed record Enrolment(string Key, IReadOnlyList<string> RecoveryCodes)
    {
        public string CurrentCode() => Code(Key, DateTimeOffset.UtcNow);
    }

    /// <summary>The code an authenticator app shows at the given moment for a base32 key.</summary>
    public static string Code(string base32Key, DateTimeOffset at)
    {
        var step = (ulong)(at.ToUnixTimeSeconds() / 30);
        var counter = new byte[8];
        for (var i = 7; i >= 0; i--)
        {
            counter[i] = (byte)(step & 0xff);
            step >>= 8;
        }

        var hash = HMACSHA1.HashData(FromBase32(base32Key), counter);
        var offset = hash[^1] & 0x0f;
        var binary = ((hash[offset] & 0x7f) << 24) | (hash[offset + 1] << 16) | (hash[offset + 2] << 8) | hash[offset + 3];
        return (binary % 1_000_000).ToString("D6", System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>
    /// Signs in at the identity service's pages with <paramref name="browser"/> (cookies kept, redirects not followed,
    /// based at the gateway) and enrols an authenticator: the page's key, a code computed from it, the recovery codes.
    /// </summary>
    public static async Task<Enrolment> EnrolAsync(HttpClient browser, string userName, string password, CancellationToken ct = default)
    {
        var login = await browser.GetStringAsync("/account/login?returnUrl=%2F", ct);
        var signedIn = await browser.PostAsync("/account/login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = Antiforgery(login),
            ["returnUrl"] = "/",
            ["userName"] = userName,
            ["password"] = password,
        }), ct);
        var next = signedIn.Headers.Location?.OriginalString ?? "";
        if (signedIn.StatusCode != HttpStatusCode.Redirect || !next.StartsWith("/account/mfa/setup", StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"{userName}: the sign-in did not lead to the enrolment page ({(int)signedIn.StatusCode} {next}).");
        }

        var setup = await browser.GetStringAsync(next, ct);
        var key = Secret().Match(setup) is { Success: true } m ? m.Groups[1].Value : throw new InvalidOperationException("No key on the enrolment page.");
        var enrolled = await browser.PostAsync("/account/mfa/setup", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = Antiforgery(setup),
            ["returnUrl"] = "/",
            ["code"] = Code(key, DateTimeOffset.UtcNow),
        }), ct);
        var page = await enrolled.Content.ReadAsStringAsync(ct);
        if (enrolled.StatusCode != HttpStatusCode.OK)
        {
            throw new InvalidOperationException($"{userName}: the enrolment was refused ({(int)enrolled.StatusCode}).");
        }

        return new Enrolment(key, [.. RecoveryCodeItem().Matches(page).Select(c => c.Groups[1].Value)]);
    }

    /// <summary>A client for <see cref="EnrolAsync"/>: its own cookies, no redirects followed.</summary>
    public static HttpClient Browser(Uri gateway) =>
        new(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = true, CookieContainer = new CookieContainer() }) { BaseAddress = gateway };

    private static string Antiforgery(string page) =>
        AntiforgeryField().Match(page) is { Success: true } m ? WebUtility.HtmlDecode(m.Groups[1].Value) : throw new InvalidOperationException("No antiforgery field on the page.");

    private static byte[] FromBase32(string text)
    {
        const string alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
        var bits = 0;
        var value = 0;
        var bytes = new List<byte>();
        foreach (var c in text.ToUpperInvariant().Where(c => c is not (' ' or '=')))
        {
            value = (value << 5) | alphabet.IndexOf(c);
            bits += 5;
            if (bits >= 8)
            {
                bytes.Add((byte)(value >> (bits - 8)));
                bits -= 8;
            }
        }

        return [.. bytes];
    }

    [GeneratedRegex("secret=([A-Z2-7]+)")]
    private static partial Regex Secret();

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryField();

    [GeneratedRegex("<li><code>([A-Z0-9]{5}-[A-Z0-9]{5})</code></li>")]
    private static partial Regex RecoveryCodeItem();
}
