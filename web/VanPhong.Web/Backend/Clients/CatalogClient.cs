using System.Globalization;
using System.Text.Json;
using VanPhong.Topology;

namespace VanPhong.Web.Backend;

/// <summary>
/// The procedure catalog as the pages use it: the public search and procedure pages, and the staff's catalog —
/// publication decisions, internal procedures, reviews and their compliance cost, the English text.
/// </summary>
public sealed class CatalogClient(Services services) : ServiceClient(services, ResourceNames.CatalogService)
{
    private const string Public = RoutePrefixes.PublicProcedures;

    private const string Staff = RoutePrefixes.Procedures;

    public Task<ApiResult<SearchPage>> SearchAsync(string? q, string? sector, string? onlineLevel, bool oneStop, int page, CancellationToken ct) =>
        GetAsync<SearchPage>(Public + Query.Of(("q", q), ("sector", sector), ("onlineLevel", onlineLevel), ("oneStop", oneStop ? "true" : null),
            ("page", page.ToString(CultureInfo.InvariantCulture))), ct);

    public Task<ApiResult<List<SectorCount>>> GetSectorsAsync(CancellationToken ct) => GetAsync<List<SectorCount>>($"{Public}/sectors", ct);

    public Task<ApiResult<PublicProcedure>> GetPublicProcedureAsync(string code, CancellationToken ct) => GetAsync<PublicProcedure>($"{Public}/{Segment(code)}", ct);

    /// <summary>A procedure's versions, and the simplification proposals each carried out.</summary>
    public Task<ApiResult<ProcedureHistory>> GetHistoryAsync(string code, CancellationToken ct) => GetAsync<ProcedureHistory>($"{Public}/{Segment(code)}/history", ct);

    public Task<ApiResult<List<ProcedureRow>>> GetProceduresAsync(string? q, CancellationToken ct) => GetAsync<List<ProcedureRow>>(Staff + Query.Of(("q", q)), ct);

    public Task<ApiResult<ProcedureStaffView>> GetProcedureAsync(string code, CancellationToken ct) => GetAsync<ProcedureStaffView>($"{Staff}/{Segment(code)}", ct);

    /// <summary>What changed between two versions of a procedure, field by field.</summary>
    public Task<ApiResult<DiffView>> GetDiffAsync(string code, int from, int to, CancellationToken ct) =>
        GetAsync<DiffView>($"{Staff}/{Segment(code)}/diff?from={from}&to={to}", ct);

    public Task<ApiResult<JsonElement>> SetHandlingUnitAsync(string code, string? unitCode, CancellationToken ct) =>
        SendJsonAsync<JsonElement>(HttpMethod.Put, $"{Staff}/{Segment(code)}/handling-unit", new { unitCode }, ct);

    public Task<ApiResult<List<InternalProcedureRow>>> GetInternalProceduresAsync(CancellationToken ct) => GetAsync<List<InternalProcedureRow>>($"{Staff}/internal-procedures", ct);

    /// <summary>The same list, with each internal procedure's steps.</summary>
    public Task<ApiResult<List<InternalProcedureDetail>>> GetInternalProcedureDetailsAsync(CancellationToken ct) =>
        GetAsync<List<InternalProcedureDetail>>($"{Staff}/internal-procedures", ct);

    public Task<ApiResult<InternalProcedureDetail>> SaveInternalStepsAsync(string code, object steps, CancellationToken ct) =>
        SendJsonAsync<InternalProcedureDetail>(HttpMethod.Put, $"{Staff}/{Segment(code)}/internal-procedure", steps, ct);

    /// <param name="step">The step of the internal procedure as the API names it ("submit", "approve", "electronic-updated").</param>
    public Task<ApiResult<T>> TakeInternalProcedureStepAsync<T>(string code, string step, object body, CancellationToken ct) =>
        PostAsync<T>($"{Staff}/{Segment(code)}/internal-procedure/{step}", body, ct);

    public Task<ApiResult<EnglishRecord>> GetEnglishAsync(string code, CancellationToken ct) => GetAsync<EnglishRecord>($"{Staff}/{Segment(code)}/english", ct);

    public Task<ApiResult<EnglishRecord>> SaveEnglishAsync(string code, object english, CancellationToken ct) =>
        SendJsonAsync<EnglishRecord>(HttpMethod.Put, $"{Staff}/{Segment(code)}/english", english, ct);

    public Task<ApiResult<List<DecisionView>>> GetDecisionsAsync(CancellationToken ct) => GetAsync<List<DecisionView>>($"{Staff}/decisions", ct);

    public Task<ApiResult<DecisionDraft>> GetDecisionAsync(Guid id, CancellationToken ct) => GetAsync<DecisionDraft>($"{Staff}/decisions/{id}", ct);

    /// <summary>A publication decision typed in by the office, kept as a draft.</summary>
    public Task<ApiResult<DecisionView>> RecordDecisionAsync(object decision, CancellationToken ct) => PostAsync<DecisionView>($"{Staff}/decisions", decision, ct);

    /// <summary>A publication decision read from its document (.docx, .pdf, .txt, .md), kept as a draft with what could not be read.</summary>
    public Task<ApiResult<DecisionView>> ReadDecisionAsync(FileUpload file, CancellationToken ct) =>
        UploadAsync<DecisionView>($"{Staff}/decisions/read" + Query.Of(("fileName", file.FileName)), file with { ContentType = "application/octet-stream" }, ct);

    public Task<ApiResult<DecisionDraft>> SaveDecisionAsync(Guid id, object decision, CancellationToken ct) =>
        SendJsonAsync<DecisionDraft>(HttpMethod.Put, $"{Staff}/decisions/{id}", decision, ct);

    /// <summary>The decision's changes applied to the catalog.</summary>
    public Task<ApiResult<DecisionView>> ApplyDecisionAsync(Guid id, CancellationToken ct) => PostAsync<DecisionView>($"{Staff}/decisions/{id}/apply", null, ct);

    public Task<ApiResult<CostView>> ComputeComplianceCostAsync(object inputs, CancellationToken ct) => PostAsync<CostView>($"{Staff}/compliance-cost", inputs, ct);

    public Task<ApiResult<List<ReviewRow>>> GetReviewsAsync(CancellationToken ct) => GetAsync<List<ReviewRow>>($"{Staff}/reviews", ct);

    /// <summary>The same list, each review whole (with the decision that carried it out).</summary>
    public Task<ApiResult<List<ReviewDetail>>> GetReviewDetailsAsync(CancellationToken ct) => GetAsync<List<ReviewDetail>>($"{Staff}/reviews", ct);

    public Task<ApiResult<ReviewDetail>> GetReviewAsync(Guid id, CancellationToken ct) => GetAsync<ReviewDetail>($"{Staff}/reviews/{id}", ct);

    public Task<ApiResult<ReviewDetail>> StartReviewAsync(string code, object review, CancellationToken ct) => PostAsync<ReviewDetail>($"{Staff}/{Segment(code)}/reviews", review, ct);

    public Task<ApiResult<ReviewDetail>> SaveReviewAsync(Guid id, object review, CancellationToken ct) => SendJsonAsync<ReviewDetail>(HttpMethod.Put, $"{Staff}/reviews/{id}", review, ct);

    /// <summary>The review's simplification proposal sent on.</summary>
    public Task<ApiResult<ReviewDetail>> ProposeAsync(Guid id, CancellationToken ct) => PostAsync<ReviewDetail>($"{Staff}/reviews/{id}/propose", new { }, ct);
}
