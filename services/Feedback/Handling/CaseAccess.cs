using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using VanPhong.Calendar;
using VanPhong.Feedback.Data;
using VanPhong.Persistence;
using VanPhong.Security;
using VanPhong.ServiceDefaults;

namespace VanPhong.Feedback.Handling;

/// <summary>
/// Who may see and act on a PAKN, and how a step's handler gets hold of it: units see the PAKN they lead or
/// coordinate; the office, leadership, administrators and the one-stop desk see all; only the lead unit works on it.
/// </summary>
public static class CaseAccess
{
    public static bool SeesAll(ClaimsPrincipal user) =>
        user.IsInRole(StaffRoles.OfficeStaff) || user.IsInRole(StaffRoles.Leadership) || user.IsInRole(StaffRoles.Administrator) || user.IsInRole(StaffRoles.OneStopStaff);

    public static bool Involves(FeedbackCase feedback, string? unit) => unit is not null && (feedback.LeadUnit == unit || feedback.CoordinatingUnits.Contains(unit));

    public static Actor ActorOf(ClaimsPrincipal user) => new(user.DisplayName(), user.UnitCode());

    /// <summary>
    /// The case to change, or the answer to give instead: 404 when it does not exist, 409 when the caller's If-Match
    /// names a version that is no longer the case's (they decided on what they saw, and it changed since).
    /// </summary>
    public static async Task<(FeedbackCase? Case, NotFoundProblem? Problem)> LoadForChangeAsync(FeedbackDb db, Guid id, HttpContext http)
    {
        var feedback = await db.Cases.SingleOrDefaultAsync(c => c.Id == id, http.RequestAborted);
        if (feedback is null)
        {
            return (null, NotFound());
        }

        StaleWrite.ThrowIfStale(http, feedback.Version);
        return (feedback, null);
    }

    public static async Task<ForbiddenProblem?> LeadUnitOnlyAsync(HttpContext http, IAuthorizationService authorization, FeedbackCase feedback) =>
        feedback.LeadUnit is not null && (await authorization.AuthorizeAsync(http.User, UnitResource.Of(feedback.LeadUnit), StaffPolicies.SameUnit)).Succeeded
            ? null
            : StaffSecurity.Forbidden($"Chỉ đơn vị chủ trì xử lý ({feedback.LeadUnit ?? "chưa phân công"}) mới thực hiện bước này.");

    /// <summary>The case as it is after the step, with its new version as the entity tag.</summary>
    public static Ok<FeedbackRow> Done(HttpContext http, FeedbackCase feedback, TimeProvider clock)
    {
        http.Response.Headers.ETag = StaleWrite.ETag(feedback.Version);
        return TypedResults.Ok(FeedbackViews.Row(feedback, VietnamTime.Today(clock)));
    }

    public static NotFoundProblem NotFound() => Problems.NotFound("Không tìm thấy phản ánh, kiến nghị");

    public static ValidationProblem Invalid(string title, string field, string message) =>
        Problems.Invalid(field, message, title: title);
}
