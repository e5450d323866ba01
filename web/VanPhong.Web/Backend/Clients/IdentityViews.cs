namespace VanPhong.Web.Backend;

// What IdentityClient returns: the JSON of the identity service's API, as much of it as the pages show.

public sealed record UnitView(string Code, string Name, string Kind, string? Email, bool IsActive);

public sealed record UserAccount(string Id, string UserName, string FullName, string? Email, string UnitCode, IReadOnlyList<string> Roles, bool IsActive, bool IsLockedOut, bool TwoFactorEnabled);

public sealed record UserCreated(UserAccount User, string? TemporaryPassword);

public sealed record PasswordReset(string TemporaryPassword);
