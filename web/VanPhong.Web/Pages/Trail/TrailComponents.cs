using Microsoft.AspNetCore.Mvc;
using VanPhong.Web.Backend;

namespace VanPhong.Web.Pages.Trail;

/// <summary>On a procedure's public page: its versions, and the simplification proposals each carried out.</summary>
public sealed class ProcedureHistoryViewComponent(CatalogClient catalog) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync(string code)
    {
        var history = await catalog.GetHistoryAsync(code, HttpContext.RequestAborted);
        return View("~/Pages/Trail/_ProcedureHistory.cshtml", history.Value);
    }
}

/// <summary>On the staff's case page: the procedure, proposal, plan item and decision the PAKN is linked to.</summary>
public sealed class FeedbackTrailViewComponent(FeedbackClient feedback) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync(Guid id)
    {
        var trail = await feedback.GetTrailAsync(id, HttpContext.RequestAborted);
        return View("~/Pages/Trail/_CaseTrail.cshtml", trail.Value);
    }
}
