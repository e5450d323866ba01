using System.Security.Cryptography;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using VanPhong.Identity.Account;
using VanPhong.Identity.Connect;
using VanPhong.Identity.Data;
using VanPhong.Security;
using VanPhong.ServiceDefaults;

namespace VanPhong.Identity.Users;

/// <summary>
/// Staff accounts, managed by administrators: one unit each, one or more roles; never deleted, only deactivated. A
/// change of roles or unit, a deactivation and a password reset end the person's sessions at once (<see cref="Sessions"/>).
/// </summary>
public static class UsersApi
{
    /// <param name="IsLockedOut">Some address must wait before it may try this account again (wrong passwords or codes).</param>
    /// <param name="TwoFactorEnabled">The person has enrolled an authenticator app.</param>
    public sealed record UserView(string Id, string UserName, string FullName, string? Email, string UnitCode, IReadOnlyList<string> Roles, bool IsActive, bool IsLockedOut, bool TwoFactorEnabled);

    public sealed record CreateUser(string? UserName, string? FullName, string? Email, string? UnitCode, List<string>? Roles, string? Password);

    public sealed record UpdateUser(string? FullName, string? Email, string? UnitCode, List<string>? Roles, bool? IsActive);

    public sealed record Created(UserView User, string? TemporaryPassword);

    public sealed record PasswordReset(string TemporaryPassword);

    public static RouteGroupBuilder MapUsersApi(this RouteGroupBuilder identity)
    {
        var users = identity.MapGroup("/users").WithTags("Tài khoản").RequireAuthorization(StaffPolicies.Administration);
        users.MapGet("/", ListAsync).WithName("ListUsers");
        users.MapGet("/{id}", GetAsync).WithName("GetUser");
        users.MapPost("/", CreateAsync).WithName("CreateUser");
        users.MapPut("/{id}", UpdateAsync).WithName("UpdateUser");
        users.MapPost("/{id}/unlock", UnlockAsync).WithName("UnlockUser");
        users.MapPost("/{id}/reset-password", ResetPasswordAsync).WithName("ResetUserPassword");
        users.MapPost("/{id}/reset-two-factor", ResetTwoFactorAsync).WithName("ResetUserTwoFactor");
        return identity;
    }

    private static async Task<Ok<List<UserView>>> ListAsync(UserManager<StaffUser> users, SignInGuard guard, string? unit, CancellationToken ct)
    {
        var query = users.Users.AsNoTracking();
        if (unit is not null)
        {
            query = query.Where(u => u.UnitCode == unit);
        }

        var list = new List<UserView>();
        foreach (var user in await query.OrderBy(u => u.UnitCode).ThenBy(u => u.UserName).ToListAsync(ct))
        {
            list.Add(await ViewAsync(users, guard, user));
        }

        return TypedResults.Ok(list);
    }

    private static async Task<Results<Ok<UserView>, NotFoundProblem>> GetAsync(string id, UserManager<StaffUser> users, SignInGuard guard) =>
        await users.FindByIdAsync(id) is { } user ? TypedResults.Ok(await ViewAsync(users, guard, user)) : Problems.NotFound();

    private static async Task<Results<Created<Created>, ValidationProblem>> CreateAsync(CreateUser request, UserManager<StaffUser> users, SignInGuard guard, IdentityDb db)
    {
        var errors = await ValidateAsync(db, request.UnitCode, request.Roles);
        if (string.IsNullOrWhiteSpace(request.UserName))
        {
            errors.Add("userName", "Vui lòng nhập tên đăng nhập.");
        }

        if (string.IsNullOrWhiteSpace(request.FullName))
        {
            errors.Add("fullName", "Vui lòng nhập họ và tên.");
        }

        if (errors.Any)
        {
            return errors.ToProblem("Thông tin tài khoản chưa hợp lệ");
        }

        var temporary = string.IsNullOrWhiteSpace(request.Password) ? TemporaryPassword() : null;
        var user = new StaffUser
        {
            UserName = request.UserName!.Trim(),
            FullName = request.FullName!.Trim(),
            Email = request.Email?.Trim(),
            UnitCode = request.UnitCode!,
        };
        var strategy = db.Database.CreateExecutionStrategy();
        var result = await strategy.ExecuteAsync(async () =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync();
            var created = await users.CreateAsync(user, request.Password ?? temporary!);
            if (created.Succeeded)
            {
                created = await users.AddToRolesAsync(user, request.Roles!.Distinct());
            }

            if (created.Succeeded)
            {
                await transaction.CommitAsync();
            }

            return created;
        });
        if (!result.Succeeded)
        {
            return IdentityErrors(result).ToProblem("Không tạo được tài khoản");
        }

