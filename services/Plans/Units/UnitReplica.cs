using VanPhong.Contracts;
using VanPhong.Messaging;
using VanPhong.Plans.Data;

namespace VanPhong.Plans.Units;

/// <summary>The plan registry's copy of a unit of the identity service, kept current by OrganisationUnitChanged.</summary>
public sealed class UnitReplica : IUnitReplica
{
    public string Code { get; set; } = "";

    public string Name { get; set; } = "";

    public string Kind { get; set; } = "";

    /// <summary>The unit's mailbox: reminders to its head go there.</summary>
    public string? Email { get; set; }

    public bool IsActive { get; set; } = true;

    public DateTime ChangedAt { get; set; }
}

/// <summary>Keeps the unit copy current; an older announcement never overwrites a newer one.</summary>
public sealed class OrganisationUnitChangedConsumer(PlansDb db, TimeProvider clock)
    : IdempotentConsumer<OrganisationUnitChanged, PlansDb>(db, clock)
{
    protected override Task ApplyAsync(OrganisationUnitChanged message, Delivery delivery) =>
        Db.Units.ApplyAsync(message, delivery.CancellationToken);
}
