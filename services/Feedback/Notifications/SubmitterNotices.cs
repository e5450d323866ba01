using System.Text.RegularExpressions;
using VanPhong.Notifications;

namespace VanPhong.Feedback.Notifications;

/// <summary>What the submitter is told about, on the channel they chose at submission.</summary>
public enum SubmitterNotice
{
    /// <summary>Đã tiếp nhận: the code and the private lookup key.</summary>
    Received,

    /// <summary>Thuộc thẩm quyền: accepted for handling, with the answer's due date.</summary>
    Accepted,

    /// <summary>Không tiếp nhận, with the reason.</summary>
    NotAccepted,

    /// <summary>Chuyển cơ quan có thẩm quyền: to which agency.</summary>
    Transferred,

    /// <summary>Gia hạn: the answer is due later, with the new date and the reason.</summary>
    Extended,

    /// <summary>Đã trả lời: the answer itself.</summary>
    Answered,

    /// <summary>Đã công khai kết quả.</summary>
    Published,

    /// <summary>Mở lại: the case is handled again, with the new due date.</summary>
    Reopened,
}

public sealed record NoticeVariable(string Name, string Description, string Sample);

/// <summary>One template: what it is for, and the text.</summary>
public sealed record NoticeText(string? Subject, string Body);

/// <summary>
/// Mẫu thông báo: the default Vietnamese text of every notice on every channel, the variables each notice offers, and
/// the rendering ({ma} → the tracking code). The office overrides any of them (NotificationTemplate); an unknown
/// variable is refused when saved, so a rendered message never shows a brace.
/// </summary>
public static partial class SubmitterNotices
{
    private static readonly NoticeVariable[] Common =
    [
        new("ma", "Mã tra cứu phản ánh, kiến nghị", "PAKN-2026-00123"),
        new("nguoi_gui", "Cách gọi người gửi (Ông/Bà …, hoặc tên tổ chức)", "Ông/Bà Nguyễn Thị Minh Khai"),
        new("ngay_tiep_nhan", "Ngày tiếp nhận (dd/MM/yyyy)", "15/06/2026"),
        new("co_quan_xu_ly", "Tên cơ quan xử lý", "Ban quản lý Khu kinh tế Vân Phong"),
        new("dien_thoai", "Điện thoại liên hệ của cơ quan", "0258 3 822 991"),
    ];

    public static readonly IReadOnlyDictionary<SubmitterNotice, NoticeVariable[]> Variables = new Dictionary<SubmitterNotice, NoticeVariable[]>
    {
        [SubmitterNotice.Received] = [.. Common, new("khoa_tra_cuu", "Khóa tra cứu riêng (chỉ gửi một lần)", "7KQ2M-X9PTA"), new("han_phan_loai", "Hạn phân loại, xử lý ban đầu", "22/06/2026")],
        [SubmitterNotice.Accepted] = [.. Common, new("han_tra_loi", "Hạn trả lời", "29/06/2026")],
        [SubmitterNotice.NotAccepted] = [.. Common, new("ly_do", "Lý do không tiếp nhận", "Nội dung không phải là phản ánh, kiến nghị về quy định hành chính")],
        [SubmitterNotice.Transferred] = [.. Common, new("co_quan", "Cơ quan có thẩm quyền được chuyển đến", "Sở Tài nguyên và Môi trường tỉnh Khánh Hòa")],
        [SubmitterNotice.Extended] = [.. Common, new("han_moi", "Hạn trả lời mới", "13/07/2026"), new("ly_do", "Lý do gia hạn", "Cần lấy ý kiến cơ quan liên quan")],
        [SubmitterNotice.Answered] = [.. Common, new("tra_loi", "Nội dung trả lời", "Thời hạn cấp giấy phép lao động là 05 ngày làm việc."),
            new("can_cu", "Căn cứ pháp lý", "Khoản 2 Điều 11 Nghị định số 152/2020/NĐ-CP"), new("so_van_ban", "Số văn bản trả lời", "85/KKT-VP")],
        [SubmitterNotice.Published] = [.. Common, new("ngay_cong_khai", "Ngày công khai", "20/07/2026")],
        [SubmitterNotice.Reopened] = [.. Common, new("ly_do", "Lý do xem xét lại", "Người gửi chưa đồng ý với kết quả"), new("han_moi", "Hạn trả lời mới", "03/08/2026")],
    };

