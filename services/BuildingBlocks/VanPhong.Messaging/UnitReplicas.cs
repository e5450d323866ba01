using Microsoft.EntityFrameworkCore;
using VanPhong.Contracts;
using VanPhong.Persistence;

namespace VanPhong.Messaging;

/// <summary>
/// A service's copy of a unit (đơn vị) of the identity service, as <see cref="OrganisationUnitChanged"/> writes it.
/// Each service keeps its own entity and table and reads them through its own types (feedback's kind may be unknown,
/// reporting keeps no mailbox), so the announced fields are only written here.
/// </summary>
public interface IUnitReplica
{
    string Code { set; }

    string Name { set; }

    string Kind { set; }

    string? Email { set; }

    bool IsActive { set; }

    /// <summary>When the announcement this copy holds was made: an older one never overwrites it.</summary>
    DateTime ChangedAt { get; set; }
}

public static class UnitReplicas
{
    /// <summary>
    /// Brings the service's copy of the announced unit up to date, adding it when the service has none. Announcements
    /// arrive in any order: one older than the copy changes nothing.
    /// </summary>
    public static async Task ApplyAsync<TUnit>(this DbSet<TUnit> units, OrganisationUnitChanged message, CancellationToken cancellationToken)
        where TUnit : class, IUnitReplica, new()
    {
        var unit = await units.FindOrAddAsync(message.Code, () => new TUnit { Code = message.Code }, cancellationToken);
        if (unit.ChangedAt > message.ChangedAt.UtcDateTime)
        {
            return;
        }

        unit.Name = message.Name;
        unit.Kind = message.Kind;
        unit.Email = message.Email;
        unit.IsActive = message.IsActive;
        unit.ChangedAt = message.ChangedAt.UtcDateTime;
    }
}
