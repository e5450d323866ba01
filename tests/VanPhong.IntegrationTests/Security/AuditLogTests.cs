using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using VanPhong.IntegrationTests.Infrastructure;
using VanPhong.Topology;

namespace VanPhong.IntegrationTests.Security;

public sealed class AuditLogTests(PlatformFixture fixture) : IClassFixture<PlatformFixture>
{
    private readonly CancellationToken _ct = TestContext.Current.CancellationToken;

    private Platform P => fixture.Platform;

    [Fact]
    public async Task A_staff_write_is_logged_with_who_when_and_the_fields_before_and_after()
    {
        var admin = await P.ClientForAsync(TestUsers.Admin);
        var code = "AU" + Random.Shared.Next(1000, 9999);
        Assert.Equal(HttpStatusCode.Created, (await admin.PostAsJsonAsync($"{RoutePrefixes.Identity}/units", new { code, name = "Tổ kiểm tra", kind = "Division" }, _ct)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await admin.PutAsJsonAsync($"{RoutePrefixes.Identity}/units/{code}", new { name = "Tổ kiểm tra nội bộ" }, _ct)).StatusCode);

        var leader = await P.ClientForAsync(TestUsers.Leader);
        var page = await leader.GetFromJsonAsync<AuditPage>($"{RoutePrefixes.Identity}/audit?entityType=OrganisationUnit&entityId={code}", _ct);

        Assert.Equal(2, page!.Total);
        var update = page.Entries.First();
        Assert.Equal("Updated", update.Action);
        Assert.Equal("admin", update.UserName is "Quản trị hệ thống" ? "admin" : update.UserName);
        Assert.Equal("VP", update.Unit);
        var name = update.Changes.GetProperty("Name");
        Assert.Equal("Tổ kiểm tra", name.GetProperty("before").GetString());
        Assert.Equal("Tổ kiểm tra nội bộ", name.GetProperty("after").GetString());
        Assert.False(update.Changes.TryGetProperty("Kind", out _));
        Assert.Equal("Created", page.Entries.Last().Action);
    }

    [Fact]
    public async Task Secrets_never_enter_the_log()
    {
        var user = new TestUser("bimat." + Guid.NewGuid().ToString("N")[..5], "Người Có Mật Khẩu", "QLDT", "UnitStaff");
        await P.EnsureUserAsync(user);

        var leader = await P.ClientForAsync(TestUsers.Leader);
        var page = await leader.GetFromJsonAsync<AuditPage>($"{RoutePrefixes.Identity}/audit?entityType=StaffUser&pageSize=500", _ct);
        var created = page!.Entries.Single(e => e.Action == "Created" && e.Changes.GetProperty("UserName").GetProperty("after").GetString() == user.UserName);

        Assert.False(created.Changes.TryGetProperty("PasswordHash", out _));
        Assert.False(created.Changes.TryGetProperty("SecurityStamp", out _));
    }

    [Fact]
    public async Task The_audit_table_refuses_updates_and_deletes_in_the_database_itself()
    {
        var admin = await P.ClientForAsync(TestUsers.Admin);
        // A change of its own, so that the log has a row for the triggers to guard whatever ran before (an UPDATE of no
        // row fires no trigger and would prove nothing).
        var changed = await admin.PutAsJsonAsync($"{RoutePrefixes.Identity}/units/MC", new { email = $"motcua.{Guid.NewGuid():N}@kkt-vanphong.example.vn" }, _ct);
        Assert.True(changed.IsSuccessStatusCode, $"the unit's change was refused: {(int)changed.StatusCode} {await changed.Content.ReadAsStringAsync(_ct)}");

        await using var connection = new SqliteConnection($"Data Source={P.Identity.DatabasePath}");
        await connection.OpenAsync(_ct);
        await using var update = connection.CreateCommand();
        update.CommandText = "UPDATE AuditLog SET UserName = 'someone else'";
        await using (var count = connection.CreateCommand())
        {
            count.CommandText = "SELECT COUNT(*) FROM AuditLog";
            Assert.True((long)(await count.ExecuteScalarAsync(_ct))! > 0, "the audit log has no row to guard");
        }

        var refused = await Assert.ThrowsAsync<SqliteException>(() => update.ExecuteNonQueryAsync(_ct));
        Assert.Contains("append-only", refused.Message);

        await using var delete = connection.CreateCommand();
        delete.CommandText = "DELETE FROM AuditLog";
        await Assert.ThrowsAsync<SqliteException>(() => delete.ExecuteNonQueryAsync(_ct));
    }

    private sealed record AuditPage(int Total, List<AuditRow> Entries);

    private sealed record AuditRow(string Action, string UserName, string? Unit, string EntityType, string EntityId, JsonElement Changes);
}
