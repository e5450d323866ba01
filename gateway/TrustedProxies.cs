using System.Net;
using Microsoft.AspNetCore.HttpOverrides;

namespace VanPhong.Gateway;

/// <summary>
/// Who may tell the gateway a client's address. The gateway is the edge: an X-Forwarded-For it receives is the client's
/// own word unless the peer is one of Gateway:TrustedProxies (addresses) or Gateway:TrustedNetworks (CIDR), e.g. the
/// province's load balancer. None is trusted by default, so every per-address limit counts the TCP peer (and with
/// nobody trusted the forwarded headers are not read at all: ASP.NET Core treats empty proxy lists as "trust every
/// peer", which at the edge would let anyone choose their own address). Towards the
/// services the gateway sets X-Forwarded-For itself (YARP's Set action), replacing whatever the client sent; the
/// services trust only the gateway's hop.
/// </summary>
public static class TrustedProxies
{
    public static IServiceCollection AddTrustedProxies(this IServiceCollection services, IConfiguration configuration)
    {
        var proxies = configuration.GetSection("Gateway:TrustedProxies").Get<string[]>() ?? [];
        var networks = configuration.GetSection("Gateway:TrustedNetworks").Get<string[]>() ?? [];
        services.Configure<ForwardedHeadersOptions>(options =>
        {
            options.KnownProxies.Clear();
            options.KnownIPNetworks.Clear();
            if (proxies.Length == 0 && networks.Length == 0)
            {
                options.ForwardedHeaders = ForwardedHeaders.None;
                return;
            }

            foreach (var proxy in proxies)
            {
                options.KnownProxies.Add(IPAddress.Parse(proxy));
            }

            foreach (var network in networks)
            {
                options.KnownIPNetworks.Add(System.Net.IPNetwork.Parse(network));
            }

            // One hop: the trusted proxy's own view of the client, never a chain the client wrote.
            options.ForwardLimit = 1;
        });
        return services;
    }
}
