using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;

namespace VanPhong.Security;

/// <summary>
/// The authorization rules of the platform, in domain terms, defined once and used by every service.
/// Role policies say who may call an endpoint; <see cref="SameUnit"/> says whether a person may act on a record
/// that belongs to a unit ("a unit may update only its own plan items").
/// </summary>
public static class StaffPolicies
{
    /// <summary>Any signed-in member of staff (a person; machine clients are admitted only where a policy names them).</summary>
    public const string Staff = "staff";

    /// <summary>Reads across units: the office, leadership (reads everything) and administrators.</summary>
    public const string ReadAll = "read-all";

    /// <summary>Reads reports and KPIs: the office, leadership, unit heads.</summary>
    public const string Reports = "reports";

    /// <summary>The office's own work: editing the plan, assigning feedback, issuing reports.</summary>
    public const string Office = "office";

    /// <summary>Approval by the Board's leadership.</summary>
    public const string Leadership = "leadership";

    /// <summary>The quality gate of answers: the office or leadership may return a draft.</summary>
    public const string OfficeOrLeadership = "office-or-leadership";

    /// <summary>Work of a unit on its own records: unit staff and heads (their unit only), the office (any unit).</summary>
    public const string UnitWork = "unit-work";

    /// <summary>Entering what reached the one-stop desk on paper, by phone or in person.</summary>
    public const string OneStop = "one-stop";

    /// <summary>Users, units, clients.</summary>
    public const string Administration = "administration";

    /// <summary>Reading the audit log: administrators and leadership.</summary>
    public const string AuditReaders = "audit-readers";

    /// <summary>Machine clients pushing data (provincial one-stop statistics).</summary>
    public const string Integration = "integration";

    /// <summary>Resource rule: the caller acts for the unit that owns the record (resource = unit code).</summary>
    public const string SameUnit = "same-unit";

    private static readonly string[] PersonRoles =
        [StaffRoles.Administrator, StaffRoles.OfficeStaff, StaffRoles.UnitStaff, StaffRoles.UnitHead, StaffRoles.Leadership, StaffRoles.OneStopStaff];

    public static AuthorizationBuilder AddStaffPolicies(this AuthorizationBuilder builder) => builder
        .AddPolicy(Staff, p => p.RequireAuthenticatedUser().RequireRole(PersonRoles))
        .AddPolicy(ReadAll, p => p.RequireRole(StaffRoles.OfficeStaff, StaffRoles.Leadership, StaffRoles.Administrator))
        .AddPolicy(Reports, p => p.RequireRole(StaffRoles.OfficeStaff, StaffRoles.Leadership, StaffRoles.UnitHead, StaffRoles.Integration))
        .AddPolicy(Office, p => p.RequireRole(StaffRoles.OfficeStaff))
        .AddPolicy(Leadership, p => p.RequireRole(StaffRoles.Leadership))
        .AddPolicy(OfficeOrLeadership, p => p.RequireRole(StaffRoles.OfficeStaff, StaffRoles.Leadership))
        .AddPolicy(UnitWork, p => p.RequireRole(StaffRoles.UnitStaff, StaffRoles.UnitHead, StaffRoles.OfficeStaff))
        .AddPolicy(OneStop, p => p.RequireRole(StaffRoles.OneStopStaff, StaffRoles.OfficeStaff))
        .AddPolicy(Administration, p => p.RequireRole(StaffRoles.Administrator))
        .AddPolicy(AuditReaders, p => p.RequireRole(StaffRoles.Administrator, StaffRoles.Leadership))
        .AddPolicy(Integration, p => p.RequireRole(StaffRoles.Integration, StaffRoles.OfficeStaff))
        .AddPolicy(SameUnit, p => p.AddRequirements(new SameUnitRequirement()));
}

public sealed class SameUnitRequirement : IAuthorizationRequirement;

/// <summary>
/// Passes when the record's unit is the caller's unit; the office acts for every unit (it monitors and urges),
/// and leadership is not a unit's stand-in, so it does not pass here.
/// </summary>
public sealed class SameUnitHandler : AuthorizationHandler<SameUnitRequirement, UnitResource>
{
    protected override Task HandleRequirementAsync(AuthorizationHandlerContext context, SameUnitRequirement requirement, UnitResource resource)
    {
        var user = context.User;
        if (user.IsInRole(StaffRoles.OfficeStaff) || resource.UnitCodes.Contains(user.UnitCode() ?? "", StringComparer.OrdinalIgnoreCase))
        {
            context.Succeed(requirement);
        }

        return Task.CompletedTask;
    }
}

/// <summary>The units a record belongs to (a plan item's lead unit, or its coordinating units for a contribution).</summary>
public sealed record UnitResource(IReadOnlyCollection<string> UnitCodes)
{
    public static UnitResource Of(params string[] unitCodes) => new(unitCodes);
}

public static class ClaimsPrincipalExtensions
{
    public static string? UnitCode(this ClaimsPrincipal user) => user.FindFirstValue(StaffClaims.Unit);

    public static string? UserId(this ClaimsPrincipal user) => user.FindFirstValue(StaffClaims.Subject);

    public static string DisplayName(this ClaimsPrincipal user) =>
        user.FindFirstValue(StaffClaims.FullName) ?? user.FindFirstValue(StaffClaims.Name) ?? user.UserId() ?? "?";
}
