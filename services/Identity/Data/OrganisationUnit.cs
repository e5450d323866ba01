namespace VanPhong.Identity.Data;

/// <summary>What a unit is in the Board's organisation.</summary>
public enum UnitKind
{
    /// <summary>Văn phòng: owns the plan and the reports.</summary>
    Office,

    /// <summary>Bộ phận Một cửa.</summary>
    OneStopDesk,

    /// <summary>Phòng chuyên môn: a specialised division that handles procedures.</summary>
    Division,

    /// <summary>Lãnh đạo Ban.</summary>
    Leadership,
}

/// <summary>Đơn vị: an organisational unit of the Board. Data, managed by administrators.</summary>
public sealed class OrganisationUnit : VanPhong.Persistence.IVersioned
{
    /// <summary>The concurrency token of the unit (two administrators editing it at once).</summary>
    public int Version { get; private set; } = 1;

    public string Code { get; set; } = "";

    public string Name { get; set; } = "";

    public UnitKind Kind { get; set; }

    /// <summary>The unit's official mailbox; reminders to its head go there.</summary>
    public string? Email { get; set; }

    public bool IsActive { get; set; } = true;

    /// <summary>The units of the Board as of 2023, seeded on a fresh install (from the plan and the Board's organisation).</summary>
    public static IReadOnlyList<OrganisationUnit> Seed { get; } =
    [
        new() { Code = "LDB", Name = "Lãnh đạo Ban", Kind = UnitKind.Leadership },
        new() { Code = "VP", Name = "Văn phòng", Kind = UnitKind.Office, Email = "vanphong@kkt-vanphong.example.vn" },
        new() { Code = "MC", Name = "Bộ phận Một cửa", Kind = UnitKind.OneStopDesk, Email = "motcua@kkt-vanphong.example.vn" },
        new() { Code = "QLDT", Name = "Phòng Quản lý Đầu tư", Kind = UnitKind.Division, Email = "qldt@kkt-vanphong.example.vn" },
        new() { Code = "QHXD", Name = "Phòng Quy hoạch và Xây dựng", Kind = UnitKind.Division, Email = "qhxd@kkt-vanphong.example.vn" },
        new() { Code = "TNMT", Name = "Phòng Quản lý Tài nguyên và Môi trường", Kind = UnitKind.Division, Email = "tnmt@kkt-vanphong.example.vn" },
        new() { Code = "DNLD", Name = "Phòng Quản lý Doanh nghiệp và Lao động", Kind = UnitKind.Division, Email = "dnld@kkt-vanphong.example.vn" },
    ];
}