    public static readonly IReadOnlyDictionary<SubmitterNotice, string> Names = new Dictionary<SubmitterNotice, string>
    {
        [SubmitterNotice.Received] = "Đã tiếp nhận",
        [SubmitterNotice.Accepted] = "Thuộc thẩm quyền, được xử lý",
        [SubmitterNotice.NotAccepted] = "Không tiếp nhận",
        [SubmitterNotice.Transferred] = "Chuyển cơ quan có thẩm quyền",
        [SubmitterNotice.Extended] = "Gia hạn trả lời",
        [SubmitterNotice.Answered] = "Đã trả lời",
        [SubmitterNotice.Published] = "Đã công khai kết quả",
        [SubmitterNotice.Reopened] = "Mở lại, xem xét lại",
    };

    private const string Signature = "\n\n{co_quan_xu_ly} — Điện thoại {dien_thoai}\n(Thư gửi tự động, vui lòng không trả lời thư này.)";

    public static readonly IReadOnlyDictionary<(SubmitterNotice, string), NoticeText> Defaults = new Dictionary<(SubmitterNotice, string), NoticeText>
    {
        [(SubmitterNotice.Received, NotificationChannels.Email)] = new("Đã tiếp nhận phản ánh, kiến nghị {ma}",
            "Kính gửi {nguoi_gui},\n\n{co_quan_xu_ly} đã tiếp nhận phản ánh, kiến nghị của Quý vị ngày {ngay_tiep_nhan}.\n\nMã tra cứu: {ma}\nKhóa tra cứu: {khoa_tra_cuu}\n\nVui lòng giữ kín khóa tra cứu: cùng mã tra cứu, khóa này cho phép xem nội dung, kết quả xử lý và đánh giá câu trả lời. Kết quả phân loại sẽ có trước ngày {han_phan_loai}." + Signature),
        [(SubmitterNotice.Received, NotificationChannels.Sms)] = new(null,
            "BQL KKT Van Phong da tiep nhan PAKN {ma}. Khoa tra cuu: {khoa_tra_cuu}. Vui long giu kin de tra cuu ket qua."),
        [(SubmitterNotice.Accepted, NotificationChannels.Email)] = new("Phản ánh, kiến nghị {ma} được tiếp nhận xử lý",
            "Kính gửi {nguoi_gui},\n\nPhản ánh, kiến nghị mã {ma} (tiếp nhận ngày {ngay_tiep_nhan}) thuộc thẩm quyền của {co_quan_xu_ly} và đang được xử lý. Thời hạn trả lời: {han_tra_loi}." + Signature),
        [(SubmitterNotice.Accepted, NotificationChannels.Sms)] = new(null,
            "PAKN {ma} thuoc tham quyen BQL KKT Van Phong, dang duoc xu ly. Han tra loi: {han_tra_loi}."),
        [(SubmitterNotice.NotAccepted, NotificationChannels.Email)] = new("Phản ánh, kiến nghị {ma} không được tiếp nhận",
            "Kính gửi {nguoi_gui},\n\n{co_quan_xu_ly} không tiếp nhận xử lý phản ánh, kiến nghị mã {ma} (tiếp nhận ngày {ngay_tiep_nhan}).\n\nLý do: {ly_do}" + Signature),
        [(SubmitterNotice.NotAccepted, NotificationChannels.Sms)] = new(null,
            "PAKN {ma} khong duoc tiep nhan. Ly do: {ly_do}. Lien he {dien_thoai}."),
        [(SubmitterNotice.Transferred, NotificationChannels.Email)] = new("Phản ánh, kiến nghị {ma} được chuyển cơ quan có thẩm quyền",
            "Kính gửi {nguoi_gui},\n\nPhản ánh, kiến nghị mã {ma} (tiếp nhận ngày {ngay_tiep_nhan}) không thuộc thẩm quyền của {co_quan_xu_ly} và đã được chuyển đến {co_quan} để xem xét, xử lý theo quy định." + Signature),
        [(SubmitterNotice.Transferred, NotificationChannels.Sms)] = new(null,
            "PAKN {ma} da duoc chuyen den {co_quan} de xu ly theo tham quyen."),
        [(SubmitterNotice.Extended, NotificationChannels.Email)] = new("Gia hạn trả lời phản ánh, kiến nghị {ma}",
            "Kính gửi {nguoi_gui},\n\nThời hạn trả lời phản ánh, kiến nghị mã {ma} được gia hạn đến ngày {han_moi}.\n\nLý do: {ly_do}\n\n{co_quan_xu_ly} xin lỗi Quý vị vì sự chậm trễ này." + Signature),
        [(SubmitterNotice.Extended, NotificationChannels.Sms)] = new(null,
            "Han tra loi PAKN {ma} duoc gia han den {han_moi}. Ly do: {ly_do}."),
        [(SubmitterNotice.Answered, NotificationChannels.Email)] = new("Trả lời phản ánh, kiến nghị {ma}",
            "Kính gửi {nguoi_gui},\n\n{co_quan_xu_ly} trả lời phản ánh, kiến nghị mã {ma} (tiếp nhận ngày {ngay_tiep_nhan}) như sau:\n\n{tra_loi}\n\nCăn cứ pháp lý: {can_cu}\n\nVăn bản trả lời số {so_van_ban}. Quý vị có thể tra cứu và đánh giá mức độ hài lòng tại trang tra cứu phản ánh, kiến nghị bằng mã tra cứu và khóa tra cứu đã được cấp." + Signature),
        [(SubmitterNotice.Answered, NotificationChannels.Sms)] = new(null,
            "BQL KKT Van Phong da tra loi PAKN {ma} (van ban so {so_van_ban}). Xem noi dung tai trang tra cuu PAKN bang ma va khoa tra cuu."),
        [(SubmitterNotice.Published, NotificationChannels.Email)] = new("Kết quả xử lý phản ánh, kiến nghị {ma} đã được công khai",
            "Kính gửi {nguoi_gui},\n\nKết quả xử lý phản ánh, kiến nghị mã {ma} đã được công khai ngày {ngay_cong_khai} trên Trang thông tin điện tử của {co_quan_xu_ly} (thông tin cá nhân của Quý vị đã được lược bỏ)." + Signature),
        [(SubmitterNotice.Published, NotificationChannels.Sms)] = new(null,
            "Ket qua xu ly PAKN {ma} da duoc cong khai ngay {ngay_cong_khai}."),
        [(SubmitterNotice.Reopened, NotificationChannels.Email)] = new("Phản ánh, kiến nghị {ma} được xem xét lại",
            "Kính gửi {nguoi_gui},\n\nPhản ánh, kiến nghị mã {ma} được xem xét lại.\n\nLý do: {ly_do}\n\nThời hạn trả lời mới: {han_moi}." + Signature),
        [(SubmitterNotice.Reopened, NotificationChannels.Sms)] = new(null,
            "PAKN {ma} duoc xem xet lai. Han tra loi moi: {han_moi}."),
    };

