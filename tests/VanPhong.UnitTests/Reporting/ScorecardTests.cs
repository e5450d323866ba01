using VanPhong.Reporting.Data;
using VanPhong.Reporting.Reports;
using VanPhong.Reporting.Scorecards;
using VanPhong.Reporting.Units;

namespace VanPhong.UnitTests.Reporting;

public sealed class ScorecardTests
{
    private static readonly DateOnly CutOff = new(2026, 6, 14);

    private static readonly UnitDirectory Units = new(
    [
        new UnitFact { Code = "VP", Name = "Văn phòng", Kind = "Office" },
        new UnitFact { Code = "QLDT", Name = "Phòng Quản lý Đầu tư", Kind = "Division" },
        new UnitFact { Code = "QHXD", Name = "Phòng Quy hoạch và Xây dựng", Kind = "Division" },
        new UnitFact { Code = "LDB", Name = "Lãnh đạo Ban", Kind = "Leadership" },
    ]);

    private static PlanItemFact Item(string units, int dueMonth, int? doneMonth = null, bool late = false) => new()
    {
        ItemId = Guid.NewGuid(), Code = "I.1", LeadUnits = units, DueOn = new DateOnly(2026, dueMonth, 10),
        CompletedOn = doneMonth is { } m ? new DateOnly(2026, m, 5) : null, CompletedLate = late, Status = doneMonth is null ? "InProgress" : late ? "CompletedLate" : "Completed",
    };

    [Fact]
    public void Plan_and_PAKN_parts_are_weighted_and_overdue_work_costs_points()
    {
        PlanItemFact[] items = [Item("QLDT", 4, 4), Item("QLDT", 6)]; // one on time, one overdue at the cut-off
        var card = UnitScorecard.Compute(Units, items, new Dictionary<string, (int, int)> { ["QLDT"] = (3, 2) }, new Dictionary<string, int> { ["QLDT"] = 1 }, CutOff,
            new ScorecardOptions { Weights = new ScorecardWeights { Plan = 60, Feedback = 40 } });

        var qldt = card.Units.Single(u => u.Unit == "QLDT");
        Assert.Equal(50, qldt.PlanRate);
        Assert.Equal(66.7, qldt.FeedbackRate);
        Assert.Equal(46.7, qldt.Score);
        Assert.Equal("Không hoàn thành nhiệm vụ", qldt.Rating);
    }

    [Fact]
    public void Groups_in_the_plan_reach_every_division_and_a_unit_without_work_is_not_scored()
    {
        var card = UnitScorecard.Compute(Units, [Item("@divisions", 5, 5)], new Dictionary<string, (int, int)>(), new Dictionary<string, int>(), CutOff, new ScorecardOptions());

        Assert.Equal(100, card.Units.Single(u => u.Unit == "QLDT").Score);
        Assert.Equal(100, card.Units.Single(u => u.Unit == "QHXD").Score);
        Assert.Equal("Hoàn thành xuất sắc nhiệm vụ", card.Units.Single(u => u.Unit == "QHXD").Rating);
        Assert.Null(card.Units.Single(u => u.Unit == "VP").Score);
        Assert.DoesNotContain(card.Units, u => u.Unit == "LDB");
    }

    [Fact]
    public void Dossiers_on_time_and_evaluations_count_with_their_configured_weights_and_the_method_says_them()
    {
        var options = new ScorecardOptions { Weights = new ScorecardWeights { Plan = 40, Feedback = 20, Dossiers = 25, Evaluations = 15 } };
        var dossiers = new Dictionary<string, UnitDossiers> { ["QLDT"] = new(Resolved: 4, OnTime: 3, Evaluated: 2, EvaluationRate: 80) };

        var card = UnitScorecard.Compute(Units, [Item("QLDT", 4, 4)], new Dictionary<string, (int, int)>(), new Dictionary<string, int>(), CutOff, options, dossiers);

        var qldt = card.Units.Single(u => u.Unit == "QLDT");
        Assert.Equal(75, qldt.DossierRate);
        // No PAKN: (100 × 40 + 75 × 25 + 80 × 15) / (40 + 25 + 15) = 88.4.
        Assert.Equal(88.4, qldt.Score);
        Assert.Contains("trọng số 25", card.Method);
        Assert.Contains("Reporting:Scorecard:Weights", card.Method);
    }

    [Theory]
    [InlineData(95, "Hoàn thành xuất sắc nhiệm vụ")]
    [InlineData(75, "Hoàn thành tốt nhiệm vụ")]
    [InlineData(50, "Hoàn thành nhiệm vụ")]
    [InlineData(49.9, "Không hoàn thành nhiệm vụ")]
    public void Bands(double score, string rating) => Assert.Equal(rating, UnitScorecard.Rating(score, new ScorecardOptions()));
}
