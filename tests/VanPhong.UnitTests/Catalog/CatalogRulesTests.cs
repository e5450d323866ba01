using VanPhong.Catalog.Decisions;
using VanPhong.Catalog.InternalProcedures;
using VanPhong.Catalog.Model;
using VanPhong.Catalog.Procedures;
using VanPhong.Catalog.Seed;

namespace VanPhong.UnitTests.Catalog;

public sealed class CatalogRulesTests
{
    private static ProcedureContent Investment => SampleCatalog.Procedures.Single(p => p.Code == "1.009645").Content;

    [Fact]
    public void The_diff_names_exactly_the_fields_that_changed()
    {
        var amended = Investment with { ProcessingDays = 30, Fees = [new Fee("Phí thẩm định", 500_000, null)] };

        var changes = ProcedureDiff.Compare(Investment, amended);

        Assert.Equal(["ProcessingDays", "Fees"], changes.Select(c => c.Field));
        Assert.Equal(35, changes[0].Before!.Value.GetInt32());
        Assert.Equal(30, changes[0].After!.Value.GetInt32());
        Assert.Equal("Thời hạn giải quyết (ngày)", changes[0].Label);
        Assert.Empty(ProcedureDiff.Compare(Investment, Investment with { }));
    }

    [Fact]
    public void A_field_that_becomes_empty_is_a_change_to_null()
    {
        var change = Assert.Single(ProcedureDiff.Compare(Investment with { Conditions = "Có dự án" }, Investment with { Conditions = null }));

        Assert.Equal("Conditions", change.Field);
        Assert.Null(change.After);
    }

    [Theory]
    [InlineData(15, true, 15)]
    [InlineData(35, false, 25)]
    [InlineData(30, false, 21)]
    public void The_legal_time_in_working_days(int days, bool workingDays, int expected) =>
        Assert.Equal(expected, ProcessingTimes.LegalWorkingDays(Investment with { ProcessingDays = days, WorkingDays = workingDays }));

    [Fact]
    public void The_sample_catalog_is_a_valid_economic_zone_catalog()
    {
        var procedures = SampleCatalog.Procedures;

        Assert.InRange(procedures.Count, 15, 25);
        Assert.Equal(procedures.Count, procedures.Select(p => p.Code).Distinct().Count());
        Assert.All(procedures, p => Assert.Empty(DecisionApplier.ValidateContent(p.Content).ToDictionary()));
        foreach (var sector in new[] { "Đầu tư tại Việt Nam", "Hoạt động xây dựng", "Môi trường", "Việc làm", "Thương mại" })
        {
            Assert.Contains(procedures, p => p.Content.Sector == sector);
        }

        Assert.Contains(procedures, p => p.Content.OnlineLevel == OnlineLevels.Full);
        Assert.Contains(procedures, p => p.Content.OnlineLevel == OnlineLevels.None);
        Assert.Contains(procedures, p => !p.Content.OneStop);
    }

    [Fact]
    public void Invalid_content_is_refused_field_by_field()
    {
        var errors = DecisionApplier.ValidateContent(Investment with { Name = " ", ProcessingDays = -1, OnlineLevel = "Level4", Dossier = [], LegalBases = [] });

        Assert.Equal(["name", "processingDays", "onlineLevel", "dossier", "legalBases"], errors.ToDictionary().Keys);
    }
}
