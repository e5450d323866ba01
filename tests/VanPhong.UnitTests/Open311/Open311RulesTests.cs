using System.Text.Json.Nodes;
using VanPhong.Feedback.Open311;

namespace VanPhong.UnitTests.Open311;

/// <summary>The pure rules of the Open311 facade: w3 dates, the 90-day window, attribute checks, the XML mapping.</summary>
public sealed class Open311RulesTests
{
    private static readonly DateTimeOffset Now = new(2026, 8, 15, 9, 0, 0, TimeSpan.FromHours(7));

    [Theory]
    // GeoReport v2 §Date/time format: "Timezone information (either Z meaning UTC, or an HH:MM offset from UTC) must be included."
    [InlineData("2010-01-01T00:00:00Z", true)]
    [InlineData("2026-11-05T08:15:30-05:00", true)]
    [InlineData("2026-06-01T00:00+07:00", true)]
    [InlineData("2026-06-01T00:00:00", false)]
    [InlineData("2026-06-01", false)]
    [InlineData("2026-02-30T00:00:00Z", false)]
    [InlineData("01/06/2026", false)]
    // w3 dates, but outside the years the Board can have records for
    [InlineData("1994-11-05T08:15:30-05:00", false)]
    [InlineData("9999-12-31T00:00:00Z", false)]
    public void A_w3_datetime_needs_its_time_zone(string text, bool valid) =>
        Assert.Equal(valid, W3DateTime.Parse(text) is not null);

    [Fact]
    public void Without_dates_the_window_is_the_most_recent_ninety_days()
    {
        // GeoReport v2 §GET Service Requests: "When not specified, the range defaults to most recent 90 days."
        var (start, end, error) = Open311Lookup.Window(null, null, Now);
        Assert.Null(error);
        Assert.Equal((Now.UtcDateTime.AddDays(-90), Now.UtcDateTime), (start, end));
    }

    [Theory]
    [InlineData("2026-01-01T00:00:00Z", "2026-06-01T00:00:00Z")]
    [InlineData("2026-06-01T00:00:00Z", "2026-05-01T00:00:00Z")]
    [InlineData("hom-qua", null)]
    public void A_window_past_ninety_days_backwards_or_unreadable_is_refused(string start, string? end) =>
        Assert.NotNull(Open311Lookup.Window(start, end, Now).Error);

    [Fact]
    public void One_date_opens_ninety_days_from_it()
    {
        var (start, end, _) = Open311Lookup.Window("2026-04-25T00:00:00Z", null, Now);
        Assert.Equal(TimeSpan.FromDays(90), end - start);
    }

    [Fact]
    public void Attributes_are_checked_against_the_definition()
    {
        IReadOnlyDictionary<string, IReadOnlyList<string>> Given(params (string Code, string[] Values)[] answers) =>
            answers.ToDictionary(a => a.Code, a => (IReadOnlyList<string>)a.Values);

        var (answers, errors) = ServiceDefinitions.Check("implementation-difficulty",
            Given(("consent", ["true"]), ("submitter_address", ["12 Trần Phú"]), ("problems", ["delay", "harassment"]), ("waiting_working_days", ["12"])));
        Assert.Empty(errors);
        Assert.Equal("Vướng mắc: Chậm trễ, Gây phiền hà\nSố ngày làm việc đã chờ: 12", ServiceDefinitions.Supplement("implementation-difficulty", answers));

        (_, errors) = ServiceDefinitions.Check("treaty-conflict", Given(("consent", ["true", "true"]), ("kind", ["Complaint"]), ("colour", ["đỏ"])));
        Assert.Equal(5, errors.Count); // consent given twice, kind not listed, colour unknown, treaty and submitter_address missing
    }

    [Fact]
    public void The_xml_is_the_json_tree_with_singular_item_names()
    {
        // GeoReport v2 §JSON Support: "a programmatic mapping of the XML format using the Spark Convention".
        var xml = Open311Result.ToXml("services", new JsonArray(new JsonObject { ["service_code"] = "other", ["metadata"] = true, ["group"] = null }));
        Assert.Equal("<services><service><service_code>other</service_code><metadata>true</metadata><group /></service></services>", xml.ToString(System.Xml.Linq.SaveOptions.DisableFormatting));
    }
}
