namespace VanPhong.Identity.Data;

/// <summary>
/// One refused sign-in attempt (wrong password, unknown account, wrong second-factor code), kept only as long as it
/// counts (Identity:Lockout:Duration) and shared by every replica. The account is the name as typed (normalised), so an
/// unknown name is counted exactly like a real one; no password or code is ever stored.
/// </summary>
public sealed class SignInFailure
{
    public long Id { get; private set; }

    public string Account { get; private set; } = "";

    /// <summary>The client address as the identity service sees it (IPv6 reduced to its /64 network).</summary>
    public string Address { get; private set; } = "";

    public DateTime At { get; private set; }

    private SignInFailure()
    {
    }

    public SignInFailure(string account, string address, DateTime at)
    {
        Account = account;
        Address = address;
        At = at;
    }
}
