using System.Security.Cryptography;

namespace VanPhong.Security;

/// <summary>
/// Marks a property that holds a person's data (Decree 13/2023/NĐ-CP): a citizen's name, address, phone, e-mail, or a
/// text they wrote. The audit log records that such a field changed, never its value (<see cref="AuditMasking"/>).
/// </summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class PersonalDataAttribute : Attribute;

/// <summary>What the audit log keeps of a value it must not copy: personal data masked, a file as its reference and hash.</summary>
public static class AuditMasking
{
    /// <summary>"N… (12 ký tự)": enough for an auditor to see that a value was there and roughly what, not who.</summary>
    public static string? Mask(object? value) => value switch
    {
        null => null,
        string { Length: 0 } => "",
        string text => $"{text[0]}… ({text.Length} ký tự, đã che)",
        _ => "(đã che)",
    };

    /// <summary>A file's bytes stand in the log as their size and SHA-256: proof of which file it was, not a copy.</summary>
    public static object? File(byte[]? bytes) => bytes is null ? null : new { bytes = bytes.Length, sha256 = Convert.ToHexStringLower(SHA256.HashData(bytes)) };
}
