namespace VanPhong.Feedback.Publication;

/// <summary>The word lists the name passes decide by: surnames, middle and given names, titles, and the words that are never part of a name.</summary>
internal static class NameWords
{
    public static readonly HashSet<string> Surnames =
    [
        "nguyễn", "trần", "lê", "phạm", "hoàng", "huỳnh", "phan", "vũ", "võ", "đặng", "bùi", "đỗ", "hồ", "ngô", "dương", "lý", "đinh",
        "đoàn", "trương", "lâm", "mai", "trịnh", "cao", "lương", "tạ", "hà", "tô", "châu", "quách", "kiều", "thái", "la", "lưu", "văn",
        "đào", "tăng", "lạc", "tôn", "thạch", "kim", "chu", "hứa", "khổng", "lục", "mạc", "nông", "phùng", "thân", "tống", "triệu", "từ",
        "vương", "chế", "ma", "lò", "kha", "khúc", "giáp", "bế", "hầu", "lăng", "mã", "ninh", "y", "âu", "ông", "ưng", "ôn", "ấu", "ứng",
        "đàm", "đồng", "doãn", "khương", "lã", "lại", "lữ", "nghiêm", "phí", "quan", "tiêu", "trình", "ung", "viên", "vi", "bạch", "cù",
        "diệp", "giang", "khuất", "mẫn", "nhan", "sầm", "tiết", "trà", "tất", "vòng", "chung", "cung", "đậu", "hạ", "khiếu", "lỗ", "mông",
        "nhữ", "tào", "thiều", "thiệu", "tòng", "vy", "xa", "đới", "bàng", "biện", "lều", "lường", "quế", "yên",
    ];

    // Lower-case surnames after a title or an introduction ("ông trần quốc bảo"): not those that are also common words (từ, hồ, lý, cao…).
    public static readonly HashSet<string> LowerSurnames =
    [
        "nguyễn", "trần", "lê", "phạm", "hoàng", "huỳnh", "phan", "vũ", "võ", "đặng", "bùi", "đỗ", "ngô", "dương", "đinh", "đoàn",
        "trương", "lâm", "trịnh", "tạ", "châu", "quách", "kiều", "khổng", "lục", "mạc", "phùng", "vương", "lò", "kha", "bế", "âu",
        "thạch", "diệp", "khương", "doãn", "nghiêm", "khuất", "bạch",
    ];

    // Lower-case surnames that are rarely ordinary words, for a name written in lower case with no title before it.
    public static readonly HashSet<string> PlainLowerSurnames =
    [
        "nguyễn", "trần", "lê", "phạm", "hoàng", "huỳnh", "phan", "vũ", "võ", "đặng", "bùi", "đỗ", "ngô", "dương", "đinh", "đoàn",
        "trương", "trịnh", "quách", "lưu", "khổng", "lục", "phùng", "tống", "vương", "hứa", "giáp", "tạ", "châu", "lâm", "lò", "mạc",
    ];

    public static readonly HashSet<string> MiddleNames =
    [
        "văn", "thị", "hữu", "đức", "thanh", "minh", "quốc", "ngọc", "hoàng", "công", "quang", "xuân", "kim", "bích", "mỹ", "anh", "tấn",
        "đình", "trọng", "hồng", "phương", "gia", "bảo", "hải", "tuấn", "thu", "thế", "duy", "nhật", "như", "khánh", "thùy", "diệu",
        "hoài", "tiến", "mạnh", "huy", "chí", "trung", "đăng", "phước", "phúc", "cẩm", "tường", "kiều", "lệ", "tuyết", "yến", "thái",
        "việt", "nam", "sơn", "bá", "vĩnh", "ánh", "diễm", "phi", "thúy", "trường", "khắc", "đắc", "viết",
    ];

