namespace VanPhong.Feedback.Data;

/// <summary>The life of a PAKN, from the receipt register to closure (Decree 20/2008 Art. 9, 14, 19).</summary>
public enum FeedbackStatus
{
    /// <summary>Đã tiếp nhận (vào sổ), waiting for classification.</summary>
    Received,

    /// <summary>Không tiếp nhận: fails Art. 7 or is out of scope; the reason is recorded.</summary>
    NotAccepted,

    /// <summary>Chuyển cơ quan có thẩm quyền: outside the Board's authority (within 05 working days of receipt).</summary>
    Transferred,

    /// <summary>Within the Board's authority, waiting for the office to assign it.</summary>
    Accepted,

    /// <summary>Assigned to a lead unit.</summary>
    Assigned,

    /// <summary>Đang xử lý.</summary>
    InProgress,

    /// <summary>Dự thảo trả lời, waiting at the quality gate.</summary>
    AnswerDrafted,

    /// <summary>Approved by the Board's leadership.</summary>
    Approved,

    /// <summary>Đã trả lời: sent to the submitter.</summary>
    Answered,

    /// <summary>Đã công khai (Art. 19).</summary>
    Published,

    /// <summary>Đã kết thúc, archived.</summary>
    Closed,
}

/// <summary>What classification decides (Decree 20/2008 Art. 9), as the API and the event name it.</summary>
public enum ClassificationOutcome
{
    NotAccepted,
    Transferred,
    WithinAuthority,
}
