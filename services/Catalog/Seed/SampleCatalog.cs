using VanPhong.Catalog.Model;

namespace VanPhong.Catalog.Seed;

/// <summary>
/// DỮ LIỆU MẪU — a sample catalog of an economic-zone board, from the research notes (DOMAIN-RESEARCH.md part E),
/// for demonstration and tests; it is not the Board's published list. Codes 1.009645, 1.009646, 1.009759 and
/// 1.014196–1.014201 were seen in official data; codes beginning with 9. are placeholders for procedures whose
/// national code was not verified (the national codes start with 1.–6., so a 9. code cannot be mistaken for one).
/// Times and fees marked [K] in the research are plausible values to be confirmed.
/// </summary>
public static class SampleCatalog
{
    public const string DecisionNumber = "MẪU-01/QĐ-UBND";

    public static readonly DateOnly PublishedOn = new(2023, 3, 15);

    private const string Agency = "Ban quản lý Khu kinh tế Vân Phong";
    private const string Place = "Trung tâm Phục vụ hành chính công tỉnh Khánh Hòa (Bộ phận Một cửa của Ban quản lý Khu kinh tế Vân Phong); Cổng dịch vụ công quốc gia";

    private static readonly LegalBasis InvestmentLaw = new("61/2020/QH14", new DateOnly(2020, 6, 17), "Quốc hội", "Luật Đầu tư");
    private static readonly LegalBasis InvestmentDecree = new("31/2021/NĐ-CP", new DateOnly(2021, 3, 26), "Chính phủ", "Quy định chi tiết và hướng dẫn thi hành một số điều của Luật Đầu tư");
    private static readonly LegalBasis ZonesDecree = new("35/2022/NĐ-CP", new DateOnly(2022, 5, 28), "Chính phủ", "Quy định về quản lý khu công nghiệp và khu kinh tế");
    private static readonly LegalBasis LabourDecree = new("152/2020/NĐ-CP", new DateOnly(2020, 12, 30), "Chính phủ", "Quy định về người lao động nước ngoài làm việc tại Việt Nam và tuyển dụng, quản lý người lao động Việt Nam làm việc cho tổ chức, cá nhân nước ngoài tại Việt Nam");
    private static readonly LegalBasis LabourDecree2023 = new("70/2023/NĐ-CP", new DateOnly(2023, 9, 18), "Chính phủ", "Sửa đổi, bổ sung một số điều của Nghị định số 152/2020/NĐ-CP");
    private static readonly LegalBasis ConstructionLaw = new("50/2014/QH13", new DateOnly(2014, 6, 18), "Quốc hội", "Luật Xây dựng (đã được sửa đổi, bổ sung bởi Luật số 62/2020/QH14)");
    private static readonly LegalBasis ConstructionDecree = new("15/2021/NĐ-CP", new DateOnly(2021, 3, 3), "Chính phủ", "Quy định chi tiết một số nội dung về quản lý dự án đầu tư xây dựng");
    private static readonly LegalBasis EnvironmentLaw = new("72/2020/QH14", new DateOnly(2020, 11, 17), "Quốc hội", "Luật Bảo vệ môi trường");
    private static readonly LegalBasis EnvironmentDecree = new("08/2022/NĐ-CP", new DateOnly(2022, 1, 10), "Chính phủ", "Quy định chi tiết một số điều của Luật Bảo vệ môi trường");
    private static readonly LegalBasis TradeDecree = new("09/2018/NĐ-CP", new DateOnly(2018, 1, 15), "Chính phủ", "Quy định chi tiết Luật Thương mại và Luật Quản lý ngoại thương về hoạt động mua bán hàng hóa và các hoạt động liên quan trực tiếp đến mua bán hàng hóa của nhà đầu tư nước ngoài, tổ chức kinh tế có vốn đầu tư nước ngoài tại Việt Nam");

