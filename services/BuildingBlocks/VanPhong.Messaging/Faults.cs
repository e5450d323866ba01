using System.Data.Common;
using Microsoft.EntityFrameworkCore;

namespace VanPhong.Messaging;

/// <summary>Which failures of a consumer are the infrastructure's (worth waiting out) rather than the message's.</summary>
public static class Faults
{
    /// <summary>
    /// The database or the disk failed — locked, busy, read-only, full, unreachable — or a call timed out: the message
    /// is fine and will apply once the infrastructure is back. A concurrency conflict is not among them (it is retried
    /// quickly by the ordinary policy, which reloads the record).
    /// </summary>
    public static bool IsInfrastructure(Exception exception)
    {
        for (var e = exception; e is not null; e = e.InnerException)
        {
            switch (e)
            {
                case DbUpdateConcurrencyException:
                    return false;
                case DbException or TimeoutException or IOException:
                    return true;
            }
        }

        return false;
    }
}
