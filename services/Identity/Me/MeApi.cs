using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using VanPhong.Identity.Connect;
using VanPhong.Identity.Data;
using VanPhong.Identity.Users;
using VanPhong.Security;
using VanPhong.ServiceDefaults;

namespace VanPhong.Identity.Me;

/// <summary>The signed-in person: who the token says they are, whether the token still stands, and changing their own password.</summary>
public static class MeApi
{
    public sealed record Profile(string Id, string UserName, string FullName, string? UnitCode, IReadOnlyList<string> Roles);

    public sealed record ChangePassword(string? CurrentPassword, string? NewPassword);

    public static RouteGroupBuilder MapMeApi(this RouteGroupBuilder identity)
    {
        var me = identity.MapGroup("/me").WithTags("Tài khoản của tôi").RequireAuthorization(StaffPolicies.Staff);
        me.MapGet("/", (HttpContext http) => TypedResults.Ok(new Profile(
                http.User.UserId() ?? "",
                http.User.Identity?.Name ?? "",
                http.User.DisplayName(),
                http.User.UnitCode(),
                http.User.FindAll(StaffClaims.Role).Select(c => c.Value).ToList())))
            .WithName("Me");
        // The services ask here, with the token they were given, whether a person's session still stands (SessionCheck):
        // the token's stamp has been compared with the account before this runs, so reaching it is the answer.
        me.MapGet("/session", () => TypedResults.NoContent()).WithName("MySession");
        me.MapPost("/password", ChangePasswordAsync).WithName("ChangeMyPassword");
        return identity;
    }

    private static async Task<Results<NoContent, ValidationProblem, ForbiddenProblem>> ChangePasswordAsync(
        ChangePassword request, HttpContext http, UserManager<StaffUser> users, Sessions sessions, CancellationToken ct)
    {
        var user = await users.FindByIdAsync(http.User.UserId() ?? "");
        if (user is null)
        {
            return StaffSecurity.Forbidden("Chỉ tài khoản cá nhân mới đổi được mật khẩu.");
        }

        if (string.IsNullOrEmpty(request.CurrentPassword) || string.IsNullOrEmpty(request.NewPassword))
        {
            return Problems.Invalid("password", "Vui lòng nhập mật khẩu hiện tại và mật khẩu mới.", title: "Không đổi được mật khẩu");
        }

        var result = await users.ChangePasswordAsync(user, request.CurrentPassword, request.NewPassword);
        if (result.Succeeded)
        {
            // Whoever else holds a token or a session of this person (the reason to change a password) loses it;
            // so does this caller, who signs in again with the new password.
            await sessions.RevokeTokensAsync(user, "password changed", ct);
        }

        return result.Succeeded
            ? TypedResults.NoContent()
            : UsersApi.IdentityErrors(result).ToProblem("Không đổi được mật khẩu");
    }
}
