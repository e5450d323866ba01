// Why one file: what a submitted PAKN is (the request records) and the pure rules it must pass (Decree 20/2008 Art. 7),
// which change together whenever a field of the form does; the endpoint and its handler live elsewhere.

using System.Net.Mail;
using System.Text.RegularExpressions;
using VanPhong.Contracts;
using VanPhong.Feedback.Data;
using VanPhong.ServiceDefaults;
using VanPhong.Text;

namespace VanPhong.Feedback.Intake;

public sealed record SubmitterRequest(string? Type, string? Name, string? Organisation, string? Address, string? Phone, string? Email);

public sealed record AttachmentRequest(string? FileName, string? ContentBase64);

/// <summary>
/// A PAKN as it is submitted, online or entered by staff. <see cref="ConsentToProcessing"/> is the submitter's agreement
/// to the privacy notice (GET /public/feedback/privacy) of version <see cref="PrivacyNoticeVersion"/> (the current one if
/// omitted); for a PAKN received on paper or by phone, the official confirms the submitter was told and agreed.
/// <see cref="NotifyBy"/> is the channel the submitter hears on — Email, Sms or None; when omitted, e-mail if an address
/// is given, otherwise none (see <see cref="IntakeRules.NotificationChoice"/>).
/// </summary>
public sealed record FeedbackRequest(
    string? Kind,
    string? Category,
    string? Content,
    SubmitterRequest? Submitter,
    string? ProcedureCode,
    bool ConsentToPublish,
    List<AttachmentRequest>? Attachments = null,
    bool ConsentToProcessing = false,
    string? PrivacyNoticeVersion = null,
    string? NotifyBy = null);

/// <summary>Why a PAKN is not accepted, in the submitter's language (Decree 20/2008 Art. 1, 3, 7, 9).</summary>
public sealed record Refusal(string Reason, string Detail);

public sealed class IntakeOptions
{
    public int MaxAttachments { get; set; } = 3;

    public int MaxAttachmentBytes { get; set; } = 2 * 1024 * 1024;

    /// <summary>What a .docx attachment may inflate to (<c>Feedback:Intake:Packages</c>): a citizen's letter is a few pages.</summary>
    public ZipLimits Packages { get; set; } = new();

    /// <summary>How long a submission's Idempotency-Key is remembered.</summary>
    public TimeSpan IdempotencyRetention { get; set; } = TimeSpan.FromHours(24);
}

/// <summary>
/// What a written PAKN must be (Decree 20/2008 Art. 7): clear Vietnamese content about an administrative regulation,
/// the submitter's name, address and contact; and what it must not be: a complaint or denunciation, markup.
/// </summary>
public static partial class IntakeRules
{
    /// <summary>What every file system the attachment may be saved to accepts.</summary>
    private const int MaxFileNameLength = 255;

    private static readonly string[] AllowedTypes = [FileTypes.Pdf, FileTypes.Jpeg, FileTypes.Png, FileTypes.Docx];

    /// <summary>Words (folded) of which at least one shows that the content is about administrative regulations or procedures.</summary>
    private static readonly string[] RegulationWords =
    [
        "thu tuc", "tthc", "ho so", "giay phep", "giay to", "quy dinh", "van ban", "co quan", "can bo", "cong chuc", "vien chuc",
        "thoi han", "giai quyet", "le phi", "phi ", "dang ky", "chung nhan", "cap phep", "du an", "dau tu", "xay dung",
        "moi truong", "lao dong", "mot cua", "dich vu cong", "truc tuyen", "nghi dinh", "thong tu", "quyet dinh",
        "chinh sach", "co che", "hanh chinh", "ban quan ly", "bieu mau", "to khai", "phe duyet", "tham dinh", "quy hoach",
    ];

