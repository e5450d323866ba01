using VanPhong.Reporting.Dossiers;
using VanPhong.Reporting.Evaluations;
using VanPhong.Reporting.Reports;

namespace VanPhong.Reporting.ServiceQuality;

/// <summary>One indicator of the 766 index: its formula, source, rate and points — or why the Board's data cannot compute it.</summary>
public sealed record IndexIndicator(string Code, string Name, string Formula, string Source, double MaxPoints, int? Numerator, int? Denominator, double? Rate, double? Points, string? NotComputable);

public sealed record IndexGroup(int Number, string Name, double MaxPoints, double? Points, double ComputableMax, IReadOnlyList<IndexIndicator> Indicators);

/// <summary>
/// Bộ chỉ số chỉ đạo, điều hành và đánh giá chất lượng phục vụ người dân, doanh nghiệp (QĐ 766/QĐ-TTg, 23/6/2022) as
/// far as the Board's own data reaches. <see cref="Points"/> adds up what could be computed, out of
/// <see cref="ComputableMax"/>; the official figure is the one the Cổng Dịch vụ công quốc gia publishes.
/// </summary>
public sealed record ServiceIndex(double MaxPoints, double Points, double ComputableMax, double? Percent, IReadOnlyList<IndexGroup> Groups, string Method);

/// <summary>
/// Computes the 766 index of a period. The six groups and their maxima (18, 20, 12, 10, 18, 22 — 100 points) are
/// those the national portal shows; the sub-indicators' official formulas and weights are not published in a text
/// we hold (DOMAIN-RESEARCH D.5), so each group's points are shared equally among the sub-indicators listed here and
/// an indicator earns its share × its rate. An indicator the Board's data cannot compute earns nothing and is listed
/// with the reason — never estimated.
/// </summary>
public static class ServiceIndex766
{
    public const string Method =
        "Sáu nhóm chỉ số và điểm tối đa theo Bộ chỉ số 766 trên Cổng Dịch vụ công quốc gia (công khai, minh bạch 18; tiến độ giải quyết 20; dịch vụ công trực tuyến 12; "
        + "thanh toán trực tuyến 10; mức độ hài lòng 18; số hóa hồ sơ 22). Công thức, trọng số chính thức của từng chỉ số thành phần chưa được công bố trong văn bản Ban có: "
        + "điểm của nhóm chia đều cho các chỉ số thành phần nêu dưới đây, mỗi chỉ số được phần điểm của mình × tỷ lệ đạt. "
        + "Chỉ số không tính được từ dữ liệu của Ban không được điểm và được ghi rõ lý do; số liệu chính thức là số liệu Cổng Dịch vụ công quốc gia công bố.";

