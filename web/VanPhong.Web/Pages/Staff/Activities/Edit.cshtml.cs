using System.Text.Json;
using Microsoft.AspNetCore.Mvc;
using VanPhong.Web.Backend;

namespace VanPhong.Web.Pages.Staff.Activities;

/// <summary>
/// One record behind a plan task: staff read it, the office corrects it on the version it saw (the plan registry refuses
/// the correction if someone else changed it meanwhile) and, for a linked group proposal, records the province's answer.
/// </summary>
public sealed class EditModel(PlansClient plans) : StaffPage
{
    [FromRoute]
    public string Slug { get; set; } = "";

    [FromRoute]
    public Guid Id { get; set; }

    [BindProperty]
    public int SeenVersion { get; set; }

    public RecordKind Kind { get; private set; } = RecordKinds.All[0];

    public JsonElement? Record { get; private set; }

    public IFormCollection? Posted { get; private set; }

    public bool IsLinkedGroup => Kind.Kind == "LinkedGroup";

    public bool Decided => Record is { } r && r.TryGetProperty("status", out var s) && s.GetString() != "Proposed";

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (RecordKinds.BySlug(Slug) is not { } kind)
        {
            return NotFound();
        }

        Kind = kind;
        var problem = await LoadAsync(ct);
        return RecordPage(problem);
    }

    public Task<IActionResult> OnPostAsync(CancellationToken ct) =>
        SendAsync(HttpMethod.Put, "", form => RecordKinds.Body(Kind, form), "Đã cập nhật hồ sơ.", ct);

    public Task<IActionResult> OnPostDecisionAsync(CancellationToken ct) =>
        SendAsync(HttpMethod.Post, "/decision", form => new
        {
            accepted = form["accepted"].ToString() switch { "true" => true, "false" => (bool?)false, _ => null },
            decisionNumber = Blank(form["decisionNumber"]),
            decidedOn = Blank(form["decidedOn"]),
            note = Blank(form["note"]),
        }, "Đã ghi nhận ý kiến của tỉnh về đề xuất.", ct);

    /// <param name="suffix">After the record's path: "" for the record itself, "/decision" for a linked group's answer.</param>
    private async Task<IActionResult> SendAsync(HttpMethod method, string suffix, Func<IFormCollection, object> body, string done, CancellationToken ct)
    {
        if (RecordKinds.BySlug(Slug) is not { } kind)
        {
            return NotFound();
        }

        Kind = kind;
        Posted = Request.Form;
        var result = await plans.UpdateRecordAsync(Kind.Resource, Id, method, suffix, body(Request.Form), SeenVersion, ct);
        return result.Ok ? Succeeded(done) : await FailedAsync(result.Problem!, async () => await LoadAsync(ct));
    }

    private async Task<ApiProblem?> LoadAsync(CancellationToken ct)
    {
        var result = await plans.GetRecordAsync(Kind.Resource, Id, ct);
        Record = result.Ok ? result.Value : null;
        return result.Problem;
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
