using Microsoft.AspNetCore.Mvc.RazorPages;
using VanPhong.Web.Backend;

namespace VanPhong.Web.Pages.Evaluations;

/// <summary>
/// Công khai kết quả đánh giá việc giải quyết TTHC (NĐ 61/2018 Art. 32.1, TT 01/2018 Art. 15.4b): the results of a
/// finished quarter by indicator, procedure and unit — figures only, nothing about any applicant.
/// </summary>
public sealed class IndexModel(ReportingClient reporting) : PageModel
{
    public EvaluationResultView? Result { get; private set; }

    public ApiProblem? Problem { get; private set; }

    public async Task OnGetAsync(int? year, int? quarter, CancellationToken ct)
    {
        var result = await reporting.GetEvaluationsAsync(year, quarter, ct);
        Result = result.Value;
        Problem = result.Problem;
        if (Problem is not null)
        {
            Response.StatusCode = Problem.Status;
        }
    }
}
