using Microsoft.EntityFrameworkCore;
using VanPhong.Reporting.Data;
using VanPhong.Reporting.Dossiers;
using VanPhong.Reporting.Periods;
using VanPhong.Reporting.Reports;
using VanPhong.Reporting.Units;

namespace VanPhong.Reporting.Evaluations;

/// <summary>The score of one indicator: points on average over the dossiers that carry it, or for the Board as a whole; null when it cannot be scored.</summary>
public sealed record IndicatorScore(int Number, string Name, double? Score, int Dossiers, string Basis);

/// <summary>The result of one group of dossiers (a procedure, a unit): the per-dossier indicators and their total.</summary>
public sealed record EvaluationGroup(string Key, string Name, int Resolved, int Evaluated, IReadOnlyList<IndicatorScore> Indicators, double Total, string StaffClass);

/// <summary>
/// Kết quả đánh giá việc giải quyết TTHC of a period (TT 01/2018 Art. 15): the Board's score per indicator, its total
/// and classification, the same per procedure and per handling unit, and the indicators that could not be scored.
/// Only figures: no dossier code, name or contact.
/// </summary>
public sealed record EvaluationResult(
    ReportPeriod Period, int Resolved, int Evaluated, IReadOnlyList<IndicatorScore> Board, double Total, string Classification,
    IReadOnlyList<EvaluationGroup> ByProcedure, IReadOnlyList<EvaluationGroup> ByUnit, IReadOnlyList<string> NotScored, string Method);

/// <summary>
/// Scores a period as Art. 15.2 sets: the score of a per-dossier indicator is the sum of its points over the
/// dossiers resolved in the period that were evaluated on it, divided by their number, rounded to one decimal (a
/// dossier without points for an indicator is left out of that indicator, as Art. 15.4b leaves out an indicator
/// without the information to score it). Indicators 5, 8, 9 are scored for the Board from the catalog, the PAKN and
/// the dossiers. The total is the sum of the indicators scored; the classification is that of Art. 15.3.
/// </summary>
public sealed class EvaluationResults(ReportingDb db)
{
    public const string Method =
        "Điểm mỗi chỉ số 1, 2, 3, 4, 6, 7 = tổng điểm của các hồ sơ trả kết quả trong kỳ được đánh giá theo chỉ số đó / số hồ sơ đó, làm tròn một chữ số thập phân "
        + "(Điều 15 khoản 2 Thông tư 01/2018/TT-VPCP). Chỉ số 5, 8, 9 chấm cho Ban quản lý từ danh mục TTHC, PAKN và hồ sơ của kỳ. "
        + "Tổng điểm = tổng các chỉ số chấm được; chỉ số chưa đủ thông tin không tính (Điều 15 khoản 4 điểm b). "
        + "Xếp loại cơ quan: từ 15 điểm xuất sắc, từ 12 tốt, từ 9 khá, từ 6 trung bình, dưới 6 yếu; "
        + "theo TTHC, đơn vị: tổng chỉ số 1, 2, 3, 4, 7 — từ 5 điểm hoàn thành 100% nhiệm vụ, từ 3,5 hoàn thành từ 70%, dưới 3,5 dưới 70% (Điều 15 khoản 3).";

