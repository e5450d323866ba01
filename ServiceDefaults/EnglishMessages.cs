using System.Text.RegularExpressions;

namespace VanPhong.ServiceDefaults;

/// <summary>
/// The English twin of each message a public endpoint can answer with (problem titles, details and field messages),
/// in one place for every service: the problem details writer looks the Vietnamese up here when the reader prefers
/// English (<see cref="PublicLanguage"/>), so endpoints keep writing their one Vietnamese message. A message with a
/// variable part (a code, a file name, a number) is a pattern whose groups are carried into the English.
/// A message missing here stays Vietnamese and the answer says so (Content-Language: en, vi).
/// </summary>
public static partial class EnglishMessages
{
    private static readonly Dictionary<string, string> Exact = new(StringComparer.Ordinal)
    {
        // Titles of bare status codes (ProblemDetailsDefaults).
        ["Yêu cầu không hợp lệ"] = "Invalid request",
        ["Chưa đăng nhập hoặc phiên đăng nhập đã hết hạn"] = "Not signed in, or the session has expired",
        ["Không có quyền thực hiện thao tác này"] = "You are not allowed to do this",
        ["Không tìm thấy"] = "Not found",
        ["Phương thức không được hỗ trợ"] = "Method not supported",
        ["Xung đột dữ liệu"] = "Conflict",
        ["Dữ liệu gửi lên quá lớn"] = "Request too large",
        ["Địa chỉ yêu cầu quá dài"] = "Request address too long",
        ["Định dạng dữ liệu không được hỗ trợ"] = "Unsupported data format",
        ["Dữ liệu không hợp lệ"] = "Invalid data",
        ["Quá nhiều yêu cầu, vui lòng thử lại sau"] = "Too many requests, please try again later",
        ["Lỗi hệ thống"] = "System error",
        ["Dịch vụ tạm thời không sẵn sàng"] = "Service temporarily unavailable",
        ["Dịch vụ đang khởi động lại nên yêu cầu chưa được ghi nhận; vui lòng gửi lại sau ít giây."] = "The service is restarting, so the request was not recorded; please send it again in a few seconds.",
        ["Lỗi"] = "Error",
        ["Dung lượng dữ liệu gửi lên vượt quá giới hạn cho phép."] = "The data sent is larger than allowed.",
        ["Nội dung gửi lên không phải JSON hợp lệ (hoặc không được mã hóa UTF-8)."] = "The body is not valid JSON (or not UTF-8 encoded).",
        ["Yêu cầu thiếu dữ liệu hoặc dữ liệu không đúng định dạng."] = "The request is missing data or its data is malformed.",
        ["Trường này xuất hiện hai lần trong nội dung gửi lên."] = "This field appears twice in the body.",
        ["Giá trị không đúng kiểu dữ liệu hoặc không đúng định dạng."] = "The value has the wrong type or format.",

        // PAKN intake: the notification channel, and a complaint or denunciation sent as feedback.
        ["Kênh nhận thông báo: Email (thư điện tử), Sms (tin nhắn) hoặc None (không nhận thông báo)."] = "Notification channel: Email, Sms (text message) or None.",
        ["Để nhận thông báo bằng tin nhắn SMS, vui lòng nhập số điện thoại di động Việt Nam (ví dụ 0912345678 hoặc +84 912 345 678)."] =
            "To be notified by text message, please give a Vietnamese mobile number (for example 0912345678 or +84 912 345 678).",
        ["Để nhận thông báo qua thư điện tử, vui lòng nhập địa chỉ email."] = "To be notified by e-mail, please give an e-mail address.",
        ["Nội dung này là khiếu nại hoặc tố cáo, không thuộc phạm vi tiếp nhận phản ánh, kiến nghị về quy định hành chính (Điều 1 Nghị định 20/2008/NĐ-CP). "
            + "Vui lòng gửi khiếu nại theo Luật Khiếu nại 2011 hoặc tố cáo theo Luật Tố cáo 2018 đến bộ phận tiếp công dân của Ban quản lý hoặc cơ quan có thẩm quyền."] =
            "This is a complaint or a denunciation, which is not feedback on administrative regulations (Decree 20/2008/NĐ-CP, Art. 1). "
            + "Please send a complaint under the Law on Complaints 2011 or a denunciation under the Law on Denunciations 2018 to the Authority's citizen reception office or the competent agency.",

        // Catalog (public search and detail).
        ["Điều kiện tra cứu chưa hợp lệ"] = "Invalid search",
        ["Số trang từ 1 đến 100.000."] = "The page number must be between 1 and 100,000.",
        ["Mức độ trực tuyến: Full (toàn trình), Partial (một phần) hoặc None."] = "Online level: Full, Partial or None.",
        ["Không tìm thấy thủ tục hành chính"] = "Administrative procedure not found",

        // Feedback intake (PAKN form), Decree 20/2008.
        ["Chọn loại: phản ánh (Reflection) hoặc kiến nghị (Recommendation)."] = "Choose the kind: a reflection (Reflection) or a recommendation (Recommendation).",
        ["Chọn nội dung phản ánh, kiến nghị theo danh mục (Điều 5 Nghị định 20/2008/NĐ-CP)."] = "Choose what the feedback is about from the list (Article 5, Decree 20/2008/NĐ-CP).",
        ["Nội dung phản ánh, kiến nghị không được để trống."] = "The content of the feedback must not be empty.",
        ["Nội dung không được chứa mã HTML hoặc mã lệnh (ví dụ thẻ <script>). Vui lòng chỉ nhập văn bản."] = "The content must not contain HTML or code (such as a <script> tag). Please enter plain text only.",
        ["Nội dung quá ngắn: vui lòng trình bày rõ vấn đề phản ánh, kiến nghị (ít nhất 20 ký tự)."] = "The content is too short: please describe the issue clearly (at least 20 characters).",
        ["Nội dung dài quá 10.000 ký tự."] = "The content is longer than 10,000 characters.",
        ["Phản ánh, kiến nghị cần họ tên, địa chỉ và thông tin liên hệ của Quý vị: vui lòng đọc thông báo xử lý dữ liệu cá nhân và đồng ý (Nghị định 13/2023/NĐ-CP) để Ban quản lý tiếp nhận."] =
            "Feedback needs your name, address and contact details: please read the personal data notice and consent (Decree 13/2023/NĐ-CP) so that the Board can receive it.",
        ["Mã thủ tục hành chính không đúng định dạng (ví dụ 1.009645 hoặc 1.009645.H38)."] = "The procedure code is malformed (for example 1.009645 or 1.009645.H38).",
        ["Tệp đính kèm không đúng mã hóa base64."] = "The attachment is not valid base64.",
        ["Tệp đính kèm rỗng."] = "The attachment is empty.",
        ["Phản ánh, kiến nghị phải được viết bằng tiếng Việt (khoản 1 Điều 7 Nghị định 20/2008/NĐ-CP)."] =
            "Feedback must be written in Vietnamese (Article 7.1, Decree 20/2008/NĐ-CP). A foreign investor may submit through a representative or with the interpretation help of the one-stop desk.",
        ["Nội dung không liên quan đến quy định hành chính hoặc việc thực hiện thủ tục hành chính, nên không thuộc phạm vi tiếp nhận (Điều 3, Điều 5 Nghị định 20/2008/NĐ-CP)."] =
            "The content is not about an administrative regulation or how a procedure is carried out, so it cannot be received (Articles 3 and 5, Decree 20/2008/NĐ-CP).",
        ["Vui lòng cho biết họ tên, địa chỉ và số điện thoại hoặc email: phản ánh, kiến nghị nặc danh không được tiếp nhận."] =
            "Please give your name, address and a phone number or e-mail: anonymous feedback is not received.",
        ["Người gửi là cá nhân (Individual) hoặc tổ chức (Organisation)."] = "The sender is an individual (Individual) or an organisation (Organisation).",
        ["Vui lòng nhập họ và tên người gửi."] = "Please enter the sender's full name.",
        ["Họ và tên không hợp lệ (tối đa 200 ký tự, không chứa mã HTML)."] = "The name is invalid (at most 200 characters, no HTML).",
        ["Tổ chức gửi phản ánh, kiến nghị phải ghi rõ tên tổ chức."] = "An organisation sending feedback must give its name.",
        ["Vui lòng nhập địa chỉ liên hệ."] = "Please enter a contact address.",
        ["Địa chỉ dài quá 500 ký tự."] = "The address is longer than 500 characters.",
        ["Vui lòng nhập số điện thoại hoặc email để cơ quan liên hệ và trả lời."] = "Please enter a phone number or e-mail so that the Board can reach you and answer.",
        ["Số điện thoại không đúng định dạng (ví dụ 0912345678 hoặc +84912345678)."] = "The phone number is malformed (for example 0912345678 or +84912345678).",
        ["Địa chỉ email không đúng định dạng."] = "The e-mail address is malformed.",
        ["Phản ánh, kiến nghị chưa hợp lệ"] = "The feedback is not valid",
        ["Vui lòng bổ sung hoặc sửa các thông tin được nêu và gửi lại."] = "Please complete or correct the fields named and send it again.",
        ["Phản ánh, kiến nghị không được tiếp nhận"] = "The feedback cannot be received",
        ["Phản ánh, kiến nghị đã được gửi"] = "This feedback was already sent",
        ["Không tìm thấy phản ánh, kiến nghị"] = "Feedback not found",
        ["Mã tra cứu hoặc khóa tra cứu không đúng."] = "The tracking code or the lookup key is wrong.",
        ["Đánh giá chưa hợp lệ"] = "The rating is not valid",
        ["Vui lòng cho biết Quý vị có hài lòng với câu trả lời hay không."] = "Please say whether you are satisfied with the answer.",
        ["Điểm đánh giá từ 1 đến 5."] = "The score is from 1 to 5.",
        ["Ý kiến dài quá 2.000 ký tự."] = "The comment is longer than 2,000 characters.",
    };