    // Given names that may follow a lower-case title alone ("có phải anh khoa không").
    public static readonly HashSet<string> GivenNames =
    [
        "khoa", "tuấn", "hùng", "lan", "hạnh", "hằng", "hân", "hoa", "thư", "trang", "linh", "hương", "huyền", "nga", "nhung", "oanh",
        "quyên", "thảo", "thủy", "trâm", "tuyết", "yến", "dũng", "hiếu", "huy", "khang", "khánh", "long", "lộc", "nghĩa", "phong",
        "quân", "sơn", "tâm", "thắng", "thịnh", "toàn", "trí", "tùng", "vinh", "cường", "đạt", "hậu", "hiệp", "kiên", "lợi", "lực",
        "nhân", "tài", "thiện", "tú", "uyên", "vy", "bảo", "duy", "hải", "hiền", "hòa", "liên", "loan", "mai", "my", "ngân", "ngọc",
        "nhi", "phúc", "phương", "quang", "quỳnh", "sang", "thanh", "thành", "thu", "tiến", "trinh", "trung", "tuyền", "vân", "việt",
        "xuân", "bình", "đông", "giang", "hà", "minh", "nam", "sáu", "tư", "bảy", "tám", "chín", "mười", "út",
    ];

    public static readonly HashSet<string> Titles = ["ông", "bà", "anh", "chị", "cô", "chú", "bác", "em", "cháu", "cụ"];

    // A capitalised title after one of these is part of a place's name: Tháp Bà, Hòn Ông, đường Bà Triệu.
    public static readonly HashSet<string> Landmarks = ["tháp", "hòn", "đền", "chùa", "miếu", "núi", "mũi", "bến", "suối", "đảo", "cầu", "cồn", "đình", "lăng", "hồ", "chợ", "phố", "đường", "động", "gò", "bãi"];

    // Capitalised words that never begin or continue a person's name: offices, bodies, places, acronyms.
    public static readonly HashSet<string> NotNameWords =
    [
        "sở", "ban", "bộ", "phòng", "cục", "ủy", "ubnd", "hđnd", "khu", "hội", "ngân", "trường", "tổng", "chủ", "giám", "phó", "trưởng",
        "thủ", "bí", "chánh", "cổng", "hệ", "bưu", "viện", "tòa", "nhà", "quỹ", "hợp", "doanh", "luật", "nghị", "quyết", "thông", "điều",
        "khoản", "cảng", "tỉnh", "huyện", "xã", "phường", "quận", "thôn", "tp", "tx", "bql", "kkt", "kcn", "tnhh", "email", "fax", "tel",
        "zalo", "whatsapp", "đơn", "giấy", "hồ", "sơ", "công", "văn", "trung", "chi", "thành", "thị", "số", "đt", "ngày", "năm",
        "tháng", "quốc", "dự", "đầu", "xin", "kính", "trả", "căn", "theo", "tại", "về", "đề", "cộng", "độc", "tự", "hạnh",
    ];

    // Of NotNameWords, those that are also surnames or given names: they stop a name only before these words.
    public static readonly Dictionary<string, string[]> NotNameBefore = new()
    {
        ["công"] = ["ty"], ["văn"] = ["phòng", "bản"], ["trung"] = ["tâm"], ["chi"] = ["nhánh", "cục"], ["thành"] = ["phố"],
        ["thị"] = ["xã", "trấn"], ["hồ"] = ["sơ"], ["quốc"] = ["lộ", "hội", "gia"], ["hạnh"] = ["phúc"], ["tự"] = ["do"],
    };

    public static readonly HashSet<string> Countries = ["trung quốc", "hàn quốc", "nhật bản", "việt nam", "thái lan", "hoa kỳ", "ấn độ", "liên bang", "đài loan", "singapore", "nga", "úc", "mỹ", "pháp", "lào", "campuchia"];

