using VanPhong.Contracts;
using VanPhong.Documents;
using VanPhong.Reporting.Dossiers;

namespace VanPhong.Reporting.Reports;

/// <summary>Reporting:* — targets, the provincial plans to report on, the scorecard method, the issuing agency, dossier files.</summary>
public sealed class ReportingOptions
{
    /// <summary>The plan's targets, in percent, by KPI key.</summary>
    public Dictionary<string, double> KpiTargets { get; set; } = new()
    {
        [KpiMetrics.InternalProcedures] = 100,
        [KpiMetrics.OnlineDossiers] = 50,
        [KpiMetrics.OneStopEligible] = 100,
        [KpiMetrics.FeedbackOnTime] = 100,
        [KpiMetrics.PlanItemsOnTime] = 100,
    };

    /// <summary>The provincial plans section VIII asks to report on, and the items of our plan that carry each out.</summary>
    public List<ProvincialPlanOption> ProvincialPlans { get; set; } = [];

    public ScorecardOptions Scorecard { get; set; } = new();

    public AgencyOptions Agency { get; set; } = new();

    /// <summary>What an .xlsx of dossier figures may hold (<c>Reporting:DossierFiles</c>).</summary>
    public SpreadsheetLimits DossierFiles { get; set; } = DossierImporter.FileLimits();

    /// <summary>The layout of the one-stop system's per-dossier export (<c>Reporting:DossierExport</c>).</summary>
    public DossierExportOptions DossierExport { get; set; } = new();

    /// <summary>What an .xlsx of per-dossier records may hold (<c>Reporting:DossierExportFiles</c>).</summary>
    public SpreadsheetLimits DossierExportFiles { get; set; } = DossierExportReader.FileLimits();
}

public sealed class ProvincialPlanOption
{
    public string Reference { get; set; } = "";

    public string Subject { get; set; } = "";

    public List<string> ItemCodes { get; set; } = [];
}

/// <summary>The unit scorecard's weights and bands (see <see cref="Scorecards.UnitScorecard.Method"/>).</summary>
public sealed class ScorecardOptions
{
    /// <summary>Reporting:Scorecard:Weights:* — the weight of each part of the score; a part the unit has nothing of is left out.</summary>
    public ScorecardWeights Weights { get; set; } = new();

    public double PenaltyPerOverdue { get; set; } = 5;

    public double Excellent { get; set; } = 90;

    public double Good { get; set; } = 70;

    public double Pass { get; set; } = 50;
}

public sealed class ScorecardWeights
{
    /// <summary>Plan items due, done on time.</summary>
    public double Plan { get; set; } = 40;

    /// <summary>PAKN led by the unit, answered on time.</summary>
    public double Feedback { get; set; } = 20;

    /// <summary>Dossiers handled by the unit, resolved early or on time.</summary>
    public double Dossiers { get; set; } = 25;

    /// <summary>The citizens' evaluations of the unit's dossiers (TT 01/2018 Art. 13, points as a share of the maximum).</summary>
    public double Evaluations { get; set; } = 15;
}

/// <summary>Who issues the report (the header and signature of the .docx).</summary>
public sealed class AgencyOptions
{
    public string SuperiorAgency { get; set; } = "UBND TỈNH KHÁNH HÒA";

    public string Name { get; set; } = "BAN QUẢN LÝ KHU KINH TẾ VÂN PHONG";

    public string Place { get; set; } = "Khánh Hòa";

    public string NumberSuffix { get; set; } = "BC-KKT";

    public string Recipient { get; set; } = "Ủy ban nhân dân tỉnh Khánh Hòa (qua Văn phòng UBND tỉnh)";

    public string SignerTitle { get; set; } = "TRƯỞNG BAN";

    public string SignerName { get; set; } = "";
}
