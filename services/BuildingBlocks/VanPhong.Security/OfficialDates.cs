using System.Security.Claims;
using VanPhong.ServiceDefaults;

namespace VanPhong.Security;

/// <summary>
/// The date of an official act (a PAKN received, an internal procedure submitted, an electronic process updated) is the
/// server's day, not the caller's: a client-supplied date could otherwise move a deadline or game an on-time figure.
/// A day in the past is a documented exception: only the office (for a PAKN also the one-stop desk that received it)
/// records it, with a reason, and the reason goes to the audit log (<see cref="Audit"/>). A day in the future is never
/// accepted.
/// </summary>
public static class OfficialDates
{
    public const int MinimumReasonLength = 10;

    public const string AuditAction = "Backdated";

    /// <summary>The day decided (against <see cref="ServerDay"/>), or the field's error; <see cref="Reason"/> is set when the day is an accepted exception.</summary>
    public sealed record Decision(DateOnly On, DateOnly ServerDay, string? Reason, Dictionary<string, string[]>? Errors)
    {
        public bool IsBackdated => Reason is not null;
    }

    /// <param name="field">The request field that carries the date (named in the error).</param>
    /// <param name="reasonField">The request field that carries the reason.</param>
    /// <param name="what">What the date is, in Vietnamese ("Ngày tiếp nhận").</param>
    /// <param name="exceptionRoles">The roles that may record an earlier day (the office unless said otherwise).</param>
    public static Decision Decide(DateOnly? requested, string? reason, ClaimsPrincipal user, DateOnly today, string field, string reasonField, string what,
        params string[] exceptionRoles)
    {
        if (requested is null || requested == today)
        {
            return new Decision(today, today, null, null);
        }

        if (requested > today)
        {
            return Refused(today, field, $"{what} ({requested:dd/MM/yyyy}) không được sau ngày hôm nay ({today:dd/MM/yyyy}).");
        }

        string[] roles = exceptionRoles.Length > 0 ? exceptionRoles : [StaffRoles.OfficeStaff];
        if (!roles.Any(user.IsInRole))
        {
            return Refused(today, field, $"{what} là ngày hệ thống ghi nhận ({today:dd/MM/yyyy}). Chỉ Văn phòng được ghi nhận ngày trước đó, kèm lý do.");
        }

        var cleaned = reason?.Trim();
        if (cleaned is null || cleaned.Length < MinimumReasonLength)
        {
            return Refused(today, reasonField, $"{what} ({requested:dd/MM/yyyy}) trước ngày hôm nay: vui lòng nêu lý do (ít nhất {MinimumReasonLength} ký tự), lý do được lưu vào nhật ký.");
        }

        return new Decision(requested.Value, today, cleaned, null);
    }

    /// <summary>Records an accepted exception in the audit log of the same transaction.</summary>
    public static void Audit(this Microsoft.EntityFrameworkCore.DbContext db, Decision decision, ClaimsPrincipal user, TimeProvider clock, string entityType, string entityId, string field)
    {
        if (decision.IsBackdated)
        {
            db.AddAuditEntry(user, clock, AuditAction, entityType, entityId, new { field, recorded = decision.On, serverDay = decision.ServerDay, reason = decision.Reason });
        }
    }

    private static Decision Refused(DateOnly today, string field, string message) => new(today, today, null, ValidationErrors.Of(field, message).ToDictionary());
}