    // Lower-case words that end a name written in lower case.
    public static readonly HashSet<string> NotNameLower =
    [
        "và", "với", "của", "là", "ở", "tại", "đã", "đang", "sẽ", "được", "bị", "cho", "để", "vì", "nên", "nhưng", "mà", "thì", "có",
        "không", "này", "đó", "kia", "các", "những", "một", "đến", "từ", "về", "theo", "trong", "ngoài", "trên", "dưới", "khi", "nếu",
        "hay", "hoặc", "cũng", "vẫn", "chưa", "rất", "đề", "xin", "hỏi", "phản", "kiến", "nộp", "gửi", "làm", "ký", "nhận", "viết", "nói",
        "muốn", "cần", "yêu", "báo", "mong", "vừa", "mới", "ạ", "ơi", "nhé", "ngày", "năm", "tháng", "hiện", "trú",
        "thường", "số", "điện", "email", "địa", "người", "chị", "cô", "chú", "bác", "em", "cháu", "tôi", "mình", "họ", "chúng", "thay",
        "cùng", "đại", "diện", "giám", "đốc", "hồ", "sơ", "đơn", "giấy", "nhà", "đất", "ông", "bà", "thưa", "kính", "gọi", "hướng", "dẫn",
        "ghi", "tên", "chủ", "hộ", "viên", "cán", "bộ", "phụ", "trách", "xử", "lý", "ra", "vào", "lên", "xuống", "qua", "lại",
        "bằng", "như", "sau", "trước", "nay", "đây", "ấy", "nào", "gì", "ai", "đi",
    ];

    // Of the given names, those that end a lower-case name before these words ("liên hệ", "nhân viên").
    public static readonly Dictionary<string, string[]> NotNameLowerBefore = new()
    {
        ["liên"] = ["hệ", "lạc", "quan", "tục", "thông"], ["nhân"] = ["viên", "dân", "danh"], ["sinh"] = ["ngày", "năm", "viên", "sống"],
    };

    // Words after a lone lower-case given name that show it is a name ("anh khoa không ạ").
    public static readonly HashSet<string> AfterGivenName = ["không", "ạ", "ơi", "nhé", "và", "đã", "ở", "có", "nói", "cho", "thì", "là", "với", "cũng", "vẫn", "đang", "sẽ", "được", "bị", "hỏi", "gọi"];

    public static readonly string[][] Introductions = [["tôi", "là"], ["tôi", "tên", "là"], ["tôi", "tên"], ["tên", "tôi", "là"], ["em", "là"], ["tên", "là"]];

    // Positions and roles a name follows without a courtesy title.
    public static readonly string[][] Roles =
    [
        ["Chuyên", "gia"], ["Chuyên", "viên"], ["chuyên", "viên"], ["Giám", "đốc"], ["GIÁM", "ĐỐC"],
        ["kỹ", "sư"], ["Kỹ", "sư"], ["Kiến", "trúc", "sư"], ["kiến", "trúc", "sư"], ["luật", "sư"], ["Luật", "sư"], ["bác", "sĩ"],
        ["Nhà", "đầu", "tư", "cá", "nhân"], ["nhà", "đầu", "tư", "cá", "nhân"], ["chủ", "hộ"], ["chủ", "tài", "khoản"], ["mang", "tên"],
        ["đứng", "tên"], ["người", "thụ", "hưởng"],
    ];

    // Words before a surname that make it a street, a school or a city: đường Nguyễn Tất Thành, Trường THCS Trần Quốc Toản, TP. Hồ Chí Minh.
    public static readonly HashSet<string> NotPersonBefore = ["đường", "phố", "cầu", "thcs", "thpt", "học", "trường", "tuyến", "chợ", "tp", "phường", "xã", "huyện", "quận", "thôn", "hẻm", "kiệt", "ngõ", "khu", "kcn", "lộ", "công", "viên", "bệnh", "quảng"];

    // The common surnames typed without diacritics ("Nguyen Thi Anh Tuyet"), taken only with a run of unaccented capitalised words.
    public static readonly HashSet<string> UnaccentedSurnames = PlainLowerSurnames.Select(RedactionWork.Fold).ToHashSet();
}
