using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using VanPhong.Web.Backend;

namespace VanPhong.Web.Pages.Procedures;

public sealed class DetailModel(CatalogClient catalog) : PageModel
{
    public PublicProcedure? Procedure { get; private set; }

    public ApiProblem? Problem { get; private set; }

    public async Task OnGetAsync(string code, CancellationToken ct)
    {
        var result = await catalog.GetPublicProcedureAsync(code, ct);
        Procedure = result.Value;
        Problem = result.Problem;
        if (Problem is not null)
        {
            Response.StatusCode = Problem.Status;
        }
    }
}
