using Microsoft.AspNetCore.Http.HttpResults;
using VanPhong.Calendar;
using VanPhong.Documents;
using VanPhong.ServiceDefaults;

namespace VanPhong.Reporting.OpenData;

/// <summary>The public statistics (the page /thong-ke draws them) and the same figures as open data, one row per figure.</summary>
public static class StatisticsApi
{
    public static readonly IReadOnlyList<OpenDataColumn> Columns =
    [
        new("nam", "Năm"),
        new("quy", "Quý"),
        new("tu_ngay", "Từ ngày"),
        new("den_ngay", "Đến ngày (ngày chốt số liệu)"),
        new("chinh_thuc", "Số liệu chính thức (báo cáo đã chốt)"),
        new("so_bao_cao", "Số báo cáo"),
        new("chi_so", "Mã chỉ số"),
        new("ten_chi_so", "Tên chỉ số"),
        new("gia_tri", "Giá trị"),
        new("don_vi_tinh", "Đơn vị tính"),
        new("tu_so", "Tử số"),
        new("mau_so", "Mẫu số"),
        new("chi_tieu_ke_hoach", "Chỉ tiêu kế hoạch (%)"),
        new("dat_chi_tieu", "Đạt chỉ tiêu"),
        new("du_lieu_mau", "Có dữ liệu mẫu"),
    ];

    public static RouteGroupBuilder MapPublicStatistics(this RouteGroupBuilder publicReports)
    {
        publicReports.MapGet("/statistics", GetAsync).WithName("PublicStatistics")
            .WithSummary("Thống kê công khai theo quý: phản ánh, kiến nghị; hồ sơ đúng hạn; chỉ tiêu kế hoạch").AllowAnonymous();
        publicReports.MapGet("/open-data/statistics.{format}", SendAsync).WithName("OpenDataStatistics")
            .WithSummary("Dữ liệu mở: thống kê theo quý (csv, json, xlsx); ?year=").AllowAnonymous();
        return publicReports;
    }

    private static async Task<Results<Ok<YearStatistics>, BadRequestProblem>> GetAsync(int? year, PublicStatistics statistics, TimeProvider clock, CancellationToken ct)
    {
        if (Year(year, clock) is not { } y)
        {
            return BadYear();
        }

        return TypedResults.Ok(await statistics.YearAsync(y, ct));
    }

    // IResult rather than a union: OpenDataResponses picks the file or the 404 for an unknown format.
    private static async Task<IResult> SendAsync(string format, int? year, HttpContext http, PublicStatistics statistics, TimeProvider clock, CancellationToken ct)
    {
        if (Year(year, clock) is not { } y)
        {
            return BadYear();
        }

        var figures = await statistics.YearAsync(y, ct);
        var rows = figures.Quarters.SelectMany(q => Rows(q).Select(r => (IReadOnlyList<object?>)
            [q.Year, q.Quarter, q.From, q.To, q.Official, q.DocumentNumber, r.Key, r.Name, r.Value, r.Unit, r.Numerator, r.Denominator, r.Target, r.Met, q.ContainsSampleData])).ToList();
        return OpenDataResponses.Send(http, new OpenDataset($"thong-ke-kiem-soat-tthc-{y}", $"Thống kê công tác kiểm soát TTHC theo quý, năm {y}",
            "Phản ánh, kiến nghị tiếp nhận, trả lời, đúng hạn; hồ sơ TTHC giải quyết đúng hạn; các chỉ tiêu của kế hoạch so với kết quả. "
            + "Quý có báo cáo đã chốt dùng số liệu của báo cáo đó; quý khác là số liệu tạm tính.", figures.DataAsOf, Columns, rows), format);
    }

    private sealed record Row(string Key, string Name, double? Value, string Unit, int? Numerator = null, int? Denominator = null, double? Target = null, bool? Met = null);

    private static IEnumerable<Row> Rows(QuarterStatistics q)
    {
        yield return new("pakn_tiep_nhan", "Phản ánh, kiến nghị tiếp nhận", q.Feedback.Received, "phản ánh, kiến nghị");
        yield return new("pakn_tra_loi", "Phản ánh, kiến nghị đã trả lời", q.Feedback.Answered, "phản ánh, kiến nghị");
        yield return new("pakn_tra_loi_dung_han", "Phản ánh, kiến nghị trả lời đúng hạn", q.Feedback.AnsweredOnTime, "phản ánh, kiến nghị");
        yield return new("pakn_cong_khai", "Phản ánh, kiến nghị đã công khai kết quả", q.Feedback.Published, "phản ánh, kiến nghị");
        yield return new("ho_so_giai_quyet", "Hồ sơ TTHC đã giải quyết", q.Dossiers.Resolved, "hồ sơ");
        yield return new("ho_so_dung_han", "Hồ sơ TTHC giải quyết đúng và trước hạn", q.Dossiers.OnTimeOrEarly, "hồ sơ");
        yield return new("ho_so_qua_han", "Hồ sơ TTHC giải quyết quá hạn", q.Dossiers.Late, "hồ sơ");
        yield return new("ty_le_ho_so_dung_han", "Tỷ lệ hồ sơ giải quyết đúng và trước hạn", q.Dossiers.OnTimeRate, "%", q.Dossiers.OnTimeOrEarly, q.Dossiers.Resolved);
        foreach (var k in q.Kpis)
        {
            yield return new("chi_tieu_" + k.Key, k.Name, k.Value, "%", k.Numerator, k.Denominator, k.Target, k.Met);
        }
    }

    private static int? Year(int? year, TimeProvider clock)
    {
        var today = VietnamTime.Today(clock);
        var asked = year ?? today.Year;
        return PublicStatistics.Serves(asked, today) ? asked : null;
    }

    private static BadRequestProblem BadYear() =>
        Problems.BadRequest("Năm chưa hợp lệ",
            detail: $"Thống kê công khai có cho năm hiện tại và {PublicStatistics.YearsBack} năm trước đó.");
}
