namespace VanPhong.Contracts;

/// <summary>
/// An organisational unit (đơn vị) of the Board was created or changed. Other services keep a copy of the
/// units to check assignments (a plan item's lead unit) and to address a unit (its official mailbox).
/// </summary>
/// <param name="Code">Stable code, e.g. "VP" (Văn phòng), "MC" (Bộ phận Một cửa), "QLDT".</param>
/// <param name="Kind">Office, OneStopDesk, Division or Leadership.</param>
/// <param name="Email">The unit's official mailbox, where reminders to its head are sent.</param>
public sealed record OrganisationUnitChanged(string Code, string Name, string Kind, string? Email, bool IsActive, DateTimeOffset ChangedAt);

/// <summary>The <see cref="OrganisationUnitChanged.Kind"/> of a unit, as it is serialised.</summary>
public static class UnitKinds
{
    /// <summary>Văn phòng.</summary>
    public const string Office = "Office";

    /// <summary>Bộ phận một cửa.</summary>
    public const string OneStopDesk = "OneStopDesk";

    /// <summary>Phòng chuyên môn.</summary>
    public const string Division = "Division";

    /// <summary>Lãnh đạo Ban.</summary>
    public const string Leadership = "Leadership";
}
