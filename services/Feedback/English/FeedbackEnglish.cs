using VanPhong.Feedback.Handling;
using VanPhong.Feedback.Data;
using VanPhong.Feedback.Privacy;

namespace VanPhong.Feedback.English;

/// <summary>
/// The English of the fixed texts of the public feedback API, for a reader who prefers English: the categories of
/// Decree 20/2008 Art. 5, the statuses, and the privacy notice. What a person wrote (a PAKN, an answer) stays Vietnamese.
/// </summary>
public static class FeedbackEnglish
{
    public static readonly IReadOnlyDictionary<string, string> Categories = new Dictionary<string, string>
    {
        ["implementation-difficulty"] = "Difficulties in carrying out an administrative regulation (delay, harassment, not carried out or carried out wrongly)",
        ["unrealistic"] = "An administrative regulation that does not fit reality",
        ["inconsistent"] = "Administrative regulations that are inconsistent with each other",
        ["unlawful"] = "An unlawful administrative regulation",
        ["treaty-conflict"] = "An administrative regulation contrary to an international treaty Vietnam has signed or joined",
        ["other"] = "Another matter concerning administrative regulations",
        ["solution-proposal"] = "A proposed solution to the matters above",
        ["new-regulation-initiative"] = "An initiative for a new administrative regulation",
    };

    public static readonly IReadOnlyDictionary<FeedbackStatus, string> Statuses = new Dictionary<FeedbackStatus, string>
    {
        [FeedbackStatus.Received] = "Received",
        [FeedbackStatus.NotAccepted] = "Not accepted",
        [FeedbackStatus.Transferred] = "Transferred to the competent agency",
        [FeedbackStatus.Accepted] = "Accepted, awaiting assignment",
        [FeedbackStatus.Assigned] = "Assigned for handling",
        [FeedbackStatus.InProgress] = "Being handled",
        [FeedbackStatus.AnswerDrafted] = "Answer drafted, awaiting approval",
        [FeedbackStatus.Approved] = "Answer approved",
        [FeedbackStatus.Answered] = "Answered",
        [FeedbackStatus.Published] = "Answer published",
        [FeedbackStatus.Closed] = "Closed",
    };

    public static string Category(string code, bool english) =>
        (english ? Categories : Intake.FeedbackCategories.All).GetValueOrDefault(code, code);

    public static string Status(FeedbackStatus status, bool english) => (english ? Statuses : Transitions.VietnameseNames)[status];

    /// <summary>The privacy notice in English, of the same version: consent given on either text is consent to the same processing.</summary>
    public static PrivacyNotice Notice(FeedbackOptions.AgencyOptions agency, PrivacyOptions privacy)
    {
        var years = (int)Math.Round(privacy.RetentionAfterEnd.TotalDays / 365);
        var retention = years >= 1 ? $"{years} years" : $"{privacy.RetentionAfterEnd.TotalDays:0} days";
        return new PrivacyNotice(
            PrivacyNotice.CurrentVersion,
            agency.Name,
            [
                "To receive, classify, handle and answer your feedback on administrative regulations (Decree 20/2008/NĐ-CP).",
                "To contact you to clarify the content and to send the written answer.",
                "To count and report the results of handling feedback — aggregate figures only, without personal data.",
            ],
            ["Name or organisation", "Address", "Phone number", "E-mail", "Content of the feedback and its attachments"],
            "Your name, address, phone number and e-mail are never published. The question is published only with your consent, after all personal data has been removed.",
            $"Personal data is kept for {retention} after the handling ends, then erased (anonymised); statistics are kept.",
            [
                "To know how your personal data is processed and to see the data the Authority holds.",
                "To have inaccurate data corrected.",
                "To have your personal data erased once the handling of your feedback has ended.",
                "To withdraw your consent; withdrawing does not affect processing already done.",
            ],
            $"{agency.Address}; phone {agency.Phone}; e-mail {agency.Email}.",
            "I agree that the Van Phong Economic Zone Authority processes my personal data for the purposes above.");
    }
}
