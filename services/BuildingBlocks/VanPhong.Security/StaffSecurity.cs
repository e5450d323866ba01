using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using VanPhong.ServiceDefaults;
using VanPhong.Topology;

namespace VanPhong.Security;

public static class StaffSecurity
{
    /// <summary>The named HttpClient that talks to the identity service: discovery document, signing keys, session checks.</summary>
    public const string IdentityMetadataClient = "identity-metadata";

    /// <summary>
    /// Bearer tokens (JWT) issued by the identity service: issuer and signing keys come from its discovery document,
    /// fetched through service discovery (http://identity), never copied keys. Every endpoint requires an
    /// authenticated caller unless it says AllowAnonymous; endpoints name their policy from <see cref="StaffPolicies"/>.
    /// Staff writes are recorded in the service's audit log. A person's token is also refused once their session has
    /// ended (password, reset, deactivation, roles), within Auth:SessionCheckInterval (<see cref="SessionCheck"/>).
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
        builder.Services.AddMemoryCache();
        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.AddSingleton(new SessionCheck.Settings(
            authority,
            builder.Configuration.GetValue("Auth:SessionCheckInterval", TimeSpan.FromSeconds(30)),
            builder.Configuration.GetValue("Auth:SessionCheckTimeout", TimeSpan.FromSeconds(2))));
        builder.Services.AddSingleton<SessionCheck>();
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
                options.Events = new JwtBearerEvents
                {
                    OnTokenValidated = async context =>
                    {
                        var check = context.HttpContext.RequestServices.GetRequiredService<SessionCheck>();
                        var token = context.SecurityToken as JsonWebToken;
                        if (token is not null && !await check.IsCurrentAsync(context.Principal!, token.EncodedToken, token.ValidTo, context.HttpContext.RequestAborted))
                        {
                            context.Fail("The session of this token has ended.");
                        }
                    },
                };
            });
        builder.Services.AddHttpClient(IdentityMetadataClient);
        builder.Services.AddOptions<JwtBearerOptions>(JwtBearerDefaults.AuthenticationScheme)
            .Configure<IHttpClientFactory>((options, clients) => options.Backchannel = clients.CreateClient(IdentityMetadataClient));
        return builder;
    }

    /// <summary>403 with a problem body saying what the caller may not do, for checks made inside a handler.</summary>
    public static ForbiddenProblem Forbidden(string detail) => Problems.Forbidden("Không có quyền thực hiện thao tác này", detail);
}