        return TypedResults.Created($"/api/identity/users/{user.Id}", new Created(await ViewAsync(users, guard, user), temporary));
    }

    private static async Task<Results<Ok<UserView>, NotFoundProblem, ValidationProblem>> UpdateAsync(
        string id, UpdateUser request, UserManager<StaffUser> users, SignInGuard guard, Sessions sessions, IdentityDb db, CancellationToken ct)
    {
        var user = await users.FindByIdAsync(id);
        if (user is null)
        {
            return Problems.NotFound();
        }

        var rolesBefore = await users.GetRolesAsync(user);
        var errors = await ValidateAsync(db, request.UnitCode ?? user.UnitCode, request.Roles ?? [.. rolesBefore]);
        if (errors.Any)
        {
            return errors.ToProblem("Thông tin tài khoản chưa hợp lệ");
        }

        var unitBefore = user.UnitCode;
        var wasActive = user.IsActive;
        user.FullName = request.FullName?.Trim() ?? user.FullName;
        user.Email = request.Email?.Trim() ?? user.Email;
        user.UnitCode = request.UnitCode ?? user.UnitCode;
        user.IsActive = request.IsActive ?? user.IsActive;
        var result = await users.UpdateAsync(user);
        if (result.Succeeded && request.Roles is not null)
        {
            result = await users.RemoveFromRolesAsync(user, rolesBefore.Except(request.Roles));
            if (result.Succeeded)
            {
                result = await users.AddToRolesAsync(user, request.Roles.Except(rolesBefore).Distinct());
            }
        }

        var rolesChanged = request.Roles is not null && !request.Roles.ToHashSet(StringComparer.Ordinal).SetEquals(rolesBefore);
        if (result.Succeeded && (rolesChanged || user.UnitCode != unitBefore || (wasActive && !user.IsActive)))
        {
            // The person's tokens state the old roles, unit or status: they stop working now, not when they expire.
            result = await sessions.EndAllAsync(user, "roles, unit or status changed by an administrator", ct);
        }

        return result.Succeeded
            ? TypedResults.Ok(await ViewAsync(users, guard, user))
            : IdentityErrors(result).ToProblem("Không cập nhật được tài khoản");
    }

    /// <summary>"Mở khóa": the addresses waiting after wrong passwords may try again at once.</summary>
    private static async Task<Results<NoContent, NotFoundProblem>> UnlockAsync(string id, UserManager<StaffUser> users, SignInGuard guard, CancellationToken ct)
    {
        var user = await users.FindByIdAsync(id);
        if (user is null)
        {
            return Problems.NotFound();
        }

        await users.SetLockoutEndDateAsync(user, null);
        await users.ResetAccessFailedCountAsync(user);
        await guard.ForgetAsync(user, ct);
        return TypedResults.NoContent();
    }

    private static async Task<Results<Ok<PasswordReset>, NotFoundProblem, ValidationProblem>> ResetPasswordAsync(string id, UserManager<StaffUser> users, Sessions sessions, CancellationToken ct)
    {
        var user = await users.FindByIdAsync(id);
        if (user is null)
        {
            return Problems.NotFound();
        }

        var temporary = TemporaryPassword();
        var token = await users.GeneratePasswordResetTokenAsync(user);
        var result = await users.ResetPasswordAsync(user, token, temporary);
        if (result.Succeeded)
        {
            // The reset has given the person a new stamp; their stored tokens go too.
            await sessions.RevokeTokensAsync(user, "password reset by an administrator", ct);
        }

        return result.Succeeded
            ? TypedResults.Ok(new PasswordReset(temporary))
            : IdentityErrors(result).ToProblem("Không đặt lại được mật khẩu");
    }

    /// <summary>
    /// A lost phone without recovery codes: the authenticator is removed (and with it every session), and the person
    /// enrols a new one at their next sign-in if their role requires it.
    /// </summary>
    private static async Task<Results<NoContent, NotFoundProblem, ConflictProblem>> ResetTwoFactorAsync(string id, UserManager<StaffUser> users, Sessions sessions, CancellationToken ct)
    {
        var user = await users.FindByIdAsync(id);
        if (user is null)
        {
            return Problems.NotFound();
        }

        // Each step's result is checked: a concurrent change (the person signing in) must not leave the old key enrolled
        // behind a 204.
        if (!(await users.SetTwoFactorEnabledAsync(user, false)).Succeeded || !(await users.ResetAuthenticatorKeyAsync(user)).Succeeded)
        {
            return Problems.Conflict("Chưa đặt lại được xác thực hai lớp",
                detail: "Tài khoản vừa được cập nhật cùng lúc. Vui lòng thử lại.");
        }

        await users.GenerateNewTwoFactorRecoveryCodesAsync(user, 0);
        await sessions.RevokeTokensAsync(user, "second factor reset by an administrator", ct);
        return TypedResults.NoContent();
    }

    private static async Task<ValidationErrors> ValidateAsync(IdentityDb db, string? unitCode, List<string>? roles)
    {
        var errors = new ValidationErrors();
        if (unitCode is null || !await db.Units.AnyAsync(u => u.Code == unitCode && u.IsActive))
        {
            errors.Add("unitCode", $"Đơn vị '{unitCode}' không tồn tại hoặc đã ngừng hoạt động.");
        }

        var unknown = (roles ?? []).Where(r => !StaffRoles.All.Contains(r) || r == StaffRoles.Integration).ToList();
        if (roles is null || roles.Count == 0)
        {
            errors.Add("roles", "Mỗi tài khoản phải có ít nhất một vai trò.");
        }
        else if (unknown.Count > 0)
        {
            errors.Add("roles", $"Vai trò không hợp lệ: {string.Join(", ", unknown)}.");
        }

        return errors;
    }

    internal static ValidationErrors IdentityErrors(IdentityResult result)
    {
        var errors = new ValidationErrors();
        foreach (var error in result.Errors)
        {
            errors.Add(error.Code.StartsWith("Password", StringComparison.Ordinal) ? "password" : error.Code.Contains("UserName") ? "userName" : "account", error.Description);
        }

        return errors;
    }

    private static async Task<UserView> ViewAsync(UserManager<StaffUser> users, SignInGuard guard, StaffUser user) => new(
        user.Id, user.UserName!, user.FullName, user.Email, user.UnitCode, [.. await users.GetRolesAsync(user)], user.IsActive,
        await users.IsLockedOutAsync(user) || await guard.IsHeldBackSomewhereAsync(user), user.TwoFactorEnabled);

    private static string TemporaryPassword()
    {
        const string letters = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
        return "Tm" + new string(Enumerable.Range(0, 10).Select(_ => letters[RandomNumberGenerator.GetInt32(letters.Length)]).ToArray()) + "7#";
    }
}
