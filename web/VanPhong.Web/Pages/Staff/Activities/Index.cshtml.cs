using System.Text.Json;
using Microsoft.AspNetCore.Mvc;
using VanPhong.Web.Backend;

namespace VanPhong.Web.Pages.Staff.Activities;

/// <summary>The records of one kind behind the plan's tasks: the list (every member of staff) and the office's form for a new one.</summary>
public sealed class IndexModel(PlansClient plans) : StaffPage
{
    [FromRoute]
    public string? Slug { get; set; }

    [FromQuery(Name = "nam")]
    public int? Year { get; set; }

    public RecordKind Kind { get; private set; } = RecordKinds.All[0];

    public IReadOnlyList<JsonElement> Records { get; private set; } = [];

    /// <summary>What the office typed, shown again when the service refused it.</summary>
    public IFormCollection? Posted { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!Resolve())
        {
            return NotFound();
        }

        var problem = await LoadAsync(ct);
        return PageOrSignIn(problem);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!Resolve())
        {
            return NotFound();
        }

        Posted = Request.Form;
        var result = await plans.AddRecordAsync(Kind.Resource, RecordKinds.Body(Kind, Request.Form), ct);
        return result.Ok ? Succeeded($"Đã ghi nhận: {Kind.Title}.") : await FailedAsync(result.Problem!, async () => await LoadAsync(ct));
    }

    private bool Resolve()
    {
        Kind = Slug is null ? RecordKinds.All[0] : RecordKinds.BySlug(Slug)!;
        return Kind is not null;
    }

    private async Task<ApiProblem?> LoadAsync(CancellationToken ct)
    {
        var result = await plans.GetRecordsAsync(Kind.Resource, Year, ct);
        Records = result.Value ?? [];
        Problem ??= result.Problem;
        return result.Problem;
    }
}
