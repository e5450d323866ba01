using VanPhong.Feedback.Data;

namespace VanPhong.Feedback.Publication;

/// <summary>What was removed, so the person approving publication sees it.</summary>
public sealed record Redaction(string Text, IReadOnlyList<string> Removed);

/// <summary>
/// Removes personal data before a question or answer is published (Decree 20/2008 Art. 19; the platform's rule
/// that personal data never leaves the feedback service). The policy is the one of the PAKN redaction corpus
/// (tests/VanPhong.UnitTests/Feedback/Redaction): each item becomes one mark ("[họ tên]", "[số điện thoại]", …);
/// courtesy titles (ông, bà, anh, chị…) and labels ("CCCD số", "MST:") stay before the mark; a whole address
/// phrase (house, street, ward, town) is one mark; organisations, legal citations, dates other than dates of
/// birth, amounts, case codes and document numbers are kept.
/// <para>
/// The passes run in this order, each one seeing only what the earlier ones left: the submitter's own details in
/// any spelling; e-mail addresses; structured numbers (plates, dates of birth, bank accounts, ID and passport
/// numbers, tax codes, phones); addresses; names of persons — <see cref="SubmitterDetails"/>, <see cref="StructuredNumbers"/>,
/// <see cref="Addresses"/>, <see cref="PersonNames"/>, all writing into one <see cref="RedactionWork"/>. It removes too much
/// rather than too little; the approver reviews the result before it is published.
/// </para>
/// </summary>
public static class Redactor
{
    public const string NameMark = "[họ tên]";
    public const string PhoneMark = "[số điện thoại]";
    public const string EmailMark = "[email]";
    public const string IdMark = "[số định danh]";
    public const string TaxMark = "[mã số thuế]";
    public const string AddressMark = "[địa chỉ]";
    public const string PlateMark = "[biển số xe]";
    public const string AccountMark = "[số tài khoản]";
    public const string BirthDateMark = "[ngày sinh]";

    public static Redaction Redact(string text, Submitter? submitter = null)
    {
        var work = new RedactionWork(Prepare(text));
        if (submitter is not null)
        {
            SubmitterDetails.Redact(work, submitter);
        }

        StructuredNumbers.Redact(work);
        Addresses.Redact(work);
        PersonNames.Redact(work);
        return work.Result();
    }

    private static string Prepare(string text)
    {
        if (!text.IsNormalized())
        {
            text = text.Normalize();
        }

        // The slots are reserved; a text that carries one (it never should) has it replaced.
        return text.Any(RedactionWork.IsSlot) ? new string(text.Select(c => RedactionWork.IsSlot(c) ? '\uFFFD' : c).ToArray()) : text;
    }
}
