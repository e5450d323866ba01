using VanPhong.Persistence;
using VanPhong.ServiceDefaults;

namespace VanPhong.Plans.Model;

public enum PlanStatus
{
    /// <summary>Dự thảo: being prepared, editable, not tracked.</summary>
    Draft,

    /// <summary>Đã ban hành: in force; items are tracked and urged.</summary>
    Issued,

    /// <summary>Đã kết thúc: the year is over; read only.</summary>
    Closed,
}

/// <summary>Kế hoạch kiểm soát TTHC: the Board's yearly plan, issued by a decision of the head of the Board.</summary>
public sealed class Plan : IVersioned
{
    /// <summary>The concurrency token: two spendings (or two edits) at once cannot both pass the same check.</summary>
    public int Version { get; private set; } = 1;

    public Guid Id { get; set; } = Guid.CreateVersion7();

    public int Year { get; set; }

    public string Title { get; set; } = "";

    /// <summary>Số quyết định, e.g. "12/QĐ-KKT" (the 2023 decision leaves the number blank: "/QĐ-KKT").</summary>
    public string? DecisionNumber { get; set; }

    public DateOnly? DecisionDate { get; set; }

    /// <summary>The date as written when it is incomplete ("ngày tháng 02 năm 2023").</summary>
    public string? DecisionDateText { get; set; }

    public string? Signer { get; set; }

    public string? SignerTitle { get; set; }

    /// <summary>Căn cứ: the legal bases cited by the decision.</summary>
    public List<string> LegalBases { get; set; } = [];

    /// <summary>Kinh phí thực hiện, in đồng.</summary>
    public long Budget { get; set; }

    public string? Purpose { get; set; }

    /// <summary>Tổ chức thực hiện: responsibilities (the office monitors and urges; units report; results count for emulation).</summary>
    public string? Organisation { get; set; }

    public PlanStatus Status { get; set; } = PlanStatus.Draft;

    public DateOnly? IssuedOn { get; set; }

    public DateOnly? ClosedOn { get; set; }

    public List<PlanSection> Sections { get; set; } = [];

    public List<PlanItem> Items { get; set; } = [];

    public List<SpendingEntry> Spending { get; set; } = [];

    public long Spent => Spending.Sum(s => s.Amount);

    /// <summary>
    /// Records a spending against the budget, refused when it would exceed what remains. It raises the plan's version,
    /// so a concurrent spending checked against the same remainder fails its write instead of passing too.
    /// </summary>
    public SpendingEntry Spend(long amount, DateOnly spentOn, string description, string? documentNumber, Guid? itemId)
    {
        if (Spent + amount > Budget)
        {
            throw new StateConflictException("Khoản chi vượt kinh phí", $"Khoản chi vượt kinh phí còn lại ({Budget - Spent:N0} đồng).");
        }

        var entry = new SpendingEntry { PlanId = Id, ItemId = itemId, Amount = amount, SpentOn = spentOn, Description = description, DocumentNumber = documentNumber };
        Spending.Add(entry);
        Version++;
        return entry;
    }
}

/// <summary>A section of the appendix, I–VIII (e.g. "VI. Tiếp nhận, xử lý phản ánh kiến nghị…").</summary>
public sealed class PlanSection
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid PlanId { get; set; }

    public string Code { get; set; } = "";

    public string Title { get; set; } = "";

    public int Order { get; set; }
}

/// <summary>Chi kinh phí: money spent from the plan's budget, on an item or on the plan as a whole.</summary>
public sealed class SpendingEntry
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid PlanId { get; set; }

    public Guid? ItemId { get; set; }

    public long Amount { get; set; }

    public DateOnly SpentOn { get; set; }

    public string Description { get; set; } = "";

    public string? DocumentNumber { get; set; }
}
