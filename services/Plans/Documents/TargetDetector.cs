using System.Globalization;
using System.Text.RegularExpressions;
using VanPhong.Contracts;

namespace VanPhong.Plans.Documents;

/// <summary>Finds the measurable targets a plan states in an item's expected result, in the plan's own words.</summary>
public static partial class TargetDetector
{
    public static IReadOnlyList<TargetDocument> Detect(string? expectedResult)
    {
        if (string.IsNullOrWhiteSpace(expectedResult))
        {
            return [];
        }

        var targets = new List<TargetDocument>();
        if (InternalProcedures().Match(expectedResult) is { Success: true } internalProcedures)
        {
            targets.Add(new(KpiMetrics.InternalProcedures, "TTHC có quy trình nội bộ", Percent(internalProcedures), "%"));
        }

        if (OnlineDossiers().Match(expectedResult) is { Success: true } online)
        {
            targets.Add(new(KpiMetrics.OnlineDossiers, "Hồ sơ thực hiện trực tuyến trên tổng số hồ sơ tiếp nhận", Percent(online), "%"));
        }

        if (OneStop().Match(expectedResult) is { Success: true } oneStop)
        {
            targets.Add(new(KpiMetrics.OneStopEligible, "TTHC (đủ điều kiện) được tiếp nhận và trả kết quả tại Bộ phận Một cửa", Percent(oneStop), "%"));
        }

        return targets;
    }

    private static double Percent(Match match) => double.Parse(match.Groups["value"].Value, CultureInfo.InvariantCulture);

    [GeneratedRegex(@"(?<value>\d{1,3})% TTHC phải có quy trình nội bộ", RegexOptions.IgnoreCase)]
    private static partial Regex InternalProcedures();

    [GeneratedRegex(@"tối thiểu (đạt )?(?<value>\d{1,3})% so với tổng số hồ sơ", RegexOptions.IgnoreCase)]
    private static partial Regex OnlineDossiers();

    [GeneratedRegex(@"(?<value>\d{1,3})% TTHC (đủ điều kiện )?được đưa vào tiếp nhận và (giải quyết|trả kết quả) tại Bộ phận Một cửa", RegexOptions.IgnoreCase)]
    private static partial Regex OneStop();
}