    private static readonly string[] InvestmentSteps =
    [
        "Nhà đầu tư nộp hồ sơ tại Bộ phận Một cửa hoặc trên Cổng dịch vụ công quốc gia",
        "Ban quản lý kiểm tra tính hợp lệ của hồ sơ, lấy ý kiến các cơ quan liên quan (nếu có)",
        "Ban quản lý thẩm định và quyết định (hoặc trình cấp có thẩm quyền quyết định)",
        "Trả kết quả cho nhà đầu tư tại Bộ phận Một cửa, qua bưu chính công ích hoặc trực tuyến",
    ];

    private static readonly string[] LabourSteps =
    [
        "Người sử dụng lao động nộp hồ sơ trực tuyến hoặc tại Bộ phận Một cửa",
        "Ban quản lý kiểm tra, thẩm định hồ sơ",
        "Cấp kết quả; trường hợp không cấp thì trả lời bằng văn bản và nêu rõ lý do",
    ];

    private static ProcedureContent Make(
        string name, string? nameEn, string sector, int days, bool workingDays, string result, LegalBasis[] bases, string online,
        DossierComponent[] dossier, Fee[]? fees = null, string applicants = "Nhà đầu tư trong nước, nhà đầu tư nước ngoài", string[]? steps = null,
        string? conditions = null, bool oneStop = true, bool postal = true, bool payment = false) =>
        new(name, nameEn, sector, "Cấp tỉnh", Agency, applicants, conditions, steps ?? InvestmentSteps,
            new DeliveryMethods(true, postal, online != OnlineLevels.None), dossier, days, workingDays, fees ?? [], fees is null ? "Không" : null, result, bases,
            online, postal, payment, oneStop, Place);

    private static DossierComponent D(string name, int originals = 1, int copies = 0, bool mandatory = true, string? form = null) => new(name, originals, copies, mandatory, form);

