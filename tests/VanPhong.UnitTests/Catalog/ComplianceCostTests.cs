using VanPhong.Catalog.Model;
using VanPhong.Catalog.Reviews;

namespace VanPhong.UnitTests.Catalog;

/// <summary>
/// The compliance cost formula against the worked examples of Đồng Nai QĐ 2816/QĐ-UBND (20/11/2025), annex part A:
/// "(10 ngày làm việc = 80 giờ x 40.000 đồng/giờ) x 10 hồ sơ/năm = 32.000.000 đồng/năm" and so on.
/// </summary>
public sealed class ComplianceCostTests
{
    private static readonly ComplianceCostOptions Options = new();

    private static CostInputs Days(double days, int dossiers = 10) => new(days, 0, 0, 0, 0, dossiers);

    [Theory]
    [InlineData(10, 9, 32_000_000, 28_800_000, 3_200_000, 10)]
    [InlineData(25, 23, 80_000_000, 73_600_000, 6_400_000, 8)]
    [InlineData(5, 3, 16_000_000, 9_600_000, 6_400_000, 40)]
    public void Matches_the_Dong_Nai_2025_worked_examples(double before, double after, long costBefore, long costAfter, long saving, double rate)
    {
        var result = ComplianceCost.Compare(Days(before), Days(after), Options);

        Assert.Equal(costBefore, result.Before.PerYear);
        Assert.Equal(costAfter, result.After.PerYear);
        Assert.Equal(saving, result.SavingPerYear);
        Assert.Equal(rate, result.SavingRate);
        Assert.Equal(before * 8, result.Before.Hours);
    }

    [Fact]
    public void Fees_other_costs_and_preparation_time_add_to_each_dossier()
    {
        var inputs = new CostInputs(ProcessingWorkingDays: 2, PreparationHours: 4, OtherHours: 1.5, FeesPerDossier: 150_000, OtherCostsPerDossier: 20_000, DossiersPerYear: 12);

        var result = ComplianceCost.Of(inputs, Options);

        Assert.Equal(21.5, result.Hours);
        Assert.Equal(21.5 * 40_000 + 150_000 + 20_000, result.PerDossier);
        Assert.Equal(result.PerDossier * 12, result.PerYear);
    }

    [Fact]
    public void Abolishing_the_procedure_saves_all_of_its_cost()
    {
        var result = ComplianceCost.Compare(Days(20, 4), after: null, Options);

        Assert.Equal(0, result.After.PerYear);
        Assert.Equal(result.Before.PerYear, result.SavingPerYear);
        Assert.Equal(100, result.SavingRate);
    }

    [Fact]
    public void The_rates_come_from_configuration()
    {
        var options = new ComplianceCostOptions { HoursPerWorkingDay = 7.5, HourlyIncome = 50_000 };

        Assert.Equal(10 * 7.5 * 50_000 * 10, ComplianceCost.Of(Days(10), options).PerYear);
    }

    [Fact]
    public void Negative_inputs_are_refused()
    {
        Assert.NotEmpty(ComplianceCost.Validate(new CostInputs(-1, 0, 0, 0, 0, 1), "before").ToDictionary());
        Assert.NotEmpty(ComplianceCost.Validate(new CostInputs(1, 0, 0, 0, 0, -1), "before").ToDictionary());
        Assert.NotEmpty(ComplianceCost.Validate(null, "before").ToDictionary());
        Assert.Empty(ComplianceCost.Validate(Days(1), "before").ToDictionary());
    }
}
