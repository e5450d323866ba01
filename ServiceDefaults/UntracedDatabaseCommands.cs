using System.Diagnostics;
using OpenTelemetry;

namespace Microsoft.Extensions.Hosting;

/// <summary>
/// Which database commands become spans: only those inside a trace (a request, an event consumed, an outbox row
/// published, a job's run). A command with nothing around it — the outbox dispatcher's poll that found no rows, the
/// maintenance round, the lease of a job not due — would start a trace of its own; every service polls, so the
/// dashboard's traces page filled with hundreds of one-span traces a minute and the real ones were hard to find.
/// Runs before the exporter: a span it marks not recorded is never exported.
/// </summary>
public sealed class UntracedDatabaseCommands : BaseProcessor<Activity>
{
    /// <summary>The EF Core instrumentation's source.</summary>
    public const string EntityFrameworkSource = "OpenTelemetry.Instrumentation.EntityFrameworkCore";

    public static bool OutsideAnyTrace(Activity activity) =>
        activity.Source.Name == EntityFrameworkSource && activity.Parent is null && !activity.HasRemoteParent && activity.ParentSpanId == default;

    public override void OnStart(Activity activity)
    {
        if (OutsideAnyTrace(activity))
        {
            activity.IsAllDataRequested = false;
            activity.ActivityTraceFlags &= ~ActivityTraceFlags.Recorded;
        }
    }
}
