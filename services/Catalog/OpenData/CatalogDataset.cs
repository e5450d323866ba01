using Microsoft.EntityFrameworkCore;
using VanPhong.Calendar;
using VanPhong.Catalog.Data;
using VanPhong.Catalog.Model;
using VanPhong.Documents;

namespace VanPhong.Catalog.OpenData;

/// <summary>
/// Open data: the procedure catalog with its history — one row per version every publication decision made, the one in
/// force today marked — so a reuser can follow each procedure from its first publication to its abolition.
/// </summary>
public static class CatalogDataset
{
    public static readonly IReadOnlyList<OpenDataColumn> Columns =
    [
        new("ma_thu_tuc", "Mã thủ tục"),
        new("phien_ban", "Phiên bản"),
        new("ten_thu_tuc", "Tên thủ tục"),
        new("linh_vuc", "Lĩnh vực"),
        new("noi_dung_cong_bo", "Nội dung công bố (New: ban hành mới, Amended: sửa đổi, Abolished: bãi bỏ)"),
        new("quyet_dinh_cong_bo", "Quyết định công bố"),
        new("hieu_luc_tu", "Hiệu lực từ ngày"),
        new("hieu_luc_den", "Hiệu lực đến ngày"),
        new("dang_hieu_luc", "Đang có hiệu lực"),
        new("muc_do_truc_tuyen", "Dịch vụ công trực tuyến (Full: toàn trình, Partial: một phần, None: không)"),
        new("mot_cua", "Tiếp nhận tại Bộ phận Một cửa"),
        new("buu_chinh", "Tiếp nhận, trả kết quả qua bưu chính"),
        new("thanh_toan_truc_tuyen", "Thanh toán trực tuyến"),
        new("thoi_han_ngay", "Thời hạn giải quyết (ngày)"),
        new("phi_le_phi_dong", "Tổng phí, lệ phí (đồng)"),
        new("phuong_an_don_gian_hoa", "Số phương án đơn giản hóa được phiên bản này thực hiện"),
        new("du_lieu_mau", "Dữ liệu mẫu (không phải danh mục chính thức)"),
    ];

    public static RouteGroupBuilder MapOpenData(this RouteGroupBuilder group)
    {
        group.MapGet("/open-data/procedures.{format}", SendAsync).WithName("OpenDataProcedures")
            .WithSummary("Dữ liệu mở: danh mục TTHC và các phiên bản công bố (csv, json, xlsx)");
        return group;
    }

    // IResult rather than a union: OpenDataResponses picks the file or the 404 for an unknown format, for every
    // service's open data alike.
    private static async Task<IResult> SendAsync(string format, HttpContext http, CatalogDb db, TimeProvider clock, CancellationToken cancellationToken)
    {
        var today = VietnamTime.Today(clock);
        var versions = await db.Versions.AsNoTracking().Include(v => v.Body).OrderBy(v => v.Code).ThenBy(v => v.Number).ToListAsync(cancellationToken);
        var carriedOut = (await db.Reviews.AsNoTracking().Where(r => r.CarriedOutByDecisionId != null).Select(r => new { r.ProcedureCode, r.CarriedOutVersion }).ToListAsync(cancellationToken))
            .GroupBy(r => (r.ProcedureCode, r.CarriedOutVersion)).ToDictionary(g => g.Key, g => g.Count());
        var rows = versions.Select(v =>
        {
            var content = v.Content;
            var inForce = v.Change != ChangeKind.Abolished && v.EffectiveFrom <= today && (v.EffectiveTo is null || v.EffectiveTo > today);
            return (IReadOnlyList<object?>)[v.Code, v.Number, v.Name, v.Sector, v.Change.ToString(), v.DecisionNumber, v.EffectiveFrom, v.EffectiveTo, inForce,
                v.OnlineLevel, v.OneStop, v.PostalService, v.OnlinePayment, v.ProcessingDays, content.Fees.Sum(f => f.Amount),
                carriedOut.GetValueOrDefault((v.Code, (int?)v.Number)), v.IsSample];
        }).ToList();
        var dataset = new OpenDataset("danh-muc-tthc", "Danh mục thủ tục hành chính thuộc thẩm quyền của Ban Quản lý và các phiên bản công bố",
            "Mỗi dòng là một phiên bản của một thủ tục do một quyết định công bố tạo ra (ban hành mới, sửa đổi, bãi bỏ).", clock.GetUtcNow(), Columns, rows);
        return OpenDataResponses.Send(http, dataset, format);
    }
}