    public static IReadOnlyList<(string Code, ProcedureContent Content, bool InternalProcedureApproved)> Procedures { get; } =
    [
        ("1.009645", Make("Chấp thuận chủ trương đầu tư của Ủy ban nhân dân cấp tỉnh đối với dự án đầu tư trong khu kinh tế", "Approval of investment policy by the provincial People's Committee for a project in an economic zone",
            "Đầu tư tại Việt Nam", 35, false, "Quyết định chấp thuận chủ trương đầu tư", [InvestmentLaw, InvestmentDecree, ZonesDecree], OnlineLevels.Partial,
            [D("Văn bản đề nghị thực hiện dự án đầu tư", form: "Mẫu A.I.1"), D("Đề xuất dự án đầu tư", form: "Mẫu A.I.2"), D("Tài liệu chứng minh năng lực tài chính của nhà đầu tư", copies: 1), D("Tài liệu về quyền sử dụng địa điểm", copies: 1, mandatory: false)]), true),
        ("1.009646", Make("Chấp thuận điều chỉnh chủ trương đầu tư thuộc thẩm quyền của Ủy ban nhân dân cấp tỉnh", "Adjustment of an investment policy approved by the provincial People's Committee",
            "Đầu tư tại Việt Nam", 25, false, "Quyết định chấp thuận điều chỉnh chủ trương đầu tư", [InvestmentLaw, InvestmentDecree], OnlineLevels.Partial,
            [D("Văn bản đề nghị điều chỉnh dự án đầu tư", form: "Mẫu A.I.10"), D("Báo cáo tình hình thực hiện dự án đầu tư"), D("Quyết định chấp thuận chủ trương đầu tư đã cấp", copies: 1)]), true),
        ("1.009759", Make("Chấp thuận điều chỉnh chủ trương đầu tư thuộc thẩm quyền của Ban quản lý khu kinh tế", "Adjustment of an investment policy approved by the economic zone board",
            "Đầu tư tại Việt Nam", 25, false, "Quyết định chấp thuận điều chỉnh chủ trương đầu tư", [InvestmentLaw, InvestmentDecree, ZonesDecree], OnlineLevels.Full,
            [D("Văn bản đề nghị điều chỉnh dự án đầu tư", form: "Mẫu A.I.10"), D("Báo cáo tình hình thực hiện dự án đầu tư")], payment: true), true),
        ("9.000001", Make("Cấp Giấy chứng nhận đăng ký đầu tư đối với dự án không thuộc diện chấp thuận chủ trương đầu tư", "Issuance of an investment registration certificate for a project not subject to investment policy approval",
            "Đầu tư tại Việt Nam", 15, false, "Giấy chứng nhận đăng ký đầu tư", [InvestmentLaw, InvestmentDecree], OnlineLevels.Full,
            [D("Văn bản đề nghị thực hiện dự án đầu tư", form: "Mẫu A.I.1"), D("Đề xuất dự án đầu tư", form: "Mẫu A.I.3"), D("Bản sao giấy tờ pháp lý của nhà đầu tư", 0, 1)], payment: true), true),
        ("9.000002", Make("Cấp Giấy chứng nhận đăng ký đầu tư đối với dự án thuộc diện chấp thuận chủ trương đầu tư", "Issuance of an investment registration certificate for a project with an approved investment policy",
            "Đầu tư tại Việt Nam", 5, true, "Giấy chứng nhận đăng ký đầu tư", [InvestmentLaw, InvestmentDecree], OnlineLevels.Full,
            [D("Văn bản đề nghị cấp Giấy chứng nhận đăng ký đầu tư", form: "Mẫu A.I.11.a"), D("Quyết định chấp thuận chủ trương đầu tư", 0, 1)]), true),
        ("9.000003", Make("Điều chỉnh Giấy chứng nhận đăng ký đầu tư trong trường hợp không thuộc diện chấp thuận điều chỉnh chủ trương đầu tư", "Adjustment of an investment registration certificate",
            "Đầu tư tại Việt Nam", 10, true, "Giấy chứng nhận đăng ký đầu tư điều chỉnh", [InvestmentLaw, InvestmentDecree], OnlineLevels.Full,
            [D("Văn bản đề nghị điều chỉnh dự án đầu tư", form: "Mẫu A.I.10"), D("Tài liệu liên quan đến nội dung điều chỉnh", 0, 1)]), true),
        ("9.000004", Make("Cấp lại hoặc hiệu đính thông tin trên Giấy chứng nhận đăng ký đầu tư", "Re-issuance or correction of an investment registration certificate",
            "Đầu tư tại Việt Nam", 5, true, "Giấy chứng nhận đăng ký đầu tư được cấp lại hoặc hiệu đính", [InvestmentLaw, InvestmentDecree], OnlineLevels.Full,
            [D("Văn bản đề nghị cấp lại Giấy chứng nhận đăng ký đầu tư", form: "Mẫu A.I.16")]), true),
        ("9.000005", Make("Giãn tiến độ đầu tư", "Extension of the investment schedule",
            "Đầu tư tại Việt Nam", 15, false, "Văn bản chấp thuận giãn tiến độ đầu tư", [InvestmentLaw, InvestmentDecree], OnlineLevels.Partial,
            [D("Văn bản đề xuất giãn tiến độ thực hiện dự án", form: "Mẫu A.I.13"), D("Báo cáo tình hình thực hiện dự án đến thời điểm giãn tiến độ")]), false),
        ("9.000006", Make("Chấm dứt hoạt động dự án đầu tư", "Termination of an investment project",
            "Đầu tư tại Việt Nam", 15, false, "Thông báo chấm dứt hoạt động dự án đầu tư", [InvestmentLaw, InvestmentDecree], OnlineLevels.Partial,
            [D("Quyết định hoặc thông báo chấm dứt hoạt động dự án đầu tư của nhà đầu tư", form: "Mẫu A.I.14"), D("Giấy chứng nhận đăng ký đầu tư", 0, 1)]), false),
        ("9.000007", Make("Thành lập văn phòng điều hành của nhà đầu tư nước ngoài trong hợp đồng BCC", "Establishment of an operating office of a foreign investor in a BCC contract",
            "Đầu tư tại Việt Nam", 15, false, "Giấy chứng nhận đăng ký hoạt động văn phòng điều hành", [InvestmentLaw, InvestmentDecree], OnlineLevels.Partial,
            [D("Văn bản đăng ký thành lập văn phòng điều hành", form: "Mẫu A.I.12"), D("Hợp đồng BCC", 0, 1)], applicants: "Nhà đầu tư nước ngoài"), false),
        ("1.014199", Make("Cấp giấy phép lao động cho người lao động nước ngoài làm việc tại Việt Nam", "Issuance of a work permit for a foreign worker",
            "Việc làm", 10, true, "Giấy phép lao động", [LabourDecree, LabourDecree2023], OnlineLevels.Full,
            [D("Văn bản đề nghị cấp giấy phép lao động", form: "Mẫu số 11/PLI"), D("Giấy chứng nhận sức khỏe"), D("Phiếu lý lịch tư pháp", copies: 0), D("Văn bản chứng minh nhà quản lý, giám đốc điều hành, chuyên gia hoặc lao động kỹ thuật"), D("02 ảnh màu 4x6", mandatory: true)],
            [new Fee("Lệ phí cấp giấy phép lao động", 600_000, "Theo Nghị quyết của HĐND tỉnh")], "Người sử dụng lao động nước ngoài trong khu kinh tế", LabourSteps,
            "Người lao động đủ 18 tuổi trở lên, có năng lực hành vi dân sự đầy đủ, có trình độ chuyên môn, kinh nghiệm phù hợp", payment: true), true),
        ("1.014200", Make("Cấp lại giấy phép lao động cho người lao động nước ngoài", "Re-issuance of a work permit",
            "Việc làm", 3, true, "Giấy phép lao động được cấp lại", [LabourDecree, LabourDecree2023], OnlineLevels.Full,
            [D("Văn bản đề nghị cấp lại giấy phép lao động", form: "Mẫu số 11/PLI"), D("Giấy phép lao động còn thời hạn đã được cấp")],
            [new Fee("Lệ phí cấp lại giấy phép lao động", 450_000, "Theo Nghị quyết của HĐND tỉnh")], "Người sử dụng lao động nước ngoài trong khu kinh tế", LabourSteps, payment: true), true),
        ("1.014201", Make("Gia hạn giấy phép lao động cho người lao động nước ngoài", "Extension of a work permit",
            "Việc làm", 10, true, "Giấy phép lao động được gia hạn", [LabourDecree, LabourDecree2023], OnlineLevels.Full,
            [D("Văn bản đề nghị gia hạn giấy phép lao động", form: "Mẫu số 11/PLI"), D("Giấy phép lao động còn thời hạn đã được cấp"), D("Giấy chứng nhận sức khỏe")],
            [new Fee("Lệ phí gia hạn giấy phép lao động", 450_000, "Theo Nghị quyết của HĐND tỉnh")], "Người sử dụng lao động nước ngoài trong khu kinh tế", LabourSteps, payment: true), true),
        ("1.014196", Make("Xác nhận người lao động nước ngoài không thuộc diện cấp giấy phép lao động", "Confirmation that a foreign worker is exempt from a work permit",
            "Việc làm", 5, true, "Văn bản xác nhận không thuộc diện cấp giấy phép lao động", [LabourDecree, LabourDecree2023], OnlineLevels.Full,
            [D("Văn bản đề nghị xác nhận", form: "Mẫu số 09/PLI"), D("Giấy tờ chứng minh thuộc diện không cấp giấy phép lao động")], applicants: "Người sử dụng lao động nước ngoài trong khu kinh tế", steps: LabourSteps), true),
        ("1.014197", Make("Cấp lại giấy xác nhận người lao động nước ngoài không thuộc diện cấp giấy phép lao động", null,
            "Việc làm", 3, true, "Văn bản xác nhận được cấp lại", [LabourDecree, LabourDecree2023], OnlineLevels.Full,
            [D("Văn bản đề nghị cấp lại văn bản xác nhận", form: "Mẫu số 09/PLI")], applicants: "Người sử dụng lao động nước ngoài trong khu kinh tế", steps: LabourSteps), false),
        ("1.014198", Make("Gia hạn giấy xác nhận người lao động nước ngoài không thuộc diện cấp giấy phép lao động", null,
            "Việc làm", 5, true, "Văn bản xác nhận được gia hạn", [LabourDecree, LabourDecree2023], OnlineLevels.Partial,
            [D("Văn bản đề nghị gia hạn văn bản xác nhận", form: "Mẫu số 09/PLI")], applicants: "Người sử dụng lao động nước ngoài trong khu kinh tế", steps: LabourSteps), false),
        ("9.000008", Make("Cấp giấy phép xây dựng đối với công trình trong khu kinh tế", "Issuance of a construction permit for a work in the economic zone",
            "Hoạt động xây dựng", 20, false, "Giấy phép xây dựng", [ConstructionLaw, ConstructionDecree], OnlineLevels.Partial,
            [D("Đơn đề nghị cấp giấy phép xây dựng", form: "Mẫu số 01 Phụ lục II"), D("Giấy tờ về quyền sử dụng đất", 0, 1), D("Bản vẽ thiết kế xây dựng", 2), D("Văn bản thẩm định thiết kế", 0, 1, false)],
            [new Fee("Lệ phí cấp giấy phép xây dựng", 150_000, "Theo Nghị quyết của HĐND tỉnh")], "Chủ đầu tư", payment: true), true),
        ("9.000009", Make("Thẩm định Báo cáo nghiên cứu khả thi đầu tư xây dựng, điều chỉnh Báo cáo nghiên cứu khả thi", null,
            "Hoạt động xây dựng", 30, false, "Thông báo kết quả thẩm định", [ConstructionLaw, ConstructionDecree], OnlineLevels.Partial,
            [D("Tờ trình thẩm định", form: "Mẫu số 01 Phụ lục I"), D("Báo cáo nghiên cứu khả thi"), D("Hồ sơ khảo sát xây dựng", copies: 1)],
            [new Fee("Phí thẩm định dự án đầu tư xây dựng", 0, "Theo Thông tư 28/2023/TT-BTC, tính theo tổng mức đầu tư")], "Chủ đầu tư"), true),
        ("9.000010", Make("Thẩm định, phê duyệt nhiệm vụ quy hoạch chi tiết xây dựng trong khu kinh tế", null,
            "Quy hoạch xây dựng", 20, false, "Quyết định phê duyệt nhiệm vụ quy hoạch", [ConstructionLaw, ZonesDecree], OnlineLevels.None,
            [D("Tờ trình đề nghị thẩm định, phê duyệt nhiệm vụ quy hoạch"), D("Thuyết minh nhiệm vụ quy hoạch"), D("Bản vẽ nhiệm vụ quy hoạch", 2)], applicants: "Chủ đầu tư, tổ chức được giao lập quy hoạch", postal: false), false),
        ("9.000011", Make("Cấp giấy phép môi trường đối với dự án thuộc thẩm quyền của Ban quản lý", "Issuance of an environmental permit",
            "Môi trường", 30, false, "Giấy phép môi trường", [EnvironmentLaw, EnvironmentDecree], OnlineLevels.Partial,
            [D("Văn bản đề nghị cấp giấy phép môi trường", form: "Mẫu số 01 Phụ lục XII"), D("Báo cáo đề xuất cấp giấy phép môi trường")],
            [new Fee("Phí thẩm định cấp giấy phép môi trường", 6_000_000, "Theo Nghị quyết của HĐND tỉnh")], "Chủ dự án, cơ sở", payment: true), true),
        ("9.000012", Make("Cấp Giấy phép kinh doanh cho tổ chức kinh tế có vốn đầu tư nước ngoài", "Issuance of a business licence to a foreign-invested economic organisation",
            "Thương mại", 15, true, "Giấy phép kinh doanh", [TradeDecree], OnlineLevels.Partial,
            [D("Đơn đề nghị cấp Giấy phép kinh doanh", form: "Mẫu số 01"), D("Bản giải trình có các nội dung theo quy định"), D("Giấy chứng nhận đăng ký doanh nghiệp", 0, 1)],
            [new Fee("Phí thẩm định cấp Giấy phép kinh doanh", 3_000_000, null)], "Tổ chức kinh tế có vốn đầu tư nước ngoài", oneStop: false), false),
    ];
}
