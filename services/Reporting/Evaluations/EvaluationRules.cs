using VanPhong.Reporting.Dossiers;

namespace VanPhong.Reporting.Evaluations;

/// <summary>One indicator of TT 01/2018 Art. 13: its number, name, how its points are set, and whether it is scored per dossier.</summary>
public sealed record Indicator(int Number, string Name, string Points, bool PerDossier, bool OnPaperForm);

/// <summary>
/// Chỉ số đánh giá việc giải quyết TTHC (TT 01/2018/TT-VPCP Art. 13–15): the nine indicators, each 0, 1 or 2 points.
/// Indicators 1, 2, 3, 4, 6, 7 are scored per dossier (Art. 14.1); 1, 3, 4, 7 are collected on the paper form or the
/// device at the desk, 2 and 6 through the online evaluation of the one-stop system (Art. 14.3). 5, 8, 9 are scored
/// for the one-stop desk and the agency as a whole.
/// </summary>
public static class EvaluationRules
{
    public static readonly IReadOnlyList<Indicator> Indicators =
    [
        new(1, "Tổng thời gian giải quyết so với thời gian quy định", "2: ngắn hơn; 1: bằng; 0: dài hơn quy định", true, true),
        new(2, "Thời gian thực hiện của từng cơ quan, đơn vị tham gia giải quyết", "2: ngắn hơn; 1: bằng; 0: dài hơn thời hạn", true, false),
        new(3, "Số lần phải liên hệ với nơi tiếp nhận để hoàn thiện hồ sơ", "2: không lần nào; 1: một lần; 0: hơn một lần", true, true),
        new(4, "Số cơ quan, đơn vị, tổ chức phải liên hệ để hoàn thiện hồ sơ", "2: không phải liên hệ; 1: chỉ Bộ phận Một cửa; 0: hơn một", true, true),
        new(5, "Tổ chức tiếp nhận, giải quyết, trả kết quả tại Bộ phận Một cửa", "1: 100% TTHC thuộc diện tiếp nhận, trả kết quả tại Bộ phận Một cửa; 0: dưới 100%", false, false),
        new(6, "Công khai thủ tục hành chính", "2: niêm yết và điện tử; 1: một trong hai; 0: không đầy đủ, kịp thời", true, false),
        new(7, "Thái độ của cán bộ, công chức, viên chức", "2: trả kết quả sớm và không có PAKN; 1: đúng hạn và không có PAKN; 0: có PAKN về thái độ", true, true),
        new(8, "Tiếp thu, giải trình phản ánh, kiến nghị", "2: không có hoặc 100% PAKN xử lý đúng hạn; 1: từ 90%; 0: dưới 90%", false, false),
        new(9, "Tiến độ và chất lượng cung cấp dịch vụ công trực tuyến", "2: ≥ 20% TTHC trực tuyến, ≥ 30% hồ sơ trực tuyến, không hồ sơ trực tuyến quá hạn; 1: ≥ 15%; 0: còn lại", false, false),
    ];

    /// <summary>The points indicator 1 must have for a dossier returned on <paramref name="returned"/> against its due day (Art. 13.1).</summary>
    public static int TimelinessPoints(DateOnly returned, DateOnly due) => returned < due ? 2 : returned == due ? 1 : 0;

    /// <summary>
    /// What is wrong with an evaluation of a dossier, in Vietnamese: points outside 0–2, an evaluation of a dossier
    /// whose result is not yet returned, indicator 1 that disagrees with the dossier's own dates, indicator 7 above
    /// what its timeliness allows (2 needs a result returned early, 1 on time).
    /// </summary>
    public static List<(int Indicator, string Message)> Check(DossierEvaluation e, DossierStatus status, DateOnly? returned, DateOnly due)
    {
        var problems = new List<(int, string)>();
        foreach (var (indicator, points) in e.Points())
        {
            if (points is not null and not (0 or 1 or 2))
            {
                problems.Add((indicator, $"Chỉ số {indicator}: điểm {points} không hợp lệ (0, 1 hoặc 2 theo Điều 13 Thông tư 01/2018/TT-VPCP)."));
            }
        }

        if (!e.Any || problems.Count > 0)
        {
            return problems;
        }

        if (status != DossierStatus.Returned || returned is null)
        {
            problems.Add((0, "Chỉ đánh giá hồ sơ đã trả kết quả (Chương III Thông tư 01/2018/TT-VPCP)."));
            return problems;
        }

        var timeliness = TimelinessPoints(returned.Value, due);
        if (e.Indicator1 is { } first && first != timeliness)
        {
            problems.Add((1, $"Chỉ số 1: hồ sơ trả kết quả ngày {returned:dd/MM/yyyy}, hẹn trả {due:dd/MM/yyyy} nên được {timeliness} điểm, không phải {first}."));
        }

        if (e.Indicator7 > timeliness)
        {
            problems.Add((7, $"Chỉ số 7: tối đa {timeliness} điểm vì hồ sơ trả kết quả {(timeliness == 1 ? "đúng hạn" : "quá hạn")} (Điều 13 khoản 7)."));
        }

        return problems;
    }

    /// <summary>Art. 15.3b: the classification of an agency or unit by its total points.</summary>
    public static string UnitClass(double total) => total switch
    {
        >= 15 => "Xuất sắc",
        >= 12 => "Tốt",
        >= 9 => "Khá",
        >= 6 => "Trung bình",
        _ => "Yếu",
    };

    /// <summary>Art. 15.3a: the classification of the staff handling the dossiers, by the total of indicators 1, 2, 3, 4, 7.</summary>
    public static string StaffClass(double total) => total switch
    {
        >= 5 => "Hoàn thành 100% nhiệm vụ",
        >= 3.5 => "Hoàn thành từ 70% đến dưới 100% nhiệm vụ",
        _ => "Hoàn thành dưới 70% nhiệm vụ",
    };
}
