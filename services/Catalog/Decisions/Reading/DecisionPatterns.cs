using System.Text.RegularExpressions;
using VanPhong.Contracts;

namespace VanPhong.Catalog.Decisions.Reading;

/// <summary>The patterns of a decision's text, matched against its folded lines (no accents, lower case) unless named otherwise.</summary>
internal static partial class DecisionPatterns
{
    [GeneratedRegex(@"\s+")]
    internal static partial Regex Spaces();

    [GeneratedRegex(@"^so\s*[:：]")]
    internal static partial Regex NumberLine();

    [GeneratedRegex(@"^\d+/[\p{L}\d\-]+$")]
    internal static partial Regex DecisionNumber();

    [GeneratedRegex(@",\s*ngay\s+(?<d>\d{1,2})\s+thang\s+(?<m>\d{1,2})\s+nam\s+(?<y>\d{4})")]
    internal static partial Regex DateLine();

    [GeneratedRegex(@"^chu tich (uy ban nhan dan|ubnd) (?<kind>tinh|thanh pho)\s+(?<place>.+)$")]
    internal static partial Regex IssuerLine();

    [GeneratedRegex(@"linh vuc\s+(?<sector>.+?)\s+(thuoc|cua|tai|tren)\b")]
    internal static partial Regex TitleSector();

    [GeneratedRegex(@"^dieu\s+(?<n>\d+)\s*[.:]")]
    internal static partial Regex ArticleLine();

    [GeneratedRegex(@"^((kt|tm|q|tl)\.?\s*(chu tich|uy ban nhan dan|ubnd)|chu tich)$")]
    internal static partial Regex SignatureLine();

    [GeneratedRegex(@"^phan\s+(?<n>ii|i|1|2)\b")]
    internal static partial Regex PartLine();

    [GeneratedRegex(@"^\p{Lu}[\p{Ll}\p{Lu}]*(\s+\p{Lu}[\p{Ll}\p{Lu}]*){1,4}$")]
    internal static partial Regex PersonName();

    [GeneratedRegex(@"hieu luc\s+(thi hanh\s+)?(ke\s+)?tu\s+ngay\s+(?<d>\d{1,2})\s*[/.\-]\s*(?<m>\d{1,2})\s*[/.\-]\s*(?<y>\d{4})")]
    internal static partial Regex EffectNumeric();

    [GeneratedRegex(@"hieu luc\s+(thi hanh\s+)?(ke\s+)?tu\s+ngay\s+(?<d>\d{1,2})\s+thang\s+(?<m>\d{1,2})\s+nam\s+(?<y>\d{4})")]
    internal static partial Regex EffectWords();

    [GeneratedRegex(@"hieu luc\s+(thi hanh\s+)?(ke\s+)?tu\s+ngay\s+(ky|ban hanh)")]
    internal static partial Regex EffectOnSigning();

    [GeneratedRegex(@"(thoi han|cham nhat)[^.;]*?(?<days>\d+)\s*ngay lam viec")]
    internal static partial Regex InternalDeadline();

    [GeneratedRegex(@"^([a-z]|[ivx]+|\d+)\s*[.)]\s*")]
    internal static partial Regex HeadingPrefix();

    [GeneratedRegex(@"^(([a-z]|[ivx]+|\d+)\s*[.)]\s*)?linh vuc\s*[:\-]?\s*(?<sector>\S.*)$")]
    internal static partial Regex SectorHeading();

    [GeneratedRegex(@"kem theo quyet dinh so\s*(?<no>\d*)\s*/\S*\s+ngay\s*(?<d>\d*)\s*(/|thang)")]
    internal static partial Regex AppendixReference();

    [GeneratedRegex(@"^\d+\s*[.)]\s*(?:th[uủ]\s*t[uụ]c|TTHC)\s*[:\-–]?\s*(?<name>.+)$", RegexOptions.IgnoreCase)]
    internal static partial Regex BlockHeading();

    [GeneratedRegex(@"^(?<letter>[a-zđ])\s*[).]\s*(?<label>[^:]*)(:(?<rest>.*))?$")]
    internal static partial Regex FieldLabel();

    [GeneratedRegex(ProcedureCodes.Pattern)]
    internal static partial Regex CodeIn();

    [GeneratedRegex(@"\(?\s*(mã\s*(số)?\s*(tthc)?\s*[:\-]?\s*)?\d\.\d{6}(\.[A-Z0-9]{2,4})?\s*\)?", RegexOptions.IgnoreCase)]
    internal static partial Regex CodeInName();

    [GeneratedRegex(@"(?<n>\d{1,3})\s*ngay(?<working>\s+lam viec)?")]
    internal static partial Regex Days();

    [GeneratedRegex(@"(?<amount>\d{1,3}(?:[.\s]\d{3})+|\d+)\s*(đồng|đ\b|VNĐ|VND)", RegexOptions.IgnoreCase)]
    internal static partial Regex Amount();

    [GeneratedRegex(@"\D")]
    internal static partial Regex Digits();

    [GeneratedRegex(@"^(\d+|[a-zđ])\s*[.)]\s")]
    internal static partial Regex ListNumber();

    [GeneratedRegex(@"[Mm]ẫu\s+(số\s+)?[\w/\-.]+")]
    internal static partial Regex FormTemplate();

    [GeneratedRegex(@"\d+(?:/\d{4})?/[A-ZĐ][A-ZĐ0-9]*(?:\s*-\s*[A-ZĐ][A-ZĐ0-9]*)*")]
    internal static partial Regex LegalNumber();

    [GeneratedRegex(@"ngay\s+(?<d>\d{1,2})/(?<m>\d{1,2})/(?<y>\d{4})")]
    internal static partial Regex NumericDate();

    [GeneratedRegex(@"của\s+(?<issuer>.+?)\s+(về|quy định|hướng dẫn|sửa đổi|ban hành)\b", RegexOptions.IgnoreCase)]
    internal static partial Regex LegalIssuer();

    [GeneratedRegex(@"khong\s+(cung cap|thuc hien|ap dung)\s+(dich vu cong\s+)?truc tuyen")]
    internal static partial Regex NotOnline();

    [GeneratedRegex(@"(?<n>\d+)\s*(thu tuc|tthc)")]
    internal static partial Regex ArticleCount();

    [GeneratedRegex(@"[^a-z0-9]")]
    internal static partial Regex NonLetters();
}
