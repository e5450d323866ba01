using System.Diagnostics;

namespace VanPhong.IntegrationTests.Infrastructure;

/// <summary>
/// Converts a document with LibreOffice from Debian (installed by the test command), headless, with a private
/// profile so conversions running side by side do not lock each other out.
/// </summary>
public static class LibreOffice
{
    public static async Task<string> ConvertAsync(byte[] content, string extension, string filter, string outputExtension)
    {
        var executable = new[] { "/usr/bin/libreoffice", "/usr/bin/soffice", "/usr/lib/libreoffice/program/soffice" }.FirstOrDefault(File.Exists)
            ?? throw new InvalidOperationException("LibreOffice is not installed: run scripts/install-prerequisites.sh --reports (scripts/test.sh does).");
        var work = Directory.CreateTempSubdirectory("vanphong-lo-");
        try
        {
            var input = Path.Combine(work.FullName, "document." + extension);
            await File.WriteAllBytesAsync(input, content);
            var start = new ProcessStartInfo(executable)
            {
                ArgumentList = { $"-env:UserInstallation=file://{work.FullName}/profile", "--headless", "--norestore", "--convert-to", filter, "--outdir", work.FullName, input },
                RedirectStandardOutput = true,
                RedirectStandardError = true,
            };
            using var process = Process.Start(start)!;
            using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
            var stdout = process.StandardOutput.ReadToEndAsync(timeout.Token);
            var stderr = process.StandardError.ReadToEndAsync(timeout.Token);
            await process.WaitForExitAsync(timeout.Token);
            var output = Path.Combine(work.FullName, "document." + outputExtension);
            if (process.ExitCode != 0 || !File.Exists(output))
            {
                throw new InvalidOperationException($"LibreOffice could not convert the {extension}: exit {process.ExitCode}; {await stdout} {await stderr}");
            }

            return await File.ReadAllTextAsync(output);
        }
        finally
        {
            work.Delete(recursive: true);
        }
    }
}
