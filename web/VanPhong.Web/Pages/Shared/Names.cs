namespace VanPhong.Web.Pages;

/// <summary>The Vietnamese names of the codes the services return (statuses, channels), in one place for every page.</summary>
public static class Names
{
    public static string PlanItemStatus(string status) => status switch
    {
        "Completed" => "Hoàn thành",
        "CompletedLate" => "Hoàn thành chậm",
        "InProgress" => "Đang thực hiện",
        "NotStarted" => "Chưa thực hiện",
        "Overdue" => "Quá hạn",
        "Cancelled" => "Không thực hiện",
        _ => status,
    };

    public static readonly IReadOnlyList<(string Code, string Name)> FeedbackStatuses =
    [
        ("Received", "Đã tiếp nhận, chờ phân loại"), ("Accepted", "Thuộc thẩm quyền, chờ giao"), ("Assigned", "Đã giao đơn vị"), ("InProgress", "Đang xử lý"),
        ("AnswerDrafted", "Dự thảo chờ duyệt"), ("Approved", "Đã duyệt, chờ gửi"), ("Answered", "Đã trả lời"), ("Published", "Đã công khai"),
        ("Closed", "Đã kết thúc"), ("NotAccepted", "Không tiếp nhận"), ("Transferred", "Đã chuyển cơ quan có thẩm quyền"),
    ];

    public static string FeedbackStatus(string status) => FeedbackStatuses.FirstOrDefault(s => s.Code == status).Name ?? status;

    /// <summary>The channels staff enter a PAKN by (online ones come in through the public form).</summary>
    public static readonly IReadOnlyList<(string Code, string Name)> StaffChannels =
        [("Post", "Bưu chính"), ("InPerson", "Trực tiếp"), ("Phone", "Điện thoại"), ("Email", "Thư điện tử"), ("NationalPortal", "Cổng Dịch vụ công quốc gia")];

    public static string Channel(string channel) =>
        channel == "Online" ? "Trực tuyến" : StaffChannels.FirstOrDefault(c => c.Code == channel).Name ?? channel;
}
