using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using VanPhong.Contracts;
using VanPhong.IntegrationTests.Infrastructure;
using VanPhong.Reporting.Data;

namespace VanPhong.IntegrationTests.Reporting;

/// <summary>
/// Each event type has its own queue, so RabbitMQ gives no order between them: the approval of an internal
/// procedure may be projected before the publication that started its clock. The read model must end the same.
/// </summary>
public sealed class ProjectionOrderTests(PlatformFixture fixture) : IClassFixture<PlatformFixture>
{
    private readonly CancellationToken _ct = TestContext.Current.CancellationToken;

    private Platform P => fixture.Platform;

    [Fact]
    public async Task An_approval_projected_before_its_publication_is_kept()
    {
        var code = "9.9" + Random.Shared.Next(10000, 99999);
        var publishedOn = new DateOnly(2026, 3, 2);
        var bus = P.Reporting.Services.GetRequiredService<IBus>();

        await bus.Publish(new InternalProcedureSubmitted(code, new DateOnly(2026, 3, 20), new DateOnly(2026, 4, 14), publishedOn), _ct);
        await bus.Publish(new InternalProcedureApproved(code, "QĐ 12/QĐ-BQL", new DateOnly(2026, 3, 25), publishedOn), _ct);
        await Eventually.HoldsAsync(() => FactAsync(code), f => f is { InternalApprovedOn: not null, InternalSubmittedOn: not null }, what: "the approval is projected");

        await bus.Publish(new ProcedurePublished(Guid.NewGuid(), code, "Thủ tục thử thứ tự sự kiện", "Đầu tư", "New", "QĐ 5/QĐ-UBND",
            publishedOn, publishedOn, OneStop: true, OnlineLevel: "Full", InternalProcedureDueOn: new DateOnly(2026, 4, 14)), _ct);
        var fact = await Eventually.HoldsAsync(() => FactAsync(code), f => f?.PublishedOn == publishedOn, what: "the publication is projected");

        Assert.Equal(new DateOnly(2026, 3, 25), fact!.InternalApprovedOn);
        Assert.Equal(new DateOnly(2026, 3, 20), fact.InternalSubmittedOn);

        // A later amendment opens a new clock: the approval of the older version no longer counts.
        await bus.Publish(new ProcedurePublished(Guid.NewGuid(), code, "Thủ tục thử thứ tự sự kiện", "Đầu tư", "Amended", "QĐ 9/QĐ-UBND",
            new DateOnly(2026, 6, 1), new DateOnly(2026, 6, 1), OneStop: true, OnlineLevel: "Full", InternalProcedureDueOn: new DateOnly(2026, 7, 13)), _ct);
        fact = await Eventually.HoldsAsync(() => FactAsync(code), f => f?.PublishedOn == new DateOnly(2026, 6, 1), what: "the amendment is projected");
        Assert.Null(fact!.InternalApprovedOn);
        Assert.Null(fact.InternalSubmittedOn);
    }

    private async Task<ProcedureFact?> FactAsync(string code)
    {
        await using var scope = P.Reporting.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ReportingDb>();
        return await db.Procedures.AsNoTracking().SingleOrDefaultAsync(p => p.Code == code, _ct);
    }
}
