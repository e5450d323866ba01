namespace VanPhong.IntegrationTests.Infrastructure;

public static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    /// <summary>A fresh directory under the test run's temp root, for one host's databases or one broker's data.</summary>
    public static string NewStateDirectory(string purpose)
    {
        var path = Path.Combine(Path.GetTempPath(), "vanphong-tests", $"{purpose}-{Guid.NewGuid():N}"[..(purpose.Length + 13)]);
        Directory.CreateDirectory(path);
        return path;
    }

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "VanPhong.Aspire.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("The repository root (VanPhong.Aspire.sln) was not found above the test binaries.");
    }
}
