using Microsoft.AspNetCore.Mvc;
using VanPhong.Web.Backend;

namespace VanPhong.Web.Pages.Staff.Plan;

/// <summary>Thêm nhiệm vụ: the office adds an item (or a group of items) to a section of the plan, as the plan's text words it.</summary>
public sealed class AddItemModel(PlansClient plans) : StaffPage
{
    [FromRoute]
    public Guid PlanId { get; set; }

    public PlanDetail? Plan { get; private set; }

    /// <summary>The item as the office types it; the plan registry reads the timeframe and the units.</summary>
    public sealed class NewItem : ItemWording
    {
        public string? SectionCode { get; set; }
        public string? Code { get; set; }
        public string? ParentCode { get; set; }
        public bool IsGroup { get; set; }
    }

    [BindProperty]
    public NewItem Item { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var problem = await LoadAsync(ct);
        return RecordPage(problem);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var body = new
        {
            sectionCode = Item.SectionCode, code = Item.Code?.Trim(), parentCode = string.IsNullOrWhiteSpace(Item.ParentCode) ? null : Item.ParentCode.Trim(),
            isGroup = Item.IsGroup, content = Item.Content, timeframe = Item.Timeframe, leadUnits = Item.LeadUnits, coordinatingUnits = Item.CoordinatingUnits ?? "",
            expectedResult = Item.ExpectedResult ?? "", weight = Item.Weight,
        };
        var result = await plans.AddItemAsync(PlanId, body, ct);
        if (!result.Ok)
        {
            return await FailedAsync(result.Problem!, () => LoadAsync(ct));
        }

        var added = result.Value!;
        return added.IsGroup
            ? Succeeded($"Đã thêm nhóm nhiệm vụ {added.Code}.", "/nghiep-vu/ke-hoach")
            : Succeeded($"Đã thêm nhiệm vụ {added.Code}.", $"/nghiep-vu/ke-hoach/nhiem-vu/{added.Id}");
    }

    private async Task<ApiProblem?> LoadAsync(CancellationToken ct)
    {
        var result = await plans.GetPlanAsync(PlanId, ct);
        Plan = result.Value;
        return result.Problem;
    }
}
