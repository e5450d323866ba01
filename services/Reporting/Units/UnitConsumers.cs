using VanPhong.Contracts;
using VanPhong.Reporting.Data;
using VanPhong.Reporting.Projections;

namespace VanPhong.Reporting.Units;

/// <summary>A unit of the Board as reporting knows it: plan progress and the scorecard are per unit.</summary>
public sealed class UnitFact
{
    public string Code { get; set; } = "";

    public string Name { get; set; } = "";

    /// <summary>Office, OneStopDesk, Division or Leadership.</summary>
    public string Kind { get; set; } = "";

    public bool IsActive { get; set; } = true;

    /// <summary>When the announcement this row holds was made: an older one never overwrites it.</summary>
    public DateTime ChangedAt { get; set; }
}

public sealed class OrganisationUnitChangedConsumer(ReportingDb db, TimeProvider clock) : ProjectingConsumer<OrganisationUnitChanged>(db, clock)
{
    public override async Task ProjectAsync(OrganisationUnitChanged message, EventContext context, CancellationToken cancellationToken)
    {
        var unit = await Db.Units.FindAsync([message.Code], cancellationToken);
        if (unit is null)
        {
            unit = new UnitFact { Code = message.Code };
            Db.Units.Add(unit);
        }
        else if (unit.ChangedAt > message.ChangedAt.UtcDateTime)
        {
            return;
        }

        unit.Name = message.Name;
        unit.Kind = message.Kind;
        unit.IsActive = message.IsActive;
        unit.ChangedAt = message.ChangedAt.UtcDateTime;
    }
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
