using System.Net.Http.Json;
using Microsoft.Playwright;

namespace VanPhong.EndToEndTests.Browser;

/// <summary>Staff accounts made by the administrator through the API, and their sign-in through the real pages.</summary>
public static class StaffBrowser
{
    public const string Password = "Web-Nhan-Vien-2026!";

    public static async Task CreateAsync(SystemUnderTest system, string userName, string fullName, string unit, string role)
    {
        var admin = await system.AdminClientAsync();
        var response = await admin.PostAsJsonAsync("/api/identity/users", new { userName, fullName, unitCode = unit, roles = new[] { role }, password = Password });
        if (response.StatusCode != System.Net.HttpStatusCode.Conflict)
        {
            response.EnsureSuccessStatusCode();
        }
    }

    /// <summary>Signs in through the web's "Cán bộ đăng nhập": web → identity's sign-in page → code + PKCE → back to the staff home.</summary>
    public static async Task<IPage> SignInAsync(Chromium chromium, SystemUnderTest system, string userName)
    {
        var page = await chromium.NewPageAsync(system);
        await page.GotoAsync("/");
        await page.GetByRole(AriaRole.Link, new() { Name = "Cán bộ đăng nhập" }).ClickAsync();
        await page.GetByLabel("Tên đăng nhập").FillAsync(userName);
        await page.GetByLabel("Mật khẩu").FillAsync(Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Đăng nhập" }).ClickAsync();
        await page.WaitForURLAsync("**/nghiep-vu");
        return page;
    }
}
