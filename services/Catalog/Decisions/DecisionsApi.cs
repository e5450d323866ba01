using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using VanPhong.Catalog.Data;
using VanPhong.Catalog.Model;
using VanPhong.Security;
using VanPhong.Text;

namespace VanPhong.Catalog.Decisions;

/// <summary>Quyết định công bố TTHC: recorded as a draft by the office, then applied to the catalog.</summary>
public static class DecisionsApi
{
    public sealed record DecisionRequest(string? Number, DateOnly? Date, string? Signer, string? Issuer, DateOnly? EffectiveDate, string? Title, List<DecisionItem>? Items);

    public sealed record DecisionView(Guid Id, string Number, DateOnly Date, string Signer, string Issuer, DateOnly EffectiveDate, string? Title, string Status, DateTime? AppliedAt,
        int New, int Amended, int Abolished, IReadOnlyList<DecisionItem> Items);

    public static RouteGroupBuilder MapDecisions(this RouteGroupBuilder procedures)
    {
        procedures.MapGet("/decisions", async (CatalogDb db) =>
            TypedResults.Ok((await db.Decisions.AsNoTracking().OrderByDescending(d => d.Date).ToListAsync()).Select(View).ToList()))
            .WithName("ListPublicationDecisions").RequireAuthorization(StaffPolicies.Staff);
        procedures.MapGet("/decisions/{id:guid}", async Task<IResult> (Guid id, CatalogDb db) =>
            await db.Decisions.AsNoTracking().SingleOrDefaultAsync(d => d.Id == id) is { } found ? TypedResults.Ok(View(found)) : NotFound())
            .WithName("GetPublicationDecision").RequireAuthorization(StaffPolicies.Staff);
        procedures.MapPost("/decisions", CreateAsync).WithName("RecordPublicationDecision").RequireAuthorization(StaffPolicies.Office);
        procedures.MapPost("/decisions/{id:guid}/apply", ApplyAsync).WithName("ApplyPublicationDecision").RequireAuthorization(StaffPolicies.Office);
        return procedures;
    }

    private static async Task<IResult> CreateAsync(DecisionRequest request, CatalogDb db, DecisionApplier applier, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string[]>();
        var number = VietnameseText.Clean(request.Number);
        if (number is null)
        {
            errors["number"] = ["Vui lòng nhập số quyết định (ví dụ 1234/QĐ-UBND)."];
        }
        else if (await db.Decisions.AnyAsync(d => d.Number == number, cancellationToken))
        {
            errors["number"] = [$"Quyết định {number} đã được ghi nhận."];
        }

        if (request.Date is null)
        {
            errors["date"] = ["Vui lòng nhập ngày ban hành."];
        }

        if (VietnameseText.Clean(request.Signer) is null)
        {
            errors["signer"] = ["Vui lòng nhập người ký."];
        }

        if (request.EffectiveDate is { } effective && request.Date is { } date && effective < date)
        {
            errors["effectiveDate"] = ["Ngày hiệu lực không được trước ngày ban hành."];
        }

        if (request.Items is null || request.Items.Count == 0)
        {
            errors["items"] = ["Quyết định phải có ít nhất một thủ tục được công bố."];
        }
        else
        {
            foreach (var (key, value) in await applier.ValidateAsync(request.Items, cancellationToken))
            {
                errors[key] = value;
            }
        }

        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors, title: "Quyết định công bố chưa hợp lệ");
        }

        var decision = new PublicationDecision
        {
            Number = number!,
            Date = request.Date!.Value,
            Signer = VietnameseText.Clean(request.Signer)!,
            Issuer = VietnameseText.Clean(request.Issuer) ?? "Chủ tịch UBND tỉnh Khánh Hòa",
            EffectiveDate = request.EffectiveDate ?? request.Date!.Value,
            Title = VietnameseText.Clean(request.Title),
            Status = DecisionStatus.Draft,
            Items = request.Items!,
        };
        db.Decisions.Add(decision);
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Created($"/api/procedures/decisions/{decision.Id}", View(decision));
    }

    private static async Task<IResult> ApplyAsync(Guid id, CatalogDb db, DecisionApplier applier, CancellationToken cancellationToken)
    {
        var decision = await db.Decisions.SingleOrDefaultAsync(d => d.Id == id, cancellationToken);
        if (decision is null)
        {
            return NotFound();
        }

        if (decision.Status == DecisionStatus.Applied)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: "Quyết định đã được áp dụng", detail: $"Quyết định {decision.Number} đã được áp dụng.");
        }

        // The catalog may have changed since the draft was recorded (another decision applied): check again.
        var errors = await applier.ValidateAsync(decision.Items, cancellationToken);
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors, title: "Quyết định không còn áp dụng được");
        }

        var strategy = db.Database.CreateExecutionStrategy();
        await strategy.ExecuteAsync(async () =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            await applier.ApplyAsync(decision, cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        });
        return TypedResults.Ok(View(decision));
    }

    private static DecisionView View(PublicationDecision d)
    {
        var items = d.Items;
        return new DecisionView(d.Id, d.Number, d.Date, d.Signer, d.Issuer, d.EffectiveDate, d.Title, d.Status.ToString(), d.AppliedAt,
            items.Count(i => i.Change == ChangeKind.New), items.Count(i => i.Change == ChangeKind.Amended), items.Count(i => i.Change == ChangeKind.Abolished), items);
    }

    internal static IResult NotFound() => TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Không tìm thấy");
}
