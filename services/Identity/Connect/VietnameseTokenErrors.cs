using OpenIddict.Server;
using static OpenIddict.Abstractions.OpenIddictConstants;
using static OpenIddict.Server.OpenIddictServerEvents;

namespace VanPhong.Identity.Connect;

/// <summary>
/// OpenIddict refuses some token requests before our endpoint sees them — above all a refresh token it has revoked
/// when the person's sessions were ended — and says so in English. Those answers get the Vietnamese description the
/// endpoint's own refusals have; OpenIddict's error_uri stays for whoever debugs. Only invalid_grant: the other errors
/// either do not reach people or (invalid_client) are also written into a WWW-Authenticate header, which is ASCII.
/// </summary>
public sealed class VietnameseTokenErrors : IOpenIddictServerHandler<ApplyTokenResponseContext>
{
    public const string SessionEnded = "Phiên đăng nhập hoặc mã cấp quyền không còn hiệu lực: mật khẩu, vai trò hoặc trạng thái tài khoản đã thay đổi, hoặc đã hết hạn. Vui lòng đăng nhập lại.";

    public static OpenIddictServerHandlerDescriptor Descriptor { get; } =
        OpenIddictServerHandlerDescriptor.CreateBuilder<ApplyTokenResponseContext>()
            .UseSingletonHandler<VietnameseTokenErrors>()
            // Before the ASP.NET Core host writes the response (its handlers start at 100 000).
            .SetOrder(50_000)
            .SetType(OpenIddictServerHandlerType.Custom)
            .Build();

    public ValueTask HandleAsync(ApplyTokenResponseContext context)
    {
        // OpenIddict attaches its error_uri to the endpoint's own refusals too, so what tells its answers apart is the
        // language: its descriptions are English (ASCII), the endpoint's are Vietnamese and are left as they are.
        if (context.Response.Error == Errors.InvalidGrant
            && System.Text.Ascii.IsValid(context.Response.ErrorDescription ?? "")
            && context.Response.ErrorUri?.StartsWith("https://documentation.openiddict.com/", StringComparison.Ordinal) == true)
        {
            context.Response.ErrorDescription = SessionEnded;
        }

        return default;
    }
}
