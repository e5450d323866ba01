using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using VanPhong.Catalog.Data;
using VanPhong.Catalog.Decisions.Reading;
using VanPhong.Catalog.Model;
using VanPhong.Security;
using VanPhong.ServiceDefaults;
using VanPhong.Text;

namespace VanPhong.Catalog.Decisions;

/// <summary>Quyết định công bố TTHC: recorded as a draft by the office, then applied to the catalog.</summary>
/// <remarks>
/// About 300 lines and kept whole: recording, correcting and applying a decision share its header validation and
/// the correction's field-by-field audit; reading a document into a draft lives apart, in <c>Reading/</c>.
/// </remarks>
public static class DecisionsApi
{
    public sealed record DecisionRequest(string? Number, DateOnly? Date, string? Signer, string? Issuer, DateOnly? EffectiveDate, string? Title, List<DecisionItem>? Items);

    /// <summary>A correction of a draft: the header and items as they should be, and the flags the office accepts as the document says.</summary>
    public sealed record DecisionUpdate(string? Number, DateOnly? Date, string? Signer, string? Issuer, DateOnly? EffectiveDate, string? Title, List<DecisionItem>? Items,
        List<int>? AcceptFlags);

    public sealed record DecisionView(Guid Id, string Number, DateOnly Date, string Signer, string Issuer, DateOnly EffectiveDate, string? Title, string Status, DateTime? AppliedAt,
        int New, int Amended, int Abolished, IReadOnlyList<DecisionItem> Items,
        IReadOnlyList<DecisionFlag>? Flags = null, int OpenFlags = 0, string? SourceFileName = null, string? SourceKind = null);

    public static RouteGroupBuilder MapDecisions(this RouteGroupBuilder procedures)
    {
        procedures.MapGet("/decisions", async (CatalogDb db) =>
            TypedResults.Ok((await db.Decisions.AsNoTracking().OrderByDescending(d => d.Date).ToListAsync()).Select(View).ToList()))
            .WithName("ListPublicationDecisions").RequireAuthorization(StaffPolicies.Staff);
        procedures.MapGet("/decisions/{id:guid}", async Task<Results<Ok<DecisionView>, NotFoundProblem>> (Guid id, CatalogDb db) =>
            await db.Decisions.AsNoTracking().SingleOrDefaultAsync(d => d.Id == id) is { } found ? TypedResults.Ok(View(found)) : Problems.NotFound())
            .WithName("GetPublicationDecision").RequireAuthorization(StaffPolicies.Staff);
        procedures.MapPost("/decisions", CreateAsync).WithName("RecordPublicationDecision").RequireAuthorization(StaffPolicies.Office);
        procedures.MapPut("/decisions/{id:guid}", UpdateAsync).WithName("CorrectPublicationDecision").RequireAuthorization(StaffPolicies.Office);
        procedures.MapPost("/decisions/{id:guid}/apply", ApplyAsync).WithName("ApplyPublicationDecision").RequireAuthorization(StaffPolicies.Office);
        return procedures;
    }

