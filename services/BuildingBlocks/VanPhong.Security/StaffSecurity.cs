using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.IdentityModel.Tokens;
using VanPhong.Topology;

namespace VanPhong.Security;

public static class StaffSecurity
{
    /// <summary>The named HttpClient that fetches the identity service's discovery document and signing keys.</summary>
    public const string IdentityMetadataClient = "identity-metadata";

    /// <summary>
    /// Bearer tokens (JWT) issued by the identity service: issuer and signing keys come from its discovery document,
    /// fetched through service discovery (http://identity), never copied keys. Every endpoint requires an
    /// authenticated caller unless it says AllowAnonymous; endpoints name their policy from <see cref="StaffPolicies"/>.
    /// Staff writes are recorded in the service's audit log.
    /// </summary>
    /// <param name="validateTokensFromIdentityService">False only in the identity service, which validates its own tokens locally.</param>
    public static IHostApplicationBuilder AddStaffSecurity(this IHostApplicationBuilder builder, bool validateTokensFromIdentityService = true)
    {
        builder.Services.AddHttpContextAccessor();
        builder.Services.AddAuthorizationBuilder()
            .AddStaffPolicies()
            .SetFallbackPolicy(new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build());
        builder.Services.AddSingleton<IAuthorizationHandler, SameUnitHandler>();
        builder.Services.AddSingleton<IInterceptor, AuditInterceptor>();
        if (!validateTokensFromIdentityService)
        {
            return builder;
        }

        var authority = (builder.Configuration["Auth:Authority"] ?? $"http://{ResourceNames.IdentityService}").TrimEnd('/');
        var clockSkew = builder.Configuration.GetValue("Auth:ClockSkew", TimeSpan.FromSeconds(30));
        builder.Services.AddAuthentication(JwtBearerDefaults.AuthenticationScheme)
            .AddJwtBearer(options =>
            {
                options.MetadataAddress = authority + "/.well-known/openid-configuration";
                options.RequireHttpsMetadata = false;
                options.MapInboundClaims = false;
                options.TokenValidationParameters = new TokenValidationParameters
                {
                    ValidAudience = StaffClaims.ApiAudience,
                    NameClaimType = StaffClaims.Name,
                    RoleClaimType = StaffClaims.Role,
                    ClockSkew = clockSkew,
                };
            });
        builder.Services.AddHttpClient(IdentityMetadataClient);
        builder.Services.AddOptions<JwtBearerOptions>(JwtBearerDefaults.AuthenticationScheme)
            .Configure<IHttpClientFactory>((options, clients) => options.Backchannel = clients.CreateClient(IdentityMetadataClient));
        return builder;
    }

    /// <summary>403 with a problem body saying what the caller may not do, for checks made inside a handler.</summary>
    public static IResult Forbidden(string detail) => TypedResults.Problem(
        statusCode: StatusCodes.Status403Forbidden,
        title: "Không có quyền thực hiện thao tác này",
        detail: detail);
}
