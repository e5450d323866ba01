namespace VanPhong.Reporting.Dossiers;

/// <summary>The fields of one dossier in the one-stop system's export (one row per dossier).</summary>
public static class DossierField
{
    public const string Code = "Code";
    public const string Procedure = "Procedure";
    public const string Channel = "Channel";
    public const string Received = "Received";
    public const string Due = "Due";
    public const string Returned = "Returned";
    public const string Status = "Status";
    public const string LateReason = "LateReason";
    public const string Digitised = "Digitised";
    public const string PaidOnline = "PaidOnline";
    public const string Apology = "Apology";
    public const string Unit = "Unit";

    /// <summary>The citizen's evaluation, one column per indicator of TT 01/2018 Art. 13 scored per dossier (Art. 14.1).</summary>
    public const string Indicator1 = "Indicator1";
    public const string Indicator2 = "Indicator2";
    public const string Indicator3 = "Indicator3";
    public const string Indicator4 = "Indicator4";
    public const string Indicator6 = "Indicator6";
    public const string Indicator7 = "Indicator7";

    /// <summary>
    /// The columns an export must have. Digitised, paid online and apology letter are yes/no facts of each dossier the
    /// report counts: an export without them is refused rather than read as "no" for every dossier.
    /// </summary>
    public static readonly IReadOnlyList<string> Required = [Code, Procedure, Channel, Received, Due, Returned, Status, Digitised, PaidOnline, Apology];

    public static readonly IReadOnlyList<string> Indicators = [Indicator1, Indicator2, Indicator3, Indicator4, Indicator6, Indicator7];
}

/// <summary>
/// Reporting:DossierExport — how the province's export is laid out: for each field the header text (Columns), and
/// the words its cells use for channels, yes/no and statuses. Header and words are compared without case or
/// diacritics, so "Mã hồ sơ", "MA HO SO" and "ma ho so" are the same column. Every field has Vietnamese defaults
/// and aliases; an operator sets <c>Reporting:DossierExport:Columns:Received = "Ngày nhận"</c> for an export that
/// names it otherwise (the configured text is tried first, the aliases after).
/// </summary>
public sealed class DossierExportOptions
{
    public Dictionary<string, string> Columns { get; set; } = [];

    public Dictionary<string, List<string>> ChannelWords { get; set; } = [];

    public List<string> YesWords { get; set; } = [];

    public List<string> NoWords { get; set; } = [];

    public Dictionary<string, List<string>> StatusWords { get; set; } = [];

    public static readonly IReadOnlyDictionary<string, string[]> DefaultColumns = new Dictionary<string, string[]>
    {
        [DossierField.Code] = ["Mã hồ sơ", "Số hồ sơ", "ma_ho_so"],
        [DossierField.Procedure] = ["Mã TTHC", "Mã thủ tục", "Mã thủ tục hành chính", "ma_tthc"],
        [DossierField.Channel] = ["Hình thức nộp", "Hình thức tiếp nhận", "Kênh nộp", "hinh_thuc_nop"],
        [DossierField.Received] = ["Ngày tiếp nhận", "Ngày nhận", "Thời gian tiếp nhận", "ngay_tiep_nhan"],
        [DossierField.Due] = ["Ngày hẹn trả", "Ngày hẹn trả kết quả", "Hạn xử lý", "ngay_hen_tra"],
        [DossierField.Returned] = ["Ngày trả kết quả", "Ngày trả", "Ngày có kết quả", "ngay_tra_ket_qua"],
        [DossierField.Status] = ["Trạng thái", "Tình trạng", "Trạng thái hồ sơ", "trang_thai"],
        [DossierField.LateReason] = ["Lý do trễ hạn", "Lý do quá hạn", "ly_do_tre_han"],
        [DossierField.Digitised] = ["Số hóa", "Số hoá", "Đã số hóa", "so_hoa"],
        [DossierField.PaidOnline] = ["Thanh toán trực tuyến", "Thanh toán trực tuyến phí, lệ phí", "thanh_toan_truc_tuyen"],
        [DossierField.Apology] = ["Phiếu xin lỗi", "Đã gửi phiếu xin lỗi", "Xin lỗi", "phieu_xin_loi"],
        [DossierField.Unit] = ["Đơn vị xử lý", "Đơn vị giải quyết", "Phòng xử lý", "don_vi_xu_ly"],
        [DossierField.Indicator1] = ["Chỉ số 1", "Đánh giá: thời gian giải quyết", "chi_so_1"],
        [DossierField.Indicator2] = ["Chỉ số 2", "Đánh giá: thời gian của từng đơn vị", "chi_so_2"],
        [DossierField.Indicator3] = ["Chỉ số 3", "Đánh giá: số lần liên hệ", "chi_so_3"],
        [DossierField.Indicator4] = ["Chỉ số 4", "Đánh giá: số cơ quan phải liên hệ", "chi_so_4"],
        [DossierField.Indicator6] = ["Chỉ số 6", "Đánh giá: công khai TTHC", "chi_so_6"],
        [DossierField.Indicator7] = ["Chỉ số 7", "Đánh giá: thái độ cán bộ", "chi_so_7"],
    };

