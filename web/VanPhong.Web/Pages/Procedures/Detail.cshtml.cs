using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using VanPhong.Topology;
using VanPhong.Web.Backend;

namespace VanPhong.Web.Pages.Procedures;

public sealed class DetailModel(Services services) : PageModel
{
    public PublicProcedure? Procedure { get; private set; }

    public ApiProblem? Problem { get; private set; }

    public async Task OnGetAsync(string code, CancellationToken ct)
    {
        var result = await services.GetAsync<PublicProcedure>(ResourceNames.CatalogService, $"/public/procedures/{Uri.EscapeDataString(code)}", ct);
        Procedure = result.Value;
        Problem = result.Problem;
        if (Problem is not null)
        {
            Response.StatusCode = Problem.Status;
        }
    }
}