    public static readonly IReadOnlyList<string> Channels = [NotificationChannels.Email, NotificationChannels.Sms];

    /// <summary>The notice's name in URLs and keys: "not-accepted".</summary>
    public static string Slug(SubmitterNotice notice) => KebabBoundary().Replace(notice.ToString(), "$1-$2").ToLowerInvariant();

    public static SubmitterNotice? FromSlug(string slug) =>
        Enum.GetValues<SubmitterNotice>().Cast<SubmitterNotice?>().FirstOrDefault(n => Slug(n!.Value) == slug.ToLowerInvariant());

    /// <summary>The variables a text names, in order, once each.</summary>
    public static IReadOnlyList<string> NamedIn(string? text) =>
        text is null ? [] : Placeholder().Matches(text).Select(m => m.Groups[1].Value).Distinct().ToList();

    /// <summary>The variables a text names that the notice does not offer.</summary>
    public static IReadOnlyList<string> Unknown(SubmitterNotice notice, string? text)
    {
        var offered = Variables[notice].Select(v => v.Name).ToHashSet();
        return NamedIn(text).Where(n => !offered.Contains(n)).ToList();
    }

    /// <summary>Fills every {variable}; one without a value is left empty (never shown in braces).</summary>
    public static string Render(string text, IReadOnlyDictionary<string, string?> values) =>
        Placeholder().Replace(text, m => values.GetValueOrDefault(m.Groups[1].Value) ?? "");

    public static IReadOnlyDictionary<string, string?> Samples(SubmitterNotice notice) =>
        Variables[notice].ToDictionary(v => v.Name, v => (string?)v.Sample);

    // Any brace pair counts, so "{Ma}" or "{ngày}" is refused as unknown rather than sent as written.
    [GeneratedRegex(@"\{([^{}\r\n]{1,50})\}")]
    private static partial Regex Placeholder();

    [GeneratedRegex("([a-z])([A-Z])")]
    private static partial Regex KebabBoundary();
}
