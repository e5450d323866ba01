using Microsoft.EntityFrameworkCore;
using VanPhong.Calendar;
using VanPhong.Catalog.Data;
using VanPhong.Catalog.Decisions;
using VanPhong.Catalog.InternalProcedures;
using VanPhong.Catalog.Model;
using VanPhong.Messaging;
using VanPhong.Persistence;

namespace VanPhong.Catalog.Seed;

/// <summary>
/// A fresh install starts with the sample catalog (Catalog:SeedSampleOnEmpty, on by default): one sample publication
/// decision applied the way any decision is, and for the procedures marked so, an internal procedure drafted,
/// submitted, approved and put into the electronic process on plausible dates. Everything is flagged as sample data.
/// </summary>
public sealed class CatalogSeeder(IServiceScopeFactory scopes, IConfiguration configuration, ILogger<CatalogSeeder> logger) : IHostedService
{
    public const string ApprovalDecisionNumber = "MẪU-02/QĐ-UBND";

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (!configuration.GetValue("Catalog:SeedSampleOnEmpty", true))
        {
            return;
        }

        // One replica at a time: a second one starting alongside finds the sample catalog there.
        await scopes.SeedAtStartupAsync("seed-catalog", SeedAsync, cancellationToken);
    }

    private async Task SeedAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        var db = services.GetRequiredService<CatalogDb>();
        if (await db.Decisions.AnyAsync(cancellationToken))
        {
            return;
        }

        var calendar = services.GetRequiredService<WorkingDayCalendar>();
        var clock = services.GetRequiredService<TimeProvider>();
        var decision = new PublicationDecision
        {
            Number = SampleCatalog.DecisionNumber,
            Date = SampleCatalog.PublishedOn,
            EffectiveDate = SampleCatalog.PublishedOn,
            Signer = "(dữ liệu mẫu)",
            Title = "DỮ LIỆU MẪU — Công bố danh mục thủ tục hành chính thuộc thẩm quyền giải quyết của Ban quản lý Khu kinh tế Vân Phong",
            IsSample = true,
            Items = SampleCatalog.Procedures.Select(p => new DecisionItem(ChangeKind.New, p.Code, p.Content)).ToList(),
        };
        var strategy = db.Database.CreateExecutionStrategy();
        await strategy.ExecuteAsync(async () =>
        {
            db.ChangeTracker.Clear();
            db.Decisions.Add(decision);
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            await services.GetRequiredService<DecisionApplier>().ApplyAsync(decision, cancellationToken);
            var tracking = db.ChangeTracker.Entries<InternalProcedure>().Select(e => e.Entity).ToDictionary(i => i.ProcedureCode);
            foreach (var (code, content, _) in SampleCatalog.Procedures.Where(p => p.InternalProcedureApproved))
            {
                var internalProcedure = tracking[code];
                internalProcedure.Steps = StepsFor(content);
                internalProcedure.TotalWorkingDays = internalProcedure.Steps.Sum(s => s.WorkingDays);
                var submitted = calendar.AddWorkingDays(SampleCatalog.PublishedOn, 20);
                var approvedOn = calendar.AddWorkingDays(submitted, 5);
                db.AddEvent(internalProcedure.Submit(submitted), clock);
                db.AddEvent(internalProcedure.Approve(ApprovalDecisionNumber, approvedOn, calendar), clock);
                db.AddEvent(internalProcedure.RecordElectronicUpdate(approvedOn.AddDays(2)), clock);
            }

            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        });
        logger.LogInformation("Seeded the sample catalog: {Procedures} procedures by {Decision}", decision.Items.Count, decision.Number);
    }

    /// <summary>The usual shape of an internal procedure: one-stop desk, the division, the Board's leadership, the desk again.</summary>
    private static List<InternalStep> StepsFor(ProcedureContent content)
    {
        var legal = ProcessingTimes.LegalWorkingDays(content);
        var division = content.Sector switch
        {
            "Đầu tư tại Việt Nam" => "Phòng Quản lý đầu tư",
            "Hoạt động xây dựng" or "Quy hoạch xây dựng" => "Phòng Quản lý quy hoạch và xây dựng",
            "Môi trường" => "Phòng Quản lý tài nguyên và môi trường",
            _ => "Phòng Quản lý doanh nghiệp và lao động",
        };
        return
        [
            new(1, "Tiếp nhận, kiểm tra hồ sơ, chuyển phòng chuyên môn", "Bộ phận Một cửa", "Công chức tiếp nhận", 0.5),
            new(2, "Thẩm định hồ sơ, dự thảo kết quả", division, "Chuyên viên thụ lý; Lãnh đạo phòng", legal - 2),
            new(3, "Xem xét, ký kết quả", "Lãnh đạo Ban", "Phó Trưởng ban phụ trách", 1),
            new(4, "Vào sổ, trả kết quả cho tổ chức, cá nhân", "Bộ phận Một cửa", "Công chức trả kết quả", 0.5),
        ];
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
