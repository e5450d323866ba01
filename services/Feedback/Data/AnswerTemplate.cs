namespace VanPhong.Feedback.Data;

/// <summary>A template for common answers, with {{variables}} filled in when drafting.</summary>
public sealed class AnswerTemplate
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public string Name { get; set; } = "";

    public string Body { get; set; } = "";

    public string? LegalBasis { get; set; }
}
