using VanPhong.Text;

namespace VanPhong.UnitTests.English;

public sealed class FormatsTests
{
    [Theory]
    [InlineData(Bilingual.Vietnamese, "1.234.567 đồng")]
    [InlineData(Bilingual.English, "VND 1,234,567")]
    public void Money_is_written_as_each_language_writes_it(string language, string expected) =>
        Assert.Equal(expected, Formats.Money(1_234_567, language));

    [Theory]
    [InlineData(Bilingual.Vietnamese, "01/12/2026")]
    [InlineData(Bilingual.English, "1 December 2026")]
    public void Dates_are_written_as_each_language_writes_them(string language, string expected) =>
        Assert.Equal(expected, Formats.Date(new DateOnly(2026, 12, 1), language));

    [Fact]
    public void Numbers_group_thousands_and_separate_decimals_the_other_way_round()
    {
        Assert.Equal("12.345,5", Formats.Number(12_345.5m, Bilingual.Vietnamese, 1));
        Assert.Equal("12,345.5", Formats.Number(12_345.5m, Bilingual.English, 1));
        Assert.Equal("0 đồng", Formats.Money(0, Bilingual.Vietnamese));
    }

    [Fact]
    public void A_moment_is_read_on_the_clock_in_Vietnam()
    {
        var utc = new DateTimeOffset(2026, 11, 30, 20, 5, 0, TimeSpan.Zero); // 03:05 on 1 December in Vietnam

        Assert.Equal("01/12/2026 03:05", Formats.DateTime(utc, Bilingual.Vietnamese));
        Assert.Equal("1 December 2026, 03:05", Formats.DateTime(utc, Bilingual.English));
    }

    [Theory]
    [InlineData(15, true, Bilingual.English, "15 working days")]
    [InlineData(1, false, Bilingual.English, "1 day")]
    [InlineData(5, true, Bilingual.Vietnamese, "05 ngày làm việc")]
    public void Processing_times_count_days_in_words(int days, bool working, string language, string expected) =>
        Assert.Equal(expected, Formats.Days(days, working, language));
}

public sealed class BilingualTests
{
    [Theory]
    [InlineData(null, null, "vi")]
    [InlineData(null, "en-US,en;q=0.9", "en")]
    [InlineData(null, "vi-VN,vi;q=0.9,en;q=0.8", "vi")]
    [InlineData(null, "fr-FR, en;q=0.5, vi;q=0.4", "en")]
    [InlineData(null, "de-DE,fr;q=0.8", "vi")]
    [InlineData(null, "en;q=0, vi;q=0.1", "vi")]
    [InlineData("en", "vi-VN", "en")]
    [InlineData("vi", "en", "vi")]
    [InlineData("xx", "en-GB", "en")]
    public void The_reader_s_language_comes_from_lang_then_Accept_Language_then_Vietnamese(string? lang, string? acceptLanguage, string expected) =>
        Assert.Equal(expected, Bilingual.Pick(lang, acceptLanguage));
}
