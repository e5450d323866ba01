using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using VanPhong.Calendar;
using VanPhong.Catalog.Data;
using VanPhong.Catalog.HandlingUnits;
using VanPhong.Catalog.Model;
using VanPhong.Contracts;
using VanPhong.Messaging;
using VanPhong.ServiceDefaults;
using VanPhong.Text;

namespace VanPhong.Catalog.Decisions;

/// <summary>
/// Applies a publication decision: new procedures get their first version, amended ones a new version (the
/// previous one ends on the effective date), abolished ones a closing version. Each change is announced as
/// ProcedurePublished and (for new and amended procedures) starts the 30-working-day clock of the internal procedure.
/// All of it commits in one transaction, or none of it.
/// </summary>
public sealed partial class DecisionApplier(CatalogDb db, WorkingDayCalendar calendar, TimeProvider clock, IOptions<HandlingUnitOptions> handlingUnits)
{
    public const int InternalProcedureWorkingDays = 30;

    public async Task<ValidationErrors> ValidateAsync(IReadOnlyList<DecisionItem> items, CancellationToken cancellationToken)
    {
        var errors = new ValidationErrors();
        var codes = items.Select(i => i?.Code ?? "").ToList();
        var existing = await db.Procedures.AsNoTracking().Where(p => codes.Contains(p.Code)).ToDictionaryAsync(p => p.Code, cancellationToken);
        foreach (var duplicate in codes.Where(c => c.Length > 0).GroupBy(c => c).Where(g => g.Count() > 1))
        {
            errors.Add($"items.{duplicate.Key}", $"Thủ tục {duplicate.Key} xuất hiện nhiều lần trong quyết định.");
        }

        foreach (var (item, index) in items.Select((item, index) => (item, index)))
        {
            var at = $"items[{index}]";
            if (item is null)
            {
                errors.Add(at, "Mục trống trong danh sách thủ tục.");
                continue;
            }

            if (!ProcedureCodes.IsValid(item.Code))
            {
                errors.Add(at, $"Mã thủ tục \"{item.Code}\" không đúng định dạng của Cơ sở dữ liệu quốc gia (ví dụ 1.009645 hoặc 1.009645.H38).");
                continue;
            }

            existing.TryGetValue(item.Code!, out var procedure);
            var active = procedure is { Status: ProcedureStatus.Active };
            switch (item.Change)
            {
                case ChangeKind.New when procedure is not null:
                    errors.Add(at, $"Thủ tục {item.Code} đã có trong danh mục: dùng \"Amended\" để sửa đổi.");
                    continue;
                case ChangeKind.Amended or ChangeKind.Abolished when !active:
                    errors.Add(at, $"Thủ tục {item.Code} không có (hoặc đã bãi bỏ) trong danh mục.");
                    continue;
            }

            if (item.Change != ChangeKind.Abolished)
            {
                errors.Add(at, ValidateContent(item.Content));
            }

            if (await ProposalProblemAsync(item, cancellationToken) is { } proposalProblem)
            {
                errors.Add($"{at}.proposalIds", proposalProblem);
            }
        }

        return errors;
    }

