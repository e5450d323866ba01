using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.Testing;
using VanPhong.IntegrationTests.Infrastructure;
using VanPhong.Topology;

namespace VanPhong.IntegrationTests.Security;

public sealed partial class SignInTests(PlatformFixture fixture) : IClassFixture<PlatformFixture>
{
    private readonly CancellationToken _ct = TestContext.Current.CancellationToken;

    private Platform P => fixture.Platform;

    [Fact]
    public async Task A_person_signs_in_through_the_login_page_with_authorization_code_and_PKCE()
    {
        await P.EnsureUserAsync(TestUsers.HeadQldt);
        var browser = P.Gateway.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
        var verifier = Base64Url(RandomNumberGenerator.GetBytes(32));
        var challenge = Base64Url(SHA256.HashData(Encoding.ASCII.GetBytes(verifier)));
        const string redirectUri = "http://localhost:5200/signin-oidc";
        var authorize = $"{RoutePrefixes.Connect}/authorize?client_id=vanphong-web&response_type=code&scope=openid%20profile%20vanphong.api"
            + $"&redirect_uri={Uri.EscapeDataString(redirectUri)}&code_challenge={challenge}&code_challenge_method=S256&state=s123";

        var toLogin = await browser.GetAsync(authorize, _ct);
        Assert.Equal(HttpStatusCode.Redirect, toLogin.StatusCode);
        Assert.StartsWith($"{RoutePrefixes.Account}/login", toLogin.Headers.Location!.PathAndQuery);

        var page = await browser.GetStringAsync(toLogin.Headers.Location!.PathAndQuery, _ct);
        Assert.Contains("<label for=\"userName\">Tên đăng nhập</label>", page);
        var form = new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = AntiforgeryToken().Match(page).Groups[1].Value,
            ["returnUrl"] = WebUtility.HtmlDecode(ReturnUrl().Match(page).Groups[1].Value),
            ["userName"] = TestUsers.HeadQldt.UserName,
            ["password"] = TestUser.Password,
        };
        var signedIn = await browser.PostAsync($"{RoutePrefixes.Account}/login", new FormUrlEncodedContent(form), _ct);
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);

        var withCode = await browser.GetAsync(signedIn.Headers.Location!.OriginalString, _ct);
        Assert.Equal(HttpStatusCode.Redirect, withCode.StatusCode);
        var callback = withCode.Headers.Location!;
        Assert.StartsWith(redirectUri, callback.GetLeftPart(UriPartial.Path));
        var query = System.Web.HttpUtility.ParseQueryString(callback.Query);
        Assert.Equal("s123", query["state"]);

        var token = await P.RequestTokenAsync(new Dictionary<string, string>
        {
            ["grant_type"] = "authorization_code",
            ["client_id"] = "vanphong-web",
            ["code"] = query["code"]!,
            ["redirect_uri"] = redirectUri,
            ["code_verifier"] = verifier,
        });
        var accessToken = (await token.Content.ReadFromJsonAsync<Platform.TokenResponse>(_ct))!.AccessToken;
        var me = await P.WithToken(accessToken).GetFromJsonAsync<Me>($"{RoutePrefixes.Identity}/me", _ct);
        Assert.Equal("tp.qldt", me!.UserName);
        Assert.Equal("QLDT", me.UnitCode);
        Assert.Contains("UnitHead", me.Roles);
    }

    [Fact]
    public async Task A_code_exchanged_without_the_verifier_is_refused()
    {
        var response = await P.RequestTokenAsync(new Dictionary<string, string>
        {
            ["grant_type"] = "authorization_code",
            ["client_id"] = "vanphong-web",
            ["code"] = "not-a-code",
            ["redirect_uri"] = "http://localhost:5200/signin-oidc",
        });
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Repeated_wrong_passwords_hold_the_address_back_and_the_administrator_unlocks_it()
    {
        var user = new TestUser("khoa." + Guid.NewGuid().ToString("N")[..5], "Người Thử Khóa", "QHXD", "UnitStaff");
        await P.EnsureUserAsync(user);

        string? wrongAnswer = null;
        for (var i = 0; i < 5; i++)
        {
            var wrong = await P.RequestTokenAsync(Password(user.UserName, "Sai-Mat-Khau-1!"));
            Assert.Equal(HttpStatusCode.BadRequest, wrong.StatusCode);
            wrongAnswer = (await wrong.Content.ReadFromJsonAsync<Platform.TokenResponse>(_ct))!.ErrorDescription;
        }

        var locked = await P.RequestTokenAsync(Password(user.UserName, TestUser.Password));
        var refusal = await locked.Content.ReadFromJsonAsync<Platform.TokenResponse>(_ct);
        Assert.Equal("invalid_grant", refusal!.Error);
        // The right password is refused now, in the very words of a wrong one: the answer does not say "locked".
        Assert.Equal(wrongAnswer, refusal.ErrorDescription);

        var admin = await P.ClientForAsync(TestUsers.Admin);
        var users = await admin.GetFromJsonAsync<List<UserRow>>($"{RoutePrefixes.Identity}/users?unit=QHXD", _ct);
        var row = users!.Single(u => u.UserName == user.UserName);
        Assert.True(row.IsLockedOut);
        Assert.Equal(HttpStatusCode.NoContent, (await admin.PostAsync($"{RoutePrefixes.Identity}/users/{row.Id}/unlock", null, _ct)).StatusCode);

        var again = await P.RequestTokenAsync(Password(user.UserName, TestUser.Password));
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
    }

    [Fact]
    public async Task A_person_changes_their_password_under_the_policy()
    {
        var user = new TestUser("doimk." + Guid.NewGuid().ToString("N")[..5], "Người Đổi Mật Khẩu", "DNLD", "UnitStaff");
        await P.EnsureUserAsync(user);
        var client = P.WithToken(await P.PasswordTokenAsync(user.UserName, TestUser.Password));

        var weak = await client.PostAsJsonAsync($"{RoutePrefixes.Identity}/me/password", new { currentPassword = TestUser.Password, newPassword = "abc" }, _ct);
        Assert.Equal(HttpStatusCode.BadRequest, weak.StatusCode);
        var problem = await weak.Content.ReadFromJsonAsync<Problem>(_ct);
        Assert.Contains(problem!.Errors["password"], e => e.Contains("ít nhất 10 ký tự"));

        var changed = await client.PostAsJsonAsync($"{RoutePrefixes.Identity}/me/password", new { currentPassword = TestUser.Password, newPassword = "Mat-Khau-Moi-2026!" }, _ct);
        Assert.Equal(HttpStatusCode.NoContent, changed.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await P.RequestTokenAsync(Password(user.UserName, TestUser.Password))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await P.RequestTokenAsync(Password(user.UserName, "Mat-Khau-Moi-2026!"))).StatusCode);
    }

    [Fact]
    public async Task An_integration_gets_a_token_with_its_secret_only()
    {
        var token = await P.ClientTokenAsync(Platform.IntegrationClient);
        var reports = await P.WithToken(token).GetAsync($"{RoutePrefixes.Reports}/feedback/summary?from=2026-01-01&to=2026-01-31", _ct);
        Assert.Equal(HttpStatusCode.OK, reports.StatusCode);

        var wrongSecret = await P.RequestTokenAsync(new Dictionary<string, string>
        {
            ["grant_type"] = "client_credentials",
            ["client_id"] = Platform.IntegrationClient,
            ["client_secret"] = "guessed",
        });
        Assert.Equal(HttpStatusCode.Unauthorized, wrongSecret.StatusCode);
    }

    [Fact]
    public async Task A_deactivated_account_can_no_longer_sign_in()
    {
        var user = new TestUser("nghi." + Guid.NewGuid().ToString("N")[..5], "Người Nghỉ Việc", "TNMT", "UnitStaff");
        await P.EnsureUserAsync(user);
        var admin = await P.ClientForAsync(TestUsers.Admin);
        var id = (await admin.GetFromJsonAsync<List<UserRow>>($"{RoutePrefixes.Identity}/users?unit=TNMT", _ct))!.Single(u => u.UserName == user.UserName).Id;

        var deactivated = await admin.PutAsJsonAsync($"{RoutePrefixes.Identity}/users/{id}", new { isActive = false }, _ct);
        Assert.Equal(HttpStatusCode.OK, deactivated.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await P.RequestTokenAsync(Password(user.UserName, TestUser.Password))).StatusCode);
    }

    [Fact]
    public async Task An_unknown_unit_or_role_is_refused_with_a_clear_problem()
    {
        var admin = await P.ClientForAsync(TestUsers.Admin);
        var response = await admin.PostAsJsonAsync($"{RoutePrefixes.Identity}/users", new { userName = "sai.donvi", fullName = "Sai Đơn Vị", unitCode = "KHONGCO", roles = new[] { "Superuser" } }, _ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<Problem>(_ct);
        Assert.Contains("KHONGCO", problem!.Errors["unitCode"][0]);
        Assert.Contains("Superuser", problem.Errors["roles"][0]);
    }

    private static Dictionary<string, string> Password(string userName, string password) => new()
    {
        ["grant_type"] = "password",
        ["client_id"] = "vanphong-cli",
        ["username"] = userName,
        ["password"] = password,
    };

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryToken();

    [GeneratedRegex("name=\"returnUrl\" value=\"([^\"]+)\"")]
    private static partial Regex ReturnUrl();

    private sealed record Me(string UserName, string? UnitCode, List<string> Roles);

    private sealed record UserRow(string Id, string UserName, bool IsLockedOut);

    private sealed record Problem(string Title, Dictionary<string, string[]> Errors);
}
