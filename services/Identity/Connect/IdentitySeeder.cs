using System.Security.Cryptography;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using OpenIddict.Abstractions;
using VanPhong.Contracts;
using VanPhong.Identity.Data;
using VanPhong.Messaging;
using VanPhong.Persistence;
using VanPhong.Security;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace VanPhong.Identity.Connect;

/// <summary>
/// First run and every start: the roles, the seeded units (and an OrganisationUnitChanged per unit, so every
/// consumer holds the current list even after a reset of its own database), the first administrator, and the
/// registered clients.
/// </summary>
public sealed class IdentitySeeder(IServiceScopeFactory scopes, IOptions<TokenServerOptions> options, IHostEnvironment environment, TimeProvider clock, ILogger<IdentitySeeder> logger)
    : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        // One replica at a time: a second identity replica starting alongside finds everything there.
        await scopes.SeedAtStartupAsync("seed-identity", async (services, ct) =>
        {
            await SeedRolesAsync(services.GetRequiredService<RoleManager<IdentityRole>>());
            await SeedUnitsAsync(services.GetRequiredService<IdentityDb>(), ct);
            await SeedAdministratorAsync(services.GetRequiredService<UserManager<StaffUser>>());
            await SeedClientsAsync(services.GetRequiredService<IOpenIddictApplicationManager>(), ct);
        }, cancellationToken);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private static async Task SeedRolesAsync(RoleManager<IdentityRole> roles)
    {
        foreach (var role in StaffRoles.All)
        {
            if (!await roles.RoleExistsAsync(role))
            {
                await roles.CreateAsync(new IdentityRole(role));
            }
        }
    }

    private async Task SeedUnitsAsync(IdentityDb db, CancellationToken cancellationToken)
    {
        if (!await db.Units.AnyAsync(cancellationToken))
        {
            db.Units.AddRange(OrganisationUnit.Seed.Select(u => new OrganisationUnit { Code = u.Code, Name = u.Name, Kind = u.Kind, Email = u.Email }));
            await db.SaveChangesAsync(cancellationToken);
        }

        foreach (var unit in await db.Units.AsNoTracking().ToListAsync(cancellationToken))
        {
            db.AddEvent(unit.ToEvent(clock), clock);
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    private async Task SeedAdministratorAsync(UserManager<StaffUser> users)
    {
        if ((await users.GetUsersInRoleAsync(StaffRoles.Administrator)).Count > 0)
        {
            return;
        }

        var admin = options.Value.Admin;
        var password = admin.Password;
        var generated = string.IsNullOrWhiteSpace(password);
        string? passwordFile = null;
        if (generated)
        {
            password = GeneratePassword();
            if (!environment.IsDevelopment())
            {
                // Written before the account exists, so a failure here leaves no administrator whose password nobody has.
                passwordFile = WriteOwnerOnly(PasswordFilePath(), password);
            }
        }

        var user = new StaffUser { UserName = admin.UserName, FullName = admin.FullName, UnitCode = "VP", EmailConfirmed = true };
        var result = await users.CreateAsync(user, password!);
        if (!result.Succeeded)
        {
            throw new InvalidOperationException("The first administrator could not be created: " + string.Join(" ", result.Errors.Select(e => e.Description)));
        }

        await users.AddToRoleAsync(user, StaffRoles.Administrator);
        if (passwordFile is not null)
        {
            // Outside Development the log goes to collectors and dashboards that others read: only where to find it.
            logger.LogWarning("Đã tạo tài khoản quản trị '{UserName}'; mật khẩu tạm được ghi vào tệp {PasswordFile} (chỉ tài khoản chạy dịch vụ đọc được) — hãy đăng nhập, đổi mật khẩu rồi xóa tệp.", admin.UserName, passwordFile);
        }
        else if (generated)
        {
            // Development only: printed once, on the run that creates the account; change it at /api/identity/me/password.
            logger.LogWarning("Đã tạo tài khoản quản trị '{UserName}' với mật khẩu tạm: {Password} — hãy đổi mật khẩu ngay sau lần đăng nhập đầu tiên.", admin.UserName, password);
        }
        else
        {
            logger.LogInformation("Đã tạo tài khoản quản trị '{UserName}' với mật khẩu từ cấu hình.", admin.UserName);
        }
    }

    /// <summary>Identity:Admin:PasswordFile, beside the key file (the service's state directory) unless it is absolute.</summary>
    private string PasswordFilePath()
    {
        var directory = Path.GetDirectoryName(Path.GetFullPath(options.Value.KeyFile))!;
        return Path.GetFullPath(Path.Combine(directory, options.Value.Admin.PasswordFile));
    }

    private static string WriteOwnerOnly(string path, string content)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var file = new FileStreamOptions { Mode = FileMode.Create, Access = FileAccess.Write, Share = FileShare.None };
        if (!OperatingSystem.IsWindows())
        {
            // Created with these rights, so the password is never readable by others, not even for a moment.
            file.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        }

        using (var writer = new StreamWriter(path, new System.Text.UTF8Encoding(encoderShouldEmitUTF8Identifier: false), file))
        {
            writer.WriteLine(content);
        }

        if (!OperatingSystem.IsWindows())
        {
            // A file left by an earlier run keeps its old rights when overwritten.
            File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        }

        return path;
    }

    private async Task SeedClientsAsync(IOpenIddictApplicationManager applications, CancellationToken cancellationToken)
    {
        var web = new OpenIddictApplicationDescriptor
        {
            ClientId = KnownClients.Web,
            DisplayName = "Trang nghiệp vụ",
            ClientType = ClientTypes.Public,
            ApplicationType = ApplicationTypes.Web,
            Permissions =
            {
                Permissions.Endpoints.Authorization, Permissions.Endpoints.Token, Permissions.Endpoints.EndSession,
                Permissions.GrantTypes.AuthorizationCode, Permissions.GrantTypes.RefreshToken, Permissions.ResponseTypes.Code,
                Permissions.Scopes.Profile, Permissions.Scopes.Roles, Permissions.Prefixes.Scope + StaffClaims.ApiScope,
            },
            Requirements = { Requirements.Features.ProofKeyForCodeExchange },
        };
        foreach (var uri in options.Value.WebClient.RedirectUris)
        {
            web.RedirectUris.Add(new Uri(uri));
        }

        foreach (var uri in options.Value.WebClient.PostLogoutRedirectUris)
        {
            web.PostLogoutRedirectUris.Add(new Uri(uri));
        }

        await UpsertAsync(applications, web, cancellationToken);

        await UpsertAsync(applications, new OpenIddictApplicationDescriptor
        {
            ClientId = KnownClients.CommandLine,
            DisplayName = "Dòng lệnh",
            ClientType = ClientTypes.Public,
            ApplicationType = ApplicationTypes.Native,
            Permissions =
            {
                Permissions.Endpoints.Token, Permissions.GrantTypes.Password, Permissions.GrantTypes.RefreshToken,
                Permissions.Scopes.Profile, Permissions.Scopes.Roles, Permissions.Prefixes.Scope + StaffClaims.ApiScope,
            },
        }, cancellationToken);

        foreach (var (clientId, client) in options.Value.Clients.Where(c => !string.IsNullOrWhiteSpace(c.Value.Secret)))
        {
            var descriptor = new OpenIddictApplicationDescriptor
            {
                ClientId = clientId,
                ClientSecret = client.Secret,
                DisplayName = client.DisplayName ?? clientId,
                ClientType = ClientTypes.Confidential,
                Permissions = { Permissions.Endpoints.Token, Permissions.GrantTypes.ClientCredentials, Permissions.Prefixes.Scope + StaffClaims.ApiScope },
            };
            if (client.AccessTokenLifetime is { } lifetime)
            {
                descriptor.SetAccessTokenLifetime(lifetime);
            }

            await UpsertAsync(applications, descriptor, cancellationToken);
        }
    }

    private static async Task UpsertAsync(IOpenIddictApplicationManager applications, OpenIddictApplicationDescriptor descriptor, CancellationToken cancellationToken)
    {
        var existing = await applications.FindByClientIdAsync(descriptor.ClientId!, cancellationToken);
        if (existing is null)
        {
            await applications.CreateAsync(descriptor, cancellationToken);
        }
        else
        {
            await applications.UpdateAsync(existing, descriptor, cancellationToken);
        }
    }

    private static string GeneratePassword()
    {
        const string letters = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
        var body = new string(Enumerable.Range(0, 14).Select(_ => letters[RandomNumberGenerator.GetInt32(letters.Length)]).ToArray());
        return $"Vp{body}9!";
    }
}

public static class UnitEvents
{
    public static OrganisationUnitChanged ToEvent(this OrganisationUnit unit, TimeProvider clock) =>
        new(unit.Code, unit.Name, unit.Kind.ToString(), unit.Email, unit.IsActive, clock.GetUtcNow());
}
