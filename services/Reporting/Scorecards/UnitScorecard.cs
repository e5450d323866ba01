using VanPhong.Contracts;
using VanPhong.Reporting.Data;
using VanPhong.Reporting.Reports;
using VanPhong.Reporting.Units;

namespace VanPhong.Reporting.Scorecards;

/// <summary>A unit's dossiers of the period: resolved, of which early or on time; evaluated, and their points as a percentage of the maximum.</summary>
public sealed record UnitDossiers(int Resolved, int OnTime, int Evaluated, double? EvaluationRate);

/// <summary>
/// Bảng chấm điểm đơn vị — the basis for emulation and staff evaluation the plan asks for (part IV). The method is
/// printed with every scorecard so that nobody has to guess how a number came about.
/// </summary>
public static class UnitScorecard
{
    public static string Method(ScorecardOptions o)
    {
        var w = o.Weights;
        return $"Điểm = bình quân có trọng số của: tỷ lệ nhiệm vụ kế hoạch đã đến hạn (tính đến ngày chốt số liệu, hoặc đến hôm nay khi kỳ chưa kết thúc) hoàn thành đúng hạn (trọng số {w.Plan:0.#}); "
            + $"tỷ lệ phản ánh, kiến nghị do đơn vị chủ trì được trả lời đúng hạn trong kỳ (trọng số {w.Feedback:0.#}); "
            + $"tỷ lệ hồ sơ TTHC do đơn vị giải quyết trả kết quả trước hạn, đúng hạn trong kỳ (trọng số {w.Dossiers:0.#}); "
            + $"điểm đánh giá của tổ chức, cá nhân đối với hồ sơ của đơn vị (Điều 13 Thông tư 01/2018/TT-VPCP), tính theo phần trăm điểm tối đa (trọng số {w.Evaluations:0.#}). "
            + "Phần nào đơn vị không có trong kỳ thì không tính, các phần còn lại chia lại theo trọng số. "
            + $"Trừ {o.PenaltyPerOverdue:0.#} điểm cho mỗi nhiệm vụ hoặc phản ánh, kiến nghị quá hạn chưa xong tại ngày chốt số liệu; thấp nhất 0 điểm. "
            + $"Xếp loại tham khảo: từ {o.Excellent:0} điểm: Hoàn thành xuất sắc nhiệm vụ; từ {o.Good:0}: Hoàn thành tốt nhiệm vụ; từ {o.Pass:0}: Hoàn thành nhiệm vụ; "
            + "dưới đó: Không hoàn thành nhiệm vụ. Kết quả là căn cứ tham khảo cho thi đua, khen thưởng và đánh giá, xếp loại (Nghị định 90/2020/NĐ-CP), không thay thế việc đánh giá của cấp có thẩm quyền. "
            + "Trọng số đặt tại Reporting:Scorecard:Weights.";
    }

    /// <param name="items">The plan year's items.</param>
    /// <param name="answered">PAKN answered in the period, by lead unit: how many, how many on time.</param>
    /// <param name="overdueFeedback">PAKN overdue at the cut-off, by lead unit.</param>
    /// <param name="dossiers">The period's dossiers by handling unit (empty without per-dossier records).</param>
    public static Scorecard Compute(
        UnitDirectory units, IReadOnlyList<PlanItemFact> items, IReadOnlyDictionary<string, (int Answered, int OnTime)> answered, IReadOnlyDictionary<string, int> overdueFeedback,
        DateOnly to, ScorecardOptions o, IReadOnlyDictionary<string, UnitDossiers>? dossiers = null)
    {
        var scores = new List<UnitScore>();
        foreach (var unit in units.Active)
        {
            var mine = items.Where(i => i.Status != PlanItemStatuses.Cancelled && i.DueOn <= to && units.Resolve(i.LeadUnits).Contains(unit.Code)).ToList();
            var onTime = mine.Count(i => ReportSources.OnTime(i, to));
            var late = mine.Count(i => ReportSources.CompletedBy(i, to) && !ReportSources.OnTime(i, to));
            var overdue = mine.Count(i => ReportSources.OverdueAt(i, to));
            var (feedbackAnswered, feedbackOnTime) = answered.GetValueOrDefault(unit.Code);
            var feedbackOverdue = overdueFeedback.GetValueOrDefault(unit.Code);
            var handled = dossiers?.GetValueOrDefault(unit.Code) ?? new UnitDossiers(0, 0, 0, null);
            var planRate = ReportSources.Percent(onTime, mine.Count);
            var feedbackRate = ReportSources.Percent(feedbackOnTime, feedbackAnswered);
            var dossierRate = ReportSources.Percent(handled.OnTime, handled.Resolved);
            (double? Rate, double Weight)[] parts =
                [(planRate, o.Weights.Plan), (feedbackRate, o.Weights.Feedback), (dossierRate, o.Weights.Dossiers), (handled.EvaluationRate, o.Weights.Evaluations)];
            var present = parts.Where(p => p.Rate is not null && p.Weight > 0).ToList();
            double? score = present.Count == 0 ? null : present.Sum(p => p.Rate!.Value * p.Weight) / present.Sum(p => p.Weight);
            if (score is not null)
            {
                score = Math.Round(Math.Max(0, score.Value - o.PenaltyPerOverdue * (overdue + feedbackOverdue)), 1);
            }
            else if (overdue + feedbackOverdue > 0)
            {
                score = 0;
            }

            scores.Add(new UnitScore(unit.Code, unit.Name, mine.Count, onTime, late, overdue, feedbackAnswered, feedbackOnTime, feedbackOverdue,
                planRate, feedbackRate, score, Rating(score, o), handled.Resolved, handled.OnTime, dossierRate, handled.Evaluated, handled.EvaluationRate));
        }

        return new Scorecard(Method(o), scores);
    }

    public static string Rating(double? score, ScorecardOptions o) => score switch
    {
        null => "Chưa có nhiệm vụ đến hạn trong kỳ",
        >= 0 when score >= o.Excellent => "Hoàn thành xuất sắc nhiệm vụ",
        >= 0 when score >= o.Good => "Hoàn thành tốt nhiệm vụ",
        >= 0 when score >= o.Pass => "Hoàn thành nhiệm vụ",
        _ => "Không hoàn thành nhiệm vụ",
    };
}
