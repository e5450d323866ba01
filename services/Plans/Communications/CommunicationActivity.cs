using VanPhong.Contracts;
using VanPhong.Plans.SeedTasks;

namespace VanPhong.Plans.Communications;

public sealed record CommunicationFields(string Kind, string Title, DateOnly HeldOn, string? Channel, string? Audience, int? Participants, string? UnitCode);

/// <summary>
/// A communication or training activity of plan section VII (truyền thông, tuyên truyền, tập huấn): its kind, title,
/// day, channel or place, audience and number of participants, and the unit that held it.
/// </summary>
public sealed class CommunicationActivity : PlanTaskRecord<CommunicationActivity, CommunicationFields, CommunicationActivityRecorded>
{
    /// <summary>One of <see cref="CommunicationKinds"/>.</summary>
    public string Kind { get; private set; } = "";

    public string Title { get; private set; } = "";

    public DateOnly HeldOn { get; private set; }

    /// <summary>Where or through what: the Board's portal, a newspaper, a meeting room.</summary>
    public string? Channel { get; private set; }

    /// <summary>Đối tượng: who it was for (businesses, staff of the one-stop desk, …).</summary>
    public string? Audience { get; private set; }

    public int? Participants { get; private set; }

    public string? UnitCode { get; private set; }

    protected override void Take(CommunicationFields f) =>
        (Kind, Title, HeldOn, Channel, Audience, Participants, UnitCode) = (f.Kind, f.Title, f.HeldOn, f.Channel, f.Audience, f.Participants, f.UnitCode);

    protected override CommunicationActivityRecorded Recorded() =>
        new(Id, Kind, Title, HeldOn, Channel, Participants, UnitCode, PlanItemCode, Version);
}
