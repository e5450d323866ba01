namespace VanPhong.Web.Pages.Staff.Administration;

/// <summary>The roles an administrator can give, and the unit kinds, with the Vietnamese names the pages show.</summary>
public static class StaffRoleNames
{
    public static readonly IReadOnlyList<(string Role, string Name)> Roles =
    [
        ("OfficeStaff", "Văn phòng (đầu mối kiểm soát TTHC)"),
        ("UnitStaff", "Chuyên viên đơn vị"),
        ("UnitHead", "Lãnh đạo đơn vị"),
        ("Leadership", "Lãnh đạo Ban"),
        ("OneStopStaff", "Bộ phận Một cửa"),
        ("Integration", "Hệ thống tích hợp"),
        ("Administrator", "Quản trị hệ thống"),
    ];

    public static readonly IReadOnlyList<(string Kind, string Name)> UnitKinds =
        [("Division", "Phòng chuyên môn"), ("Office", "Văn phòng"), ("OneStopDesk", "Bộ phận Một cửa"), ("Leadership", "Lãnh đạo Ban")];

    public static string Role(string role) => Roles.FirstOrDefault(r => r.Role == role).Name ?? role;

    public static string Kind(string kind) => UnitKinds.FirstOrDefault(k => k.Kind == kind).Name ?? kind;
}
