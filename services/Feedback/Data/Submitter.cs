using VanPhong.Security;

namespace VanPhong.Feedback.Data;

public enum SubmitterType
{
    Individual,
    Organisation,
}

/// <summary>The person or organisation behind a PAKN. Personal data: it never leaves this service, and the audit log masks it.</summary>
public sealed class Submitter
{
    /// <summary>What an anonymised submitter's name and address read.</summary>
    public const string Erased = "[đã xóa]";

    public SubmitterType Type { get; set; }

    [PersonalData]
    public string Name { get; set; } = "";

    /// <summary>Tên tổ chức, for organisations.</summary>
    [PersonalData]
    public string? Organisation { get; set; }

    [PersonalData]
    public string Address { get; set; } = "";

    [PersonalData]
    public string? Phone { get; set; }

    [PersonalData]
    public string? Email { get; set; }
}
