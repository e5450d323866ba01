using System.Net;
using VanPhong.ServiceDefaults;

namespace VanPhong.UnitTests.Security;

/// <summary>What a per-address limit counts: one subscriber's IPv6 /64 is one client, an IPv4-mapped address is IPv4.</summary>
public sealed class ClientAddressTests
{
    [Theory]
    [InlineData("203.0.113.7", "203.0.113.7")]
    [InlineData("::ffff:203.0.113.7", "203.0.113.7")]
    [InlineData("2001:db8:1:2:aaaa:bbbb:cccc:dddd", "2001:db8:1:2::/64")]
    [InlineData("2001:db8:1:2::1", "2001:db8:1:2::/64")]
    [InlineData("2001:db8:1:3::1", "2001:db8:1:3::/64")]
    public void A_client_is_counted_by_its_address_or_its_IPv6_network(string address, string key) =>
        Assert.Equal(key, ClientAddresses.Key(IPAddress.Parse(address)));

    [Fact]
    public void No_address_is_one_client_of_its_own() => Assert.Equal("unknown", ClientAddresses.Key(null));
}
