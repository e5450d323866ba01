using Microsoft.AspNetCore.DataProtection;
using VanPhong.Identity.Account;
using VanPhong.Identity.Connect;
using VanPhong.Identity.Data;
using VanPhong.Identity.Me;
using VanPhong.Identity.Units;
using VanPhong.Identity.Users;
using VanPhong.Messaging;
using VanPhong.Persistence;
using VanPhong.Security;
using VanPhong.Topology;

namespace VanPhong.Identity;

internal static class ApplicationServices
{
    public static IHostApplicationBuilder AddApplicationServices(this IHostApplicationBuilder builder)
    {
        builder.AddServiceDatabase<IdentityDb, SqliteIdentityDb, SqlServerIdentityDb>(ResourceNames.IdentityDb);
        builder.AddMessaging<IdentityDb>(ResourceNames.IdentityService, ResourceNames.Messaging);
        builder.AddStaffSecurity(validateTokensFromIdentityService: false);
        builder.AddTokenServer();
        builder.Services.AddAntiforgery();
        // The sign-in cookie and the form tokens must read the same on every replica.
        builder.Services.AddDataProtection().SetApplicationName("vanphong-identity").PersistKeysToDbContext<IdentityDb>();
        return builder;
    }

    public static WebApplication MapApplicationEndpoints(this WebApplication app)
    {
        app.UseAntiforgery();
        app.MapConnectEndpoints();
        app.MapLoginPage();
        app.MapGroup(RoutePrefixes.Identity)
            .MapUsersApi()
            .MapUnitsApi()
            .MapMeApi()
            .MapAuditLog<IdentityDb>()
            .MapMessagingAdmin<IdentityDb>(StaffPolicies.Administration);
        return app;
    }
}
