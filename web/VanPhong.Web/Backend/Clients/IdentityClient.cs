using System.Text.Json;
using VanPhong.Topology;

namespace VanPhong.Web.Backend;

/// <summary>The identity service as the pages use it: the Board's units and the staff's accounts.</summary>
public sealed class IdentityClient(Services services) : ServiceClient(services, ResourceNames.IdentityService)
{
    private const string Staff = RoutePrefixes.Identity;

    public Task<ApiResult<List<UnitView>>> GetUnitsAsync(CancellationToken ct) => GetAsync<List<UnitView>>($"{Staff}/units", ct);

    public Task<ApiResult<UnitView>> AddUnitAsync(object unit, CancellationToken ct) => PostAsync<UnitView>($"{Staff}/units", unit, ct);

    public Task<ApiResult<UnitView>> SaveUnitAsync(string code, object unit, CancellationToken ct) => SendJsonAsync<UnitView>(HttpMethod.Put, $"{Staff}/units/{Segment(code)}", unit, ct);

    /// <param name="unit">Only the accounts of this unit; none for all.</param>
    public Task<ApiResult<List<UserAccount>>> GetUsersAsync(string? unit, CancellationToken ct) => GetAsync<List<UserAccount>>($"{Staff}/users" + Query.Of(("unit", unit)), ct);

    /// <summary>A new account, answered with its temporary password.</summary>
    public Task<ApiResult<UserCreated>> AddUserAsync(object user, CancellationToken ct) => PostAsync<UserCreated>($"{Staff}/users", user, ct);

    public Task<ApiResult<UserAccount>> GetUserAsync(string id, CancellationToken ct) => GetAsync<UserAccount>($"{Staff}/users/{Segment(id)}", ct);

    public Task<ApiResult<UserAccount>> SaveUserAsync(string id, object user, CancellationToken ct) => SendJsonAsync<UserAccount>(HttpMethod.Put, $"{Staff}/users/{Segment(id)}", user, ct);

    public Task<ApiResult<PasswordReset>> ResetPasswordAsync(string id, CancellationToken ct) => PostAsync<PasswordReset>($"{Staff}/users/{Segment(id)}/reset-password", new { }, ct);

    /// <param name="step">What the administrator does to the account as the API names it ("unlock", "reset-two-factor").</param>
    public Task<ApiResult<JsonElement>> TakeAccountStepAsync(string id, string step, CancellationToken ct) => PostAsync<JsonElement>($"{Staff}/users/{Segment(id)}/{step}", new { }, ct);
}
