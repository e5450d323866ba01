using VanPhong.Contracts;
using VanPhong.Messaging;
using VanPhong.Reporting.Data;
using VanPhong.Reporting.Projections;

namespace VanPhong.Reporting.Units;

/// <summary>A unit of the Board as reporting knows it: plan progress and the scorecard are per unit.</summary>
public sealed class UnitFact : IUnitReplica
{
    public string Code { get; set; } = "";

    public string Name { get; set; } = "";

    /// <summary>Office, OneStopDesk, Division or Leadership.</summary>
    public string Kind { get; set; } = "";

    public bool IsActive { get; set; } = true;

    /// <summary>Reporting sends no mail, so it keeps no mailbox.</summary>
    string? IUnitReplica.Email { set { } }

    /// <summary>When the announcement this row holds was made: an older one never overwrites it.</summary>
    public DateTime ChangedAt { get; set; }
}

public sealed class OrganisationUnitChangedConsumer(ReportingDb db, TimeProvider clock) : ProjectingConsumer<OrganisationUnitChanged>(db, clock)
{
    public override Task ProjectAsync(OrganisationUnitChanged message, EventContext context, CancellationToken cancellationToken) =>
        Db.Units.ApplyAsync(message, cancellationToken);
}

/// <summary>
/// The plan names its units by code or by group ("@divisions": every specialised division; "@all": every unit but
/// the leadership). Reporting resolves them against the units it knows.
/// </summary>
public sealed class UnitDirectory(IReadOnlyList<UnitFact> units)
{
    public IReadOnlyList<UnitFact> Active { get; } = units.Where(u => u.IsActive && u.Kind != UnitKinds.Leadership).OrderBy(u => u.Code, StringComparer.Ordinal).ToList();

    public string NameOf(string code) => units.FirstOrDefault(u => u.Code == code)?.Name ?? code;

    public IReadOnlyList<string> Resolve(string references) => UnitGroups.Expand(
        references.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries),
        Active.Select(u => new UnitEntry(u.Code, u.Kind, u.IsActive)));
}
