using System.Net.Http.Json;
using System.Text.Json;
using VanPhong.IntegrationTests.Infrastructure;
using VanPhong.Topology;

namespace VanPhong.IntegrationTests.Feedback;

/// <summary>The public list of answers is searched and paged in the database, with or without Vietnamese diacritics.</summary>
public sealed class PublishedAnswersTests(PlatformFixture fixture) : IClassFixture<PlatformFixture>
{
    private readonly CancellationToken _ct = TestContext.Current.CancellationToken;

    private Platform P => fixture.Platform;

    [Fact]
    public async Task Answers_are_found_without_diacritics_paged_and_only_while_published()
    {
        // Words of their own per run, so the search finds exactly these cases (not a place name: the redactor removes those).
        var marker = "đợt thẩm định " + Random.Shared.Next(100_000, 999_999);
        object Body() => new
        {
            kind = "Reflection",
            category = "implementation-difficulty",
            content = $"Hồ sơ đất đai thuộc {marker}, số {Random.Shared.Next(100_000, 999_999)} nộp ở Bộ phận Một cửa đã quá thời hạn giải quyết theo quy định.",
            submitter = new { name = "Đào Duy Từ", address = "Vạn Hưng, Vạn Ninh, Khánh Hòa", phone = "09" + Random.Shared.Next(10_000_000, 99_999_999) },
            consentToPublish = true,
            consentToProcessing = true,
        };
        var published = new List<FeedbackFlow.Submitted>();
        for (var i = 0; i < 3; i++)
        {
            published.Add(await FeedbackFlow.InStatusAsync(P, "Published", Body()));
        }

        var unpublished = await FeedbackFlow.InStatusAsync(P, "Answered", Body());
        var folded = VanPhong.Text.VietnameseText.Fold(marker);

        var page = await P.Anonymous.GetFromJsonAsync<JsonElement>($"{RoutePrefixes.PublicFeedback}/answers?q={Uri.EscapeDataString(folded)}", _ct);

        Assert.Equal(3, page.GetProperty("total").GetInt32());
        var codes = page.GetProperty("items").EnumerateArray().Select(a => a.GetProperty("trackingCode").GetString()).ToList();
        // Newest first.
        Assert.Equal(published.Select(p => p.Code).Reverse(), codes);
        Assert.DoesNotContain(unpublished.Code, codes);
        Assert.All(page.GetProperty("items").EnumerateArray(), a => Assert.StartsWith("Khó khăn, vướng mắc trong thực hiện", a.GetProperty("categoryName").GetString()));

        var second = await P.Anonymous.GetFromJsonAsync<JsonElement>($"{RoutePrefixes.PublicFeedback}/answers?q={Uri.EscapeDataString(marker)}&page=2", _ct);
        Assert.Equal((3, 2, 0), (second.GetProperty("total").GetInt32(), second.GetProperty("page").GetInt32(), second.GetProperty("items").GetArrayLength()));

        // Reopened: the publication no longer stands, and the search no longer finds it.
        var office = await P.ClientForAsync(TestUsers.OneStop);
        var reopened = await office.PostAsJsonAsync($"{RoutePrefixes.Feedback}/{published[0].Id}/reopen", new { reason = "Người gửi đề nghị xem xét lại" }, _ct);
        Assert.True(reopened.IsSuccessStatusCode, await reopened.Content.ReadAsStringAsync(_ct));
        var after = await P.Anonymous.GetFromJsonAsync<JsonElement>($"{RoutePrefixes.PublicFeedback}/answers?q={Uri.EscapeDataString(folded)}", _ct);
        Assert.Equal(2, after.GetProperty("total").GetInt32());
    }
}
