using System.Net;
using System.Net.Sockets;

namespace VanPhong.ServiceDefaults;

/// <summary>
/// The client a per-address limit counts: the address the connection (or a trusted hop) gives, an IPv4-mapped address
/// as IPv4, and an IPv6 client by its /64 network — one subscriber holds a whole /64, so counting single IPv6
/// addresses would give each person 2^64 buckets.
/// </summary>
public static class ClientAddresses
{
    public static string Key(IPAddress? address)
    {
        if (address is null)
        {
            return "unknown";
        }

        if (address.IsIPv4MappedToIPv6)
        {
            return address.MapToIPv4().ToString();
        }

        if (address.AddressFamily == AddressFamily.InterNetworkV6)
        {
            var bytes = address.GetAddressBytes();
            Array.Clear(bytes, 8, 8);
            return new IPAddress(bytes) + "/64";
        }

        return address.ToString();
    }
}
