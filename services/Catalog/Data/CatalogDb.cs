using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
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

public sealed class SqliteCatalogDbFactory : IDesignTimeDbContextFactory<SqliteCatalogDb>
{
    public SqliteCatalogDb CreateDbContext(string[] args) => new(DesignTime.SqliteOptions<SqliteCatalogDb>());
}

public sealed class SqlServerCatalogDbFactory : IDesignTimeDbContextFactory<SqlServerCatalogDb>
{
    public SqlServerCatalogDb CreateDbContext(string[] args) => new(DesignTime.SqlServerOptions<SqlServerCatalogDb>());
}

internal sealed class ProcedureConfiguration : IEntityTypeConfiguration<Procedure>
{
    public void Configure(EntityTypeBuilder<Procedure> b)
    {
        b.ToTable("Procedures");
        b.HasKey(p => p.Id);
        b.HasIndex(p => p.Code).IsUnique();
        b.Property(p => p.Code).HasMaxLength(30);
        b.Property(p => p.HandlingUnit).HasMaxLength(20);
        b.Property(p => p.Status).HasConversion<string>().HasMaxLength(20);
        b.HasMany(p => p.Versions).WithOne().HasForeignKey(v => v.ProcedureId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class ProcedureVersionConfiguration : IEntityTypeConfiguration<ProcedureVersion>
{
    public void Configure(EntityTypeBuilder<ProcedureVersion> b)
    {
        b.ToTable("ProcedureVersions");
        b.HasKey(v => v.Id);
        b.HasIndex(v => new { v.ProcedureId, v.Number }).IsUnique();
        b.HasIndex(v => new { v.EffectiveTo, v.Sector });
        b.HasIndex(v => v.Code);
        b.Property(v => v.Code).HasMaxLength(30);
        b.Property(v => v.DecisionNumber).HasMaxLength(50);
        b.Property(v => v.Change).HasConversion<string>().HasMaxLength(20);
        b.Property(v => v.Name).HasMaxLength(1000);
        b.Property(v => v.Sector).HasMaxLength(200);
        b.Property(v => v.OnlineLevel).HasMaxLength(20);
        b.Ignore(v => v.Content);
        b.HasOne(v => v.Body).WithOne().HasForeignKey<ProcedureVersionContent>(c => c.VersionId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class ProcedureVersionContentConfiguration : IEntityTypeConfiguration<ProcedureVersionContent>
{
    public void Configure(EntityTypeBuilder<ProcedureVersionContent> b)
    {
        b.ToTable("ProcedureVersionContents");
        b.HasKey(c => c.VersionId);
        b.Ignore(c => c.Content);
    }
}

internal sealed class PublicationDecisionConfiguration : IEntityTypeConfiguration<PublicationDecision>
{
    public void Configure(EntityTypeBuilder<PublicationDecision> b)
    {
        b.ToTable("PublicationDecisions");
        b.HasKey(d => d.Id);
        b.HasIndex(d => d.Number).IsUnique();
        b.Property(d => d.Number).HasMaxLength(50);
        b.Property(d => d.Signer).HasMaxLength(200);
        b.Property(d => d.Issuer).HasMaxLength(200);
        b.Property(d => d.Title).HasMaxLength(1000);
        b.Property(d => d.Status).HasConversion<string>().HasMaxLength(20);
        b.Ignore(d => d.Items);
        b.Ignore(d => d.Flags);
        b.Property(d => d.SourceFileName).HasMaxLength(260);
        b.Property(d => d.SourceKind).HasMaxLength(10);
    }
}

internal sealed class InternalProcedureConfiguration : IEntityTypeConfiguration<InternalProcedure>
{
    public void Configure(EntityTypeBuilder<InternalProcedure> b)
    {
        b.ToTable("InternalProcedures");
        b.HasKey(i => i.Id);
        b.HasIndex(i => i.ProcedureCode).IsUnique();
        b.Property(i => i.ProcedureCode).HasMaxLength(30);
        b.Property(i => i.Status).HasConversion<string>().HasMaxLength(20);
        b.Property(i => i.PublicationDecisionNumber).HasMaxLength(50);
        b.Property(i => i.ApprovalDecisionNumber).HasMaxLength(50);
        b.Ignore(i => i.Steps);
    }
}

internal sealed class ProcedureReviewConfiguration : IEntityTypeConfiguration<ProcedureReview>
{
    public void Configure(EntityTypeBuilder<ProcedureReview> b)
    {
        b.ToTable("ProcedureReviews");
        b.HasKey(r => r.Id);
        b.HasIndex(r => new { r.ProcedureCode, r.Year });
        b.Property(r => r.ProcedureCode).HasMaxLength(30);
        b.Property(r => r.Status).HasConversion<string>().HasMaxLength(20);
        b.Property(r => r.PlanItemCode).HasMaxLength(20);
        b.Property(r => r.UnitCode).HasMaxLength(20);
        b.Property(r => r.FeedbackCodes).HasMaxLength(2000);
        b.Property(r => r.CarriedOutByDecisionNumber).HasMaxLength(50);
    }
}
