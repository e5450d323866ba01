using VanPhong.Persistence;

namespace VanPhong.Plans.SeedTasks;

/// <summary>
/// What every record behind a plan task does alike: its id, the plan item it carries out, a version that each correction
/// raises, and the event of its new state after every change. A kind says only how it takes its fields and what its
/// event carries, so a new record and a correction can never build their event differently.
/// </summary>
public abstract class PlanTaskRecord<TSelf, TFields, TEvent> : IVersioned
    where TSelf : PlanTaskRecord<TSelf, TFields, TEvent>, new()
{
    public Guid Id { get; private set; } = Guid.CreateVersion7();

    public Guid? PlanItemId { get; private set; }

    public string? PlanItemCode { get; private set; }

    public int Version { get; private set; } = 1;

    public static (TSelf Record, TEvent Event) Create(TFields fields, PlanLink link)
    {
        var record = new TSelf();
        return (record, record.Apply(fields, link));
    }

    /// <summary>A correction of the record: the next version.</summary>
    public virtual TEvent Change(TFields fields, PlanLink link)
    {
        Version++;
        return Apply(fields, link);
    }

    /// <summary>Takes the checked fields, of a new record or of a correction.</summary>
    protected abstract void Take(TFields fields);

    /// <summary>The event of the record as it now stands.</summary>
    protected abstract TEvent Recorded();

    /// <summary>A step of the kind's own (a decision) is a change too: the next version.</summary>
    protected void NextVersion() => Version++;

    private TEvent Apply(TFields fields, PlanLink link)
    {
        Take(fields);
        (PlanItemId, PlanItemCode) = (link.ItemId, link.ItemCode);
        return Recorded();
    }
}
