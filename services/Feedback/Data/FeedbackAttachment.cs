using VanPhong.Security;

namespace VanPhong.Feedback.Data;

/// <summary>A file attached to a PAKN (PDF, JPEG, PNG, DOCX, checked by content).</summary>
public sealed class FeedbackAttachment
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid FeedbackId { get; set; }

    [PersonalData]
    public string FileName { get; set; } = "";

    public string ContentType { get; set; } = "";

    public byte[] Content { get; set; } = [];
}
