using VanPhong.Security;

namespace VanPhong.Feedback.Data;

/// <summary>Who took a step: the official's display name and unit, or the submitter.</summary>
public sealed record Actor(string Name, string? Unit)
{
    public static readonly Actor Submitter = new("Người gửi", null);
}

/// <summary>One step of a PAKN's handling: who moved it, from what to what, and why.</summary>
public sealed class FeedbackTransition
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid FeedbackId { get; set; }

    public FeedbackStatus From { get; set; }

    public FeedbackStatus To { get; set; }

    public DateTime At { get; set; }

    public string By { get; set; } = "";

    public string? Unit { get; set; }

    [PersonalData]
    public string? Note { get; set; }
}
