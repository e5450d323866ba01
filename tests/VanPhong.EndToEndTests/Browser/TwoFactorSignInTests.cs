using Microsoft.Playwright;
using VanPhong.Topology;

namespace VanPhong.EndToEndTests.Browser;

/// <summary>
/// Xác thực hai lớp in Chromium, as a member of the Board's leadership meets it: the first sign-in enrols an
/// authenticator app (the key shown on the page, confirmed with the app's code) and shows ten recovery codes once;
/// later sign-ins ask for the app's code, or a recovery code, which works once.
/// </summary>
public sealed class TwoFactorSignInTests(SystemUnderTest system, Chromium chromium)
{
    private const string UserName = "web.ldb.hailop";

    [Fact]
    public async Task Leadership_enrols_an_authenticator_then_signs_in_with_its_code_or_a_recovery_code_once()
    {
        await StaffBrowser.CreateAsync(system, UserName, "Trương Thị Hai Lớp", "LDB", "Leadership");

        // First sign-in: the password leads to the enrolment, not to the staff pages.
        var first = await ToSignInAsync();
        await StaffBrowser.EnterPasswordAsync(first, UserName);
        await first.WaitForURLAsync("**/account/mfa/setup**");
        await Assertions.Expect(first.GetByRole(AriaRole.Heading, new() { Name = "Đăng ký xác thực hai lớp" })).ToBeVisibleAsync();
        await Chromium.ScreenshotAsync(first, "xac-thuc-hai-lop-dang-ky");
        var recoveryCodes = await StaffBrowser.EnrolAsync(first, UserName);
        Assert.Equal(10, recoveryCodes.Count);
        Assert.All(recoveryCodes, c => Assert.Matches("^[A-Z0-9]{5}-[A-Z0-9]{5}$", c));
        await first.GetByRole(AriaRole.Link, new() { Name = "Tiếp tục" }).ClickAsync();
        await first.WaitForURLAsync("**/nghiep-vu");

        // Later: the app's code; a wrong one is refused in Vietnamese and the page stays.
        var second = await ToSignInAsync();
        await StaffBrowser.EnterPasswordAsync(second, UserName);
        await second.WaitForURLAsync("**/account/mfa?**");
        await EnterCodeAsync(second, "000000" == CurrentCode() ? "111111" : "000000");
        await Assertions.Expect(second.GetByRole(AriaRole.Alert)).ToContainTextAsync("Mã xác thực không đúng");
        Assert.Contains($"{RoutePrefixes.Account}/mfa", second.Url);
        await Chromium.ScreenshotAsync(second, "xac-thuc-hai-lop-ma");
        await EnterCodeAsync(second, CurrentCode());
        await second.WaitForURLAsync("**/nghiep-vu");

        // A recovery code instead of the phone: once.
        var third = await ToSignInAsync();
        await StaffBrowser.EnterPasswordAsync(third, UserName);
        await third.WaitForURLAsync("**/account/mfa?**");
        await EnterCodeAsync(third, recoveryCodes[0]);
        await third.WaitForURLAsync("**/nghiep-vu");

        var fourth = await ToSignInAsync();
        await StaffBrowser.EnterPasswordAsync(fourth, UserName);
        await fourth.WaitForURLAsync("**/account/mfa?**");
        await EnterCodeAsync(fourth, recoveryCodes[0]);
        await Assertions.Expect(fourth.GetByRole(AriaRole.Alert)).ToContainTextAsync("Mã xác thực không đúng");
        Assert.DoesNotContain("/nghiep-vu", fourth.Url);
    }

    private static string CurrentCode() => VanPhong.Testing.Authenticator.Code(StaffBrowser.AuthenticatorKeys[UserName], DateTimeOffset.UtcNow);

    /// <summary>A fresh browser (its own cookies) at the identity service's sign-in page, by the web's link.</summary>
    private async Task<IPage> ToSignInAsync()
    {
        var page = await chromium.NewPageAsync(system);
        await page.GotoAsync("/");
        await page.GetByRole(AriaRole.Link, new() { Name = "Cán bộ đăng nhập" }).ClickAsync();
        await page.WaitForURLAsync("**/account/login**");
        return page;
    }

    private static async Task EnterCodeAsync(IPage page, string code)
    {
        await page.GetByLabel("Mã xác thực hoặc mã khôi phục").FillAsync(code);
        await page.GetByRole(AriaRole.Button, new() { Name = "Xác nhận" }).ClickAsync();
    }
}
