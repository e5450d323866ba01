using System.Globalization;
using System.Text.Json;
using VanPhong.Topology;

namespace VanPhong.Web.Backend;

/// <summary>Which PAKN a list shows (the service filters and pages); an empty field filters nothing.</summary>
public sealed record FeedbackFilter(string? Status = null, string? Unit = null, string? Category = null, bool Overdue = false, string? Q = null, int? Page = null, int? PageSize = null);

/// <summary>The feedback (PAKN) service as the pages use it: the citizens' public surface and the staff's case work.</summary>
public sealed class FeedbackClient(Services services) : ServiceClient(services, ResourceNames.FeedbackService)
{
    private const string Public = RoutePrefixes.PublicFeedback;

    private const string Staff = RoutePrefixes.Feedback;

    /// <summary>Where PAKN are received, and the categories they may be about.</summary>
    public Task<ApiResult<Contact>> GetContactAsync(CancellationToken ct) => GetAsync<Contact>($"{Public}/contact", ct);

    public Task<ApiResult<PrivacyNotice>> GetPrivacyNoticeAsync(CancellationToken ct) => GetAsync<PrivacyNotice>($"{Public}/privacy", ct);

    /// <summary>A citizen's PAKN (with <c>consentToProcessing</c>), answered with the receipt.</summary>
    public Task<ApiResult<Receipt>> SubmitAsync(object request, CancellationToken ct) => PostAsync<Receipt>(Public, request, ct);

    public Task<ApiResult<PublishedPage>> GetPublishedAnswersAsync(string? q, string? category, Guid? proposal, int page, CancellationToken ct) =>
        GetAsync<PublishedPage>($"{Public}/answers" + Query.Of(("q", q), ("category", category), ("proposal", proposal?.ToString()), ("page", page.ToString(CultureInfo.InvariantCulture))), ct);

    /// <summary>A PAKN by its tracking code; with the private key, its content, steps and answer too.</summary>
    public Task<ApiResult<Lookup>> LookUpAsync(string code, string? key, CancellationToken ct) =>
        GetAsync<Lookup>($"{Public}/{Segment(code)}" + Query.Of(("key", key)), ct);

    public Task<ApiResult<JsonElement>> RateAsync(string code, object rating, CancellationToken ct) =>
        PostAsync<JsonElement>($"{Public}/{Segment(code)}/rating", rating, ct);

    /// <summary>One page of the staff's register, and how many PAKN match in all.</summary>
    public Task<ApiResult<ListPage<FeedbackRow>>> GetCasesAsync(FeedbackFilter filter, CancellationToken ct) =>
        GetPageAsync<FeedbackRow>(Staff + Query.Of(("status", filter.Status), ("unit", filter.Unit), ("category", filter.Category), ("overdue", filter.Overdue ? "true" : null),
            ("q", filter.Q), ("page", filter.Page?.ToString(CultureInfo.InvariantCulture)), ("pageSize", filter.PageSize?.ToString(CultureInfo.InvariantCulture))), ct);

    /// <summary>A PAKN entered by the one-stop desk or the office, with the day it was received.</summary>
    public Task<ApiResult<Receipt>> EnterAsync(object body, CancellationToken ct) => PostAsync<Receipt>(Staff, body, ct);

    public Task<ApiResult<FeedbackView>> GetCaseAsync(Guid id, CancellationToken ct) => GetAsync<FeedbackView>($"{Staff}/{id}", ct);

    /// <summary>The same case, read for what it is linked to.</summary>
    public Task<ApiResult<FeedbackLinks>> GetLinksAsync(Guid id, CancellationToken ct) => GetAsync<FeedbackLinks>($"{Staff}/{id}", ct);

    /// <param name="step">The step of the workflow as the API names it ("classify", "assign", "draft", "approve", …).</param>
    public Task<ApiResult<JsonElement>> TakeStepAsync(Guid id, string step, object body, int? seenVersion, CancellationToken ct) =>
        PostAsync<JsonElement>($"{Staff}/{id}/{step}", body, ct, seenVersion);

    public Task<ApiResult<JsonElement>> LinkAsync(Guid id, object links, int? seenVersion, CancellationToken ct) =>
        PostAsync<JsonElement>($"{Staff}/{id}/links", links, ct, seenVersion);

    public Task<ApiResult<CaseTrail>> GetTrailAsync(Guid id, CancellationToken ct) => GetAsync<CaseTrail>($"{Staff}/{id}/trail", ct);

    public Task<ApiResult<List<AnswerTemplate>>> GetAnswerTemplatesAsync(CancellationToken ct) => GetAsync<List<AnswerTemplate>>($"{Staff}/templates", ct);

    /// <summary>The question and answer as they would be published, with what the redaction removed.</summary>
    public Task<ApiResult<RedactionPreview>> GetRedactionPreviewAsync(Guid id, CancellationToken ct) => GetAsync<RedactionPreview>($"{Staff}/{id}/redaction-preview", ct);

    public Task<(HttpResponseMessage? Response, ApiProblem? Problem)> DownloadAttachmentAsync(Guid id, Guid attachmentId, CancellationToken ct) =>
        DownloadAsync($"{Staff}/{id}/attachments/{attachmentId}", ct);

    public Task<(HttpResponseMessage? Response, ApiProblem? Problem)> DownloadReplyLetterAsync(Guid id, CancellationToken ct) =>
        DownloadAsync($"{Staff}/{id}/reply-letter.docx", ct);

    public Task<ApiResult<List<NotificationTemplateView>>> GetNotificationTemplatesAsync(CancellationToken ct) =>
        GetAsync<List<NotificationTemplateView>>($"{Staff}/notification-templates", ct);

    public Task<ApiResult<NotificationTemplateView>> SaveNotificationTemplateAsync(string? notice, string? channel, string? subject, string? body, CancellationToken ct) =>
        SendJsonAsync<NotificationTemplateView>(HttpMethod.Put, NotificationTemplate(notice, channel), new { subject, body }, ct);

    /// <summary>Back to the default text of a notice on a channel.</summary>
    public Task<ApiResult<NotificationTemplateView>> ResetNotificationTemplateAsync(string? notice, string? channel, CancellationToken ct) =>
        SendJsonAsync<NotificationTemplateView>(HttpMethod.Delete, NotificationTemplate(notice, channel), null, ct);

    /// <summary>What the Board holds on a data subject (Decree 13/2023), found by the request's number and how they are reached.</summary>
    public Task<ApiResult<SubjectData>> FindSubjectDataAsync(string? reference, string? phone, string? email, string? trackingCode, CancellationToken ct) =>
        GetAsync<SubjectData>($"{Staff}/privacy/subject" + Query.Of(("reference", reference), ("phone", phone), ("email", email), ("trackingCode", trackingCode)), ct);

    public Task<ApiResult<ErasureResult>> EraseSubjectDataAsync(object request, CancellationToken ct) => PostAsync<ErasureResult>($"{Staff}/privacy/erasure", request, ct);

    private static string NotificationTemplate(string? notice, string? channel) => $"{Staff}/notification-templates/{Segment(notice)}/{Segment(channel)}";
}