    public async Task ApplyAsync(PublicationDecision decision, CancellationToken cancellationToken)
    {
        var items = decision.Items;
        var codes = items.Select(i => i.Code).ToList();
        var procedures = await db.Procedures.Include(p => p.Versions).ThenInclude(v => v.Body).Where(p => codes.Contains(p.Code)).ToDictionaryAsync(p => p.Code, cancellationToken);
        var tracking = await db.InternalProcedures.Where(i => codes.Contains(i.ProcedureCode)).ToDictionaryAsync(i => i.ProcedureCode, cancellationToken);
        foreach (var item in items)
        {
            procedures.TryGetValue(item.Code, out var procedure);
            if (procedure is null)
            {
                procedure = new Procedure
                {
                    Code = item.Code, Status = ProcedureStatus.Active, IsSample = decision.IsSample,
                    HandlingUnit = item.Content is null ? null : handlingUnits.Value.ForSector(item.Content.Sector),
                };
                db.Procedures.Add(procedure);
            }

            // The version in force on the day this change takes effect ends that day. A version an earlier decision set
            // to start on that day or later is what makes this more than "end the open version": an abolition means it
            // never takes effect (it is given an empty period, kept as the record of that decision); another change
            // holds until it starts.
            var effective = decision.EffectiveDate;
            var inForce = procedure.Versions
                .Where(v => v.EffectiveFrom < effective && (v.EffectiveTo is null || v.EffectiveTo > effective))
                .MaxBy(v => v.EffectiveFrom);
            var pending = procedure.Versions.Where(v => v.EffectiveFrom >= effective && (v.EffectiveTo is null || v.EffectiveTo > v.EffectiveFrom)).ToList();
            if (inForce is not null)
            {
                inForce.EffectiveTo = effective;
            }

            var content = item.Content ?? (inForce ?? procedure.Versions.MaxBy(v => v.Number))!.Content;
            var version = NewVersion(procedure, decision, item.Change, content, procedure.CurrentVersion + 1);
            procedure.Versions.Add(version);
            db.Versions.Add(version);
            procedure.CurrentVersion = version.Number;
            foreach (var later in pending)
            {
                if (item.Change == ChangeKind.Abolished || later.EffectiveFrom == effective)
                {
                    // Superseded before it began: abolished first, or replaced by this change on its very first day.
                    later.EffectiveTo = later.EffectiveFrom;
                }
                else if (version.EffectiveTo is null || later.EffectiveFrom < version.EffectiveTo)
                {
                    version.EffectiveTo = later.EffectiveFrom;
                }
            }

            if (item.Change == ChangeKind.Abolished)
            {
                procedure.Status = ProcedureStatus.Abolished;
                version.EffectiveTo = decision.EffectiveDate;
            }
            else
            {
                OpenInternalProcedure(tracking, item.Code, decision);
            }

            await CarryOutProposalsAsync(item, decision, version.Number, cancellationToken);
            db.AddEvent(new ProcedurePublished(procedure.Id, procedure.Code, content.Name, content.Sector, item.Change.ToString(), decision.Number,
                decision.Date, decision.EffectiveDate, content.OneStop, content.OnlineLevel, content.PostalService, content.OnlinePayment,
                content.ProcessingDays, procedure.IsSample, item.Change == ChangeKind.Abolished ? null : tracking[item.Code].SubmitDueOn, procedure.CurrentVersion,
                item.ProposalIds is { Count: > 0 } proposals ? proposals.Distinct().ToList() : null), clock);
        }

        decision.Status = DecisionStatus.Applied;
        decision.AppliedAt = clock.GetUtcNow().UtcDateTime;
    }

    /// <summary>
    /// A change may carry out simplification proposals of the same procedure that were proposed and not yet carried out;
    /// a new procedure carries out none (there was nothing to review).
    /// </summary>
    private async Task<string?> ProposalProblemAsync(DecisionItem item, CancellationToken cancellationToken)
    {
        if (item.ProposalIds is not { Count: > 0 } ids)
        {
            return null;
        }

        if (item.Change == ChangeKind.New)
        {
            return $"Thủ tục {item.Code} ban hành mới: không có phương án đơn giản hóa nào để thực hiện.";
        }

        var reviews = await db.Reviews.AsNoTracking().Where(r => ids.Contains(r.Id)).ToListAsync(cancellationToken);
        foreach (var id in ids.Distinct())
        {
            var review = reviews.SingleOrDefault(r => r.Id == id);
            var problem = review switch
            {
                null => $"Không có phương án đơn giản hóa {id}.",
                _ when review.ProcedureCode != item.Code => $"Phương án {id} là của thủ tục {review.ProcedureCode}, không phải {item.Code}.",
                { Status: not ReviewStatus.Proposed } => $"Phương án của thủ tục {item.Code} (năm {review.Year}) chưa được đề xuất.",
                { CarriedOutByDecisionNumber: { } number } => $"Phương án của thủ tục {item.Code} (năm {review.Year}) đã được thực hiện bởi Quyết định {number}.",
                _ => null,
            };
            if (problem is not null)
            {
                return problem;
            }
        }

        return null;
    }

