using Microsoft.EntityFrameworkCore;
using VanPhong.Documents;
using VanPhong.Plans.Data;
using VanPhong.Plans.Model;

namespace VanPhong.Plans.OpenData;

/// <summary>
/// Open data: the progress of every issued plan, item by item — exactly what the public plan page shows (content,
/// units, timeframe, due date, status, percentage), never the narratives, evidence or internal notes.
/// </summary>
public static class ProgressDataset
{
    public static readonly IReadOnlyList<OpenDataColumn> Columns =
    [
        new("nam", "Năm kế hoạch"),
        new("so_quyet_dinh", "Số văn bản ban hành kế hoạch"),
        new("phan", "Phần"),
        new("ma_nhiem_vu", "Mã nhiệm vụ"),
        new("nhiem_vu_cha", "Thuộc nhiệm vụ"),
        new("la_nhom", "Là nhóm nhiệm vụ"),
        new("noi_dung", "Nội dung"),
        new("don_vi_chu_tri", "Đơn vị chủ trì"),
        new("thoi_gian", "Thời gian thực hiện"),
        new("ket_qua_du_kien", "Kết quả dự kiến"),
        new("han_hoan_thanh", "Hạn hoàn thành"),
        new("trang_thai", "Trạng thái"),
        new("phan_tram", "Tiến độ (%)"),
        new("ngay_hoan_thanh", "Ngày hoàn thành"),
    ];

    public static RouteGroupBuilder MapOpenData(this RouteGroupBuilder group)
    {
        group.MapGet("/open-data/progress.{format}", SendAsync).WithName("OpenDataPlanProgress")
            .WithSummary("Dữ liệu mở: tiến độ thực hiện kế hoạch kiểm soát TTHC (csv, json, xlsx); ?year= một năm");
        return group;
    }

    // IResult rather than a union: OpenDataResponses picks the file or the 404 for an unknown format.
    private static async Task<IResult> SendAsync(string format, int? year, HttpContext http, PlansDb db, TimeProvider clock, CancellationToken cancellationToken)
    {
        var plans = await db.Plans.AsNoTracking().Include(p => p.Items).Include(p => p.Sections).AsSplitQuery()
            .Where(p => p.Status != PlanStatus.Draft && (year == null || p.Year == year))
            .OrderBy(p => p.Year).ToListAsync(cancellationToken);
        var rows = plans.SelectMany(p => p.Sections.OrderBy(s => s.Order).SelectMany(s => p.Items.Where(i => i.SectionCode == s.Code).OrderBy(i => i.Order)
            .Select(i => (IReadOnlyList<object?>)[p.Year, p.DecisionNumber, $"{s.Code}. {s.Title}", i.Code, i.ParentCode, i.IsGroup, i.Content, i.LeadUnitsText,
                i.TimeframeText, i.ExpectedResult, i.DueOn, i.IsGroup ? null : i.Status.ToString(), i.IsGroup ? null : i.Percent, i.CompletedOn]))).ToList();
        var dataset = new OpenDataset(year is null ? "tien-do-ke-hoach-kiem-soat-tthc" : $"tien-do-ke-hoach-kiem-soat-tthc-{year}",
            year is null ? "Tiến độ thực hiện các kế hoạch kiểm soát TTHC" : $"Tiến độ thực hiện kế hoạch kiểm soát TTHC năm {year}",
            "Từng nhiệm vụ của kế hoạch kiểm soát thủ tục hành chính đã ban hành: đơn vị chủ trì, thời gian, trạng thái và tiến độ.",
            clock.GetUtcNow(), Columns, rows);
        return OpenDataResponses.Send(http, dataset, format);
    }
}
