using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using VanPhong.IntegrationTests.Infrastructure;
using VanPhong.Security;
using VanPhong.Testing;
using VanPhong.Topology;

namespace VanPhong.IntegrationTests.Security;

/// <summary>
/// Issue 13, identity: sessions end with a password change, a reset, a deactivation or a role change; wrong passwords
/// hold back the address that sends them, not the account; every refusal reads the same; administrators and leadership
/// sign in with a second factor. All through the gateway, the identity service's real pipeline and a real service.
/// </summary>
public sealed partial class IdentityProtectionTests(PlatformFixture fixture) : IClassFixture<PlatformFixture>
{
    private readonly CancellationToken _ct = TestContext.Current.CancellationToken;

    private Platform P => fixture.Platform;

    public static TheoryData<string> SessionEndings => ["password changed", "password reset", "deactivated", "roles changed"];

    [Theory]
    [MemberData(nameof(SessionEndings))]
    public async Task Refresh_and_access_tokens_stop_working_when_the_session_ends(string ending)
    {
        var user = new TestUser("phien." + Guid.NewGuid().ToString("N")[..6], "Người Thử Phiên", "QLDT", StaffRoles.UnitStaff);
        await P.EnsureUserAsync(user);
        var first = await TokensAsync(await P.RequestTokenAsync(Platform.PasswordGrant(user.UserName, TestUser.Password, scope: "offline_access vanphong.api")));
        // Before: the refresh token works, and so do access tokens, at the identity service and at another service.
        var (accessToken, refreshToken) = await TokensAsync(await RefreshAsync(first.RefreshToken));
        var client = P.WithToken(accessToken);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"{RoutePrefixes.Identity}/me", _ct)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(RoutePrefixes.Plans, _ct)).StatusCode);

        var admin = await P.ClientForAsync(TestUsers.Admin);
        var id = await UserIdAsync(admin, user);
        var changed = ending switch
        {
            "password changed" => await client.PostAsJsonAsync($"{RoutePrefixes.Identity}/me/password", new { currentPassword = TestUser.Password, newPassword = "Mat-Khau-Moi-2026!" }, _ct),
            "password reset" => await admin.PostAsync($"{RoutePrefixes.Identity}/users/{id}/reset-password", null, _ct),
            "deactivated" => await admin.PutAsJsonAsync($"{RoutePrefixes.Identity}/users/{id}", new { isActive = false }, _ct),
            _ => await admin.PutAsJsonAsync($"{RoutePrefixes.Identity}/users/{id}", new { roles = new[] { StaffRoles.OneStopStaff } }, _ct),
        };
        Assert.True(changed.IsSuccessStatusCode, $"{ending}: {(int)changed.StatusCode} {await changed.Content.ReadAsStringAsync(_ct)}");

        var refresh = await RefreshAsync(refreshToken);
        Assert.Equal(HttpStatusCode.BadRequest, refresh.StatusCode);
        var refusal = await refresh.Content.ReadFromJsonAsync<Platform.TokenResponse>(_ct);
        Assert.Equal("invalid_grant", refusal!.Error);
        Assert.Contains("Vui lòng đăng nhập lại", refusal.ErrorDescription);
        // The first refresh token (already rolled over) is no way back either.
        Assert.Equal(HttpStatusCode.BadRequest, (await RefreshAsync(first.RefreshToken)).StatusCode);

        // The identity service compares the stamp on every request; the other services within Auth:SessionCheckInterval.
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync($"{RoutePrefixes.Identity}/me", _ct)).StatusCode);
        await Eventually.HoldsAsync(async () => (await client.GetAsync(RoutePrefixes.Plans, _ct)).StatusCode, s => s == HttpStatusCode.Unauthorized,
            what: "the plan registry refuses the access token of an ended session");
    }

    [Fact]
    public async Task An_address_guessing_the_administrators_password_does_not_lock_the_administrator_out_elsewhere()
    {
        var authenticator = await P.AuthenticatorOfAsync(TestUsers.Admin);
        const string attacker = "203.0.113.66";
        const string office = "198.51.100.20";
        for (var i = 0; i < 8; i++)
        {
            var guess = await TokenFromAsync(attacker, Platform.PasswordGrant(TestUsers.AdminUserName, $"Doan-Mat-Khau-{i}!"));
            Assert.Equal(HttpStatusCode.BadRequest, guess.StatusCode);
        }

        // The attacker's address is held back: even the right password and code are refused from there...
        var fromAttacker = await TokenFromAsync(attacker, Platform.PasswordGrant(TestUsers.AdminUserName, TestUsers.AdminPassword, authenticator.CurrentCode()));
        Assert.Equal(HttpStatusCode.BadRequest, fromAttacker.StatusCode);

        // ...while the administrator, at the office, signs in at once, by the token endpoint and by the sign-in page.
        var fromOffice = await TokenFromAsync(office, Platform.PasswordGrant(TestUsers.AdminUserName, TestUsers.AdminPassword, authenticator.CurrentCode()));
        Assert.Equal(HttpStatusCode.OK, fromOffice.StatusCode);
        var browser = Browser(office);
        var afterPassword = await SubmitLoginAsync(browser, TestUsers.AdminUserName, TestUsers.AdminPassword);
        Assert.Equal(HttpStatusCode.Redirect, afterPassword.StatusCode);
        Assert.StartsWith($"{RoutePrefixes.Account}/mfa", Where(afterPassword));

        var failures = await P.Identity.QueryAsync<VanPhong.Identity.Data.IdentityDb, List<string>>(db =>
            db.SignInFailures.Where(f => f.Account == "ADMIN").Select(f => f.Address).ToListAsync(_ct));
        Assert.Contains(attacker, failures);
        Assert.DoesNotContain(office, failures);
    }

    [Fact]
    public async Task An_unknown_account_a_wrong_password_a_held_back_address_and_a_deactivated_account_get_the_same_answer()
    {
        var user = new TestUser("cung." + Guid.NewGuid().ToString("N")[..6], "Người Thử Câu Trả Lời", "QHXD", StaffRoles.UnitStaff);
        var gone = new TestUser("nghi2." + Guid.NewGuid().ToString("N")[..6], "Người Đã Nghỉ", "QHXD", StaffRoles.UnitStaff);
        await P.EnsureUserAsync(user);
        await P.EnsureUserAsync(gone);
        var admin = await P.ClientForAsync(TestUsers.Admin);
        (await admin.PutAsJsonAsync($"{RoutePrefixes.Identity}/users/{await UserIdAsync(admin, gone)}", new { isActive = false }, _ct)).EnsureSuccessStatusCode();

        const string held = "203.0.113.90";
        for (var i = 0; i < 5; i++)
        {
            await TokenFromAsync(held, Platform.PasswordGrant(user.UserName, "Sai-Mat-Khau-9!"));
        }

        var answers = new Dictionary<string, HttpResponseMessage>
        {
            ["unknown"] = await TokenFromAsync("203.0.113.91", Platform.PasswordGrant("khong.ton.tai." + Guid.NewGuid().ToString("N")[..4], TestUser.Password)),
            ["wrong password"] = await TokenFromAsync("203.0.113.92", Platform.PasswordGrant(user.UserName, "Sai-Mat-Khau-9!")),
            ["held back, right password"] = await TokenFromAsync(held, Platform.PasswordGrant(user.UserName, TestUser.Password)),
            ["deactivated, right password"] = await TokenFromAsync("203.0.113.93", Platform.PasswordGrant(gone.UserName, TestUser.Password)),
        };
        var descriptions = new Dictionary<string, string?>();
        foreach (var (name, response) in answers)
        {
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            var body = await response.Content.ReadFromJsonAsync<Platform.TokenResponse>(_ct);
            Assert.Equal("invalid_grant", body!.Error);
            descriptions[name] = body.ErrorDescription;
        }

        Assert.Single(descriptions.Values.Distinct());
        Assert.DoesNotContain("khóa", descriptions["held back, right password"]);

        // The sign-in page: the same words, the same status, for each.
        var pages = new List<(HttpStatusCode, string)>
        {
            await LoginErrorAsync(Browser("203.0.113.94"), "khong.ton.tai.2", TestUser.Password),
            await LoginErrorAsync(Browser("203.0.113.95"), user.UserName, "Sai-Mat-Khau-9!"),
            await LoginErrorAsync(Browser(held), user.UserName, TestUser.Password),
            await LoginErrorAsync(Browser("203.0.113.96"), gone.UserName, TestUser.Password),
        };
        Assert.Single(pages.Distinct());
        Assert.Equal(HttpStatusCode.BadRequest, pages[0].Item1);
        Assert.Equal(descriptions["unknown"], pages[0].Item2);

        // A control: the same person, from an address that has not failed, signs in.
        Assert.Equal(HttpStatusCode.OK, (await TokenFromAsync("203.0.113.97", Platform.PasswordGrant(user.UserName, TestUser.Password))).StatusCode);
    }

    [Theory]
    [InlineData(StaffRoles.Administrator)]
    [InlineData(StaffRoles.Leadership)]
    public async Task Administrators_and_leadership_sign_in_with_a_second_factor(string role)
    {
        var person = new TestUser("hailop." + Guid.NewGuid().ToString("N")[..6], "Người Hai Lớp", "LDB", role);
        await P.EnsureUserAsync(person);

        // Not enrolled: no token by the password alone; the sign-in page leads to the enrolment.
        var unenrolled = await P.RequestTokenAsync(Platform.PasswordGrant(person.UserName, TestUser.Password));
        Assert.Equal(HttpStatusCode.BadRequest, unenrolled.StatusCode);
        Assert.Contains("chưa đăng ký", (await unenrolled.Content.ReadFromJsonAsync<Platform.TokenResponse>(_ct))!.ErrorDescription);

        var enrolment = await Authenticator.EnrolAsync(Browser(null), person.UserName, TestUser.Password, _ct);
        Assert.Equal(10, enrolment.RecoveryCodes.Count);

        var withoutCode = await P.RequestTokenAsync(Platform.PasswordGrant(person.UserName, TestUser.Password));
        Assert.Equal(HttpStatusCode.BadRequest, withoutCode.StatusCode);
        Assert.Contains("otp", (await withoutCode.Content.ReadFromJsonAsync<Platform.TokenResponse>(_ct))!.ErrorDescription);
        var wrongCode = await P.RequestTokenAsync(Platform.PasswordGrant(person.UserName, TestUser.Password, NotCurrentCode(enrolment.Key)));
        Assert.Equal(HttpStatusCode.BadRequest, wrongCode.StatusCode);
        Assert.Contains("Mã xác thực không đúng", (await wrongCode.Content.ReadFromJsonAsync<Platform.TokenResponse>(_ct))!.ErrorDescription);

        var withCode = await P.RequestTokenAsync(Platform.PasswordGrant(person.UserName, TestUser.Password, enrolment.CurrentCode()));
        Assert.Equal(HttpStatusCode.OK, withCode.StatusCode);
        var me = await P.WithToken((await TokensAsync(withCode)).AccessToken).GetFromJsonAsync<JsonElement>($"{RoutePrefixes.Identity}/me", _ct);
        Assert.Equal(person.UserName, me.GetProperty("userName").GetString());

        // The pages: after the password only the code form; /connect/authorize gives no code to a password-only session.
        var browser = Browser(null);
        var afterPassword = await SubmitLoginAsync(browser, person.UserName, TestUser.Password);
        Assert.StartsWith($"{RoutePrefixes.Account}/mfa?", Where(afterPassword));
        var authorize = await browser.GetAsync(AuthorizeUrl, _ct);
        Assert.Equal(HttpStatusCode.Redirect, authorize.StatusCode);
        Assert.StartsWith($"{RoutePrefixes.Account}/login", Where(authorize));

        afterPassword = await SubmitLoginAsync(browser, person.UserName, TestUser.Password, AuthorizeUrl);
        var codePage = await browser.GetStringAsync(Where(afterPassword), _ct);
        var wrong = await browser.PostAsync($"{RoutePrefixes.Account}/mfa", Form(codePage, ("code", NotCurrentCode(enrolment.Key)), ("returnUrl", AuthorizeUrl)), _ct);
        Assert.Equal(HttpStatusCode.BadRequest, wrong.StatusCode);
        var right = await browser.PostAsync($"{RoutePrefixes.Account}/mfa", Form(codePage, ("code", enrolment.CurrentCode()), ("returnUrl", AuthorizeUrl)), _ct);
        Assert.Equal(HttpStatusCode.Redirect, right.StatusCode);
        var withAuthorizationCode = await browser.GetAsync(Where(right), _ct);
        Assert.Equal(HttpStatusCode.Redirect, withAuthorizationCode.StatusCode);
        Assert.Contains("code=", withAuthorizationCode.Headers.Location!.Query);
    }

    [Fact]
    public async Task A_recovery_code_signs_in_once()
    {
        var leader = new TestUser("khoiphuc." + Guid.NewGuid().ToString("N")[..6], "Người Khôi Phục", "LDB", StaffRoles.Leadership);
        var enrolment = await P.AuthenticatorOfAsync(leader);

        var first = await P.RequestTokenAsync(Platform.PasswordGrant(leader.UserName, TestUser.Password, enrolment.RecoveryCodes[0]));
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        var again = await P.RequestTokenAsync(Platform.PasswordGrant(leader.UserName, TestUser.Password, enrolment.RecoveryCodes[0]));
        Assert.Equal(HttpStatusCode.BadRequest, again.StatusCode);

        // Another one, on the sign-in page, typed in lower case without its dash.
        var browser = Browser(null);
        var afterPassword = await SubmitLoginAsync(browser, leader.UserName, TestUser.Password);
        var codePage = await browser.GetStringAsync(Where(afterPassword), _ct);
        var typed = enrolment.RecoveryCodes[1].Replace("-", "").ToLowerInvariant();
        var signedIn = await browser.PostAsync($"{RoutePrefixes.Account}/mfa", Form(codePage, ("code", typed), ("returnUrl", "/")), _ct);
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);

        var reused = await P.RequestTokenAsync(Platform.PasswordGrant(leader.UserName, TestUser.Password, enrolment.RecoveryCodes[1]));
        Assert.Equal(HttpStatusCode.BadRequest, reused.StatusCode);
    }

    [Fact]
    public async Task The_sign_in_pages_refuse_to_be_framed()
    {
        var page = await P.Anonymous.GetAsync($"{RoutePrefixes.Account}/login", _ct);
        Assert.Equal("DENY", page.Headers.GetValues("X-Frame-Options").Single());
        Assert.Contains("frame-ancestors 'none'", page.Headers.GetValues("Content-Security-Policy").Single());
    }

    private const string AuthorizeUrl = $"{RoutePrefixes.Connect}/authorize?client_id=vanphong-web&response_type=code&scope=openid%20vanphong.api"
        + "&redirect_uri=http%3A%2F%2Flocalhost%3A5200%2Fsignin-oidc&code_challenge=E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM&code_challenge_method=S256&state=s1";

    /// <summary>Where a redirect leads, as a path and query (the identity service answers with relative or absolute addresses).</summary>
    private static string Where(HttpResponseMessage response) =>
        response.Headers.Location is { IsAbsoluteUri: true } absolute ? absolute.PathAndQuery : response.Headers.Location?.OriginalString ?? "";

    private HttpClient Browser(string? peer)
    {
        var browser = P.Gateway.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
        if (peer is not null)
        {
            browser.DefaultRequestHeaders.Add(TestPeer.Header, peer);
        }

        return browser;
    }

    private Task<HttpResponseMessage> TokenFromAsync(string peer, Dictionary<string, string> form)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, $"{RoutePrefixes.Connect}/token") { Content = new FormUrlEncodedContent(form) };
        request.Headers.Add(TestPeer.Header, peer);
        return P.Anonymous.SendAsync(request, _ct);
    }

    private Task<HttpResponseMessage> RefreshAsync(string refreshToken) => P.RequestTokenAsync(new Dictionary<string, string>
    {
        ["grant_type"] = "refresh_token",
        ["client_id"] = "vanphong-cli",
        ["refresh_token"] = refreshToken,
    });

    private async Task<(string AccessToken, string RefreshToken)> TokensAsync(HttpResponseMessage response)
    {
        var body = await response.Content.ReadFromJsonAsync<JsonElement>(_ct);
        Assert.True(response.IsSuccessStatusCode, body.ToString());
        return (body.GetProperty("access_token").GetString()!, body.TryGetProperty("refresh_token", out var r) ? r.GetString()! : "");
    }

    private async Task<string> UserIdAsync(HttpClient admin, TestUser user) =>
        (await admin.GetFromJsonAsync<List<JsonElement>>($"{RoutePrefixes.Identity}/users?unit={user.Unit}", _ct))!
            .Single(u => u.GetProperty("userName").GetString() == user.UserName).GetProperty("id").GetString()!;

    private async Task<HttpResponseMessage> SubmitLoginAsync(HttpClient browser, string userName, string password, string returnUrl = "/")
    {
        var login = await browser.GetStringAsync($"{RoutePrefixes.Account}/login?returnUrl=" + Uri.EscapeDataString(returnUrl), _ct);
        return await browser.PostAsync($"{RoutePrefixes.Account}/login", Form(login, ("returnUrl", returnUrl), ("userName", userName), ("password", password)), _ct);
    }

    private async Task<(HttpStatusCode, string)> LoginErrorAsync(HttpClient browser, string userName, string password)
    {
        var response = await SubmitLoginAsync(browser, userName, password);
        var page = await response.Content.ReadAsStringAsync(_ct);
        return (response.StatusCode, WebUtility.HtmlDecode(LoginError().Match(page).Groups[1].Value));
    }

    private static FormUrlEncodedContent Form(string page, params (string Name, string Value)[] fields)
    {
        var form = fields.ToDictionary(f => f.Name, f => f.Value);
        form["__RequestVerificationToken"] = WebUtility.HtmlDecode(AntiforgeryField().Match(page).Groups[1].Value);
        return new FormUrlEncodedContent(form);
    }

    /// <summary>Six digits that are none of the codes the server accepts around now (it allows a little clock drift).</summary>
    private static string NotCurrentCode(string key)
    {
        var now = DateTimeOffset.UtcNow;
        var accepted = Enumerable.Range(-4, 9).Select(i => Authenticator.Code(key, now.AddSeconds(30 * i))).ToHashSet();
        return Enumerable.Range(0, 20).Select(i => (123456 + i * 7919).ToString("D6")).First(c => !accepted.Contains(c));
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryField();

    [GeneratedRegex("id=\"login-error\">([^<]*)<")]
    private static partial Regex LoginError();
}
