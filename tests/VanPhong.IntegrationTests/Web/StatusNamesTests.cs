using VanPhong.Feedback.Handling;

namespace VanPhong.IntegrationTests.Web;

/// <summary>
/// The staff list's status filter names every PAKN status as the PAKN service names it (the web once called Accepted
/// "chờ giao" while the service said "chờ phân công").
/// </summary>
public sealed class StatusNamesTests
{
    [Fact]
    public void The_web_filter_names_every_PAKN_status_as_the_service_does()
    {
        var service = Transitions.VietnameseNames.ToDictionary(n => n.Key.ToString(), n => n.Value);
        var web = VanPhong.Web.Pages.Names.FeedbackStatuses.ToDictionary(s => s.Code, s => s.Name);

        Assert.Equal(service.OrderBy(n => n.Key), web.OrderBy(n => n.Key));
    }
}