    private static readonly (Regex Vietnamese, string English)[] Patterns =
    [
        (CatalogNotFound(), "There is no procedure with code $1 in force. Please check the code or search by the procedure's name."),
        (TooManyAttachments(), "At most $1 files may be attached."),
        (FileNameTooLong(), "The file name is longer than $1 characters."),
        (FileTooLarge(), "The file \"$1\" is larger than $2 MB."),
        (FileWrongType(), "The file \"$1\" is not a PDF, JPEG, PNG or DOCX (checked by its content, not its name)."),
        (PrivacyNoticeChanged(), "The personal data notice has been updated (version $1): please read it again and consent."),
        (FeedbackNotFound(), "There is no feedback with code $1. Please check the tracking code."),
        (AlreadyReceived(), "This content of yours was already received and is being handled under tracking code $1. Please follow it with that code."),
    ];

    /// <summary>The English twin of a Vietnamese message, or null when there is none.</summary>
    public static string? For(string? vietnamese)
    {
        if (string.IsNullOrEmpty(vietnamese))
        {
            return null;
        }

        if (Exact.TryGetValue(vietnamese, out var english))
        {
            return english;
        }

        foreach (var (pattern, replacement) in Patterns)
        {
            if (pattern.IsMatch(vietnamese))
            {
                return pattern.Replace(vietnamese, replacement);
            }
        }

        return null;
    }

