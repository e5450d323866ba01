using Microsoft.EntityFrameworkCore;
using VanPhong.Notifications;
using VanPhong.Plans.Data;
using VanPhong.Plans.Items;

namespace VanPhong.Plans.Urging;

/// <summary>The reminders of some items as the office sees them: delivered once the mail outbox has sent their mail.</summary>
public static class ReminderViews
{
    public static async Task<ILookup<Guid, ItemsApi.ReminderView>> OfItemsAsync(PlansDb db, IReadOnlyCollection<Guid> itemIds, CancellationToken cancellationToken)
    {
        var reminders = await db.Reminders.AsNoTracking().Where(r => itemIds.Contains(r.ItemId)).ToListAsync(cancellationToken);
        var keys = reminders.Select(r => r.MailKey).ToList();
        var mails = await db.Set<OutgoingMail>().AsNoTracking().Where(m => keys.Contains(m.Key)).ToDictionaryAsync(m => m.Key, cancellationToken);
        return reminders.ToLookup(r => r.ItemId, r =>
        {
            var mail = mails.GetValueOrDefault(r.MailKey);
            return new ItemsApi.ReminderView(r.Kind.ToString(), r.DueOn, r.UnitCode, r.Email, r.SentAt, mail?.SentAt is not null, r.Error ?? mail?.LastError);
        });
    }
}
