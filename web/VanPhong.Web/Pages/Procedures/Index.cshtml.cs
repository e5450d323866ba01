using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using VanPhong.Web.Backend;

namespace VanPhong.Web.Pages.Procedures;

/// <summary>Tra cứu thủ tục hành chính: words with or without diacritics, or a code; sector, online level, one-stop desk.</summary>
public sealed class IndexModel(CatalogClient catalog) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Q { get; set; }

    [BindProperty(SupportsGet = true, Name = "linh-vuc")]
    public string? Sector { get; set; }

    [BindProperty(SupportsGet = true, Name = "truc-tuyen")]
    public string? OnlineLevel { get; set; }

    [BindProperty(SupportsGet = true, Name = "mot-cua")]
    public bool? OneStop { get; set; }

    [BindProperty(SupportsGet = true, Name = "trang")]
    public int PageNumber { get; set; } = 1;

    public SearchPage? Results { get; private set; }

    public IReadOnlyList<SectorCount> Sectors { get; private set; } = [];

    public ApiProblem? Problem { get; private set; }

    public static readonly IReadOnlyList<(string Code, string Name, string English)> OnlineLevels =
        [("Full", "Trực tuyến toàn trình", "Fully online"), ("Partial", "Trực tuyến một phần", "Partly online"), ("None", "Không trực tuyến", "Not online")];

    public async Task OnGetAsync(CancellationToken ct)
    {
        Sectors = (await catalog.GetSectorsAsync(ct)).Value ?? [];
        var result = await catalog.SearchAsync(Q, Sector, OnlineLevel, OneStop == true, Math.Max(1, PageNumber), ct);
        Results = result.Value;
        Problem = result.Problem;
    }

    public string Link(int page) =>
        Request.PathBase + "/thu-tuc" + Query.Of(("q", Q), ("linh-vuc", Sector), ("truc-tuyen", OnlineLevel), ("mot-cua", OneStop == true ? "true" : null), ("trang", page.ToString()));
}
