using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using VanPhong.Web.Backend;

namespace VanPhong.Web.Pages.Staff.Catalog;

/// <summary>
/// Ghi nhận quyết định công bố: the office types a publication decision and the procedures it publishes, amends or
/// abolishes; the catalog keeps it as a draft, which the office checks on the draft's page and applies there.
/// </summary>
public sealed partial class DecisionNewModel(CatalogClient catalog) : StaffPage
{
    public const int MaxRows = 20;

    public sealed class DecisionForm : DecisionHeaderForm
    {
        public List<ProcedureForm> Items { get; set; } = [];
    }

    /// <summary>One procedure of the decision; lists are typed one entry a line, as the decision's annex prints them.</summary>
    public sealed class ProcedureForm
    {
        public string Change { get; set; } = "New";
        public string? Code { get; set; }
        public string? Name { get; set; }
        public string? Sector { get; set; }
        public string Level { get; set; } = "Cấp tỉnh";
        public string? ImplementingAgency { get; set; }
        public string? Applicants { get; set; }
        public string? Conditions { get; set; }
        public int? ProcessingDays { get; set; }
        public bool WorkingDays { get; set; } = true;
        public string OnlineLevel { get; set; } = "Full";
        public bool Direct { get; set; } = true;
        public bool Postal { get; set; } = true;
        public bool Online { get; set; } = true;
        public bool OnlinePayment { get; set; }
        public bool OneStop { get; set; } = true;
        public string? Place { get; set; }
        public string? Steps { get; set; }
        public string? Dossier { get; set; }
        public string? Fees { get; set; }
        public string? Result { get; set; }
        public string? LegalBases { get; set; }

        /// <summary>The simplification proposal this change carries out, if any (the trail from the PAKN to the new version).</summary>
        public Guid? ProposalId { get; set; }

        public bool IsEmpty => string.IsNullOrWhiteSpace(Code) && string.IsNullOrWhiteSpace(Name);
    }

    [BindProperty]
    public DecisionForm Form { get; set; } = new();

    /// <summary>How many procedure blocks the form shows.</summary>
    [BindProperty(SupportsGet = true, Name = "so-thu-tuc")]
    public int Rows { get; set; } = 1;

    /// <summary>The proposals made and not yet carried out: a sửa đổi or bãi bỏ may carry one out.</summary>
    public IReadOnlyList<ReviewDetail> OpenProposals { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        Pad();
        await LoadProposalsAsync(ct);
    }

    private async Task LoadProposalsAsync(CancellationToken ct) =>
        OpenProposals = ((await catalog.GetReviewDetailsAsync(ct)).Value ?? [])
            .Where(r => r.Status == "Proposed" && r.CarriedOutBy is null).OrderBy(r => r.ProcedureCode, StringComparer.Ordinal).ToList();

    /// <summary>Another procedure block, keeping what was typed.</summary>
    public async Task<IActionResult> OnPostMoreAsync(CancellationToken ct)
    {
        Rows = Math.Min(MaxRows, Math.Max(Rows, Form.Items.Count) + 1);
        ModelState.Clear();
        Pad();
        await LoadProposalsAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var items = Form.Items.Where(i => !i.IsEmpty).Select(Item).ToList();
        var body = new { Form.Number, Form.Date, Form.Signer, Form.Issuer, Form.EffectiveDate, Form.Title, items };
        var result = await catalog.RecordDecisionAsync(body, ct);
        if (result.Ok)
        {
            return Succeeded($"Đã ghi nhận quyết định {result.Value!.Number} (dự thảo): kiểm tra rồi áp dụng vào danh mục.", $"/nghiep-vu/thu-tuc/quyet-dinh/{result.Value.Id}");
        }

        // The service numbers the procedures it was sent; blank blocks were left out, so the form shows only the sent ones.
        Form.Items = Form.Items.Where(i => !i.IsEmpty).ToList();
        Rows = Math.Max(1, Form.Items.Count);
        Pad();
        return await FailedAsync(result.Problem!, () => LoadProposalsAsync(ct));
    }

    private void Pad()
    {
        while (Form.Items.Count < Math.Clamp(Rows, 1, MaxRows))
        {
            Form.Items.Add(new ProcedureForm());
        }
    }

    private static object Item(ProcedureForm f) => new
    {
        change = f.Change,
        code = f.Code?.Trim(),
        proposalIds = f.ProposalId is { } proposal ? new[] { proposal } : null,
        content = f.Change == "Abolished" ? null : new
        {
            name = f.Name?.Trim() ?? "",
            nameEn = (string?)null,
            sector = f.Sector?.Trim() ?? "",
            level = f.Level.Trim(),
            implementingAgency = f.ImplementingAgency?.Trim() ?? "",
            applicants = f.Applicants?.Trim() ?? "",
            conditions = string.IsNullOrWhiteSpace(f.Conditions) ? null : f.Conditions.Trim(),
            steps = DecisionHeaderForm.Lines(f.Steps),
            methods = new { direct = f.Direct, postal = f.Postal, online = f.Online },
            dossier = DecisionHeaderForm.Lines(f.Dossier).Select(name => new { name, originals = 1, copies = 0, mandatory = true, formTemplate = (string?)null }).ToList(),
            processingDays = f.ProcessingDays ?? 0,
            workingDays = f.WorkingDays,
            fees = DecisionHeaderForm.Lines(f.Fees).Select(Fee).ToList(),
            feeExemptions = (string?)null,
            result = f.Result?.Trim() ?? "",
            legalBases = DecisionHeaderForm.Lines(f.LegalBases).Select(title => new { number = "", date = (DateOnly?)null, issuer = "", title }).ToList(),
            onlineLevel = f.OnlineLevel,
            postalService = f.Postal,
            onlinePayment = f.OnlinePayment,
            oneStop = f.OneStop,
            place = f.Place?.Trim() ?? "",
        },
    };

    /// <summary>
    /// "Lệ phí: 600.000 đồng (50%)" → the name, the amount in đồng (the first number after the colon, its thousands dots or
    /// commas dropped) and what follows it as the note; a line without a readable amount is a fee of 0 with the line as its
    /// name (the office sees it on the draft).
    /// </summary>
    private static object Fee(string line)
    {
        var colon = line.LastIndexOf(':');
        var amount = colon < 0 ? null : FeeAmount().Match(line[(colon + 1)..]);
        if (amount is not { Success: true } || amount.Value.Count(char.IsAsciiDigit) is 0 or > 14)
        {
            return new { name = line, amount = 0L, note = (string?)null };
        }

        var rest = line[(colon + 1 + amount.Index + amount.Length)..].Trim().TrimStart(',', ';').Trim();
        foreach (var unit in (string[])["đồng", "VNĐ", "VND", "đ"])
        {
            if (rest.StartsWith(unit, StringComparison.OrdinalIgnoreCase))
            {
                rest = rest[unit.Length..].Trim();
                break;
            }
        }

        var note = rest.Length == 0 ? null : rest;
        return new { name = line[..colon].Trim(), amount = long.Parse(new string(amount.Value.Where(char.IsAsciiDigit).ToArray()), CultureInfo.InvariantCulture), note };
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"[0-9][0-9.,]*")]
    private static partial System.Text.RegularExpressions.Regex FeeAmount();
}
