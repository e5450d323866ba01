using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using VanPhong.Security;
using VanPhong.Web.Backend;

namespace VanPhong.Web.Pages.Staff;

/// <summary>
/// What every staff page shares: who is signed in (unit, roles), the outcome of the last action (a message after a
/// redirect, or the service's problem shown above the form), and a fresh sign-in when the token has expired.
/// The services decide what a person may do; the pages only hide the buttons that would be refused.
/// </summary>
public abstract class StaffPage : PageModel
{
    [TempData]
    public string? Done { get; set; }

    public ApiProblem? Problem { get; protected set; }

    public string? Unit => User.FindFirst("unit")?.Value;

    public string FullName => User.FindFirst("full_name")?.Value ?? User.Identity?.Name ?? "";

    public bool IsOffice => User.IsInRole(StaffRoles.OfficeStaff) || User.IsInRole(StaffRoles.Administrator);

    public bool IsLeadership => User.IsInRole(StaffRoles.Leadership);

    public bool IsUnitWorker => User.IsInRole(StaffRoles.UnitStaff) || User.IsInRole(StaffRoles.UnitHead) || User.IsInRole(StaffRoles.OfficeStaff);

    public bool CanEnter => User.IsInRole(StaffRoles.OneStopStaff) || User.IsInRole(StaffRoles.OfficeStaff);

    public bool CanReadReports => IsOffice || IsLeadership || User.IsInRole(StaffRoles.UnitHead);

    /// <summary>Whether the service refused the call because the session's token has expired or was revoked.</summary>
    protected static bool SessionExpired(ApiProblem? problem) => problem is { Status: StatusCodes.Status401Unauthorized };

    /// <summary>
    /// A list or form page once its data is loaded: a fresh sign-in when the session expired, otherwise the page, which
    /// shows any other problem above its content.
    /// </summary>
    protected IActionResult PageOrSignIn(ApiProblem? problem) => SessionExpired(problem) ? Challenge() : Page();

    /// <summary>
    /// A page about one record once it is loaded: a fresh sign-in when the session expired, 404 when the record does
    /// not exist (or is not this person's to see), otherwise the page.
    /// </summary>
    protected IActionResult RecordPage(ApiProblem? problem) => problem is { Status: StatusCodes.Status404NotFound } ? NotFound() : PageOrSignIn(problem);

    /// <summary>After a successful action: back to the page (PRG), with a message for the status region.</summary>
    protected IActionResult Succeeded(string message, string? to = null)
    {
        Done = message;
        return to is null ? RedirectToPage() : Redirect(to);
    }

    /// <summary>After a refused action: the page again with the problem, or a new sign-in when the session expired.</summary>
    protected async Task<IActionResult> FailedAsync(ApiProblem problem, Func<Task> reload)
    {
        if (SessionExpired(problem))
        {
            return Challenge();
        }

        Problem = problem;
        await reload();
        Response.StatusCode = problem.Status is >= 400 and < 500 ? problem.Status : StatusCodes.Status502BadGateway;
        return Page();
    }

    /// <summary>A file from a service (a client's download), passed through to the browser.</summary>
    protected async Task<IActionResult> FileAsync(Task<(HttpResponseMessage? Response, ApiProblem? Problem)> download, string fallbackName, CancellationToken ct)
    {
        var (response, problem) = await download;
        if (response is null)
        {
            return SessionExpired(problem) ? Challenge() : StatusCode(problem!.Status);
        }

        HttpContext.Response.RegisterForDispose(response);
        var name = response.Content.Headers.ContentDisposition?.FileNameStar ?? response.Content.Headers.ContentDisposition?.FileName?.Trim('"') ?? fallbackName;
        return File(await response.Content.ReadAsStreamAsync(ct), response.Content.Headers.ContentType?.ToString() ?? "application/octet-stream", name);
    }
}