    public static Dictionary<string, string[]> Validate(FeedbackRequest request, IntakeOptions options, out List<FeedbackAttachment> attachments)
    {
        var errors = new ValidationErrors();
        void Add(string field, string message) => errors.Add(field, message);
        attachments = [];

        if (!Enum.TryParse<FeedbackKind>(request.Kind, ignoreCase: true, out _) || int.TryParse(request.Kind, out _))
        {
            Add("kind", "Chọn loại: phản ánh (Reflection) hoặc kiến nghị (Recommendation).");
        }

        if (request.Category is null || !FeedbackCategories.All.ContainsKey(request.Category))
        {
            Add("category", "Chọn nội dung phản ánh, kiến nghị theo danh mục (Điều 5 Nghị định 20/2008/NĐ-CP).");
        }

        var content = VietnameseText.Clean(request.Content);
        if (content is null)
        {
            Add("content", "Nội dung phản ánh, kiến nghị không được để trống.");
        }
        else if (Markup().IsMatch(content))
        {
            Add("content", "Nội dung không được chứa mã HTML hoặc mã lệnh (ví dụ thẻ <script>). Vui lòng chỉ nhập văn bản.");
        }
        else if (content.Length < 20)
        {
            Add("content", "Nội dung quá ngắn: vui lòng trình bày rõ vấn đề phản ánh, kiến nghị (ít nhất 20 ký tự).");
        }
        else if (content.Length > 10_000)
        {
            Add("content", "Nội dung dài quá 10.000 ký tự.");
        }

        ValidateSubmitter(request.Submitter, Add);
        ValidateNotifyBy(request, Add);

        if (!request.ConsentToProcessing)
        {
            Add("consentToProcessing", "Phản ánh, kiến nghị cần họ tên, địa chỉ và thông tin liên hệ của Quý vị: vui lòng đọc thông báo xử lý dữ liệu cá nhân và đồng ý (Nghị định 13/2023/NĐ-CP) để Ban quản lý tiếp nhận.");
        }
        else if (request.PrivacyNoticeVersion is { } version && version != Privacy.PrivacyNotice.CurrentVersion)
        {
            Add("privacyNoticeVersion", $"Thông báo xử lý dữ liệu cá nhân đã được cập nhật (phiên bản {Privacy.PrivacyNotice.CurrentVersion}): vui lòng đọc lại và đồng ý.");
        }

        var procedureCode = VietnameseText.Clean(request.ProcedureCode);
        if (procedureCode is not null && !ProcedureCodes.IsValid(procedureCode))
        {
            Add("procedureCode", "Mã thủ tục hành chính không đúng định dạng (ví dụ 1.009645 hoặc 1.009645.H38).");
        }

        var files = request.Attachments ?? [];
        if (files.Count > options.MaxAttachments)
        {
            Add("attachments", $"Chỉ được gửi kèm tối đa {options.MaxAttachments} tệp.");
            return errors.ToDictionary();
        }

        for (var i = 0; i < files.Count; i++)
        {
            byte[] bytes;
            try
            {
                bytes = Convert.FromBase64String(files[i].ContentBase64 ?? "");
            }
            catch (FormatException)
            {
                Add($"attachments[{i}]", "Tệp đính kèm không đúng mã hóa base64.");
                continue;
            }

            if (files[i].FileName is { Length: > MaxFileNameLength })
            {
                Add($"attachments[{i}]", $"Tên tệp dài quá {MaxFileNameLength} ký tự.");
                continue;
            }

            if (bytes.Length == 0)
            {
                Add($"attachments[{i}]", "Tệp đính kèm rỗng.");
                continue;
            }

            if (bytes.Length > options.MaxAttachmentBytes)
            {
                Add($"attachments[{i}]", $"Tệp \"{files[i].FileName}\" lớn hơn {options.MaxAttachmentBytes / 1024 / 1024} MB.");
                continue;
            }

            var detected = FileTypes.Detect(bytes, options.Packages);
            if (detected.Refusal is { } refusal)
            {
                Add($"attachments[{i}]", $"Tệp \"{files[i].FileName}\" không được nhận: {refusal}");
            }
            else if (detected.ContentType is not { } type || !AllowedTypes.Contains(type))
            {
                Add($"attachments[{i}]", $"Tệp \"{files[i].FileName}\" không phải PDF, JPEG, PNG hoặc DOCX (kiểm tra theo nội dung tệp, không theo tên).");
            }
            else
            {
                attachments.Add(new FeedbackAttachment { FileName = FileNames.Stored(files[i].FileName, FileTypes.Extension(type), "tep-dinh-kem"), ContentType = type, Content = bytes });
            }
        }

        return errors.ToDictionary();
    }

