using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Hosting;
using Microsoft.Net.Http.Headers;

namespace VanPhong.ServiceDefaults;

/// <summary>
/// A request whose body was still arriving when the service began to stop (SIGTERM on a rollout or a scale-down):
/// Kestrel's shutdown wakes every connection's reader, and on .NET 10 a JSON body being read at that moment can see the
/// read cancelled (<c>PipeReader.ReadAsync was canceled</c>) — about one run in five in <c>InFlightRequestsTests</c>.
/// Nothing was stored (the handler never ran), so the answer is 503 with Retry-After, not a 500: the caller sends it again
/// (with its Idempotency-Key, a retry cannot make a second record) and another replica, or this one restarted, takes it.
/// </summary>
public sealed class StoppingServiceExceptionHandler(IProblemDetailsService problems, IHostApplicationLifetime lifetime) : IExceptionHandler
{
    public const int RetryAfterSeconds = 5;

    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        if (exception is not OperationCanceledException || !lifetime.ApplicationStopping.IsCancellationRequested || httpContext.RequestAborted.IsCancellationRequested)
        {
            return false;
        }

        httpContext.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
        httpContext.Response.Headers[HeaderNames.RetryAfter] = RetryAfterSeconds.ToString();
        return await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = httpContext,
            Exception = exception,
            ProblemDetails = new ProblemDetails
            {
                Status = StatusCodes.Status503ServiceUnavailable,
                Detail = "Dịch vụ đang khởi động lại nên yêu cầu chưa được ghi nhận; vui lòng gửi lại sau ít giây.",
            },
        });
    }
}
