using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using VanPhong.IntegrationTests.Infrastructure;
using VanPhong.Topology;

namespace VanPhong.IntegrationTests.Web;

/// <summary>
/// Two replicas of the web pages on one key ring (kept in the web's database): the staff cookie one replica writes,
/// the other reads — a member of staff signed in on one stays signed in on the other, whichever the gateway picks.
/// </summary>
public sealed class SharedKeyRingTests
{
    private readonly string _state = RepositoryPaths.NewStateDirectory("web");

    [Fact]
    public void A_staff_cookie_written_by_one_web_replica_is_read_by_another()
    {
        using var first = Replica();
        using var second = Replica();
        var ticket = new AuthenticationTicket(
            new ClaimsPrincipal(new ClaimsIdentity([new Claim(ClaimTypes.Name, "chuyenvien.vp"), new Claim("unit", "VP")], "test")),
            CookieAuthenticationDefaults.AuthenticationScheme);

        var cookie = Format(first).Protect(ticket);
        var read = Format(second).Unprotect(cookie);

        Assert.NotNull(read);
        Assert.Equal("chuyenvien.vp", read!.Principal.Identity!.Name);
        // A key ring of its own (as each replica had before) cannot read it.
        using var stranger = Replica(Path.Combine(_state, "other.db"));
        Assert.Null(Format(stranger).Unprotect(cookie));
    }

    private WebApplicationFactory<VanPhong.Web.Marker> Replica(string? database = null) =>
        new WebApplicationFactory<VanPhong.Web.Marker>().WithWebHostBuilder(b =>
        {
            b.UseEnvironment("Development");
            b.UseSetting($"ConnectionStrings:{ResourceNames.WebDb}", $"Data Source={database ?? Path.Combine(_state, "webdb.db")}");
        });

    private static ISecureDataFormat<AuthenticationTicket> Format(WebApplicationFactory<VanPhong.Web.Marker> replica) =>
        replica.Services.GetRequiredService<IOptionsMonitor<CookieAuthenticationOptions>>().Get(CookieAuthenticationDefaults.AuthenticationScheme).TicketDataFormat;
}