    /// <summary>The cases the decree does not accept, told back in Vietnamese; null when the PAKN is acceptable.</summary>
    public static Refusal? Refuse(string content)
    {
        if (!VietnameseText.IsLikelyVietnamese(content))
        {
            return new Refusal("not-vietnamese", "Phản ánh, kiến nghị phải được viết bằng tiếng Việt (khoản 1 Điều 7 Nghị định 20/2008/NĐ-CP).");
        }

        if (ComplaintOrDenunciation().IsMatch(content) || ComplaintOrDenunciationFolded().IsMatch(VietnameseText.Fold(content)))
        {
            return new Refusal("complaint-or-denunciation",
                "Nội dung này là khiếu nại hoặc tố cáo, không thuộc phạm vi tiếp nhận phản ánh, kiến nghị về quy định hành chính (Điều 1 Nghị định 20/2008/NĐ-CP). "
                + "Vui lòng gửi khiếu nại theo Luật Khiếu nại 2011 hoặc tố cáo theo Luật Tố cáo 2018 đến bộ phận tiếp công dân của Ban quản lý hoặc cơ quan có thẩm quyền.");
        }

        var folded = " " + VietnameseText.Fold(content) + " ";
        if (!RegulationWords.Any(w => folded.Contains(w, StringComparison.Ordinal)))
        {
            return new Refusal("not-about-regulations",
                "Nội dung không liên quan đến quy định hành chính hoặc việc thực hiện thủ tục hành chính, nên không thuộc phạm vi tiếp nhận (Điều 3, Điều 5 Nghị định 20/2008/NĐ-CP).");
        }

        return null;
    }

    /// <summary>The content as compared for duplicates: folded, single spaces.</summary>
    public static string Fingerprint(string content) => Whitespace().Replace(VietnameseText.Fold(content), " ").Trim();

    private static void ValidateSubmitter(SubmitterRequest? submitter, Action<string, string> add)
    {
        if (submitter is null)
        {
            add("submitter", "Vui lòng cho biết họ tên, địa chỉ và số điện thoại hoặc email: phản ánh, kiến nghị nặc danh không được tiếp nhận.");
            return;
        }

        var type = SubmitterType.Individual;
        if (submitter.Type is not null && (!Enum.TryParse(submitter.Type, ignoreCase: true, out type) || int.TryParse(submitter.Type, out _)))
        {
            add("submitter.type", "Người gửi là cá nhân (Individual) hoặc tổ chức (Organisation).");
        }

        var name = VietnameseText.Clean(submitter.Name);
        if (name is null)
        {
            add("submitter.name", "Vui lòng nhập họ và tên người gửi.");
        }
        else if (name.Length > 200 || Markup().IsMatch(name))
        {
            add("submitter.name", "Họ và tên không hợp lệ (tối đa 200 ký tự, không chứa mã HTML).");
        }

        if (type == SubmitterType.Organisation && VietnameseText.Clean(submitter.Organisation) is null)
        {
            add("submitter.organisation", "Tổ chức gửi phản ánh, kiến nghị phải ghi rõ tên tổ chức.");
        }

        var address = VietnameseText.Clean(submitter.Address);
        if (address is null)
        {
            add("submitter.address", "Vui lòng nhập địa chỉ liên hệ.");
        }
        else if (address.Length > 500)
        {
            add("submitter.address", "Địa chỉ dài quá 500 ký tự.");
        }

        var phone = VietnameseText.Clean(submitter.Phone);
        var email = VietnameseText.Clean(submitter.Email);
        if (phone is null && email is null)
        {
            add("submitter.phone", "Vui lòng nhập số điện thoại hoặc email để cơ quan liên hệ và trả lời.");
        }

        if (phone is not null && !PhonePattern().IsMatch(NormalizePhone(phone)))
        {
            add("submitter.phone", "Số điện thoại không đúng định dạng (ví dụ 0912345678 hoặc +84912345678).");
        }

        if (email is not null && (email.Length > 254 || !MailAddress.TryCreate(email, out var parsed) || parsed.Address != email))
        {
            add("submitter.email", "Địa chỉ email không đúng định dạng.");
        }
    }

