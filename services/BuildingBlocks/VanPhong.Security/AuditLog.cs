using System.Diagnostics;
using System.Security.Claims;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Migrations;
using VanPhong.Persistence;

namespace VanPhong.Security;

/// <summary>Nhật ký thao tác: one staff write to one record — who, when, what changed (before/after of each field).</summary>
public sealed class AuditEntry
{
    public Guid Id { get; private set; } = Guid.CreateVersion7();

    public DateTime At { get; private set; }

    public string? UserId { get; private set; }

    public string UserName { get; private set; } = "";

    public string? Unit { get; private set; }

    /// <summary>Created, Updated or Deleted.</summary>
    public string Action { get; private set; } = "";

    public string EntityType { get; private set; } = "";

    public string EntityId { get; private set; } = "";

    /// <summary>JSON object: field → { before, after }.</summary>
    public string Changes { get; private set; } = "{}";

    public string? TraceId { get; private set; }

    private AuditEntry()
    {
    }

    internal AuditEntry(DateTime at, ClaimsPrincipal user, string action, string entityType, string entityId, string changes)
    {
        At = at;
        UserId = user.UserId();
        UserName = user.DisplayName();
        Unit = user.UnitCode();
        Action = action;
        EntityType = entityType;
        EntityId = entityId;
        Changes = changes;
        TraceId = Activity.Current?.TraceId.ToString();
    }
}

public static class AuditLogModel
{
    /// <summary>
    /// An act that changes no field but must be on record — a data subject's data shown or handed over, an erasure
    /// asked for — added to the same SaveChanges as whatever goes with it. <paramref name="action"/> is at most 10 characters.
    /// </summary>
    public static void AddAuditEntry(this DbContext db, ClaimsPrincipal user, TimeProvider clock, string action, string entityType, string entityId, object details) =>
        db.Set<AuditEntry>().Add(new AuditEntry(clock.GetUtcNow().UtcDateTime, user, action, entityType, entityId, JsonSerializer.Serialize(details)));

    public const string Table = "AuditLog";

    public static ModelBuilder AddAuditLog(this ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<AuditEntry>(b =>
        {
            b.ToTable(Table);
            b.HasKey(e => e.Id);
            b.Property(e => e.UserId).HasMaxLength(100);
            b.Property(e => e.UserName).HasMaxLength(200);
            b.Property(e => e.Unit).HasMaxLength(20);
            b.Property(e => e.Action).HasMaxLength(10);
            b.Property(e => e.EntityType).HasMaxLength(100);
            b.Property(e => e.EntityId).HasMaxLength(100);
            b.Property(e => e.TraceId).HasMaxLength(32);
            b.HasIndex(e => new { e.EntityType, e.EntityId });
            b.HasIndex(e => e.At);
        });
        return modelBuilder;
    }

    /// <summary>
    /// Makes the audit table append-only in the database itself: an UPDATE or DELETE fails, whoever issues it.
    /// Called from the migration that creates the table, for either provider. On SQL Server the trigger is created
    /// through EXEC: CREATE TRIGGER must be the first statement of its batch, and the idempotent script an operator
    /// applies puts the whole migration in one batch under IF NOT EXISTS (SqlServerScriptTests).
    /// </summary>
    public static void MakeAuditLogAppendOnly(this MigrationBuilder migrationBuilder)
    {
        if (migrationBuilder.ActiveProvider == "Microsoft.EntityFrameworkCore.SqlServer")
        {
            migrationBuilder.Sql($"""
                EXEC(N'CREATE TRIGGER [TR_{Table}_AppendOnly] ON [{Table}] INSTEAD OF UPDATE, DELETE AS
                BEGIN
                    THROW 51000, N''Nhật ký thao tác chỉ được ghi thêm, không được sửa hoặc xóa.'', 1;
                END');
                """);
        }
        else
        {
            migrationBuilder.Sql($"CREATE TRIGGER TR_{Table}_NoUpdate BEFORE UPDATE ON {Table} BEGIN SELECT RAISE(ABORT, 'append-only audit log'); END;");
            migrationBuilder.Sql($"CREATE TRIGGER TR_{Table}_NoDelete BEFORE DELETE ON {Table} BEGIN SELECT RAISE(ABORT, 'append-only audit log'); END;");
        }
    }
}

/// <summary>
/// Marks an entity that is not logged row by row: rows imported in bulk from another system (ten thousand dossiers
/// of the one-stop system's export), whose import is logged as one record with its file and counts. A staff edit of
/// such a row is logged explicitly with <see cref="AuditLogModel.AddAuditEntry"/>.
/// </summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class NotAuditedPerRowAttribute : Attribute;

