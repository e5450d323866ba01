using System.Text.Json;
using VanPhong.Catalog.English;
using VanPhong.Catalog.Model;
using VanPhong.Catalog.Seed;

namespace VanPhong.UnitTests.English;

public sealed class EnglishMergeTests
{
    private static ProcedureContent Permit => SampleCatalog.Procedures.Single(p => p.Code == "9.000008").Content;

    private static ProcedureEnglish Recorded(EnglishText text, int version) =>
        new() { Code = "9.000008", TranslatesVersion = version, Json = JsonSerializer.Serialize(text, CatalogJson.Options) };

    [Fact]
    public void The_office_s_English_replaces_each_field_it_gives_and_the_rest_stays_Vietnamese_and_named()
    {
        var english = new EnglishText(Name: "Construction permit for a building in the economic zone", Steps: ["Submit the dossier", null],
            Dossier: [null, "Drawings"], Result: "Construction permit");

        var merged = EnglishMerge.Merge(Permit, Recorded(english, 1), currentVersion: 1);

        Assert.Equal("Construction permit for a building in the economic zone", merged.Content.Name);
        Assert.Equal("Submit the dossier", merged.Content.Steps[0]);
        Assert.Equal(Permit.Steps[1], merged.Content.Steps[1]);
        Assert.Equal("Drawings", merged.Content.Dossier[1].Name);
        Assert.Equal("Construction", merged.Content.Sector);
        Assert.Contains("steps[1]", merged.Untranslated);
        Assert.Contains("dossier[0]", merged.Untranslated);
        Assert.Contains("applicants", merged.Untranslated);
        Assert.DoesNotContain("name", merged.Untranslated);
        Assert.DoesNotContain("result", merged.Untranslated);
        Assert.DoesNotContain("sector", merged.Untranslated);
        Assert.Equal(Permit.Fees.Sum(f => f.Amount), merged.Content.Fees.Sum(f => f.Amount));
        Assert.False(merged.Outdated);
    }

    [Fact]
    public void Without_English_everything_is_Vietnamese_and_listed()
    {
        var merged = EnglishMerge.Merge(Permit with { NameEn = null }, null, currentVersion: 1);

        Assert.Equal(Permit.Name, merged.Content.Name);
        Assert.Contains("name", merged.Untranslated);
        Assert.Contains("legalBases[0]", merged.Untranslated);
        Assert.Null(merged.TranslatesVersion);
    }

    [Fact]
    public void English_of_an_earlier_version_is_marked_possibly_out_of_date()
    {
        var merged = EnglishMerge.Merge(Permit, Recorded(new EnglishText(Name: "Permit"), 1), currentVersion: 2);

        Assert.True(merged.Outdated);
        Assert.Equal(1, merged.TranslatesVersion);
    }
}
