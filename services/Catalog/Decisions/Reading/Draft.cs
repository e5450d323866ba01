using VanPhong.Catalog.Model;

namespace VanPhong.Catalog.Decisions.Reading;

/// <summary>A procedure as it is being read; fields stay null until read.</summary>
internal sealed class Draft
{
    public ChangeKind? Change;
    public Line? ChangeLine;
    public string? ChangeWhy;
    public string? Code;
    public required Line Origin;
    public string? Name;
    public string? Sector;
    public string? Level;
    public string? Agency;
    public string? Applicants;
    public string? Conditions;
    public bool ConditionsRead;
    public List<string>? Steps;
    public DeliveryMethods? Methods;
    public List<DossierComponent>? Dossier;
    public int? Days;
    public bool WorkingDays;
    public List<Fee>? Fees;
    public string? Result;
    public List<LegalBasis>? Legal;
    public string? OnlineLevel;
    public bool OnlinePayment;
    public bool OneStop;
    public string? Place;
    public bool HasContentBlock;
    public readonly List<(string Field, Line? Line, string Message)> Flags = [];

    public void Flag(string field, Line? line, string message) => Flags.Add((field, line, message));
}
