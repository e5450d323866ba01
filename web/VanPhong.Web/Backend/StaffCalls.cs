using System.Net.Http.Headers;
using System.Net.Http.Json;

namespace VanPhong.Web.Backend;

/// <summary>The calls the staff task pages add to <see cref="Services"/>: any verb with the version the person saw, and a file as the request body.</summary>
public static class StaffCalls
{
    /// <summary>A JSON body sent with PUT, POST or DELETE; <paramref name="seenVersion"/> goes out as If-Match so a stale page is refused (409).</summary>
    public static Task<ApiResult<T>> SendJsonAsync<T>(this Services services, string service, HttpMethod method, string path, object? body, int? seenVersion, CancellationToken ct)
    {
        var request = new HttpRequestMessage(method, path) { Content = body is null ? null : JsonContent.Create(body, options: Services.Json) };
        if (seenVersion is { } version)
        {
            request.Headers.IfMatch.Add(new EntityTagHeaderValue($"\"{version}\""));
        }

        return services.SendAsync<T>(service, request, ct);
    }

    /// <summary>An uploaded file passed on as the request body (the import APIs read the body, not a form).</summary>
    public static Task<ApiResult<T>> UploadAsync<T>(this Services services, string service, string path, IFormFile file, CancellationToken ct)
    {
        var content = new StreamContent(file.OpenReadStream());
        content.Headers.ContentType = new MediaTypeHeaderValue(file.FileName.EndsWith(".xlsx", StringComparison.OrdinalIgnoreCase)
            ? "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            : file.FileName.EndsWith(".csv", StringComparison.OrdinalIgnoreCase) ? "text/csv" : "application/octet-stream");
        return services.SendAsync<T>(service, new HttpRequestMessage(HttpMethod.Post, path) { Content = content }, ct);
    }
}
