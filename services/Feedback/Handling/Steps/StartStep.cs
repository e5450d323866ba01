using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http.HttpResults;
using VanPhong.Feedback.Data;
using VanPhong.Messaging;
using VanPhong.ServiceDefaults;

namespace VanPhong.Feedback.Handling.Steps;

/// <summary>The lead unit starts working on the PAKN.</summary>
public static class StartStep
{
    public static async Task<Results<Ok<FeedbackRow>, NotFoundProblem, ForbiddenProblem>> HandleAsync(Guid id, HttpContext http, FeedbackDb db, IAuthorizationService authorization, TimeProvider clock)
    {
        var (feedback, problem) = await CaseAccess.LoadForChangeAsync(db, id, http);
        if (feedback is null)
        {
            return problem!;
        }

        if (await CaseAccess.LeadUnitOnlyAsync(http, authorization, feedback) is { } forbidden)
        {
            return forbidden;
        }

        db.AddEvent(feedback.Start(CaseAccess.ActorOf(http.User), clock.GetUtcNow()), clock);
        await db.SaveChangesAsync();
        return CaseAccess.Done(http, feedback, clock);
    }
}
