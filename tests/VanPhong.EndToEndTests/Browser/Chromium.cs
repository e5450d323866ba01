using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using Aspire.Hosting;
using Aspire.Hosting.Testing;
using VanPhong.Topology;

[assembly: AssemblyFixture(typeof(VanPhong.EndToEndTests.Browser.Chromium))]

namespace VanPhong.EndToEndTests.Browser;

/// <summary>
/// Debian's Chromium driven by Playwright (the bundled browser download does not work here), headless, once for the
/// test assembly. Each test opens its own contexts (one per person: their own cookies). Screenshots of the pages go
/// to artifacts/screenshots at the repository root.
/// </summary>
public sealed class Chromium : IAsyncLifetime
{
    public const string ExecutablePath = "/usr/bin/chromium";

    private IPlaywright? _playwright;

    public IBrowser Browser { get; private set; } = null!;

    public static string Screenshots { get; } = Path.Combine(RepositoryRoot(), "artifacts", "screenshots");

    public async ValueTask InitializeAsync()
    {
        if (!File.Exists(ExecutablePath))
        {
            throw new InvalidOperationException($"Chromium is not installed at {ExecutablePath}: run scripts/install-prerequisites.sh --browser (scripts/test.sh does).");
        }

        Directory.CreateDirectory(Screenshots);
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ExecutablePath,
            Headless = true,
            Args = ["--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu"],
        });
    }

    /// <summary>A fresh person at the gateway's address, in Vietnamese, on a phone-sized or desktop screen.</summary>
    public async Task<IPage> NewPageAsync(SystemUnderTest system, bool phone = false)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = system.App.GetEndpoint(ResourceNames.Gateway, "http").ToString().TrimEnd('/'),
            Locale = "vi-VN",
            ViewportSize = phone ? new ViewportSize { Width = 390, Height = 844 } : new ViewportSize { Width = 1280, Height = 900 },
            AcceptDownloads = true,
        });
        context.SetDefaultTimeout(30_000);
        return await context.NewPageAsync();
    }

    public static Task ScreenshotAsync(IPage page, string name) =>
        page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(Screenshots, name + ".png"), FullPage = true });

    /// <summary>axe-core's WCAG 2.x A/AA rules; the serious and critical violations, described.</summary>
    public static async Task<IReadOnlyList<string>> SeriousViolationsAsync(IPage page)
    {
        // Judged as a person sees the page: after its stylesheet applies. Checked straight after a form's answer, the
        // page could still be unstyled, and axe then measured the bare links of the menu as too small to touch
        // (target-size), a failure of the test's timing, not of the page.
        await page.WaitForLoadStateAsync(LoadState.Load);
        var result = await page.RunAxe(new AxeRunOptions
        {
            RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"] },
        });
        return result.Violations
            .Where(v => v.Impact is "serious" or "critical")
            .Select(v => $"{page.Url}: {v.Id} ({v.Impact}) {v.Help} — {string.Join(" | ", v.Nodes.Take(3).Select(n => n.Html))}")
            .ToList();
    }

    public async ValueTask DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.CloseAsync();
        }

        _playwright?.Dispose();
    }

    internal static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "VanPhong.Aspire.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? Path.GetTempPath();
    }
}
