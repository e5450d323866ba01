using Microsoft.AspNetCore.Mvc;
using VanPhong.Web.Backend;

namespace VanPhong.Web.Pages.Staff.Administration;

/// <summary>Tài khoản cán bộ: the administrator lists the accounts (by unit) and creates one; its temporary password is shown once, on this answer only.</summary>
public sealed class UsersModel(IdentityClient identity) : AccountFormPage
{
    [BindProperty(SupportsGet = true, Name = "don-vi")]
    public string? UnitFilter { get; set; }

    public IReadOnlyList<UserAccount> Users { get; private set; } = [];

    public UserCreated? Created { get; private set; }

    [BindProperty]
    public string? UserName { get; set; }

    [BindProperty]
    public string? NewFullName { get; set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var problem = await LoadAsync(ct);
        return PageOrSignIn(problem);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var body = new { userName = UserName?.Trim(), fullName = NewFullName?.Trim(), email = string.IsNullOrWhiteSpace(Email) ? null : Email.Trim(), unitCode = UnitCode, roles = Roles };
        var result = await identity.AddUserAsync(body, ct);
        if (!result.Ok)
        {
            return await FailedAsync(result.Problem!, async () => await LoadAsync(ct));
        }

        // Not a redirect: the temporary password must not travel in a cookie or be shown again.
        Created = result.Value;
        UserName = NewFullName = Email = UnitCode = null;
        Roles = [];
        ModelState.Clear();
        await LoadAsync(ct);
        return Page();
    }

    private async Task<ApiProblem?> LoadAsync(CancellationToken ct)
    {
        var users = await identity.GetUsersAsync(UnitFilter, ct);
        Users = (users.Value ?? []).OrderBy(u => u.UnitCode).ThenBy(u => u.UserName).ToList();
        await LoadUnitsAsync(identity, ct);
        Problem ??= users.Problem;
        return users.Problem;
    }
}
