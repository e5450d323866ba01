using VanPhong.Security;

namespace VanPhong.IntegrationTests.Infrastructure;

/// <summary>A member of staff the tests create through the administrator API and sign in through the real token flow.</summary>
public sealed record TestUser(string UserName, string FullName, string Unit, params string[] Roles)
{
    public const string Password = "Kiem-Soat-TTHC-2026!";
}

/// <summary>Two people per role, in different units, so every policy can be tried with "right role, other unit".</summary>
public static class TestUsers
{
    public const string AdminUserName = "admin";
    public const string AdminPassword = "Quan-Tri-Ban-KKT-2026!";

    public static readonly TestUser Admin = new(AdminUserName, "Quản trị hệ thống", "VP", StaffRoles.Administrator);
    public static readonly TestUser AdminQldt = new("qt.qldt", "Lê Quản Trị", "QLDT", StaffRoles.Administrator);
    public static readonly TestUser Office = new("vp.an", "Nguyễn Văn An", "VP", StaffRoles.OfficeStaff);
    public static readonly TestUser OfficeMc = new("vp.binh", "Trần Thị Bình", "MC", StaffRoles.OfficeStaff);
    public static readonly TestUser Leader = new("ldb.cuong", "Phạm Văn Cường", "LDB", StaffRoles.Leadership);
    public static readonly TestUser LeaderVp = new("ldb.dung", "Võ Thị Dung", "VP", StaffRoles.Leadership);
    public static readonly TestUser HeadQldt = new("tp.qldt", "Hoàng Minh Em", "QLDT", StaffRoles.UnitHead);
    public static readonly TestUser HeadQhxd = new("tp.qhxd", "Đặng Văn Phúc", "QHXD", StaffRoles.UnitHead);
    public static readonly TestUser StaffQldt = new("cv.qldt", "Bùi Thị Giang", "QLDT", StaffRoles.UnitStaff);
    public static readonly TestUser StaffQhxd = new("cv.qhxd", "Đỗ Văn Hải", "QHXD", StaffRoles.UnitStaff);
    public static readonly TestUser OneStop = new("mc.khanh", "Ngô Thị Khánh", "MC", StaffRoles.OneStopStaff);
    public static readonly TestUser OneStopVp = new("mc.long", "Lý Văn Long", "VP", StaffRoles.OneStopStaff);

    /// <summary>
    /// People who change their own password in a test: a change ends their other sessions (the tokens the platform
    /// keeps for them), so nobody else's tokens may be theirs.
    /// </summary>
    public static readonly TestUser OwnPasswordQldt = new("cv.matkhau.qldt", "Trương Thị Mai", "QLDT", StaffRoles.UnitStaff);
    public static readonly TestUser OwnPasswordQhxd = new("cv.matkhau.qhxd", "Mai Văn Nam", "QHXD", StaffRoles.UnitStaff);
}