    /// <param name="inForce">The catalog in force at the cut-off, when the caller (the periodic report) has it already.</param>
    /// <param name="answered">The PAKN answered in the period per unit, when the caller has it already.</param>
    public async Task<EvaluationResult> ComputeAsync(ReportPeriod period, CancellationToken ct, List<ProcedureAt>? inForce = null, List<FeedbackByUnit>? answered = null)
    {
        var (from, to) = (period.From, period.To);
        var resolved = await db.DossierRecords.AsNoTracking()
            .Where(r => r.Status == DossierStatus.Returned && r.ReturnedOn >= from && r.ReturnedOn <= to).ToListAsync(ct);
        var names = await db.Procedures.AsNoTracking().Select(p => new { p.Code, p.Name }).ToDictionaryAsync(p => p.Code, p => p.Name, ct);
        var units = new UnitDirectory(await db.Units.AsNoTracking().ToListAsync(ct));
        var board = PerDossier(resolved).ToList();
        var notScored = new List<string>();

        // 5: every procedure in force received and returned at the one-stop desk. Its 2 points (the desk itself
        // deciding at least 20 % of the procedures) is not in the Board's data.
        inForce ??= (await ReportSources.CatalogAsync(db, from, to, ct)).InForce;
        if (inForce.Count > 0)
        {
            var oneStop = inForce.Count(p => p.OneStop);
            board.Add(new IndicatorScore(5, Name(5), oneStop == inForce.Count ? 1 : 0, 0,
                $"{oneStop}/{inForce.Count} TTHC có hiệu lực tiếp nhận, trả kết quả tại Bộ phận Một cửa; mức 2 điểm (Bộ phận Một cửa thẩm định, phê duyệt ≥ 20% TTHC) không có trong dữ liệu nên không chấm."));
        }
        else
        {
            notScored.Add("Chỉ số 5: chưa có danh mục TTHC có hiệu lực trong kỳ.");
        }

        // 8: PAKN answered on time in the period. Whether any PAKN is protracted (kéo dài) is not recorded.
        answered ??= await ReportSources.AnsweredByUnitAsync(db, from, to, ct);
        var (count, onTime) = (answered.Sum(a => a.Count), answered.Sum(a => a.OnTimeOrOverdue));
        var feedbackRate = ReportSources.Percent(onTime, count);
        board.Add(new IndicatorScore(8, Name(8), count == 0 || feedbackRate >= 100 ? 2 : feedbackRate >= 90 ? 1 : 0, 0,
            count == 0 ? "Không có PAKN trả lời trong kỳ." : $"{onTime}/{count} PAKN trả lời đúng hạn ({feedbackRate}%); PAKN kéo dài không được ghi nhận riêng."));

        // 9: online services deployed, the online share of dossiers, and no online dossier late.
        var inPeriod = await DossierCounts.InPeriodAsync(db, from, to, ct);
        var total = DossierCounts.Count("", "", inPeriod, from, to, to);
        if (inForce.Count > 0 && total.Received > 0)
        {
            var onlineProcedures = ReportSources.Percent(inForce.Count(p => p.OnlineLevel is "Full" or "Partial"), inForce.Count) ?? 0;
            var online = DossierCounts.Count("", "", inPeriod.Where(r => r.Channel == DossierChannel.Online), from, to, to);
            var share = total.OnlineRate ?? 0;
            var clean = online.Late == 0 && online.PendingOverdue == 0;
            var points = onlineProcedures >= 20 && share >= 30 && clean ? 2 : onlineProcedures > 0 && share >= 15 && clean ? 1 : 0;
            board.Add(new IndicatorScore(9, Name(9), points, total.Received,
                $"{onlineProcedures}% TTHC cung cấp trực tuyến; {share}% hồ sơ nộp trực tuyến; {online.Late + online.PendingOverdue} hồ sơ trực tuyến quá hạn."));
        }
        else
        {
            notScored.Add("Chỉ số 9: chưa có hồ sơ từng hồ sơ hoặc danh mục TTHC của kỳ.");
        }

        foreach (var score in board.Where(s => s.Score is null))
        {
            notScored.Add($"Chỉ số {score.Number}: chưa có hồ sơ trả kết quả trong kỳ được đánh giá theo chỉ số này.");
        }

        var boardTotal = Math.Round(board.Sum(s => s.Score ?? 0), 1);
        return new EvaluationResult(period, resolved.Count, resolved.Count(r => r.Evaluation.Any), board.OrderBy(s => s.Number).ToList(), boardTotal, EvaluationRules.UnitClass(boardTotal),
            resolved.GroupBy(r => r.ProcedureCode).OrderBy(g => g.Key, StringComparer.Ordinal)
                .Select(g => Group(g.Key, names.GetValueOrDefault(g.Key) ?? names.GetValueOrDefault(g.Key.Length > 8 ? g.Key[..8] : g.Key) ?? g.Key, g.ToList())).ToList(),
            resolved.GroupBy(r => DossierCounts.UnitOf(r, units)).OrderBy(g => g.Key, StringComparer.Ordinal)
                .Select(g => Group(g.Key, g.Key == "" ? "Chưa xác định đơn vị" : units.NameOf(g.Key), g.ToList())).ToList(),
            notScored, Method);
    }

    private static EvaluationGroup Group(string key, string name, IReadOnlyList<DossierRecord> records)
    {
        var scores = PerDossier(records).ToList();
        var staffTotal = Math.Round(scores.Where(s => s.Number is 1 or 2 or 3 or 4 or 7).Sum(s => s.Score ?? 0), 1);
        return new EvaluationGroup(key, name, records.Count, records.Count(r => r.Evaluation.Any), scores, Math.Round(scores.Sum(s => s.Score ?? 0), 1), EvaluationRules.StaffClass(staffTotal));
    }

    private static IEnumerable<IndicatorScore> PerDossier(IReadOnlyList<DossierRecord> records) =>
        EvaluationRules.Indicators.Where(i => i.PerDossier).Select(i =>
        {
            var points = records.Select(r => r.Evaluation.Points().Single(p => p.Indicator == i.Number).Points).OfType<int>().ToList();
            return new IndicatorScore(i.Number, i.Name, points.Count == 0 ? null : Math.Round(points.Average(), 1, MidpointRounding.AwayFromZero), points.Count,
                points.Count == 0 ? "Chưa có hồ sơ được đánh giá" : $"{points.Sum()} điểm / {points.Count} hồ sơ được đánh giá");
        });

    private static string Name(int number) => EvaluationRules.Indicators.Single(i => i.Number == number).Name;
}
