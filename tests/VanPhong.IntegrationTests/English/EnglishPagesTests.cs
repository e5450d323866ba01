using System.Net;
using System.Net.Http.Json;
using VanPhong.IntegrationTests.Infrastructure;
using static VanPhong.IntegrationTests.Catalog.CatalogFixtures;
using VanPhong.Topology;

namespace VanPhong.IntegrationTests.English;

/// <summary>The English twins of the public pages, as HTML through the gateway (the browser tests check them with axe-core).</summary>
public sealed class EnglishPagesTests(PlatformFixture fixture) : IClassFixture<PlatformFixture>
{
    private readonly CancellationToken _ct = TestContext.Current.CancellationToken;

    private Platform P => fixture.Platform;

    [Fact]
    public async Task The_English_procedure_page_shows_the_office_s_English_and_marks_the_Vietnamese()
    {
        var code = await ProcedureAsync(P);
        var office = await P.ClientForAsync(TestUsers.Office);
        Assert.Equal(HttpStatusCode.OK, (await office.PutAsJsonAsync($"{RoutePrefixes.Procedures}/{code}/english",
            new { text = new { name = $"Test procedure {code}", applicants = "Foreign workers and their employers" } }, _ct)).StatusCode);

        var english = await P.Anonymous.GetStringAsync($"/en/thu-tuc/{code}", _ct);
        Assert.Contains("<html lang=\"en\">", english);
        Assert.Contains($"<h1>Test procedure {code}</h1>", english);
        Assert.Contains("Foreign workers and their employers", english);
        Assert.Contains("(Vietnamese — no English text yet)", english);
        Assert.Contains("<h2>Dossier</h2>", english);
        Assert.Contains($"href=\"/thu-tuc/{code}\"", english); // the switch to the Vietnamese twin
        Assert.Contains("href=\"/en/phan-anh/gui\"", english); // the navigation stays English

        var vietnamese = WebUtility.HtmlDecode(await P.Anonymous.GetStringAsync($"/thu-tuc/{code}", _ct)); // Razor writes Vietnamese letters as character references
        Assert.Contains("<html lang=\"vi\">", vietnamese);
        Assert.Contains($"Thủ tục thử {code}", vietnamese);
        Assert.DoesNotContain("no English text yet", vietnamese);
        Assert.Contains($"href=\"/en/thu-tuc/{code}\"", vietnamese);
    }

    [Fact]
    public async Task The_English_feedback_form_explains_the_decree_s_Vietnamese_requirement_in_English_labels()
    {
        var form = await P.Anonymous.GetStringAsync("/en/phan-anh/gui", _ct);

        Assert.Contains("Article 7.1(b) of Decree 20/2008/NĐ-CP", form);
        Assert.Contains("representative", form);
        Assert.Contains(">Full name <", form);
        Assert.Contains("I agree that the Van Phong Economic Zone Authority processes my personal data", form); // the notice from the service, in English
    }

    [Fact]
    public async Task A_page_not_yet_in_English_says_so_and_staff_pages_have_no_English_twin()
    {
        var plan = await P.Anonymous.GetStringAsync("/en/ke-hoach", _ct);
        Assert.Contains("This page is not yet available in English", plan);
        Assert.Contains("<main id=\"noi-dung\" class=\"wrap\" tabindex=\"-1\" lang=\"vi\">", plan);

        var list = await P.Anonymous.GetStringAsync("/en/thu-tuc?q=giay+phep+lao+dong", _ct);
        Assert.Contains("href=\"/en/thu-tuc/1.014199\"", list);
        Assert.Contains("procedures found", list);

        using var noRedirect = P.Gateway.CreateDefaultClient();
        var staff = await noRedirect.GetAsync("/en/nghiep-vu/thu-tuc", _ct);
        Assert.Equal(HttpStatusCode.Redirect, staff.StatusCode);
        Assert.Equal("/nghiep-vu/thu-tuc", staff.Headers.Location?.OriginalString);
    }
}
