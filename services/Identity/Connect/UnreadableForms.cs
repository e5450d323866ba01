using VanPhong.Topology;

namespace VanPhong.Identity.Connect;

/// <summary>
/// A form posted to /connect/** that cannot be read (a NUL in a value, a multipart body without its boundary) is the
/// client's mistake: invalid_request as RFC 6749 §5.2 words it, not a 500. OpenIddict reads the form itself and lets
/// the framework's exception escape, so the form is read here first; OpenIddict then gets the one already read.
/// </summary>
public static class UnreadableForms
{
    public static WebApplication UseReadableConnectForms(this WebApplication app)
    {
        app.Use(async (http, next) =>
        {
            if (http.Request.Path.StartsWithSegments(RoutePrefixes.Connect) && http.Request.HasFormContentType)
            {
                try
                {
                    await http.Request.ReadFormAsync(http.RequestAborted);
                }
                catch (InvalidDataException)
                {
                    http.Response.StatusCode = StatusCodes.Status400BadRequest;
                    await http.Response.WriteAsJsonAsync(new Dictionary<string, string>
                    {
                        ["error"] = "invalid_request",
                        ["error_description"] = "Không đọc được yêu cầu: biểu mẫu không đúng định dạng hoặc có ký tự không hợp lệ.",
                    }, http.RequestAborted);
                    return;
                }
            }

            await next(http);
        });
        return app;
    }
}
