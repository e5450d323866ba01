using VanPhong.Security;

namespace VanPhong.Web.Pages.Staff.Administration;

/// <summary>The roles an administrator can give, and the unit kinds, with the Vietnamese names the pages show.</summary>
public static class StaffRoleNames
{
    public static readonly IReadOnlyList<(string Role, string Name)> Roles =
    [
        (StaffRoles.OfficeStaff, "Văn phòng (đầu mối kiểm soát TTHC)"),
        (StaffRoles.UnitStaff, "Chuyên viên đơn vị"),
        (StaffRoles.UnitHead, "Lãnh đạo đơn vị"),
        (StaffRoles.Leadership, "Lãnh đạo Ban"),
        (StaffRoles.OneStopStaff, "Bộ phận Một cửa"),
        (StaffRoles.Integration, "Hệ thống tích hợp"),
        (StaffRoles.Administrator, "Quản trị hệ thống"),
    ];

    public static readonly IReadOnlyList<(string Kind, string Name)> UnitKinds =
        [("Division", "Phòng chuyên môn"), ("Office", "Văn phòng"), ("OneStopDesk", "Bộ phận Một cửa"), ("Leadership", "Lãnh đạo Ban")];

    public static string Role(string role) => Roles.FirstOrDefault(r => r.Role == role).Name ?? role;

    public static string Kind(string kind) => UnitKinds.FirstOrDefault(k => k.Kind == kind).Name ?? kind;
}
