namespace VanPhong.Web.Backend;

// What CatalogClient returns: the JSON of the procedure catalog's API, as much of it as the pages show.

public sealed record SearchHit(string Code, string Name, string Sector, string OnlineLevel, string OnlineLevelName, bool OneStop, string ProcessingTime, bool IsSample, string NameLanguage = "vi");

public sealed record SearchPage(int Total, int Page, int PageSize, IReadOnlyList<SearchHit> Items);

public sealed record SectorCount(string Sector, string Name, int Procedures);

public sealed record DueDate(DateOnly SubmittedOn, DateOnly ResultDueOn, bool CalendarEstimated, string Note);

public sealed record PublicFee(string Name, long Amount, string? Note, string? AmountText = null);

public sealed record DeliveryMethods(bool Direct, bool Postal, bool Online);

public sealed record DossierComponent(string Name, int Originals, int Copies, bool Mandatory, string? FormTemplate);

public sealed record LegalBasis(string Number, DateOnly? Date, string Issuer, string Title);

public sealed record PublicProcedure(
    string Code, string Name, string Sector, string Level, string ImplementingAgency, string Applicants, string? Conditions,
    IReadOnlyList<string> Steps, string Methods, DeliveryMethods DeliveryMethods, IReadOnlyList<DossierComponent> Dossier,
    int ProcessingDays, bool WorkingDays, string ProcessingTime, DueDate DueIfSubmittedToday,
    IReadOnlyList<PublicFee> Fees, long TotalFees, string? FeeExemptions, string Result, IReadOnlyList<LegalBasis> LegalBases,
    string OnlineLevel, string OnlineLevelName, string? OnlineServiceUrl, bool PostalService, bool OnlinePayment, bool OneStop, string Place,
    string DecisionNumber, DateOnly EffectiveFrom, bool IsSample,
    string Language = "vi", IReadOnlyList<string>? Untranslated = null, int? EnglishTranslatesVersion = null, bool EnglishOutdated = false,
    string? TotalFeesText = null, string? EffectiveFromText = null, string? ResultDueOnText = null, string? NameVi = null)
{
    /// <summary>Whether the field (a JSON path: "applicants", "steps[2]", "fees[0].name") is still in Vietnamese for an English reader.</summary>
    public bool IsVietnamese(string field) => Untranslated?.Contains(field) == true;
}

public sealed record CarriedOutProposal(Guid ProposalId, int Year, DateOnly? ProposedOn, string? PlanItemCode, int FeedbackCount, long SavingPerYear, double SavingRate);

public sealed record HistoryVersion(int Number, string Change, string ChangeName, string DecisionNumber, DateOnly EffectiveFrom, DateOnly? EffectiveTo, string Name,
    IReadOnlyList<CarriedOutProposal> CarriedOut);

public sealed record ProcedureHistory(string Code, string Name, string Status, IReadOnlyList<HistoryVersion> Versions);

public sealed record ProcedureRow(string Code, string Name, string Sector, string OnlineLevel, bool OneStop, int ProcessingDays, string Status, int Version, bool IsSample);

public sealed record VersionSummary(int Number, string Change, string DecisionNumber, DateOnly EffectiveFrom, DateOnly? EffectiveTo);

public sealed record ProcedureStaffView(string Code, string Status, bool IsSample, string? HandlingUnit, IReadOnlyList<VersionSummary> Versions);

public sealed record FieldChange(string Field, string Label, System.Text.Json.JsonElement? Before, System.Text.Json.JsonElement? After);

public sealed record DiffView(string Code, int From, int To, IReadOnlyList<FieldChange> Changes);

public sealed record InternalProcedureRow(string ProcedureCode, string ProcedureName, string Status, double TotalWorkingDays, int LegalWorkingDays,
    string PublicationDecisionNumber, DateOnly PublishedOn, DateOnly SubmitDueOn, DateOnly? SubmittedOn, bool SubmitLate,
    string? ApprovalDecisionNumber, DateOnly? ApprovedOn, DateOnly? ElectronicDueOn, DateOnly? ElectronicUpdatedOn, bool ElectronicLate);

public sealed record InternalStepView(int Order, string Description, string Unit, string Role, double WorkingDays);

