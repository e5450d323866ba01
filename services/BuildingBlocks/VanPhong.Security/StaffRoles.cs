namespace VanPhong.Security;

/// <summary>The roles of the Board's staff. A person may hold several.</summary>
public static class StaffRoles
{
    /// <summary>Quản trị hệ thống: users, units, clients, audit.</summary>
    public const string Administrator = "Administrator";

    /// <summary>Văn phòng: owns the plan and the reports, monitors and urges, assigns PAKN.</summary>
    public const string OfficeStaff = "OfficeStaff";

    /// <summary>Chuyên viên of a specialised division (phòng chuyên môn).</summary>
    public const string UnitStaff = "UnitStaff";

    /// <summary>Trưởng phòng: head of a unit, receives the urging reminders of its items.</summary>
    public const string UnitHead = "UnitHead";

    /// <summary>Lãnh đạo Ban: reads everything, approves.</summary>
    public const string Leadership = "Leadership";

    /// <summary>Bộ phận Một cửa: enters PAKN received on paper, by phone or in person.</summary>
    public const string OneStopStaff = "OneStopStaff";

    /// <summary>A machine client (provincial systems, the benchmark), never a person.</summary>
    public const string Integration = "Integration";

    public static readonly IReadOnlyList<string> All =
        [Administrator, OfficeStaff, UnitStaff, UnitHead, Leadership, OneStopStaff, Integration];

    public static readonly IReadOnlyDictionary<string, string> VietnameseNames = new Dictionary<string, string>
    {
        [Administrator] = "Quản trị hệ thống",
        [OfficeStaff] = "Văn phòng",
        [UnitStaff] = "Chuyên viên phòng chuyên môn",
        [UnitHead] = "Trưởng phòng",
        [Leadership] = "Lãnh đạo Ban",
        [OneStopStaff] = "Bộ phận Một cửa",
        [Integration] = "Hệ thống tích hợp",
    };
}

/// <summary>Claim types in the platform's access tokens (JWT, issued by the identity service).</summary>
public static class StaffClaims
{
    public const string Subject = "sub";
    public const string Name = "name";
    public const string FullName = "full_name";
    public const string Role = "role";

    /// <summary>Code of the organisational unit (đơn vị) the person belongs to, e.g. "VP", "QLDT".</summary>
    public const string Unit = "unit";

    /// <summary>The audience every access token carries and every service requires.</summary>
    public const string ApiAudience = "vanphong-api";

    public const string ApiScope = "vanphong.api";

    /// <summary>
    /// A digest of the person's security stamp when the token was issued (never the stamp itself, which keys other
    /// codes): it changes with the password, a reset, a deactivation, a role or unit change and the second factor, and a
    /// token whose digest is no longer current is refused (see <see cref="SessionCheck"/>).
    /// </summary>
    public const string SessionStamp = "session";
}
