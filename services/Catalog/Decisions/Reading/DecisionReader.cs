using VanPhong.Catalog.Model;

namespace VanPhong.Catalog.Decisions.Reading;

/// <summary>What was read from a decision document: the header, every listed procedure, and the flags.</summary>
public sealed record DecisionReading(
    string? Number, DateOnly? Date, string? Signer, string? Issuer, DateOnly? EffectiveDate, string? Title,
    IReadOnlyList<DecisionItem> Items, IReadOnlyList<DecisionFlag> Flags)
{
    /// <summary>Whether anything at all made it a publication decision: a number or a listed procedure.</summary>
    public bool LooksLikeADecision => Number is not null || Items.Count > 0;
}

/// <summary>
/// Reads a Quyết định công bố TTHC from its lines: the header (Số, the place and date line, the title, the issuer, the
/// signature block, the article on effect), then the procedures, in either of two layouts — the list of the Bắc Ninh
/// decisions (one table row per procedure: TT | Mã TTHC | Tên TTHC | Cách thức | Địa điểm | Thời hạn | Phí, lệ phí |
/// Căn cứ pháp lý) or the Khánh Hòa layout (Phần I, the lists new / amended / abolished; Phần II, each procedure's
/// content under the TT 02/2017 headings a) to l)). Headings are matched without accents or case. Nothing is guessed:
/// what is missing, unreadable or contradicted elsewhere in the document becomes a <see cref="DecisionFlag"/> with its
/// line. Line numbers count from 1 in the lines given (for a .docx or .pdf, the lines of its extracted text).
/// The steps live beside it: <see cref="HeaderReader"/>, <see cref="ProcedureListReader"/> (with <see cref="ContentBlock"/>
/// and <see cref="FieldContent"/>), then <see cref="DecisionItems"/>.
/// </summary>
public static class DecisionReader
{
    public const int PlanInternalProcedureDays = DecisionApplier.InternalProcedureWorkingDays;

    public static DecisionReading Read(IReadOnlyList<string> raw)
    {
        var lines = raw.Select((text, i) => new Line(i + 1, DecisionText.Clean(text))).ToList();
        var flags = new DecisionFlags();
        var header = new HeaderReader(lines, flags);
        var appendixAt = header.Read();
        var lists = new ProcedureListReader(lines, header, flags);
        lists.Read(appendixAt);
        var items = new DecisionItems(header, flags).Finish(lists.Listed, lists.Blocks);
        return new DecisionReading(header.Number, header.Date, header.Signer, header.Issuer, header.EffectiveDate, header.Title, items, flags.All);
    }
}

/// <summary>The flags of one reading, numbered in the order they were raised (the header's first, then the lists', then each item's).</summary>
internal sealed class DecisionFlags
{
    private readonly List<DecisionFlag> _all = [];

    public IReadOnlyList<DecisionFlag> All => _all;

    public void Add(string field, Line? line, string message, string? procedure = null) =>
        _all.Add(new DecisionFlag(_all.Count + 1, field, procedure, line?.Number, line?.Original ?? line?.Text, message));
}
