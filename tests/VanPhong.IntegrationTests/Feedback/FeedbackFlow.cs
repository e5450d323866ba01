using System.Net.Http.Json;
using System.Text.Json;
using VanPhong.IntegrationTests.Infrastructure;
using VanPhong.Topology;

namespace VanPhong.IntegrationTests.Feedback;

/// <summary>Drives a PAKN through its handling with the people whose role each step needs, through the gateway.</summary>
public static class FeedbackFlow
{
    public sealed record Submitted(Guid Id, string Code, string Key);

    public static readonly string[] Steps = ["Received", "Accepted", "Assigned", "InProgress", "AnswerDrafted", "Approved", "Answered", "Published"];

    public static async Task<Submitted> SubmitAsync(Platform platform, object? body = null)
    {
        var response = await platform.Anonymous.PostAsJsonAsync(RoutePrefixes.PublicFeedback, body ?? Submissions.Valid(phone: "09" + Random.Shared.Next(10_000_000, 99_999_999)));
        if (!response.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"Submitting failed: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        }

        var receipt = await Submissions.ReadReceiptAsync(response);
        return await FindAsync(platform, receipt.TrackingCode, receipt.LookupKey);
    }

    /// <summary>A PAKN received another way (Open311, the desk), found by its tracking code as the office finds it.</summary>
    public static async Task<Submitted> FindAsync(Platform platform, string trackingCode, string key = "")
    {
        var office = await platform.ClientForAsync(TestUsers.Office);
        var rows = await office.GetFromJsonAsync<List<JsonElement>>($"{RoutePrefixes.Feedback}?q={trackingCode}");
        return new Submitted(rows!.Single().GetProperty("id").GetGuid(), trackingCode, key);
    }

    /// <summary>A new PAKN brought to <paramref name="status"/>, assigned (when it gets that far) to Phòng Quản lý Đầu tư.</summary>
    public static async Task<Submitted> InStatusAsync(Platform platform, string status, object? body = null)
    {
        await platform.WaitForUnitsAsync();
        var submitted = await SubmitAsync(platform, body);
        await AdvanceAsync(platform, submitted, status);
        return submitted;
    }

    /// <summary>Takes a PAKN just received on to <paramref name="status"/>, with the people whose role each step needs.</summary>
    public static async Task AdvanceAsync(Platform platform, Submitted submitted, string status)
    {
        await platform.WaitForUnitsAsync();
        var office = await platform.ClientForAsync(TestUsers.Office);
        var unit = await platform.ClientForAsync(TestUsers.StaffQldt);
        var leader = await platform.ClientForAsync(TestUsers.Leader);
        var path = $"{RoutePrefixes.Feedback}/{submitted.Id}";
        foreach (var step in Steps.Skip(1).TakeWhile(_ => true))
        {
            if (Array.IndexOf(Steps, step) > Array.IndexOf(Steps, status))
            {
                break;
            }

            var response = step switch
            {
                "Accepted" => await office.PostAsJsonAsync($"{path}/classify", new { outcome = "WithinAuthority" }),
                "Assigned" => await office.PostAsJsonAsync($"{path}/assign", new { leadUnit = "QLDT", coordinatingUnits = new[] { "DNLD" } }),
                "InProgress" => await unit.PostAsync($"{path}/start", null),
                "AnswerDrafted" => await unit.PostAsJsonAsync($"{path}/draft", new
                {
                    answer = "Hồ sơ của Quý vị đã được giải quyết ngày 20/01/2023; Ban quản lý đã chấn chỉnh việc chậm trễ.",
                    legalBasis = "Điều 19 Nghị định số 152/2020/NĐ-CP ngày 30/12/2020 của Chính phủ",
                }),
                "Approved" => await leader.PostAsJsonAsync($"{path}/approve", new { }),
                "Answered" => await office.PostAsJsonAsync($"{path}/send", new { answerNumber = $"{Random.Shared.Next(100, 999)}/KKT-VP" }),
                "Published" => await office.PostAsync($"{path}/publish", null),
                _ => throw new InvalidOperationException(step),
            };
            if (!response.IsSuccessStatusCode)
            {
                throw new InvalidOperationException($"Step {step} failed: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
            }
        }
    }
}
