using Microsoft.EntityFrameworkCore;
using VanPhong.Catalog.Model;
using VanPhong.Messaging;
using VanPhong.Persistence;
using VanPhong.Security;

namespace VanPhong.Catalog.Data;

/// <summary>The catalog's database: procedures and their versions, publication decisions, internal procedures, reviews.</summary>
public abstract class CatalogDb(DbContextOptions options) : DbContext(options)
{
    public DbSet<Procedure> Procedures => Set<Procedure>();

    public DbSet<ProcedureVersion> Versions => Set<ProcedureVersion>();

    public DbSet<PublicationDecision> Decisions => Set<PublicationDecision>();

    public DbSet<InternalProcedure> InternalProcedures => Set<InternalProcedure>();

    public DbSet<ProcedureReview> Reviews => Set<ProcedureReview>();

    /// <summary>The office's English texts of procedures, one per procedure.</summary>
    public DbSet<English.ProcedureEnglish> EnglishTexts => Set<English.ProcedureEnglish>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        // One configuration per entity in Data/Configurations; unfiltered, since this context is the assembly's only one.
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(CatalogDb).Assembly);
        modelBuilder.AddOutboxAndInbox();
        modelBuilder.AddAuditLog();
        modelBuilder.AddJobLeases();
        modelBuilder.UseVersionTokens();
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder) =>
        configurationBuilder.UseUtcDateTimes();
}

public sealed class SqliteCatalogDb(DbContextOptions<SqliteCatalogDb> options) : CatalogDb(options);

public sealed class SqlServerCatalogDb(DbContextOptions<SqlServerCatalogDb> options) : CatalogDb(options);

public sealed class SqliteCatalogDbFactory() : SqliteDesignTimeFactory<SqliteCatalogDb>(options => new(options));

public sealed class SqlServerCatalogDbFactory() : SqlServerDesignTimeFactory<SqlServerCatalogDb>(options => new(options));