    /// <summary>The channel the submitter chose, or the default: e-mail when an address is given, otherwise none.</summary>
    public static NotifyBy NotificationChoice(FeedbackRequest request) =>
        VietnameseText.Clean(request.NotifyBy) is { } chosen && Enum.TryParse<NotifyBy>(chosen, ignoreCase: true, out var parsed) ? parsed
        : VietnameseText.Clean(request.Submitter?.Email) is null ? NotifyBy.None : NotifyBy.Email;

    /// <summary>A Vietnamese mobile number (10 digits from 03, 05, 07, 08, 09) however written: what an SMS can reach.</summary>
    public static bool IsMobile(string? phone) =>
        VietnameseText.Clean(phone) is { } cleaned && MobilePattern().IsMatch(NormalizePhone(cleaned));

    private static void ValidateNotifyBy(FeedbackRequest request, Action<string, string> add)
    {
        var chosen = VietnameseText.Clean(request.NotifyBy);
        if (chosen is not null && (!Enum.TryParse<NotifyBy>(chosen, ignoreCase: true, out _) || int.TryParse(chosen, out _)))
        {
            add("notifyBy", "Kênh nhận thông báo: Email (thư điện tử), Sms (tin nhắn) hoặc None (không nhận thông báo).");
            return;
        }

        switch (NotificationChoice(request))
        {
            case NotifyBy.Sms when !IsMobile(request.Submitter?.Phone):
                add("notifyBy", "Để nhận thông báo bằng tin nhắn SMS, vui lòng nhập số điện thoại di động Việt Nam (ví dụ 0912345678 hoặc +84 912 345 678).");
                break;
            case NotifyBy.Email when VietnameseText.Clean(request.Submitter?.Email) is null:
                add("notifyBy", "Để nhận thông báo qua thư điện tử, vui lòng nhập địa chỉ email.");
                break;
        }
    }

    /// <summary>
    /// One spelling per number, so the duplicate check, the data subject's request and the redaction of the submitter's
    /// own number find it however it was written: separators and brackets dropped, +84 / 0084 (and "+84 (0)") read as 0.
    /// </summary>
    public static string NormalizePhone(string phone)
    {
        var compact = Regex.Replace(phone, @"[\s.\-()]", "");
        var national = compact.StartsWith("+84", StringComparison.Ordinal) ? compact[3..]
            : compact.StartsWith("0084", StringComparison.Ordinal) ? compact[4..]
            : null;
        return national is null ? compact : "0" + national.TrimStart('0');
    }

    [GeneratedRegex(@"^(\+84|0)\d{9,10}$")]
    private static partial Regex PhonePattern();

    [GeneratedRegex(@"^0[35789]\d{8}$")]
    private static partial Regex MobilePattern();

    [GeneratedRegex(@"<\s*/?\s*[a-zA-Z!][^>]*>|javascript\s*:", RegexOptions.IgnoreCase)]
    private static partial Regex Markup();

    [GeneratedRegex(@"\b(khiếu nại|tố cáo)\b", RegexOptions.IgnoreCase)]
    private static partial Regex ComplaintOrDenunciation();

    [GeneratedRegex(@"\b(khieu nai|don to cao|to cao (ong|ba|can bo|cong chuc|hanh vi))\b")]
    private static partial Regex ComplaintOrDenunciationFolded();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
