namespace VanPhong.Feedback.Data;

/// <summary>Phản ánh (a report of a problem with a regulation) or kiến nghị (a report with a proposed solution).</summary>
public enum FeedbackKind
{
    Reflection,
    Recommendation,
}

/// <summary>How the PAKN reached the Board (Decree 20/2008 Art. 6–7).</summary>
public enum FeedbackChannel
{
    Online,
    Post,
    Phone,
    Email,
    InPerson,
    NationalPortal,
}

/// <summary>How the submitter wants to hear about their PAKN (chosen at submission).</summary>
public enum NotifyBy
{
    None,
    Email,
    Sms,
}
