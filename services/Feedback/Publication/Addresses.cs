using System.Text.RegularExpressions;

namespace VanPhong.Feedback.Publication;

/// <summary>
/// Addresses: a start that only an address has (a house number and a street, an alley, a lot, a village, a residential
/// group), then the ward, commune, district, town and province that follow in the same phrase, as one mark.
/// </summary>
internal static partial class Addresses
{
    public static void Redact(RedactionWork work) => work.Replace(Address(), RedactedKind.Address);

    // A capitalised syllable: Yersin, Ỷ, Út, Ông.
    private const string Cap = @"\p{Lu}\p{Ll}*(?![\p{L}\d])";
    private const string PlaceName = Cap + @"(?:\s+" + Cap + @"){0,3}";

    // Words that follow a number without making it a house number: "Điều 38 Luật Đầu tư", "năm 2025 Ban quản lý".
    private const string NotStreet = @"(?!(?:Luật|Điều|Khoản|Nghị|Thông|Quyết|Chương|Mục|Phụ|Biểu|Mẫu|Kế|Công|Văn|Ban|Sở|Bộ|Ủy|Chính|Quốc|Tỉnh|Năm|Tháng|Ngày|Quý|Giấy|Thủ|Hội|Trung|Khu|Phòng|Cục|Cổng|Hệ|Dự|Trường|Tầng|Nhà|Bến|Cảng|Xe|Lô)(?![\p{L}]))";
    private const string StreetName = NotStreet + Cap + @"(?:\s+" + Cap + @"){0,4}";

    // đường số 4, đường 2/4, đường 23/10, đường 2 Tháng 4, đường D3.
    private const string NumberedStreet = @"(?:[Ss]ố\s+\d{1,3}|\d{1,2}/\d{1,2}|\d{1,2}\s+[Tt]háng\s+\d{1,2}|[A-Z]{1,2}\d{1,2})(?![\p{L}\d/])";
    private const string Street = @"(?:(?:[Đđ]ường|[Pp]hố)\s+(?:" + NumberedStreet + "|" + StreetName + ")|" + StreetName + ")";
    private const string Alley = @"(?:[Hh]ẻm|[Nn]gõ|[Kk]iệt|[Nn]gách)\s+\d{1,4}(?:/\d{1,4})*[A-Z]?(?![\p{L}\d])";

    // The word before a number that is not a house number: "Điều 10", "năm 2025", "tầng 2", "tỷ lệ 1/2000".
    private const string NotHouse = @"(?<![\p{L}\d.,/\-+])(?<!(?:Điều|điều|[Kk]hoản|[Nn]ăm|[Tt]háng|[Nn]gày|[Mm]ục|[Cc]hương|lộ|Km|[Tt]ầng|[Pp]hòng|quầy|lúc|giờ|nhóm|loại|hạng|cấp|[Mm]ẫu|lục|lệ|[Ll]uật|Phong|[Qq]uý)\s+)";
    private const string House = NotHouse + @"(?:[Ss]ố\s+)?\d{1,4}[A-Z]?(?:/\d{1,4}[A-Z]?)*(?:\s+" + Alley + @")*(?:\s*,\s*(?=[Đđ]ường\s)|\s+)" + Street;
    private const string AlleyStart = Alley + @"(?:\s+" + Alley + @")*\s+" + Street;
    private const string Lot = @"(?:[Ll]ô|[Cc]ăn)\s+[A-Z]{1,2}\d{1,3}(?:-\d{1,3})?(?![\p{L}\d])(?:\s*[,\-–]?\s*[Đđ]ường\s+(?:" + NumberedStreet + "|" + StreetName + "))?";
    private const string Village = @"(?<!gần\s)[Tt]hôn\s+" + PlaceName + @"(?:\s+\d{1,2}(?![\d/]))?";
    private const string ResidentialGroup = @"(?:[Tt]ổ\s+dân\s+phố|TDP)\s+(?:\d{1,3}(?![\d/])|" + PlaceName + @"(?:\s+\d{1,2}(?![\d/]))?)|[Tt]ổ\s+\d{1,3}(?![\d/])";

    private const string Admin = @"(?:[Pp]hường|[Xx]ã|[Tt]hị\s+trấn|[Tt]hị\s+xã|[Hh]uyện|[Qq]uận|[Tt]hành\s+phố|[Tt]ỉnh|[Tt]ổ\s+dân\s+phố|[Tt]hôn|[Kk]hu\s+công\s+nghiệp|[Cc]ụm\s+công\s+nghiệp|[Kk]hu\s+dân\s+cư|[Kk]hu\s+đô\s+thị|[Kk]hu\s+phố"
        + @"|P\.|X\.|H\.|Q\.|TX\.?|TP\.?|TT\.|TDP|KCN|CCN|KDC|KĐT)";
    private const string Component = @"(?:" + Admin + @"\s*(?:" + PlaceName + @"(?:\s+\d{1,2}(?![\d/]))?|\d{1,3}(?![\d/]))|" + PlaceName + @"(?=\s*(?:[,;.)–\-]|$)))";
    private const string Continuation = @"(?:(?:\s*[,\-–]\s*|\s+(?=" + Admin + @"))" + Component + @")*";

    [GeneratedRegex(@"(?:" + House + "|" + AlleyStart + "|" + Lot + "|" + Village + "|" + ResidentialGroup + @")" + Continuation + @"|\uE006(?:" + Continuation + ")")]
    private static partial Regex Address();
}