    /// <summary>The trail's last link: each proposal the change carries out learns the decision and the version it produced.</summary>
    private async Task CarryOutProposalsAsync(DecisionItem item, PublicationDecision decision, int version, CancellationToken cancellationToken)
    {
        if (item.ProposalIds is not { Count: > 0 } ids)
        {
            return;
        }

        foreach (var review in await db.Reviews.Where(r => ids.Contains(r.Id)).ToListAsync(cancellationToken))
        {
            review.CarriedOutByDecisionId = decision.Id;
            review.CarriedOutByDecisionNumber = decision.Number;
            review.CarriedOutOn = decision.EffectiveDate;
            review.CarriedOutVersion = version;
        }
    }

    private void OpenInternalProcedure(Dictionary<string, InternalProcedure> tracking, string code, PublicationDecision decision)
    {
        if (!tracking.TryGetValue(code, out var internalProcedure))
        {
            internalProcedure = new InternalProcedure { ProcedureCode = code };
            db.InternalProcedures.Add(internalProcedure);
            tracking[code] = internalProcedure;
        }

        // A new or amended procedure needs its internal procedure (re)approved: the clock starts at publication.
        internalProcedure.Status = InternalProcedureStatus.Draft;
        internalProcedure.PublicationDecisionNumber = decision.Number;
        internalProcedure.PublishedOn = decision.Date;
        internalProcedure.SubmitDueOn = calendar.AddWorkingDays(decision.Date, InternalProcedureWorkingDays);
        internalProcedure.SubmittedOn = null;
        internalProcedure.ApprovalDecisionNumber = null;
        internalProcedure.ApprovedOn = null;
        internalProcedure.ElectronicDueOn = null;
        internalProcedure.ElectronicUpdatedOn = null;
    }

    private static ProcedureVersion NewVersion(Procedure procedure, PublicationDecision decision, ChangeKind change, ProcedureContent content, int number) => new()
    {
        ProcedureId = procedure.Id,
        Code = procedure.Code,
        IsSample = procedure.IsSample,
        Number = number,
        DecisionId = decision.Id,
        DecisionNumber = decision.Number,
        Change = change,
        EffectiveFrom = decision.EffectiveDate,
        Name = content.Name,
        Sector = content.Sector,
        OnlineLevel = content.OnlineLevel,
        OneStop = content.OneStop,
        PostalService = content.PostalService,
        OnlinePayment = content.OnlinePayment,
        ProcessingDays = content.ProcessingDays,
        SearchText = VietnameseText.Fold($"{procedure.Code} {content.Name} {content.NameEn} {content.Sector} {content.Result} {content.Applicants}"),
        Body = new ProcedureVersionContent { Json = JsonSerializer.Serialize(content, CatalogJson.Options) },
    };

    public static ValidationErrors ValidateContent(ProcedureContent? content)
    {
        var errors = new ValidationErrors();
        if (content is null)
        {
            errors.Add("content", "Thủ tục mới hoặc sửa đổi phải có đầy đủ nội dung.");
            return errors;
        }

        if (string.IsNullOrWhiteSpace(content.Name))
        {
            errors.Add("name", "Thiếu tên thủ tục.");
        }

        if (string.IsNullOrWhiteSpace(content.Sector))
        {
            errors.Add("sector", "Thiếu lĩnh vực.");
        }

        if (content.ProcessingDays is < 0 or > 365)
        {
            errors.Add("processingDays", "Thời hạn giải quyết phải từ 0 đến 365 ngày.");
        }

        if (!OnlineLevels.Names.ContainsKey(content.OnlineLevel ?? ""))
        {
            errors.Add("onlineLevel", "Mức độ dịch vụ công trực tuyến: Full (toàn trình), Partial (một phần) hoặc None.");
        }

        if (content.Dossier is null || content.Dossier.Count == 0)
        {
            errors.Add("dossier", "Phải nêu thành phần hồ sơ.");
        }

        if (content.LegalBases is null || content.LegalBases.Count == 0)
        {
            errors.Add("legalBases", "Phải nêu căn cứ pháp lý.");
        }

        if (content.Fees?.Any(f => f.Amount < 0) == true)
        {
            errors.Add("fees", "Phí, lệ phí không được âm.");
        }

        return errors;
    }
}
