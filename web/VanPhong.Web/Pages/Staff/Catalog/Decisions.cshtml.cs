using Microsoft.AspNetCore.Mvc;
using VanPhong.Web.Backend;

namespace VanPhong.Web.Pages.Staff.Catalog;

/// <summary>
/// Quyết định công bố: the decisions recorded (drafts, with what they add, amend and abolish) and applied. The office
/// applies a draft here, or uploads the province's decision document to have it read into a draft (checked on its own page).
/// </summary>
[RequestFormLimits(MultipartBodyLengthLimit = 10 * 1024 * 1024)]
[RequestSizeLimit(10 * 1024 * 1024)]
public sealed class DecisionsModel(CatalogClient catalog) : StaffPage
{
    public IReadOnlyList<DecisionView> Decisions { get; private set; } = [];

    [BindProperty]
    public IFormFile? DecisionFile { get; set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var problem = await LoadAsync(ct);
        return PageOrSignIn(problem);
    }

    public async Task<IActionResult> OnPostApplyAsync(Guid id, CancellationToken ct)
    {
        var result = await catalog.ApplyDecisionAsync(id, ct);
        return result.Ok ? Succeeded($"Đã áp dụng quyết định {result.Value!.Number} vào danh mục.") : await FailedAsync(result.Problem!, async () => await LoadAsync(ct));
    }

    public async Task<IActionResult> OnPostReadAsync(CancellationToken ct)
    {
        if (DecisionFile is not { Length: > 0 })
        {
            Problem = ApiProblem.Invalid("Chưa chọn tệp quyết định", "file", "Vui lòng chọn tệp .docx, .pdf, .txt hoặc .md của quyết định.");
            Response.StatusCode = 400;
            await LoadAsync(ct);
            return Page();
        }

        var result = await catalog.ReadDecisionAsync(FileUpload.From(DecisionFile), ct);
        return result.Ok
            ? Succeeded($"Đã đọc quyết định {result.Value!.Number}: kiểm tra {result.Value.OpenFlags} cảnh báo rồi áp dụng.", $"/nghiep-vu/thu-tuc/quyet-dinh/{result.Value.Id}")
            : await FailedAsync(result.Problem!, async () => await LoadAsync(ct));
    }

    private async Task<ApiProblem?> LoadAsync(CancellationToken ct)
    {
        var result = await catalog.GetDecisionsAsync(ct);
        Decisions = result.Value ?? [];
        Problem ??= result.Problem;
        return result.Problem;
    }
}
