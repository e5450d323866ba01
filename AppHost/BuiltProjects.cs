namespace VanPhong.AppHost;

/// <summary>
/// Every project resource runs from its build output instead of through <c>dotnet run</c>. Aspire starts a project as
/// <c>dotnet run --project … --no-build</c>: one more .NET process per resource, which evaluates the project with
/// MSBuild before it starts the service and then stays beside it. In the benchmark's cold-start breakdown those eight
/// launchers used 15.7 CPU seconds of the 66.5 the whole machine spent until every resource was healthy (more than any
/// service: 5–7 s each), on two cores. The app host is built with the projects it starts (they are its project
/// references), so each one's executable is in the same <c>bin/&lt;configuration&gt;/&lt;framework&gt;</c> folder of its
/// project as the app host's own; a project whose executable is not there (built elsewhere, another layout) keeps
/// <c>dotnet run</c>. Its working directory stays the project's folder, as under <c>dotnet run</c>, so each service
/// reads the same appsettings. Run mode only: the manifest of publish mode describes the projects, not a machine's
/// build.
/// </summary>
public static class BuiltProjects
{
    public static void RunProjectsFromTheirBuild(this IDistributedApplicationBuilder builder)
    {
        if (!builder.ExecutionContext.IsRunMode)
        {
            return;
        }

        // …/AppHost/bin/Release/net10.0/ → bin/Release/net10.0
        var output = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar));
        if (output.Parent?.Parent is not { Name: "bin" })
        {
            return;
        }

        var layout = Path.Combine("bin", output.Parent.Name, output.Name);
        foreach (var project in builder.Resources.OfType<ProjectResource>())
        {
            if (project.TryGetLastAnnotation<IProjectMetadata>(out var metadata) && Executable(metadata.ProjectPath, layout) is { } executable)
            {
                project.Annotations.Add(new ExecutableAnnotation { Command = executable, WorkingDirectory = Path.GetDirectoryName(metadata.ProjectPath)! });
            }
        }
    }

    /// <summary>The project's executable (its apphost, named as the project) in the given output layout, if it was built there.</summary>
    public static string? Executable(string projectPath, string layout)
    {
        var path = Path.Combine(Path.GetDirectoryName(projectPath)!, layout, Path.GetFileNameWithoutExtension(projectPath));
        return File.Exists(path) && File.Exists(path + ".dll") ? path : null;
    }
}
