using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Logging;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;

namespace Microsoft.Extensions.Hosting;

/// <summary>
/// The one place for what every service of the platform has in common: OpenTelemetry to the Aspire dashboard,
/// /health and /alive, service discovery, HTTP resilience, RFC 7807 problem details for every error, and the
/// service's OpenAPI document.
/// </summary>
public static class Extensions
{
    /// <summary>Every check (database, broker, event topology): readiness. The deployment's probes use these two.</summary>
    public const string HealthEndpointPath = "/health";

    /// <summary>The process only: liveness.</summary>
    public const string AlivenessEndpointPath = "/alive";

    public static TBuilder AddServiceDefaults<TBuilder>(this TBuilder builder) where TBuilder : IHostApplicationBuilder
    {
        builder.ConfigureOpenTelemetry();
        builder.AddDefaultHealthChecks();

        builder.Services.AddServiceDiscovery();
        builder.Services.ConfigureHttpClientDefaults(http =>
        {
            http.AddStandardResilienceHandler();
            http.AddServiceDiscovery();
        });

        builder.Services.AddVietnameseProblemDetails();
        builder.Services.Configure<JsonOptions>(VanPhong.ServiceDefaults.StrictJson.Apply);
        // A service believes the X-Forwarded-For of the gateway's hop only: loopback (the framework's default, the app host
        // on one machine), or the gateway's addresses and networks when it runs elsewhere (Services:TrustedGateway:
        // Addresses / Networks). Without that, identity would see every client as the gateway, and the per-address
        // sign-in throttle would hold back everyone at once.
        var gatewayAddresses = builder.Configuration.GetSection("Services:TrustedGateway:Addresses").GetChildren().Select(c => c.Value).OfType<string>().ToArray();
        var gatewayNetworks = builder.Configuration.GetSection("Services:TrustedGateway:Networks").GetChildren().Select(c => c.Value).OfType<string>().ToArray();
        builder.Services.Configure<ForwardedHeadersOptions>(o =>
        {
            o.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto | ForwardedHeaders.XForwardedHost;
            o.ForwardLimit = 1;
            foreach (var address in gatewayAddresses)
            {
                o.KnownProxies.Add(System.Net.IPAddress.Parse(address));
            }

            foreach (var network in gatewayNetworks)
            {
                o.KnownIPNetworks.Add(System.Net.IPNetwork.Parse(network));
            }
        });
        builder.Services.AddOpenApi();
        // On SIGTERM the host stops taking requests and waits this long for the in-flight ones and for the outbox's
        // round before it exits; the deployment's terminationGracePeriodSeconds (45) is longer.
        builder.Services.Configure<HostOptions>(o => o.ShutdownTimeout = builder.Configuration.GetValue("Host:ShutdownTimeout", TimeSpan.FromSeconds(30)));
        return builder;
    }

    public static TBuilder ConfigureOpenTelemetry<TBuilder>(this TBuilder builder) where TBuilder : IHostApplicationBuilder
    {
        builder.Logging.AddOpenTelemetry(logging =>
        {
            logging.IncludeFormattedMessage = true;
            logging.IncludeScopes = true;
        });

        builder.Services.AddOpenTelemetry()
            .WithMetrics(metrics => metrics
                .AddAspNetCoreInstrumentation()
                .AddHttpClientInstrumentation()
                .AddRuntimeInstrumentation()
                .AddMeter("MassTransit", "VanPhong.*"))
            .WithTracing(tracing => tracing
                .AddSource(builder.Environment.ApplicationName, "MassTransit", "VanPhong.*")
                .AddAspNetCoreInstrumentation(o =>
                    o.Filter = context => !context.Request.Path.StartsWithSegments(HealthEndpointPath)
                        && !context.Request.Path.StartsWithSegments(AlivenessEndpointPath))
                .AddHttpClientInstrumentation()
                .AddEntityFrameworkCoreInstrumentation()
                .AddProcessor(new UntracedDatabaseCommands()));

        if (!string.IsNullOrWhiteSpace(builder.Configuration["OTEL_EXPORTER_OTLP_ENDPOINT"]))
        {
            builder.Services.AddOpenTelemetry().UseOtlpExporter();
        }

        return builder;
    }

    public static TBuilder AddDefaultHealthChecks<TBuilder>(this TBuilder builder) where TBuilder : IHostApplicationBuilder
    {
        builder.Services.AddHealthChecks().AddCheck("self", () => HealthCheckResult.Healthy(), ["live"]);
        return builder;
    }

    /// <summary>
    /// The middleware and endpoints every service shares: forwarded headers from the gateway, problem details for
    /// exceptions and bare status codes, /health (every check, including database and broker), /alive (the process
    /// only) and /openapi/v1.json. Mapped in every environment so the app host and the tests can call them.
    /// </summary>
    public static WebApplication MapDefaultEndpoints(this WebApplication app)
    {
        app.UseForwardedHeaders();
        VanPhong.ServiceDefaults.PublicLanguage.UsePublicLanguage(app);
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        if (app.Services.GetService<IAuthenticationSchemeProvider>() is not null)
        {
            // After the status-code pages, so a bare 401/403 from the authorization middleware becomes a problem.
            app.UseAuthentication();
            app.UseAuthorization();
        }

        app.MapHealthEndpoints();
        app.MapOpenApi().AllowAnonymous();
        return app;
    }

    /// <summary>/health (every check) and /alive (the process only), anonymous.</summary>
    public static WebApplication MapHealthEndpoints(this WebApplication app)
    {
        app.MapHealthChecks(HealthEndpointPath).AllowAnonymous();
        app.MapHealthChecks(AlivenessEndpointPath, new HealthCheckOptions { Predicate = r => r.Tags.Contains("live") }).AllowAnonymous();
        return app;
    }
}
