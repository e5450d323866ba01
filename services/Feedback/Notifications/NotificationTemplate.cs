namespace VanPhong.Feedback.Notifications;

/// <summary>The office's own text for one notice on one channel; without a row the default of <see cref="SubmitterNotices"/> applies.</summary>
public sealed class NotificationTemplate
{
    /// <summary>The notice's slug ("not-accepted").</summary>
    public string Notice { get; set; } = "";

    public string Channel { get; set; } = "";

    /// <summary>The e-mail's subject; null for an SMS.</summary>
    public string? Subject { get; set; }

    public string Body { get; set; } = "";

    public DateTime UpdatedAt { get; set; }

    public string UpdatedBy { get; set; } = "";
}
