using Microsoft.AspNetCore.Mvc;
using VanPhong.Web.Backend;

namespace VanPhong.Web.Pages.Staff.Plan;

/// <summary>
/// Nhập kế hoạch: the office uploads a new year's plan, as the plan's own text (the appendix table as typed in the
/// decision, .txt) or as the plan workbook (.xlsx); the plan registry parses it into a draft and says what it could not read.
/// </summary>
[RequestFormLimits(MultipartBodyLengthLimit = 10 * 1024 * 1024)]
[RequestSizeLimit(10 * 1024 * 1024)]
public sealed class ImportModel(PlansClient plans) : StaffPage
{
    [BindProperty]
    public IFormFile? PlanFile { get; set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (PlanFile is not { Length: > 0 })
        {
            Problem = ApiProblem.Invalid("Chưa chọn tệp kế hoạch", "file", "Vui lòng chọn tệp .xlsx hoặc .txt của kế hoạch.");
            Response.StatusCode = 400;
            return Page();
        }

        var result = await plans.ImportPlanAsync(FileUpload.From(PlanFile), ct);
        return result.Ok
            ? Succeeded("Đã nhập kế hoạch (bản dự thảo). Kiểm tra các nhiệm vụ rồi ban hành.", "/nghiep-vu/ke-hoach")
            : await FailedAsync(result.Problem!, () => Task.CompletedTask);
    }
}
