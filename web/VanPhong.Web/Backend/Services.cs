using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Authentication;
using VanPhong.Topology;

namespace VanPhong.Web.Backend;

/// <summary>What a service said when it refused a request: its problem details, field errors keyed as the API names them.</summary>
public sealed record ApiProblem(int Status, string Title, string? Detail, IReadOnlyDictionary<string, string[]> Errors)
{
    private static readonly IReadOnlyDictionary<string, string[]> NoErrors = new Dictionary<string, string[]>();

    public static readonly ApiProblem Unavailable = new(503, "Hệ thống đang bận", "Dịch vụ tạm thời chưa phản hồi. Vui lòng thử lại sau ít phút.", NoErrors);

    /// <summary>A problem the page finds itself before calling a service: one field left empty or wrong (400).</summary>
    public static ApiProblem Invalid(string title, string field, string message) => new(400, title, null, new Dictionary<string, string[]> { [field] = [message] });

    /// <summary>A problem the page finds itself: what it was asked to show does not exist (404).</summary>
    public static ApiProblem NotFound(string title) => new(404, title, null, NoErrors);

    /// <summary>A service's answer with no readable problem body: its status and a title the page chooses.</summary>
    public static ApiProblem OfStatus(int status, string title) => new(status, title, null, NoErrors);

    /// <summary>The messages for one field ("content", "submitter.name"), or for any field under a prefix ("attachments").</summary>
    public IEnumerable<string> For(string field) =>
        Errors.Where(e => e.Key.Equals(field, StringComparison.OrdinalIgnoreCase) || e.Key.StartsWith(field + "[", StringComparison.OrdinalIgnoreCase))
            .SelectMany(e => e.Value);
}

/// <summary>One page of a list, and how many rows match in all.</summary>
public sealed record ListPage<T>(IReadOnlyList<T> Items, int Total);

/// <summary>A service's answer: the value, or the problem.</summary>
public sealed record ApiResult<T>(T? Value, ApiProblem? Problem)
{
    public bool Ok => Problem is null;
}

