namespace VanPhong.Contracts;

/// <summary>
/// Reporting measured a KPI that a plan sets a target for ("procedures-with-internal-procedure",
/// "online-dossier-rate", "one-stop-eligible-rate", …), in percent, as of a date.
/// </summary>
/// <param name="MeasuredAt">When it was measured: of two measurements as of the same day, the later one holds.</param>
public sealed record KpiMeasured(string Metric, double Value, DateOnly AsOf, int Year, DateTimeOffset? MeasuredAt = null);

/// <summary>The KPI keys that plans set targets for and reporting measures.</summary>
public static class KpiMetrics
{
    /// <summary>% of the Board's procedures with an approved internal procedure (target 100%).</summary>
    public const string InternalProcedures = "procedures-with-internal-procedure";

    /// <summary>% of dossiers received online (target at least 50%).</summary>
    public const string OnlineDossiers = "online-dossier-rate";

    /// <summary>% of eligible procedures received and returned at the one-stop desk (target 100%).</summary>
    public const string OneStopEligible = "one-stop-eligible-rate";

    /// <summary>% of PAKN handled on time.</summary>
    public const string FeedbackOnTime = "feedback-on-time-rate";

    /// <summary>% of plan items completed on time.</summary>
    public const string PlanItemsOnTime = "plan-items-on-time-rate";
}