    public static readonly IReadOnlyDictionary<DossierChannel, string[]> DefaultChannelWords = new Dictionary<DossierChannel, string[]>
    {
        [DossierChannel.Direct] = ["Trực tiếp", "Nộp trực tiếp", "Tại quầy", "direct"],
        [DossierChannel.Online] = ["Trực tuyến", "Nộp trực tuyến", "Qua mạng", "Dịch vụ công trực tuyến", "online"],
        [DossierChannel.Postal] = ["Bưu chính", "Qua bưu chính", "Bưu chính công ích", "Dịch vụ bưu chính", "postal"],
    };

    public static readonly string[] DefaultYes = ["Có", "x", "Đã", "1", "yes", "true", "C"];

    public static readonly string[] DefaultNo = ["Không", "Chưa", "0", "no", "false", "K", ""];

    public static readonly IReadOnlyDictionary<DossierStatus, string[]> DefaultStatusWords = new Dictionary<DossierStatus, string[]>
    {
        [DossierStatus.InProgress] = ["Đang giải quyết", "Đang xử lý", "Đã tiếp nhận", "Mới tiếp nhận", "Chờ bổ sung", "Yêu cầu bổ sung", "Tạm dừng", "InProgress"],
        [DossierStatus.Returned] = ["Đã trả kết quả", "Đã giải quyết", "Hoàn thành", "Đã hoàn thành", "Đã trả", "Returned"],
        [DossierStatus.Refused] = ["Từ chối", "Không giải quyết", "Trả lại hồ sơ", "Refused"],
        [DossierStatus.Withdrawn] = ["Rút hồ sơ", "Công dân rút hồ sơ", "Đã rút", "Withdrawn"],
    };

    /// <summary>The header texts a field may have: the configured one first, then the defaults.</summary>
    public IEnumerable<string> HeadersOf(string field) =>
        (Columns.TryGetValue(field, out var configured) && !string.IsNullOrWhiteSpace(configured) ? [configured] : Array.Empty<string>())
        .Concat(DefaultColumns[field]);

    public IEnumerable<(DossierChannel Channel, string Word)> Channels() =>
        DefaultChannelWords.SelectMany(c => Configured(ChannelWords, c.Key.ToString()).Concat(c.Value).Select(w => (c.Key, w)));

    public IEnumerable<(DossierStatus Status, string Word)> Statuses() =>
        DefaultStatusWords.SelectMany(s => Configured(StatusWords, s.Key.ToString()).Concat(s.Value).Select(w => (s.Key, w)));

    public IEnumerable<string> Yes() => YesWords.Concat(DefaultYes);

    public IEnumerable<string> No() => NoWords.Concat(DefaultNo);

    private static IEnumerable<string> Configured(Dictionary<string, List<string>> words, string key) =>
        words.FirstOrDefault(w => w.Key.Equals(key, StringComparison.OrdinalIgnoreCase)).Value ?? [];
}
