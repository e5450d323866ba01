using Microsoft.AspNetCore.Mvc;
using VanPhong.Topology;
using VanPhong.Web.Backend;

namespace VanPhong.Web.Pages.Staff.Feedback;

/// <summary>Sổ theo dõi phản ánh, kiến nghị: filter by status, unit, overdue, words or code.</summary>
public sealed class IndexModel(Services services) : StaffPage(services)
{
    [BindProperty(SupportsGet = true, Name = "trang-thai")]
    public string? Status { get; set; }

    [BindProperty(SupportsGet = true, Name = "don-vi")]
    public string? UnitFilter { get; set; }

    [BindProperty(SupportsGet = true, Name = "qua-han")]
    public bool Overdue { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Q { get; set; }

    public IReadOnlyList<FeedbackRow> Rows { get; private set; } = [];

    public static readonly IReadOnlyList<(string Code, string Name)> Statuses =
    [
        ("Received", "Đã tiếp nhận, chờ phân loại"), ("Accepted", "Thuộc thẩm quyền, chờ giao"), ("Assigned", "Đã giao đơn vị"), ("InProgress", "Đang xử lý"),
        ("AnswerDrafted", "Dự thảo chờ duyệt"), ("Approved", "Đã duyệt, chờ gửi"), ("Answered", "Đã trả lời"), ("Published", "Đã công khai"),
        ("Closed", "Đã kết thúc"), ("NotAccepted", "Không tiếp nhận"), ("Transferred", "Đã chuyển cơ quan có thẩm quyền"),
    ];

    /// <summary>A status in Vietnamese, for the history of a PAKN.</summary>
    public static string StatusName(string status) => Statuses.FirstOrDefault(s => s.Code == status).Name ?? status;

    /// <summary>How the PAKN reached the Board, in Vietnamese.</summary>
    public static string ChannelName(string channel) => channel switch
    {
        "Online" => "trực tuyến",
        "Post" => "bưu chính",
        "NationalPortal" => "Cổng Dịch vụ công quốc gia",
        "Phone" => "điện thoại",
        "Email" => "thư điện tử",
        "InPerson" => "trực tiếp",
        _ => channel,
    };

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var query = Query.Of(("status", Status), ("unit", UnitFilter), ("overdue", Overdue ? "true" : null), ("q", Q));
        var result = await Backend.GetAsync<List<FeedbackRow>>(ResourceNames.FeedbackService, "/api/feedback" + query, ct);
        if (result.Problem is { Status: 401 })
        {
            return Challenge();
        }

        Rows = result.Value ?? [];
        Problem = result.Problem;
        return Page();
    }
}
