using VanPhong.Catalog.Model;
using VanPhong.ServiceDefaults;

namespace VanPhong.Catalog.Reviews;

/// <summary>
/// The valuation the provinces use (observed in Đồng Nai QĐ 2816/QĐ-UBND, 2025): a working day is 8 hours, an hour
/// is worth the average income per working hour (40.000 đồng, from the GSO's 2024 average income). The exact
/// divisor of TT 02/2017's annex was not verified, so both are configuration (Catalog:ComplianceCost).
/// </summary>
public sealed class ComplianceCostOptions
{
    public double HoursPerWorkingDay { get; set; } = 8;

    public long HourlyIncome { get; set; } = 40_000;

    public string Source { get; set; } = "01 giờ làm việc = 40.000 đồng theo bình quân thu nhập năm 2024 của Tổng cục Thống kê";
}

public sealed record CostComparison(CostResult Before, CostResult After, long SavingPerYear, double SavingRate);

/// <summary>Chi phí tuân thủ TTHC (TT 02/2017 Art. 27): per dossier = hours × hourly income + fees + other costs; per year × dossiers.</summary>
public static class ComplianceCost
{
    public static CostResult Of(CostInputs inputs, ComplianceCostOptions options)
    {
        var hours = inputs.ProcessingWorkingDays * options.HoursPerWorkingDay + inputs.PreparationHours + inputs.OtherHours;
        var perDossier = (long)Math.Round(hours * options.HourlyIncome, MidpointRounding.AwayFromZero) + inputs.FeesPerDossier + inputs.OtherCostsPerDossier;
        return new CostResult(hours, perDossier, perDossier * inputs.DossiersPerYear);
    }

    /// <summary>Before and after a simplification; abolishing the procedure ("after" = null) saves all of it.</summary>
    public static CostComparison Compare(CostInputs before, CostInputs? after, ComplianceCostOptions options)
    {
        var b = Of(before, options);
        var a = after is null ? new CostResult(0, 0, 0) : Of(after, options);
        var saving = b.PerYear - a.PerYear;
        return new CostComparison(b, a, saving, b.PerYear == 0 ? 0 : Math.Round(100.0 * saving / b.PerYear, 2));
    }

    public static ValidationErrors Validate(CostInputs? inputs, string field)
    {
        var errors = new ValidationErrors();
        if (inputs is null)
        {
            errors.Add(field, "Vui lòng nhập số liệu tính chi phí tuân thủ.");
            return errors;
        }

        if (inputs.ProcessingWorkingDays < 0 || inputs.PreparationHours < 0 || inputs.OtherHours < 0 || inputs.FeesPerDossier < 0 || inputs.OtherCostsPerDossier < 0)
        {
            errors.Add(field, "Thời gian và chi phí không được âm.");
        }

        if (inputs.DossiersPerYear < 0)
        {
            errors.Add($"{field}.dossiersPerYear", "Số hồ sơ/năm không được âm.");
        }

        return errors;
    }
}