    [GeneratedRegex(@"^Không có thủ tục mã (.+) đang có hiệu lực\. Vui lòng kiểm tra lại mã hoặc tra cứu theo tên thủ tục\.$")]
    private static partial Regex CatalogNotFound();

    [GeneratedRegex(@"^Chỉ được gửi kèm tối đa (\d+) tệp\.$")]
    private static partial Regex TooManyAttachments();

    [GeneratedRegex(@"^Tên tệp dài quá (\d+) ký tự\.$")]
    private static partial Regex FileNameTooLong();

    [GeneratedRegex(@"^Tệp ""(.*)"" lớn hơn (\d+) MB\.$")]
    private static partial Regex FileTooLarge();

    [GeneratedRegex(@"^Tệp ""(.*)"" không phải PDF, JPEG, PNG hoặc DOCX \(kiểm tra theo nội dung tệp, không theo tên\)\.$")]
    private static partial Regex FileWrongType();

    [GeneratedRegex(@"^Không có phản ánh, kiến nghị nào mang mã (.+)\. Vui lòng kiểm tra lại mã tra cứu\.$")]
    private static partial Regex FeedbackNotFound();

    [GeneratedRegex(@"^Nội dung này của Quý vị đã được tiếp nhận và đang được xử lý với mã tra cứu (.+)\. Vui lòng theo dõi bằng mã này\.$")]
    private static partial Regex AlreadyReceived();

    [GeneratedRegex(@"^Thông báo xử lý dữ liệu cá nhân đã được cập nhật \(phiên bản (.+)\): vui lòng đọc lại và đồng ý\.$")]
    private static partial Regex PrivacyNoticeChanged();
}
