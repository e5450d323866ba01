using Microsoft.AspNetCore.Identity;

namespace VanPhong.Identity.Data;

/// <summary>A member of the Board's staff (cán bộ, công chức): belongs to one unit, holds one or more roles.</summary>
public sealed class StaffUser : IdentityUser
{
    public string FullName { get; set; } = "";

    /// <summary>Code of the unit (đơn vị) the person belongs to.</summary>
    public string UnitCode { get; set; } = "";

    /// <summary>A deactivated account cannot sign in; accounts are never deleted, so the audit log keeps its names.</summary>
    public bool IsActive { get; set; } = true;
}
