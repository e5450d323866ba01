using System.Diagnostics;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Microsoft.Extensions.Hosting;

/// <summary>
/// RFC 7807 problem details for every error, titled in Vietnamese (citizens read them on the public surface;
/// staff read the same language), with the trace id so an operator finds the request in the dashboard.
/// </summary>
public static class ProblemDetailsDefaults
{
    private static readonly Dictionary<int, string> Titles = new()
    {
        [StatusCodes.Status400BadRequest] = "Yêu cầu không hợp lệ",
        [StatusCodes.Status401Unauthorized] = "Chưa đăng nhập hoặc phiên đăng nhập đã hết hạn",
        [StatusCodes.Status403Forbidden] = "Không có quyền thực hiện thao tác này",
        [StatusCodes.Status404NotFound] = "Không tìm thấy",
        [StatusCodes.Status405MethodNotAllowed] = "Phương thức không được hỗ trợ",
        [StatusCodes.Status409Conflict] = "Xung đột dữ liệu",
        [StatusCodes.Status413PayloadTooLarge] = "Dữ liệu gửi lên quá lớn",
        [StatusCodes.Status414UriTooLong] = "Địa chỉ yêu cầu quá dài",
        [StatusCodes.Status415UnsupportedMediaType] = "Định dạng dữ liệu không được hỗ trợ",
        [StatusCodes.Status422UnprocessableEntity] = "Dữ liệu không hợp lệ",
        [StatusCodes.Status429TooManyRequests] = "Quá nhiều yêu cầu, vui lòng thử lại sau",
        [StatusCodes.Status500InternalServerError] = "Lỗi hệ thống",
        [StatusCodes.Status503ServiceUnavailable] = "Dịch vụ tạm thời không sẵn sàng",
    };

    public static string TitleFor(int status) => Titles.GetValueOrDefault(status, "Lỗi");

    public static IServiceCollection AddVietnameseProblemDetails(this IServiceCollection services)
    {
        services.AddProblemDetails(options => options.CustomizeProblemDetails = context =>
        {
            var problem = context.ProblemDetails;
            var status = problem.Status ?? context.HttpContext.Response.StatusCode;
            if (problem.Title is null || problem.Title == ReasonPhrase(status) || IsDefaultEnglishTitle(problem.Title))
            {
                problem.Title = TitleFor(status);
            }

            problem.Extensions["traceId"] = Activity.Current?.Id ?? context.HttpContext.TraceIdentifier;
            if (VanPhong.ServiceDefaults.PublicLanguage.PrefersEnglish(context.HttpContext))
            {
                InEnglish(context.HttpContext, problem);
            }
        });
        services.AddExceptionHandler<BadRequestExceptionHandler>();
        services.AddExceptionHandler<VanPhong.ServiceDefaults.StateConflictExceptionHandler>();
        services.AddExceptionHandler<VanPhong.ServiceDefaults.StoppingServiceExceptionHandler>();
        services.Configure<RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);
        return services;
    }

    /// <summary>The problem in English where each message has a twin (<see cref="VanPhong.ServiceDefaults.EnglishMessages"/>); what has none stays Vietnamese and the answer says both.</summary>
    private static void InEnglish(HttpContext http, ProblemDetails problem)
    {
        var complete = true;
        string? Translate(string? vietnamese)
        {
            if (vietnamese is null)
            {
                return null;
            }

            var english = VanPhong.ServiceDefaults.EnglishMessages.For(vietnamese);
            complete &= english is not null;
            return english ?? vietnamese;
        }

        problem.Title = Translate(problem.Title);
        problem.Detail = Translate(problem.Detail);
        var errors = problem is HttpValidationProblemDetails validation ? validation.Errors
            : problem.Extensions.TryGetValue("errors", out var e) && e is IDictionary<string, string[]> listed ? listed
            : null;
        foreach (var field in errors?.Keys.ToList() ?? [])
        {
            errors![field] = errors[field].Select(m => Translate(m)!).ToArray();
        }

        VanPhong.ServiceDefaults.PublicLanguage.AnswersIn(http, complete ? [VanPhong.Text.Bilingual.English] : [VanPhong.Text.Bilingual.English, VanPhong.Text.Bilingual.Vietnamese]);
    }

    private static string JsonReason(System.Text.Json.JsonException json) =>
        json.Message.Contains("duplicate", StringComparison.OrdinalIgnoreCase) || json.Message.Contains("Duplicate", StringComparison.Ordinal)
            ? "Trường này xuất hiện hai lần trong nội dung gửi lên."
            : json.Message.Contains("depth", StringComparison.OrdinalIgnoreCase)
                ? $"Nội dung lồng nhau quá {VanPhong.ServiceDefaults.StrictJson.MaxDepth} cấp."
                : json.Message.StartsWith("Văn bản", StringComparison.Ordinal)
                    ? json.Message
                    : "Giá trị không đúng kiểu dữ liệu hoặc không đúng định dạng.";

    private static string? ReasonPhrase(int status) => Microsoft.AspNetCore.WebUtilities.ReasonPhrases.GetReasonPhrase(status);

    private static bool IsDefaultEnglishTitle(string title) =>
        title.StartsWith("One or more validation errors", StringComparison.Ordinal)
        || title.StartsWith("An error occurred", StringComparison.Ordinal);

    /// <summary>
    /// Malformed JSON, a body that is not UTF-8, a missing body or one over the size limit: the client's fault,
    /// answered with its own status (400 or 413) and a plain Vietnamese explanation, not logged as a server error.
    /// </summary>
    private sealed class BadRequestExceptionHandler(IProblemDetailsService problems) : IExceptionHandler
    {
        public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
        {
            if (exception is not BadHttpRequestException bad)
            {
                return false;
            }

            httpContext.Response.StatusCode = bad.StatusCode;
            var json = bad.InnerException as System.Text.Json.JsonException;
            var detail = bad.StatusCode == StatusCodes.Status413PayloadTooLarge
                ? "Dung lượng dữ liệu gửi lên vượt quá giới hạn cho phép."
                : json is not null || bad.Message.Contains("JSON", StringComparison.OrdinalIgnoreCase)
                    ? "Nội dung gửi lên không phải JSON hợp lệ (hoặc không được mã hóa UTF-8)."
                    : "Yêu cầu thiếu dữ liệu hoặc dữ liệu không đúng định dạng.";
            var problem = new ProblemDetails { Status = bad.StatusCode, Title = TitleFor(bad.StatusCode), Detail = detail };
            if (json?.Path is { Length: > 0 } path)
            {
                // Which field: "$.content" → "content"; the reason in Vietnamese where the check is ours.
                var field = path.TrimStart('$', '.');
                problem.Extensions["errors"] = new Dictionary<string, string[]>
                {
                    [field.Length == 0 ? "$" : field] = [JsonReason(json)],
                };
            }

            return await problems.TryWriteAsync(new ProblemDetailsContext { HttpContext = httpContext, Exception = exception, ProblemDetails = problem });
        }
    }
}
