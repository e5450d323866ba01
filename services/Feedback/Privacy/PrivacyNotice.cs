using Microsoft.Extensions.Options;
using VanPhong.Feedback.Handling;
using VanPhong.ServiceDefaults;
using VanPhong.Text;

namespace VanPhong.Feedback.Privacy;

public sealed class PrivacyOptions
{
    /// <summary>
    /// How long a submitter's personal data is kept after the handling of their PAKN ended (closed, not accepted,
    /// transferred), before it is anonymised. Five years: no text we hold fixes a term for PAKN files, Decree 13/2023
    /// asks for no longer than the purpose needs, and five years covers a reopened case, a complaint about the answer
    /// and the inspections of the Board's reports. Feedback:Privacy:RetentionAfterEnd.
    /// </summary>
    public TimeSpan RetentionAfterEnd { get; set; } = TimeSpan.FromDays(5 * 365 + 1);

    /// <summary>The retention job runs on working days at this Vietnam time (Feedback:Privacy:RunAt), before office hours.</summary>
    public TimeOnly RunAt { get; set; } = new(5, 30);

    public bool Enabled { get; set; } = true;

    /// <summary>Cases anonymised per transaction by the job.</summary>
    public int BatchSize { get; set; } = 200;
}

/// <summary>What the submitter is shown before they agree (Decree 13/2023/NĐ-CP Art. 11 and 13): who processes their data, why, how long, their rights.</summary>
public sealed record PrivacyNotice(
    string Version,
    string Controller,
    IReadOnlyList<string> Purposes,
    IReadOnlyList<string> DataProcessed,
    string Publication,
    string Retention,
    IReadOnlyList<string> Rights,
    string Contact,
    string Consent)
{
    /// <summary>Raised whenever the text below changes: each PAKN records the version its submitter agreed to.</summary>
    public const string CurrentVersion = "2026-12-01";

    public static PrivacyNotice Current(FeedbackOptions.AgencyOptions agency, PrivacyOptions privacy)
    {
        var years = (int)Math.Round(privacy.RetentionAfterEnd.TotalDays / 365);
        var retention = years >= 1 ? $"{years} năm" : $"{privacy.RetentionAfterEnd.TotalDays:0} ngày";
        return new PrivacyNotice(
            CurrentVersion,
            agency.Name,
            [
                "Tiếp nhận, phân loại, xử lý và trả lời phản ánh, kiến nghị của Quý vị về quy định hành chính (Nghị định 20/2008/NĐ-CP).",
                "Liên hệ với Quý vị để làm rõ nội dung và gửi văn bản trả lời.",
                "Thống kê, báo cáo kết quả xử lý phản ánh, kiến nghị — chỉ số liệu tổng hợp, không kèm thông tin cá nhân.",
            ],
            ["Họ tên hoặc tên tổ chức", "Địa chỉ", "Số điện thoại", "Thư điện tử", "Nội dung phản ánh, kiến nghị và tệp đính kèm"],
            "Họ tên, địa chỉ, số điện thoại, thư điện tử của Quý vị không bao giờ được công khai. Nội dung câu hỏi chỉ được công khai khi Quý vị đồng ý, sau khi đã lược bỏ mọi thông tin cá nhân.",
            $"Thông tin cá nhân được lưu {retention} kể từ khi kết thúc xử lý, sau đó được xóa (ẩn danh hóa); số liệu thống kê được giữ lại.",
            [
                "Được biết về việc xử lý dữ liệu cá nhân của mình và xem dữ liệu Ban quản lý đang lưu.",
                "Yêu cầu chỉnh sửa dữ liệu không chính xác.",
                "Yêu cầu xóa dữ liệu cá nhân khi phản ánh, kiến nghị đã kết thúc xử lý.",
                "Rút lại sự đồng ý; việc rút lại không ảnh hưởng tới phần xử lý đã thực hiện trước đó.",
            ],
            $"{agency.Address}; điện thoại {agency.Phone}; thư điện tử {agency.Email}.",
            "Tôi đồng ý để Ban quản lý Khu kinh tế Vân Phong xử lý dữ liệu cá nhân của tôi cho các mục đích nêu trên.");
    }
}

public static class PrivacyNoticeApi
{
    /// <summary>GET /public/feedback/privacy: the notice a form or a client shows before the submitter agrees.</summary>
    public static RouteGroupBuilder MapPrivacyNotice(this RouteGroupBuilder group)
    {
        group.MapGet("/privacy", (HttpContext http, IOptions<FeedbackOptions> feedback, IOptions<PrivacyOptions> privacy) =>
            {
                if (!http.PrefersEnglish())
                {
                    return TypedResults.Ok(PrivacyNotice.Current(feedback.Value.Agency, privacy.Value));
                }

                // The agency's name and address are proper names and stay as registered.
                http.AnswersIn(Bilingual.English, Bilingual.Vietnamese);
                return TypedResults.Ok(English.FeedbackEnglish.Notice(feedback.Value.Agency, privacy.Value));
            })
            .WithName("FeedbackPrivacyNotice")
            .WithSummary("Thông báo xử lý dữ liệu cá nhân (Nghị định 13/2023/NĐ-CP)");
        return group;
    }
}
