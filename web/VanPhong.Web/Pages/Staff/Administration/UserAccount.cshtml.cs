using Microsoft.AspNetCore.Mvc;
using VanPhong.Web.Backend;

namespace VanPhong.Web.Pages.Staff.Administration;

/// <summary>
/// One account: the administrator changes its unit and roles, deactivates or reactivates it, unlocks it, resets the
/// password or the second factor. Each of these ends the person's sessions at once (identity's rule).
/// </summary>
public sealed class UserAccountModel(IdentityClient identity) : AccountFormPage
{
    [FromRoute]
    public string Id { get; set; } = "";

    public UserAccount? Account { get; private set; }

    /// <summary>A new temporary password, shown on this answer only.</summary>
    public string? TemporaryPassword { get; private set; }

    [BindProperty]
    public string? AccountFullName { get; set; }

    [BindProperty]
    public bool IsActive { get; set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var problem = await LoadAsync(ct);
        return RecordPage(problem);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var body = new { fullName = AccountFullName?.Trim(), email = Email?.Trim() ?? "", unitCode = UnitCode, roles = Roles, isActive = IsActive };
        var result = await identity.SaveUserAsync(Id, body, ct);
        return result.Ok ? Succeeded($"Đã lưu tài khoản {result.Value!.UserName}.") : await FailedAsync(result.Problem!, async () => await LoadAsync(ct, keepForm: true));
    }

    public Task<IActionResult> OnPostUnlockAsync(CancellationToken ct) => ActAsync("unlock", "Đã mở khóa đăng nhập.", ct);

    public Task<IActionResult> OnPostResetTwoFactorAsync(CancellationToken ct) =>
        ActAsync("reset-two-factor", "Đã đặt lại xác thực hai lớp: người dùng đăng ký lại ứng dụng xác thực ở lần đăng nhập tới.", ct);

    public async Task<IActionResult> OnPostResetPasswordAsync(CancellationToken ct)
    {
        var result = await identity.ResetPasswordAsync(Id, ct);
        if (!result.Ok)
        {
            return await FailedAsync(result.Problem!, async () => await LoadAsync(ct));
        }

        // Not a redirect: the temporary password must not travel in a cookie or be shown again.
        TemporaryPassword = result.Value!.TemporaryPassword;
        await LoadAsync(ct);
        return Page();
    }

    private async Task<IActionResult> ActAsync(string step, string done, CancellationToken ct)
    {
        var result = await identity.TakeAccountStepAsync(Id, step, ct);
        return result.Ok ? Succeeded(done) : await FailedAsync(result.Problem!, async () => await LoadAsync(ct));
    }

    private async Task<ApiProblem?> LoadAsync(CancellationToken ct, bool keepForm = false)
    {
        var result = await identity.GetUserAsync(Id, ct);
        Account = result.Value;
        await LoadUnitsAsync(identity, ct);
        if (Account is not null && !keepForm)
        {
            AccountFullName = Account.FullName;
            Email = Account.Email;
            UnitCode = Account.UnitCode;
            Roles = [.. Account.Roles];
            IsActive = Account.IsActive;
            ModelState.Clear();
        }

        return result.Problem;
    }
}
