using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using VanPhong.Web.Backend;

namespace VanPhong.Web.Pages.Staff.Catalog;

/// <summary>
/// A draft decision read from its document: the header and each procedure as read, every flag of the reading next to
/// its field with the line of the document it came from. The office corrects fields (a corrected field resolves its
/// flag), accepts flags where the document is right as it stands, and applies the decision once none is open.
/// </summary>
public sealed class DecisionDraftModel(CatalogClient catalog) : StaffPage
{
    private static readonly CultureInfo Vietnamese = CultureInfo.GetCultureInfo("vi-VN");

    public DecisionDraft? Draft { get; private set; }

    [BindProperty]
    public DraftForm Form { get; set; } = new();

    public sealed class DraftForm : DecisionHeaderForm
    {
        public List<ItemForm> Items { get; set; } = [];

        public List<int> Accept { get; set; } = [];
    }

    public sealed class ItemForm
    {
        public string? Change { get; set; }

        public string? Code { get; set; }

        public string? Name { get; set; }

        public string? Sector { get; set; }

        public int? ProcessingDays { get; set; }

        public string? OnlineLevel { get; set; }

        public string? Place { get; set; }

        public string? ImplementingAgency { get; set; }

        public string? Applicants { get; set; }

        public string? Result { get; set; }

        public string? Steps { get; set; }

        public string? Dossier { get; set; }

        public string? Fees { get; set; }

        public string? LegalBases { get; set; }
    }

    public static readonly IReadOnlyList<(string Value, string Label)> Changes = [("New", "Mới ban hành"), ("Amended", "Sửa đổi, bổ sung"), ("Abolished", "Bị bãi bỏ")];

    public static readonly IReadOnlyList<(string Value, string Label)> OnlineLevels = [("", "(chưa xác định)"), ("Full", "Toàn trình"), ("Partial", "Một phần"), ("None", "Không trực tuyến")];

    /// <summary>The flags on one field ("number", "items[2].content.fees"); with <paramref name="prefix"/>, every flag under it.</summary>
    public IEnumerable<DecisionFlagView> FlagsOn(string field, bool prefix = false) =>
        Draft?.Flags.Where(f => prefix ? f.Field.StartsWith(field, StringComparison.Ordinal) : f.Field == field) ?? [];

    /// <summary>Flags that point at no field of the form: notes on the decision as a whole.</summary>
    public IEnumerable<DecisionFlagView> GeneralFlags =>
        Draft?.Flags.Where(f => f.Field is not ("number" or "date" or "signer" or "issuer" or "effectiveDate" or "title") && !f.Field.StartsWith("items[", StringComparison.Ordinal)) ?? [];

    public static string Lines(IEnumerable<string> lines) => string.Join('\n', lines);

    public static string FeeLine(PublicFee fee) => $"{fee.Name}: {fee.Amount.ToString("N0", Vietnamese)}";

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        var problem = await LoadAsync(id, ct);
        return RecordPage(problem);
    }

    public async Task<IActionResult> OnPostSaveAsync(Guid id, CancellationToken ct)
    {
        var current = await catalog.GetDecisionAsync(id, ct);
        if (!current.Ok)
        {
            return await FailedAsync(current.Problem!, async () => await LoadAsync(id, ct));
        }

        var draft = current.Value!;
        var items = draft.Items.Select((item, i) => Merge(item, Form.Items.ElementAtOrDefault(i))).ToList();
        var body = new { Form.Number, Form.Date, Form.Signer, Form.Issuer, Form.EffectiveDate, Form.Title, items, acceptFlags = Form.Accept };
        var result = await catalog.SaveDecisionAsync(id, body, ct);
        return result.Ok
            ? Succeeded(result.Value!.OpenFlags == 0 ? "Đã lưu. Không còn cảnh báo: có thể áp dụng quyết định." : $"Đã lưu. Còn {result.Value.OpenFlags} cảnh báo chưa xử lý.")
            : await FailedAsync(result.Problem!, async () => await LoadAsync(id, ct));
    }

    public async Task<IActionResult> OnPostApplyAsync(Guid id, CancellationToken ct)
    {
        var result = await catalog.ApplyDecisionAsync(id, ct);
        return result.Ok
            ? Succeeded($"Đã áp dụng quyết định {result.Value!.Number} vào danh mục.", "/nghiep-vu/thu-tuc/quyet-dinh")
            : await FailedAsync(result.Problem!, async () => await LoadAsync(id, ct));
    }

    /// <summary>The item as the office left it: what the form holds replaces what was read; list fields keep their read entries where the text is unchanged.</summary>
    private static DecisionItemView Merge(DecisionItemView item, ItemForm? form)
    {
        if (form is null)
        {
            return item;
        }

        var content = item.Content;
        if (content is not null)
        {
            content = content with
            {
                Name = form.Name?.Trim() ?? "",
                Sector = form.Sector?.Trim() ?? "",
                ProcessingDays = form.ProcessingDays ?? 0,
                OnlineLevel = form.OnlineLevel ?? "",
                Place = form.Place?.Trim() ?? "",
                ImplementingAgency = form.ImplementingAgency?.Trim() ?? "",
                Applicants = form.Applicants?.Trim() ?? "",
                Result = form.Result?.Trim() ?? "",
                Steps = DecisionHeaderForm.Lines(form.Steps),
                Dossier = [.. DecisionHeaderForm.Lines(form.Dossier).Select(line => content.Dossier.FirstOrDefault(d => d.Name == line) ?? new DossierComponent(line, 1, 0, true, null))],
                Fees = [.. DecisionHeaderForm.Lines(form.Fees).Select(line => content.Fees.FirstOrDefault(f => FeeLine(f) == line) ?? Fee(line))],
                LegalBases = [.. DecisionHeaderForm.Lines(form.LegalBases).Select(line => content.LegalBases.FirstOrDefault(b => b.Title == line) ?? new LegalBasis("", null, "", line))],
            };
        }

        return item with { Change = form.Change ?? item.Change, Code = form.Code?.Trim() ?? "", Content = content };
    }

    /// <summary>"Lệ phí: 600.000" — a name, a colon, the amount in đồng; a line without an amount is kept as its name with 0, which the diff shows.</summary>
    private static PublicFee Fee(string line)
    {
        var colon = line.LastIndexOf(':');
        var digits = colon < 0 ? "" : new string(line[(colon + 1)..].Where(char.IsDigit).ToArray());
        return digits.Length is > 0 and < 15 ? new PublicFee(line[..colon].Trim(), long.Parse(digits, CultureInfo.InvariantCulture), null) : new PublicFee(line, 0, null);
    }

    private async Task<ApiProblem?> LoadAsync(Guid id, CancellationToken ct)
    {
        var result = await catalog.GetDecisionAsync(id, ct);
        Draft = result.Value;
        Problem ??= result.Problem;
        return result.Problem;
    }
}
