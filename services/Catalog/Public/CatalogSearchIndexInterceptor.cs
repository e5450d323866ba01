using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using VanPhong.Catalog.English;
using VanPhong.Catalog.Model;

namespace VanPhong.Catalog.Public;

/// <summary>
/// Tells the <see cref="CatalogSearchIndex"/> that what it holds changed: a save that adds or changes a version (a
/// decision applied: new, amended, abolished — the previous version's end is a change too), its content or an English
/// text. Every write path goes through SaveChanges, so none is missed by name. The index is told after the save and
/// again after the commit of the transaction the save was part of: a search that rebuilt in between read the rows
/// before they were committed.
/// </summary>
public sealed class CatalogSearchIndexInterceptor(CatalogSearchIndex index) : ISaveChangesInterceptor, IDbTransactionInterceptor
{
    private readonly ConditionalWeakTable<DbContext, object> _uncommitted = [];

    public InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Note(eventData.Context);
        return result;
    }

    public ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Note(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        Saved(eventData.Context);
        return result;
    }

    public ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        Saved(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public void SaveChangesFailed(DbContextErrorEventData eventData) => Saved(eventData.Context);

    public Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        Saved(eventData.Context);
        return Task.CompletedTask;
    }

    public void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData) => Ended(eventData.Context);

    public Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Ended(eventData.Context);
        return Task.CompletedTask;
    }

    public void TransactionRolledBack(DbTransaction transaction, TransactionEndEventData eventData) => Ended(eventData.Context);

    public Task TransactionRolledBackAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Ended(eventData.Context);
        return Task.CompletedTask;
    }

    private void Note(DbContext? context)
    {
        if (context is not null && context.ChangeTracker.Entries().Any(e =>
                e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted
                && e.Entity is ProcedureVersion or ProcedureVersionContent or ProcedureEnglish))
        {
            _uncommitted.AddOrUpdate(context, this);
        }
    }

    private void Saved(DbContext? context)
    {
        if (context is null || !_uncommitted.TryGetValue(context, out _))
        {
            return;
        }

        index.Invalidate();
        if (context.Database.CurrentTransaction is null)
        {
            _uncommitted.Remove(context);
        }
    }

    private void Ended(DbContext? context)
    {
        if (context is not null && _uncommitted.Remove(context))
        {
            index.Invalidate();
        }
    }
}
