namespace VanPhong.Web.Backend;

// What the staff task pages (plan items, budget, PAKN links, dossier imports, decisions, internal procedures, reviews,
// users and units) read from the services: as much of each API's JSON as the pages show.

// Plans







// Reporting: dossier imports
public sealed record DossierRecordsImported(Guid ImportId, string Source, int Rows, int Added, int Updated, int Unchanged);

public sealed record DossierFiguresImported(Guid ImportId, DateOnly From, DateOnly To, string Source, int Rows, int Added, int Replaced, bool Unchanged);

// Feedback: what a PAKN is linked to

// Catalog: internal procedures and reviews
public sealed record InternalStepView(int Order, string Description, string Unit, string Role, double WorkingDays);

public sealed record InternalProcedureDetail(string ProcedureCode, string ProcedureName, string? HandlingUnit, string Status, IReadOnlyList<InternalStepView> Steps,
    double TotalWorkingDays, int LegalWorkingDays, string PublicationDecisionNumber, DateOnly PublishedOn, DateOnly SubmitDueOn, DateOnly? SubmittedOn, bool SubmitLate,
    string? ApprovalDecisionNumber, DateOnly? ApprovedOn);

public sealed record CriterionView(bool Met, string? Notes);

public sealed record ProposalView(string Content, string Reasons, string Recommendations, string? Roadmap);

public sealed record ReviewContentView(CriterionView Necessity, CriterionView Reasonableness, CriterionView Legality, CostInputs Before, CostInputs? After, bool Abolish, ProposalView? Proposal);

public sealed record ReviewDetail(Guid Id, string ProcedureCode, int Year, string Status, ReviewContentView Content, CostView Cost,
    Guid? PlanItemId, string? PlanItemCode, IReadOnlyList<string> FeedbackCodes, DateTime CreatedAt, DateTime? ProposedAt, CarriedOutView? CarriedOutBy = null);

/// <summary>The publication decision that carried a proposal out, and the procedure version it produced.</summary>
public sealed record CarriedOutView(Guid DecisionId, string DecisionNumber, DateOnly EffectiveOn, int Version);

// Identity: accounts (the units are UnitView)
public sealed record UserAccount(string Id, string UserName, string FullName, string? Email, string UnitCode, IReadOnlyList<string> Roles, bool IsActive, bool IsLockedOut, bool TwoFactorEnabled);

public sealed record UserCreated(UserAccount User, string? TemporaryPassword);

public sealed record PasswordReset(string TemporaryPassword);