/// <summary>
/// The services as the pages reach them: by service discovery ("http://feedback"), with the signed-in person's
/// access token when there is one, so every service applies its own authorization exactly as for the API.
/// </summary>
public sealed class Services(IHttpClientFactory clients)
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new System.Text.Json.Serialization.JsonStringEnumConverter() } };

    public static readonly string[] Names =
        [ResourceNames.PlansService, ResourceNames.FeedbackService, ResourceNames.CatalogService, ResourceNames.ReportingService, ResourceNames.IdentityService];

    public HttpClient Client(string service) => clients.CreateClient(service);

    public Task<ApiResult<T>> GetAsync<T>(string service, string path, CancellationToken ct = default) =>
        SendAsync<T>(service, new HttpRequestMessage(HttpMethod.Get, path), ct);

    /// <param name="seenVersion">The version of the record the person saw: the service refuses the step (409, "Hồ sơ đã được
    /// người khác cập nhật") if someone changed it since.</param>
    public Task<ApiResult<T>> PostAsync<T>(string service, string path, object? body, CancellationToken ct = default, int? seenVersion = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = body is null ? null : JsonContent.Create(body, options: Json) };
        if (seenVersion is { } version)
        {
            request.Headers.IfMatch.Add(new EntityTagHeaderValue($"\"{version}\""));
        }

        return SendAsync<T>(service, request, ct);
    }

    /// <summary>A JSON body sent with PUT, POST or DELETE; <paramref name="seenVersion"/> goes out as If-Match so a stale page is refused (409).</summary>
    public Task<ApiResult<T>> SendJsonAsync<T>(string service, HttpMethod method, string path, object? body, int? seenVersion, CancellationToken ct)
    {
        var request = new HttpRequestMessage(method, path) { Content = body is null ? null : JsonContent.Create(body, options: Json) };
        if (seenVersion is { } version)
        {
            request.Headers.IfMatch.Add(new EntityTagHeaderValue($"\"{version}\""));
        }

        return SendAsync<T>(service, request, ct);
    }

    /// <summary>An uploaded file passed on as the request body (the import APIs read the body, not a form).</summary>
    public Task<ApiResult<T>> UploadAsync<T>(string service, string path, FileUpload file, CancellationToken ct)
    {
        var content = new StreamContent(file.Content);
        content.Headers.ContentType = MediaTypeHeaderValue.Parse(file.ContentType);
        return SendAsync<T>(service, new HttpRequestMessage(HttpMethod.Post, path) { Content = content }, ct);
    }

    /// <summary>One page of a list whose service answers an array and says in <c>X-Total-Count</c> how many rows match in all.</summary>
    public async Task<ApiResult<ListPage<T>>> GetPageAsync<T>(string service, string path, CancellationToken ct = default)
    {
        var total = 0;
        var result = await SendAsync<List<T>>(service, new HttpRequestMessage(HttpMethod.Get, path), ct,
            response => total = response.Headers.TryGetValues("X-Total-Count", out var values) && int.TryParse(values.FirstOrDefault(), out var count) ? count : 0);
        return new ApiResult<ListPage<T>>(result.Value is { } items ? new ListPage<T>(items, Math.Max(total, items.Count)) : null, result.Problem);
    }

    /// <param name="onSuccess">Reads what else a successful answer says (its headers).</param>
    public async Task<ApiResult<T>> SendAsync<T>(string service, HttpRequestMessage request, CancellationToken ct, Action<HttpResponseMessage>? onSuccess = null)
    {
        try
        {
            using var response = await Client(service).SendAsync(request, ct);
            if (response.IsSuccessStatusCode)
            {
                onSuccess?.Invoke(response);
                // Some steps answer 204 or an empty 200: success without a body.
                var body = await response.Content.ReadAsByteArrayAsync(ct);
                return new ApiResult<T>(body.Length == 0 ? default : JsonSerializer.Deserialize<T>(body, Json), null);
            }

            return new ApiResult<T>(default, await ProblemAsync(response, ct));
        }
        catch (HttpRequestException)
        {
            return new ApiResult<T>(default, ApiProblem.Unavailable);
        }
        catch (TaskCanceledException) when (!ct.IsCancellationRequested)
        {
            return new ApiResult<T>(default, ApiProblem.Unavailable);
        }
    }

    /// <summary>A file from a service (report, evidence, attachment), streamed to the browser as it comes.</summary>
    public async Task<(HttpResponseMessage? Response, ApiProblem? Problem)> DownloadAsync(string service, string path, CancellationToken ct)
    {
        try
        {
            var response = await Client(service).GetAsync(path, HttpCompletionOption.ResponseHeadersRead, ct);
            if (response.IsSuccessStatusCode)
            {
                return (response, null);
            }

            using (response)
            {
                return (null, await ProblemAsync(response, ct));
            }
        }
        catch (HttpRequestException)
        {
            return (null, ApiProblem.Unavailable);
        }
    }

    private static async Task<ApiProblem> ProblemAsync(HttpResponseMessage response, CancellationToken ct)
    {
        var status = (int)response.StatusCode;
        var fallback = status switch
        {
            (int)HttpStatusCode.Unauthorized => "Phiên đăng nhập đã hết hạn",
            (int)HttpStatusCode.Forbidden => "Không có quyền thực hiện",
            (int)HttpStatusCode.NotFound => "Không tìm thấy",
            _ => "Yêu cầu chưa thực hiện được",
        };
        try
        {
            var body = await response.Content.ReadFromJsonAsync<JsonElement>(Json, ct);
            var errors = new Dictionary<string, string[]>(StringComparer.OrdinalIgnoreCase);
            if (body.TryGetProperty("errors", out var e) && e.ValueKind == JsonValueKind.Object)
            {
                foreach (var field in e.EnumerateObject())
                {
                    errors[field.Name] = field.Value.ValueKind == JsonValueKind.Array ? [.. field.Value.EnumerateArray().Select(m => m.GetString() ?? "")] : [field.Value.ToString()];
                }
            }

            return new ApiProblem(status, Text(body, "title") ?? fallback, Text(body, "detail"), errors);
        }
        catch (Exception ex) when (ex is JsonException or NotSupportedException or InvalidOperationException)
        {
            return ApiProblem.OfStatus(status, fallback);
        }
    }

    private static string? Text(JsonElement body, string name) =>
        body.ValueKind == JsonValueKind.Object && body.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}

/// <summary>A file a member of staff uploaded, as a service's import reads it: the bytes, the name, their type.</summary>
public sealed record FileUpload(Stream Content, string FileName, string ContentType)
{
    /// <summary>The upload with the type its name says (a spreadsheet, a CSV file), or plain bytes.</summary>
    public static FileUpload From(IFormFile file) => new(file.OpenReadStream(), file.FileName,
        file.FileName.EndsWith(".xlsx", StringComparison.OrdinalIgnoreCase)
            ? "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            : file.FileName.EndsWith(".csv", StringComparison.OrdinalIgnoreCase) ? "text/csv" : "application/octet-stream");
}

/// <summary>Puts the signed-in person's access token on every call to a service (none for a citizen).</summary>
public sealed class AccessTokenHandler(IHttpContextAccessor accessor) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (accessor.HttpContext is { User.Identity.IsAuthenticated: true } context
            && await context.GetTokenAsync("access_token") is { Length: > 0 } token)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        return await base.SendAsync(request, cancellationToken);
    }
}
