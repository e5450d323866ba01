namespace VanPhong.Web.Backend;

/// <summary>
/// What every typed client shares: the calls of <see cref="Services"/> to its own service, so a client's methods say
/// only the path and the body. The paths are built here from the services' <c>RoutePrefixes</c>, never in a page.
/// </summary>
public abstract class ServiceClient(Services services, string service)
{
    protected Task<ApiResult<T>> GetAsync<T>(string path, CancellationToken ct) => services.GetAsync<T>(service, path, ct);

    protected Task<ApiResult<ListPage<T>>> GetPageAsync<T>(string path, CancellationToken ct) => services.GetPageAsync<T>(service, path, ct);

    protected Task<ApiResult<T>> PostAsync<T>(string path, object? body, CancellationToken ct, int? seenVersion = null) =>
        services.PostAsync<T>(service, path, body, ct, seenVersion);

    protected Task<ApiResult<T>> SendJsonAsync<T>(HttpMethod method, string path, object? body, CancellationToken ct, int? seenVersion = null) =>
        services.SendJsonAsync<T>(service, method, path, body, seenVersion, ct);

    protected Task<ApiResult<T>> UploadAsync<T>(string path, FileUpload file, CancellationToken ct) => services.UploadAsync<T>(service, path, file, ct);

    protected Task<(HttpResponseMessage? Response, ApiProblem? Problem)> DownloadAsync(string path, CancellationToken ct) => services.DownloadAsync(service, path, ct);

    /// <summary>A value as one segment of a path (a procedure code, a user id).</summary>
    protected static string Segment(string? value) => Uri.EscapeDataString(value ?? "");
}
