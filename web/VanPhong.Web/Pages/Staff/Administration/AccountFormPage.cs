using Microsoft.AspNetCore.Mvc;
using VanPhong.Web.Backend;

namespace VanPhong.Web.Pages.Staff.Administration;

/// <summary>
/// What the account pages ask of an account, whether they create it or change it: its mailbox, its unit (chosen from
/// the Board's units, by code) and its roles.
/// </summary>
public abstract class AccountFormPage : StaffPage
{
    public IReadOnlyList<UnitView> Units { get; private set; } = [];

    [BindProperty]
    public string? Email { get; set; }

    [BindProperty]
    public string? UnitCode { get; set; }

    [BindProperty]
    public List<string> Roles { get; set; } = [];

    protected async Task LoadUnitsAsync(IdentityClient identity, CancellationToken ct) =>
        Units = ((await identity.GetUnitsAsync(ct)).Value ?? []).OrderBy(u => u.Code).ToList();
}
