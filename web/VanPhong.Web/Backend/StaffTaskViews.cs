namespace VanPhong.Web.Backend;

// What the staff task pages (plan items, budget, PAKN links, dossier imports, decisions, internal procedures, reviews,
// users and units) read from the services: as much of each API's JSON as the pages show.

// Plans







// Reporting: dossier imports



// Feedback: what a PAKN is linked to

// Catalog: internal procedures and reviews













// Identity: accounts (the units are UnitView)
public sealed record UserAccount(string Id, string UserName, string FullName, string? Email, string UnitCode, IReadOnlyList<string> Roles, bool IsActive, bool IsLockedOut, bool TwoFactorEnabled);

public sealed record UserCreated(UserAccount User, string? TemporaryPassword);

public sealed record PasswordReset(string TemporaryPassword);