    private static async Task<Results<Created<DecisionView>, ValidationProblem>> CreateAsync(DecisionRequest request, CatalogDb db, DecisionApplier applier, CancellationToken cancellationToken)
    {
        var errors = await ValidateHeaderAsync(request.Number, request.Date, request.Signer, request.EffectiveDate, request.Items, db, null, cancellationToken);
        if (request.Items is { Count: > 0 })
        {
            errors.Add(await applier.ValidateAsync(request.Items, cancellationToken));
        }

        if (errors.Any)
        {
            return errors.ToProblem("Quyết định công bố chưa hợp lệ");
        }

        var decision = new PublicationDecision
        {
            Number = VietnameseText.Clean(request.Number)!,
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

    /// <summary>What a draft's number says while the document's own could not be read (the number is unique).</summary>
    public const string UnreadNumber = "(chưa đọc được)";

    /// <summary>
    /// A header still holding what the reading could not read — the placeholder number, the calendar's first day —
    /// is never applied, whatever was done with its flags: the office types the real one.
    /// </summary>
    private static ValidationErrors UnreadHeader(string? number, DateOnly? date, DateOnly? effectiveDate)
    {
        var errors = new ValidationErrors();
        if (number?.StartsWith(UnreadNumber, StringComparison.Ordinal) == true)
        {
            errors.Add("number", "Số quyết định chưa đọc được từ văn bản: vui lòng nhập số đúng (ví dụ 1234/QĐ-UBND).");
        }

        if (date is { Year: < 1945 })
        {
            errors.Add("date", "Ngày ban hành chưa đọc được từ văn bản: vui lòng nhập ngày đúng.");
        }

        if (effectiveDate is { Year: < 1945 })
        {
            errors.Add("effectiveDate", "Ngày hiệu lực chưa đọc được từ văn bản: vui lòng nhập ngày đúng.");
        }

        return errors;
    }

    private static async Task<ValidationErrors> ValidateHeaderAsync(string? rawNumber, DateOnly? date, string? signer, DateOnly? effectiveDate,
        List<DecisionItem>? items, CatalogDb db, Guid? self, CancellationToken cancellationToken)
    {
        var number = VietnameseText.Clean(rawNumber);
        var errors = UnreadHeader(number, date, effectiveDate);
        if (number is null)
        {
            errors.Add("number", "Vui lòng nhập số quyết định (ví dụ 1234/QĐ-UBND).");
        }
        else if (number.Length > 50)
        {
            // Set, as for the effective date below: what is wrong with the value typed overrules "not read".
            errors.Set("number", "Số quyết định tối đa 50 ký tự.");
        }
        else if (!errors.Has("number") && await db.Decisions.AnyAsync(d => d.Number == number && d.Id != self, cancellationToken))
        {
            errors.Add("number", $"Quyết định {number} đã được ghi nhận.");
        }

        if (date is null)
        {
            errors.Add("date", "Vui lòng nhập ngày ban hành.");
        }

        if (VietnameseText.Clean(signer) is null)
        {
            errors.Add("signer", "Vui lòng nhập người ký.");
        }

        if (effectiveDate is { } effective && date is { } issued && effective < issued)
        {
            errors.Set("effectiveDate", "Ngày hiệu lực không được trước ngày ban hành.");
        }

        if (items is null || items.Count == 0)
        {
            errors.Add("items", "Quyết định phải có ít nhất một thủ tục được công bố.");
        }

        return errors;
    }

    /// <summary>
    /// The office corrects a draft: the header and items replace the draft's; a flag whose field now holds another value
    /// is corrected, a flag named in <see cref="DecisionUpdate.AcceptFlags"/> is accepted. The catalog checks wait for apply.
    /// </summary>
    private static async Task<Results<Ok<DecisionView>, NotFoundProblem, ConflictProblem, ValidationProblem>> UpdateAsync(Guid id, DecisionUpdate request, HttpContext http, CatalogDb db, CancellationToken cancellationToken)
    {
        var decision = await db.Decisions.SingleOrDefaultAsync(d => d.Id == id, cancellationToken);
        if (decision is null)
        {
            return Problems.NotFound();
        }

        // Two people correcting one draft: the one who read an older version is told, not overwritten.
        VanPhong.Persistence.StaleWrite.ThrowIfStale(http, decision.Version);

        if (decision.Status == DecisionStatus.Applied)
        {
            return Problems.Conflict("Quyết định đã được áp dụng", detail: $"Quyết định {decision.Number} đã được áp dụng: không sửa được nữa.");
        }

        var errors = await ValidateHeaderAsync(request.Number, request.Date, request.Signer, request.EffectiveDate, request.Items, db, id, cancellationToken);
        if (request.Items?.Any(i => i is null || i.Code is null) == true)
        {
            errors.Add("items", "Mục trống trong danh sách thủ tục.");
        }

        var flags = decision.Flags;
        var unknown = (request.AcceptFlags ?? []).Where(f => flags.All(x => x.Id != f)).ToList();
        if (unknown.Count > 0)
        {
            errors.Add("acceptFlags", $"Không có cảnh báo số {string.Join(", ", unknown)} trong quyết định này.");
        }

        if (errors.Any)
        {
            return errors.ToProblem("Quyết định công bố chưa hợp lệ");
        }

        var before = Fields(decision);
        var beforeCodes = decision.Items.Select(i => i?.Code).ToList();
        decision.Number = VietnameseText.Clean(request.Number)!;
        decision.Date = request.Date!.Value;
        decision.Signer = VietnameseText.Clean(request.Signer)!;
        decision.Issuer = VietnameseText.Clean(request.Issuer) ?? decision.Issuer;
        decision.EffectiveDate = request.EffectiveDate ?? request.Date!.Value;
        decision.Title = VietnameseText.Clean(request.Title);
        decision.Items = request.Items!;
        var after = Fields(decision);
        var accepted = (request.AcceptFlags ?? []).ToHashSet();
        decision.Flags = [.. flags.Select(f => f.Status != FlagStatus.Open ? f
            : accepted.Contains(f.Id) ? f with { Status = FlagStatus.Accepted }
            : ValueAt(before, f.Field) != ValueAt(after, SameItem(f.Field, beforeCodes, request.Items!)) ? f with { Status = FlagStatus.Corrected }
            : f)];
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(View(decision));
    }

    /// <summary>
    /// A flag's field in the corrected draft: <c>items[3]…</c> follows its procedure by code, so removing or moving
    /// another item never passes this one's flags for corrected. A procedure whose code was corrected keeps its place.
    /// </summary>
    private static string SameItem(string path, IReadOnlyList<string?> beforeCodes, IReadOnlyList<DecisionItem> after)
    {
        if (!path.StartsWith("items[", StringComparison.Ordinal) || path.IndexOf(']') is var close && close < 0
            || !int.TryParse(path.AsSpan(6, close - 6), out var index) || index >= beforeCodes.Count || beforeCodes[index] is not { } code)
        {
            return path;
        }

        var moved = after.Select((item, i) => (item, i)).Where(x => x.item?.Code == code).Select(x => x.i).DefaultIfEmpty(-1).First();
        return moved < 0 ? path : $"items[{moved}]{path[(close + 1)..]}";
    }

    /// <summary>The draft as JSON, the shape the flags' fields point into (<c>items[2].content.fees</c>).</summary>
    private static JsonNode Fields(PublicationDecision d) => JsonSerializer.SerializeToNode(new
    {
        d.Number, d.Date, d.Signer, d.Issuer, d.EffectiveDate, d.Title, d.Items,
    }, CatalogJson.Options)!;

    /// <summary>The value at a flag's field; null for what is no field (a note on the decision as a whole). "items" is their count.</summary>
    private static string? ValueAt(JsonNode root, string path)
    {
        if (path == "items")
        {
            return root["items"]?.AsArray().Count.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        JsonNode? node = root;
        foreach (var segment in path.Split('.'))
        {
            var bracket = segment.IndexOf('[');
            var name = bracket < 0 ? segment : segment[..bracket];
            node = node is JsonObject o && o.TryGetPropertyValue(name, out var child) ? child : null;
            if (bracket >= 0 && node is JsonArray array && int.TryParse(segment[(bracket + 1)..^1], out var index))
            {
                node = index < array.Count ? array[index] : null;
            }
            else if (bracket >= 0)
            {
                node = null;
            }

            if (node is null)
            {
                return path.StartsWith("items[", StringComparison.Ordinal) ? "(removed)" : null;
            }
        }

        return node.ToJsonString();
    }

    private static async Task<Results<Ok<DecisionView>, NotFoundProblem, ConflictProblem, ValidationProblem>> ApplyAsync(Guid id, CatalogDb db, DecisionApplier applier, CancellationToken cancellationToken)
    {
        var decision = await db.Decisions.SingleOrDefaultAsync(d => d.Id == id, cancellationToken);
        if (decision is null)
        {
            return Problems.NotFound();
        }

        if (decision.Status == DecisionStatus.Applied)
        {
            return Problems.Conflict("Quyết định đã được áp dụng", detail: $"Quyết định {decision.Number} đã được áp dụng.");
        }

        // A draft read from its document is applied once the office has dealt with every flag of the reading.
        var open = decision.Flags.Where(f => f.Status == FlagStatus.Open).ToList();
        if (open.Count > 0)
        {
            return Problems.Conflict("Quyết định còn cảnh báo chưa xử lý",
                detail: $"Còn {open.Count} cảnh báo của việc đọc quyết định chưa được sửa hoặc chấp nhận.",
                extensions: new Dictionary<string, object?> { ["flags"] = open });
        }

        var unread = UnreadHeader(decision.Number, decision.Date, decision.EffectiveDate);
        if (unread.Any)
        {
            return unread.ToProblem("Quyết định chưa có đủ số và ngày");
        }

        // The catalog may have changed since the draft was recorded (another decision applied): check again.
        var errors = await applier.ValidateAsync(decision.Items, cancellationToken);
        if (errors.Any)
        {
            return errors.ToProblem("Quyết định không còn áp dụng được");
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

    internal static DecisionView View(PublicationDecision d)
    {
        var items = d.Items;
        var flags = d.Flags;
        return new DecisionView(d.Id, d.Number, d.Date, d.Signer, d.Issuer, d.EffectiveDate, d.Title, d.Status.ToString(), d.AppliedAt,
            items.Count(i => i.Change == ChangeKind.New), items.Count(i => i.Change == ChangeKind.Amended), items.Count(i => i.Change == ChangeKind.Abolished), items,
            flags, flags.Count(f => f.Status == FlagStatus.Open), d.SourceFileName, d.SourceKind);
    }
}
