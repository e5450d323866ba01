using System.Collections.Concurrent;
using System.Net.Http.Json;
using Microsoft.Playwright;
using VanPhong.Topology;

namespace VanPhong.EndToEndTests.Browser;

/// <summary>Staff accounts made by the administrator through the API, and their sign-in through the real pages.</summary>
public static class StaffBrowser
{
    public const string Password = "Web-Nhan-Vien-2026!";

    public static async Task CreateAsync(SystemUnderTest system, string userName, string fullName, string unit, string role)
    {
        var admin = await system.AdminClientAsync();
        var response = await admin.PostAsJsonAsync($"{RoutePrefixes.Identity}/users", new { userName, fullName, unitCode = unit, roles = new[] { role }, password = Password });
        if (response.StatusCode != System.Net.HttpStatusCode.Conflict)
        {
            response.EnsureSuccessStatusCode();
        }
    }

    /// <summary>
    /// The sign-in's redirects cross identity, the web and, on the staff home, every service; with the integration suite
    /// running beside the browser tests on two cores, that once took over Playwright's default 30 s (in a run whose
    /// every other sign-in passed). A slow machine gets more time; a sign-in that fails still fails.
    /// </summary>
    private static readonly PageWaitForURLOptions SignInRedirect = new() { Timeout = 90_000 };

    /// <summary>The authenticator keys of the leadership accounts the browser tests enrolled, by user name.</summary>
    public static ConcurrentDictionary<string, string> AuthenticatorKeys { get; } = new();

    /// <summary>
    /// Signs in through the web's "Cán bộ đăng nhập": web → identity's sign-in page → (administrators and leadership:
    /// the second factor, enrolled on first sign-in with the key the page shows) → code + PKCE → back to the staff home.
    /// </summary>
    public static async Task<IPage> SignInAsync(Chromium chromium, SystemUnderTest system, string userName)
    {
        var page = await chromium.NewPageAsync(system);
        await page.GotoAsync("/");
        await page.GetByRole(AriaRole.Link, new() { Name = "Cán bộ đăng nhập" }).ClickAsync();
        await EnterPasswordAsync(page, userName);
        await page.WaitForURLAsync(url => url.EndsWith("/nghiep-vu", StringComparison.Ordinal) || url.Contains($"{RoutePrefixes.Account}/mfa", StringComparison.Ordinal), SignInRedirect);
        if (page.Url.Contains($"{RoutePrefixes.Account}/mfa/setup", StringComparison.Ordinal))
        {
            await EnrolAsync(page, userName);
            await page.GetByRole(AriaRole.Link, new() { Name = "Tiếp tục" }).ClickAsync();
        }
        else if (page.Url.Contains($"{RoutePrefixes.Account}/mfa", StringComparison.Ordinal))
        {
            await page.GetByLabel("Mã xác thực hoặc mã khôi phục").FillAsync(VanPhong.Testing.Authenticator.Code(AuthenticatorKeys[userName], DateTimeOffset.UtcNow));
            await page.GetByRole(AriaRole.Button, new() { Name = "Xác nhận" }).ClickAsync();
        }

        await page.WaitForURLAsync("**/nghiep-vu", SignInRedirect);
        return page;
    }

    public static async Task EnterPasswordAsync(IPage page, string userName)
    {
        await page.GetByLabel("Tên đăng nhập").FillAsync(userName);
        await page.GetByLabel("Mật khẩu").FillAsync(Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Đăng nhập" }).ClickAsync();
    }

    /// <summary>On the enrolment page: reads the key as a person types it into their app, confirms with the app's code; returns the recovery codes shown.</summary>
    public static async Task<IReadOnlyList<string>> EnrolAsync(IPage page, string userName)
    {
        var key = (await page.Locator("#authenticator-key").InnerTextAsync()).Replace(" ", "", StringComparison.Ordinal).Trim();
        AuthenticatorKeys[userName] = key;
        await page.GetByLabel("Mã xác thực 6 chữ số").FillAsync(VanPhong.Testing.Authenticator.Code(key, DateTimeOffset.UtcNow));
        await page.GetByRole(AriaRole.Button, new() { Name = "Xác nhận và bật xác thực hai lớp" }).ClickAsync();
        return [.. (await page.Locator("#recovery-codes code").AllInnerTextsAsync()).Select(c => c.Trim())];
    }
}
