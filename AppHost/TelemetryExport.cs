using Microsoft.Extensions.Configuration;

namespace VanPhong.AppHost;

/// <summary>
/// <c>Telemetry:Export=false</c>: the resources get no OTLP address. Aspire gives every resource the dashboard's address
/// even when no dashboard runs (microsoft/aspire#3349), as under the testing builder of the end-to-end tests and the
/// benchmark: there each service's exporter retried against nothing all run long. A profile of the benchmark's
/// sustained load showed the cost: 4.9 instead of 7.2 ms of the feedback service's CPU per submission once the
/// address was gone. The services still trace (the ids still travel through the gateway and the broker); they only
/// export nothing. The run command keeps the default, and with it the dashboard's traces.
/// </summary>
public static class TelemetryExport
{
    public static void ApplyTelemetryExport(this IDistributedApplicationBuilder builder)
    {
        if (builder.Configuration.GetValue("Telemetry:Export", true))
        {
            return;
        }

        foreach (var resource in builder.Resources.OfType<IResourceWithEnvironment>())
        {
            resource.Annotations.Add(new EnvironmentCallbackAnnotation(context =>
            {
                foreach (var key in context.EnvironmentVariables.Keys.Where(k => k.StartsWith("OTEL_EXPORTER_OTLP_", StringComparison.Ordinal)).ToList())
                {
                    context.EnvironmentVariables.Remove(key);
                }
            }));
        }
    }
}