/// <summary>
/// Writes an <see cref="AuditEntry"/> for every entity a signed-in caller adds, changes or deletes, in the same
/// SaveChanges (so the record and its audit commit together). Writes without a signed-in caller — a citizen's
/// submission, an event applied by a consumer — are not staff writes and are not audited here.
/// </summary>
public sealed class AuditInterceptor(IHttpContextAccessor http, TimeProvider clock) : SaveChangesInterceptor
{
    /// <summary>Fields never copied into the log.</summary>
    private static readonly HashSet<string> SecretFields =
        ["PasswordHash", "SecurityStamp", "ConcurrencyStamp", "LookupKeyHash", "ClientSecret"];

    /// <summary>
    /// Not staff records: the event outbox and inbox, the mail outbox (a copy of a letter with the citizen's address,
    /// which the log must not keep again), the log itself, ASP.NET Core Identity's user tokens (their Value is an
    /// authenticator key or the recovery codes) and the identity service's count of refused sign-ins (client addresses).
    /// </summary>
    private static readonly HashSet<string> SkippedTypes = ["OutboxMessage", "InboxMessage", "OutgoingMail", nameof(AuditEntry), "IdentityUserToken`1", "SignInFailure"];

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Record(eventData.Context);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Record(eventData.Context);
        return ValueTask.FromResult(result);
    }

    private void Record(DbContext? context)
    {
        if (context is null || context.Model.FindEntityType(typeof(AuditEntry)) is null)
        {
            return;
        }

        context.ChangeTracker.DetectChanges();
        if (context.ChangeTracker.AsDetected<AuditEntry>().Any(e => e.State is EntityState.Modified or EntityState.Deleted))
        {
            throw new InvalidOperationException("The audit log is append-only.");
        }

        var user = http.HttpContext?.User;
        if (user?.Identity?.IsAuthenticated != true)
        {
            return;
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var entries = context.ChangeTracker.AsDetected()
            .Where(e => e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted)
            .Where(e => !SkippedTypes.Contains(e.Metadata.ClrType.Name) && !e.Metadata.ClrType.Namespace!.StartsWith("OpenIddict", StringComparison.Ordinal))
            .Where(e => !e.Metadata.ClrType.IsDefined(typeof(NotAuditedPerRowAttribute), inherit: false))
            .ToList();
        foreach (var entry in entries)
        {
            var changes = Changes(entry);
            if (entry.State == EntityState.Modified && changes.Count == 0)
            {
                continue;
            }

            context.Set<AuditEntry>().Add(new AuditEntry(
                now,
                user,
                entry.State switch { EntityState.Added => "Created", EntityState.Deleted => "Deleted", _ => "Updated" },
                entry.Metadata.DisplayName(),
                string.Join(",", entry.Metadata.FindPrimaryKey()!.Properties.Select(p => entry.Property(p.Name).CurrentValue)),
                JsonSerializer.Serialize(changes)));
        }
    }

    private static Dictionary<string, object?> Changes(EntityEntry entry)
    {
        var changes = new Dictionary<string, object?>();
        foreach (var property in entry.Properties)
        {
            var name = property.Metadata.Name;
            if (SecretFields.Contains(name) || property.Metadata.IsShadowProperty() && property.Metadata.IsForeignKey())
            {
                continue;
            }

            // Files by reference and hash, personal data masked: the log proves what changed without becoming a copy of it.
            var personal = property.Metadata.PropertyInfo?.IsDefined(typeof(PersonalDataAttribute), inherit: true) == true;
            object? Logged(object? value) => value is byte[] bytes ? AuditMasking.File(bytes) : personal ? AuditMasking.Mask(value) : value;
            switch (entry.State)
            {
                case EntityState.Added:
                    changes[name] = new { before = (object?)null, after = Logged(property.CurrentValue) };
                    break;
                case EntityState.Deleted:
                    changes[name] = new { before = Logged(property.OriginalValue), after = (object?)null };
                    break;
                case EntityState.Modified when property.IsModified && !ValuesEqual(property.OriginalValue, property.CurrentValue):
                    changes[name] = new { before = Logged(property.OriginalValue), after = Logged(property.CurrentValue) };
                    break;
            }
        }

        return changes;
    }

    private static bool ValuesEqual(object? a, object? b) => a is byte[] x && b is byte[] y ? x.AsSpan().SequenceEqual(y) : Equals(a, b);
}
