using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using VanPhong.Security;

namespace VanPhong.UnitTests.Security;

public sealed class SameUnitRuleTests
{
    private static ClaimsPrincipal Person(string unit, params string[] roles) => new(new ClaimsIdentity(
        roles.Select(r => new Claim(StaffClaims.Role, r)).Append(new Claim(StaffClaims.Unit, unit)),
        "test", StaffClaims.Name, StaffClaims.Role));

    private static async Task<bool> MayActAsync(ClaimsPrincipal user, params string[] units)
    {
        var requirement = new SameUnitRequirement();
        var context = new AuthorizationHandlerContext([requirement], user, UnitResource.Of(units));
        await new SameUnitHandler().HandleAsync(context);
        return context.HasSucceeded;
    }

    [Fact]
    public async Task A_unit_acts_on_its_own_records() => Assert.True(await MayActAsync(Person("QLDT", StaffRoles.UnitStaff), "QLDT"));

    [Fact]
    public async Task A_unit_may_not_act_on_another_units_records() => Assert.False(await MayActAsync(Person("QHXD", StaffRoles.UnitHead), "QLDT"));

    [Fact]
    public async Task A_coordinating_unit_is_one_of_the_records_units() => Assert.True(await MayActAsync(Person("TNMT", StaffRoles.UnitStaff), "QLDT", "TNMT"));

    [Fact]
    public async Task The_office_acts_for_every_unit() => Assert.True(await MayActAsync(Person("VP", StaffRoles.OfficeStaff), "QLDT"));

    [Fact]
    public async Task Leadership_reads_everything_but_does_not_stand_in_for_a_unit() => Assert.False(await MayActAsync(Person("LDB", StaffRoles.Leadership), "QLDT"));
}