    public static ServiceIndex Compute(ReportContent report, EvaluationResult? evaluations)
    {
        var d = report.Dossiers;
        var records = d.Records;
        var catalog = report.Catalog;
        var noRecords = "Chưa có hồ sơ từng hồ sơ (tệp xuất của Hệ thống thông tin giải quyết TTHC) cho kỳ này.";
        var feedback = report.Feedback;

        IndexIndicator Rate(string code, string name, string formula, string source, double max, int num, int den, string? unavailable = null) =>
            unavailable is not null ? new(code, name, formula, source, max, null, null, null, null, unavailable)
            : den == 0 ? new(code, name, formula, source, max, num, den, null, null, "Không có đối tượng để tính trong kỳ (mẫu số bằng 0).")
            : new(code, name, formula, source, max, num, den, ReportSources.Percent(num, den), Math.Round(max * num / den, 2), null);

        IndexIndicator Missing(string code, string name, string formula, double max, string why) => new(code, name, formula, "—", max, null, null, null, null, why);

        var groups = new List<IndexGroup>
        {
            Group(1, "Công khai, minh bạch", 18,
            [
                (m) => Missing("1.1", "TTHC được công bố, công khai đúng hạn", "TTHC công bố đúng hạn / TTHC phải công bố trong kỳ", m,
                    "Hạn công bố của từng TTHC (từ ngày văn bản quy định có hiệu lực) không có trong dữ liệu của Ban."),
                (m) => evaluations?.Board.FirstOrDefault(s => s.Number == 6) is { Score: { } score } six
                    ? new IndexIndicator("1.2", "Đánh giá công khai TTHC (chỉ số 6, TT 01/2018)", "Điểm bình quân chỉ số 6 / 2", "Đánh giá của tổ chức, cá nhân", m, null, six.Dossiers, Math.Round(score * 50, 1), Math.Round(m * score / 2, 2), null)
                    : Missing("1.2", "Đánh giá công khai TTHC (chỉ số 6, TT 01/2018)", "Điểm bình quân chỉ số 6 / 2", m, "Chưa có hồ sơ được đánh giá chỉ số 6 trong kỳ."),
                (m) => Missing("1.3", "Hồ sơ được đồng bộ lên Cổng Dịch vụ công quốc gia", "Hồ sơ đồng bộ / hồ sơ tiếp nhận", m, "Trạng thái đồng bộ với Cổng Dịch vụ công quốc gia không có trong dữ liệu của Ban."),
                (m) => Missing("1.4", "Công khai tiến độ xử lý hồ sơ", "Hồ sơ công khai tiến độ / hồ sơ tiếp nhận", m, "Việc công khai tiến độ từng hồ sơ do hệ thống của tỉnh thực hiện, không có trong dữ liệu của Ban."),
            ]),
            Group(2, "Tiến độ giải quyết", 20,
            [
                (m) => Rate("2.1", "Hồ sơ giải quyết trước và đúng hạn", "Hồ sơ trả kết quả trước hạn, đúng hạn trong kỳ / hồ sơ trả kết quả trong kỳ", "Hồ sơ TTHC (tệp xuất)",
                    m, d.Total.Early + d.Total.OnTime, d.Total.ResolvedTotal, d.Source == DossierSources.None ? noRecords : null),
                (m) => Rate("2.2", "Hồ sơ đang giải quyết còn trong hạn", "Hồ sơ đang giải quyết trong hạn tại ngày chốt / hồ sơ đang giải quyết", "Hồ sơ TTHC (tệp xuất)",
                    m, d.Total.PendingWithin, d.Total.PendingTotal, d.Source == DossierSources.None ? noRecords : null),
            ]),
            Group(3, "Dịch vụ công trực tuyến", 12,
            [
                (m) => Rate("3.1", "TTHC cung cấp dịch vụ công trực tuyến toàn trình", "TTHC có hiệu lực trực tuyến toàn trình / TTHC có hiệu lực", "Danh mục TTHC", m, catalog.OnlineFull, catalog.InForce),
                (m) => Rate("3.2", "Hồ sơ nộp trực tuyến", "Hồ sơ tiếp nhận trực tuyến / hồ sơ tiếp nhận trong kỳ", "Hồ sơ TTHC",
                    m, d.Total.Online, d.Total.Online + d.Total.Direct + d.Total.Postal, d.Source == DossierSources.None ? noRecords : null),
            ]),
            Group(4, "Thanh toán trực tuyến", 10,
            [
                (m) => Missing("4.1", "Hồ sơ thanh toán phí, lệ phí trực tuyến", "Hồ sơ thanh toán trực tuyến / hồ sơ phải nộp phí, lệ phí", m,
                    "Tệp xuất cho biết hồ sơ đã thanh toán trực tuyến nhưng không cho biết hồ sơ nào phải nộp phí, lệ phí: thiếu mẫu số."),
            ]),
            Group(5, "Mức độ hài lòng", 18,
            [
                (m) => evaluations is { Evaluated: > 0 } e
                    ? new IndexIndicator("5.1", "Mức độ hài lòng theo đánh giá của tổ chức, cá nhân", "Điểm bình quân các chỉ số 1, 2, 3, 4, 6, 7 được chấm / 2", "Đánh giá việc giải quyết TTHC (TT 01/2018)",
                        m, null, e.Evaluated, Satisfaction(e) is { } s ? Math.Round(s * 100, 1) : null, Satisfaction(e) is { } t ? Math.Round(m * t, 2) : null, null)
                    : Missing("5.1", "Mức độ hài lòng theo đánh giá của tổ chức, cá nhân", "Điểm bình quân các chỉ số được chấm / 2", m, "Chưa có hồ sơ được đánh giá trong kỳ."),
                (m) => Rate("5.2", "PAKN về giải quyết TTHC được xử lý đúng hạn", "PAKN trả lời đúng hạn / PAKN trả lời trong kỳ", "Phản ánh, kiến nghị", m, feedback.AnsweredOnTime, feedback.Answered),
            ]),
            Group(6, "Số hóa hồ sơ", 22,
            [
                (m) => Rate("6.1", "Hồ sơ được số hóa", "Hồ sơ được số hóa / (hồ sơ tiếp nhận trong kỳ + từ kỳ trước)", "Hồ sơ TTHC",
                    m, d.Total.DigitisedDossiers, d.Total.Online + d.Total.Direct + d.Total.Postal + d.Total.CarriedOver, d.Source == DossierSources.None ? noRecords : null),
                (m) => d.Source == DossierSources.Aggregate
                    ? Rate("6.2", "Kết quả giải quyết được số hóa", "Kết quả được số hóa / hồ sơ đã giải quyết", "Số liệu tổng hợp", m, d.Total.DigitisedResults, d.Total.ResolvedTotal)
                    : Missing("6.2", "Kết quả giải quyết được số hóa", "Kết quả được số hóa / hồ sơ đã giải quyết", m, "Tệp xuất từng hồ sơ không cho biết kết quả đã được số hóa chưa."),
                (m) => Missing("6.3", "Tái sử dụng dữ liệu số hóa", "Hồ sơ sử dụng lại dữ liệu đã số hóa / hồ sơ tiếp nhận", m, "Việc khai thác, sử dụng lại dữ liệu số hóa không có trong dữ liệu của Ban."),
            ]),
        };
        var points = Math.Round(groups.Sum(g => g.Points ?? 0), 2);
        var computable = groups.Sum(g => g.ComputableMax);
        return new ServiceIndex(100, points, computable, computable == 0 ? null : Math.Round(100 * points / computable, 1), groups, Method);
    }

    private static double? Satisfaction(EvaluationResult e)
    {
        var scored = e.Board.Where(s => s.Number is 1 or 2 or 3 or 4 or 6 or 7 && s.Score is not null).ToList();
        return scored.Count == 0 ? null : scored.Average(s => s.Score!.Value) / 2;
    }

    private static IndexGroup Group(int number, string name, double max, IReadOnlyList<Func<double, IndexIndicator>> indicators)
    {
        var share = Math.Round(max / indicators.Count, 2);
        var computed = indicators.Select(i => i(share)).ToList();
        var points = computed.Where(i => i.Points is not null).Select(i => i.Points!.Value).ToList();
        return new IndexGroup(number, name, max, points.Count == 0 ? null : Math.Round(points.Sum(), 2), computed.Where(i => i.Points is not null).Sum(i => i.MaxPoints), computed);
    }
}
