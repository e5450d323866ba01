using System.Text.Json;
using VanPhong.Topology;

namespace VanPhong.Web.Backend;

/// <summary>The plan registry as the pages use it: the published plan and desk, the staff's plan, items, budget and the records behind the tasks.</summary>
public sealed class PlansClient(Services services) : ServiceClient(services, ResourceNames.PlansService)
{
    private const string Public = RoutePrefixes.PublicPlans;

    private const string Staff = RoutePrefixes.Plans;

    public Task<ApiResult<List<PublicPlanSummary>>> GetPublishedPlansAsync(CancellationToken ct) => GetAsync<List<PublicPlanSummary>>(Public, ct);

    public Task<ApiResult<PublicPlan>> GetPublishedPlanAsync(int year, CancellationToken ct) => GetAsync<PublicPlan>($"{Public}/{year}", ct);

    /// <summary>Who is at the one-stop desk now (plan III.5), as the public page shows them.</summary>
    public Task<ApiResult<List<PublicDeskMember>>> GetDeskMembersAsync(CancellationToken ct) => GetAsync<List<PublicDeskMember>>($"{Public}/one-stop-desk", ct);

    /// <summary>The plan of the year (issued), or the latest one.</summary>
    public async Task<PlanSummary?> GetCurrentPlanAsync(int year, CancellationToken ct)
    {
        var plans = (await GetAsync<List<PlanSummary>>(Staff, ct)).Value ?? [];
        return plans.Where(p => p.Status != "Draft").OrderByDescending(p => p.Year == year).ThenByDescending(p => p.Year).FirstOrDefault()
            ?? plans.OrderByDescending(p => p.Year).FirstOrDefault();
    }

    public Task<ApiResult<PlanDetail>> GetPlanAsync(Guid planId, CancellationToken ct) => GetAsync<PlanDetail>($"{Staff}/{planId}", ct);

    /// <param name="unit">Only the items of this unit (lead or coordinating); none for all.</param>
    public Task<ApiResult<List<ItemView>>> GetItemsAsync(Guid planId, string? unit, CancellationToken ct) =>
        GetAsync<List<ItemView>>($"{Staff}/{planId}/items" + Query.Of(("unit", unit)), ct);

    /// <summary>The items to urge: due soon or overdue, across units.</summary>
    public Task<ApiResult<List<UrgingRow>>> GetUrgingAsync(CancellationToken ct) => GetAsync<List<UrgingRow>>($"{Staff}/urging", ct);

    public Task<ApiResult<ItemView>> AddItemAsync(Guid planId, object item, CancellationToken ct) => PostAsync<ItemView>($"{Staff}/{planId}/items", item, ct);

    public Task<ApiResult<ItemDetail>> GetItemAsync(Guid itemId, CancellationToken ct) => GetAsync<ItemDetail>($"{Staff}/items/{itemId}", ct);

    public Task<ApiResult<JsonElement>> EditItemAsync(Guid itemId, object item, CancellationToken ct) => SendJsonAsync<JsonElement>(HttpMethod.Put, $"{Staff}/items/{itemId}", item, ct);

    public Task<ApiResult<JsonElement>> SetDueDateAsync(Guid itemId, object dueDate, CancellationToken ct) =>
        SendJsonAsync<JsonElement>(HttpMethod.Put, $"{Staff}/items/{itemId}/due-date", dueDate, ct);

    /// <summary>The item recorded as not carried out, with the reason.</summary>
    public Task<ApiResult<JsonElement>> CancelItemAsync(Guid itemId, object reason, CancellationToken ct) =>
        SendJsonAsync<JsonElement>(HttpMethod.Post, $"{Staff}/items/{itemId}/cancel", reason, ct);

    public Task<ApiResult<JsonElement>> ReportProgressAsync(Guid itemId, object report, CancellationToken ct) => PostAsync<JsonElement>($"{Staff}/items/{itemId}/progress", report, ct);

    public Task<(HttpResponseMessage? Response, ApiProblem? Problem)> DownloadEvidenceAsync(Guid itemId, Guid fileId, CancellationToken ct) =>
        DownloadAsync($"{Staff}/items/{itemId}/evidence/{fileId}", ct);

    public Task<ApiResult<PlanBudget>> GetBudgetAsync(Guid planId, CancellationToken ct) => GetAsync<PlanBudget>($"{Staff}/{planId}/budget", ct);

    /// <param name="seenVersion">The budget's version the person saw: a spending entered meanwhile by someone else is not overwritten.</param>
    public Task<ApiResult<PlanBudget>> RecordSpendingAsync(Guid planId, object spending, int? seenVersion, CancellationToken ct) =>
        SendJsonAsync<PlanBudget>(HttpMethod.Post, $"{Staff}/{planId}/spending", spending, ct, seenVersion);

    /// <summary>A plan from its spreadsheet (.xlsx) or its text, as a draft.</summary>
    public Task<ApiResult<JsonElement>> ImportPlanAsync(FileUpload file, CancellationToken ct)
    {
        var xlsx = file.FileName.EndsWith(".xlsx", StringComparison.OrdinalIgnoreCase);
        return UploadAsync<JsonElement>(xlsx ? $"{Staff}/import/xlsx" : $"{Staff}/import/text",
            xlsx ? file : file with { ContentType = "text/plain; charset=utf-8" }, ct);
    }

    /// <param name="resource">The records' collection under the plans' API ("impact-assessments", "inspections", …).</param>
    public Task<ApiResult<List<JsonElement>>> GetRecordsAsync(string resource, int? year, CancellationToken ct) =>
        GetAsync<List<JsonElement>>($"{Staff}/{resource}" + Query.Of(("year", year?.ToString(System.Globalization.CultureInfo.InvariantCulture))), ct);

    public Task<ApiResult<JsonElement>> AddRecordAsync(string resource, object record, CancellationToken ct) => PostAsync<JsonElement>($"{Staff}/{resource}", record, ct);

    public Task<ApiResult<JsonElement>> GetRecordAsync(string resource, Guid id, CancellationToken ct) => GetAsync<JsonElement>($"{Staff}/{resource}/{id}", ct);

    /// <param name="suffix">After the record's path: "" for the record itself, "/decision" for a linked group's answer.</param>
    public Task<ApiResult<JsonElement>> UpdateRecordAsync(string resource, Guid id, HttpMethod method, string suffix, object body, int seenVersion, CancellationToken ct) =>
        SendJsonAsync<JsonElement>(method, $"{Staff}/{resource}/{id}{suffix}", body, ct, seenVersion);
}
