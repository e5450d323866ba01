using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using VanPhong.Messaging;
using VanPhong.Persistence;
using VanPhong.Security;

namespace VanPhong.Identity.Data;

/// <summary>
/// Staff accounts and roles (ASP.NET Core Identity, with the authenticator keys and recovery codes of the second factor),
/// units, OpenIddict's applications and tokens, the refused sign-ins still counted, outbox, audit, and the
/// data-protection key ring of the sign-in pages (shared by every replica of the identity service).
/// </summary>
public abstract class IdentityDb(DbContextOptions options) : IdentityDbContext<StaffUser, IdentityRole, string>(options), IDataProtectionKeyContext
{
    public DbSet<OrganisationUnit> Units => Set<OrganisationUnit>();

    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    public DbSet<SignInFailure> SignInFailures => Set<SignInFailure>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        modelBuilder.UseOpenIddict();
        // One configuration per entity in Data/Configurations; unfiltered, since this context is the assembly's only one.
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(IdentityDb).Assembly);
        modelBuilder.AddOutboxAndInbox();
        modelBuilder.AddAuditLog();
        modelBuilder.AddJobLeases();
        modelBuilder.UseVersionTokens();
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder) =>
        configurationBuilder.UseUtcDateTimes();
}

public sealed class SqliteIdentityDb(DbContextOptions<SqliteIdentityDb> options) : IdentityDb(options);

public sealed class SqlServerIdentityDb(DbContextOptions<SqlServerIdentityDb> options) : IdentityDb(options);

public sealed class SqliteIdentityDbFactory() : SqliteDesignTimeFactory<SqliteIdentityDb>(options => new(options));

public sealed class SqlServerIdentityDbFactory() : SqlServerDesignTimeFactory<SqlServerIdentityDb>(options => new(options));