public sealed record InternalProcedureDetail(string ProcedureCode, string ProcedureName, string? HandlingUnit, string Status, IReadOnlyList<InternalStepView> Steps,
    double TotalWorkingDays, int LegalWorkingDays, string PublicationDecisionNumber, DateOnly PublishedOn, DateOnly SubmitDueOn, DateOnly? SubmittedOn, bool SubmitLate,
    string? ApprovalDecisionNumber, DateOnly? ApprovedOn);

public sealed record DecisionView(Guid Id, string Number, DateOnly Date, string Signer, string Issuer, DateOnly EffectiveDate, string? Title, string Status, DateTime? AppliedAt,
    int New, int Amended, int Abolished, int OpenFlags = 0, string? SourceFileName = null);

/// <summary>Everything the catalog holds about a procedure in a decision, kept whole so a correction loses nothing.</summary>
public sealed record DecisionContent(
    string Name, string? NameEn, string Sector, string Level, string ImplementingAgency, string Applicants, string? Conditions,
    IReadOnlyList<string> Steps, DeliveryMethods Methods, IReadOnlyList<DossierComponent> Dossier, int ProcessingDays, bool WorkingDays,
    IReadOnlyList<PublicFee> Fees, string? FeeExemptions, string Result, IReadOnlyList<LegalBasis> LegalBases, string OnlineLevel,
    bool PostalService, bool OnlinePayment, bool OneStop, string Place);

public sealed record DecisionItemView(string Change, string Code, DecisionContent? Content);

/// <summary>What the reading of a decision document could not read or found contradictory, and what the office did about it.</summary>
public sealed record DecisionFlagView(int Id, string Field, string? Procedure, int? Line, string? Text, string Message, string Status);

public sealed record DecisionDraft(Guid Id, string Number, DateOnly Date, string Signer, string Issuer, DateOnly EffectiveDate, string? Title, string Status, DateTime? AppliedAt,
    int New, int Amended, int Abolished, IReadOnlyList<DecisionItemView> Items, IReadOnlyList<DecisionFlagView> Flags, int OpenFlags, string? SourceFileName, string? SourceKind);

public sealed record CostInputs(double ProcessingWorkingDays, double PreparationHours, double OtherHours, long FeesPerDossier, long OtherCostsPerDossier, int DossiersPerYear);

public sealed record CostResult(double Hours, long PerDossier, long PerYear);

public sealed record CostComparison(CostResult Before, CostResult After, long SavingPerYear, double SavingRate);

public sealed record CostView(CostComparison Comparison, double HoursPerWorkingDay, long HourlyIncome, string Source, string Formula);

public sealed record ReviewRow(Guid Id, string ProcedureCode, int Year, string Status, CostView Cost, string? PlanItemCode, IReadOnlyList<string> FeedbackCodes, DateTime CreatedAt, DateTime? ProposedAt);

public sealed record CriterionView(bool Met, string? Notes);

public sealed record ProposalView(string Content, string Reasons, string Recommendations, string? Roadmap);

public sealed record ReviewContentView(CriterionView Necessity, CriterionView Reasonableness, CriterionView Legality, CostInputs Before, CostInputs? After, bool Abolish, ProposalView? Proposal);

public sealed record ReviewDetail(Guid Id, string ProcedureCode, int Year, string Status, ReviewContentView Content, CostView Cost,
    Guid? PlanItemId, string? PlanItemCode, IReadOnlyList<string> FeedbackCodes, DateTime CreatedAt, DateTime? ProposedAt, CarriedOutView? CarriedOutBy = null);

/// <summary>The publication decision that carried a proposal out, and the procedure version it produced.</summary>
public sealed record CarriedOutView(Guid DecisionId, string DecisionNumber, DateOnly EffectiveOn, int Version);

public sealed record EnglishFee(string? Name, string? Note);

public sealed record EnglishText(
    string? Name, string? Level, string? ImplementingAgency, string? Applicants, string? Conditions, IReadOnlyList<string?>? Steps,
    IReadOnlyList<string?>? Dossier, IReadOnlyList<EnglishFee?>? Fees, string? FeeExemptions, string? Result, IReadOnlyList<string?>? LegalBases, string? Place);

/// <summary>The office's English of a procedure beside its Vietnamese, and the version it translates.</summary>
public sealed record EnglishRecord(
    string Code, int CurrentVersion, int? TranslatesVersion, bool Outdated, string? RecordedBy, DateTime? RecordedAt,
    EnglishText Text, DecisionContent Vietnamese, IReadOnlyList<string> Untranslated);
