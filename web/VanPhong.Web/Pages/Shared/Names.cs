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

    /// <summary>
    /// The staff list's status filter. The names are the PAKN service's own (<c>Transitions.VietnameseNames</c>, which
    /// its answers carry as <c>StatusName</c>); the list is kept here only because a filter needs every status before
    /// any case is loaded. <c>Web/StatusNamesTests</c> fails when the two differ.
    /// </summary>
    public static readonly IReadOnlyList<(string Code, string Name)> FeedbackStatuses =
    [
        ("Received", "Đã tiếp nhận"), ("Accepted", "Thuộc thẩm quyền, chờ phân công"), ("Assigned", "Đã phân công xử lý"), ("InProgress", "Đang xử lý"),
        ("AnswerDrafted", "Đã có dự thảo trả lời, chờ duyệt"), ("Approved", "Đã duyệt trả lời"), ("Answered", "Đã trả lời"), ("Published", "Đã công khai kết quả"),
        ("Closed", "Đã kết thúc"), ("NotAccepted", "Không tiếp nhận"), ("Transferred", "Đã chuyển cơ quan có thẩm quyền"),
    ];

    /// <summary>The channels staff enter a PAKN by (online ones come in through the public form).</summary>
    public static readonly IReadOnlyList<(string Code, string Name)> StaffChannels =
        [("Post", "Bưu chính"), ("InPerson", "Trực tiếp"), ("Phone", "Điện thoại"), ("Email", "Thư điện tử"), ("NationalPortal", "Cổng Dịch vụ công quốc gia")];

    public static string Channel(string channel) =>
        channel == "Online" ? "Trực tuyến" : StaffChannels.FirstOrDefault(c => c.Code == channel).Name ?? channel;
}
