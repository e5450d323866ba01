using System.Diagnostics;
using System.Text.Json;
using System.Text.RegularExpressions;
using VanPhong.IntegrationTests.Infrastructure;
using VanPhong.Topology;
using YamlDotNet.RepresentationModel;

namespace VanPhong.IntegrationTests.Deployment;

/// <summary>
/// The app host's publish mode and the Kubernetes manifests of deploy/ describe the same production. The manifest is
/// written here by the operator's own command (the built app host with <c>--publisher manifest</c>, about two seconds)
/// rather than compared with a committed copy: a copy would be a second truth to keep up, and its project paths depend
/// on where it was written.
/// </summary>
public sealed partial class DeploymentManifestTests(DeploymentManifestTests.Published published) : IClassFixture<DeploymentManifestTests.Published>
{
    private const string Secrets = "vanphong-secrets";
    private const string Config = "vanphong-config";

    private static readonly string[] Deployed =
    [
        ResourceNames.PlansService, ResourceNames.FeedbackService, ResourceNames.CatalogService, ResourceNames.ReportingService,
        ResourceNames.IdentityService, ResourceNames.Web, ResourceNames.Gateway,
    ];

    private static readonly string[] Databases =
        [ResourceNames.PlansDb, ResourceNames.FeedbackDb, ResourceNames.CatalogDb, ResourceNames.ReportingDb, ResourceNames.IdentityDb, ResourceNames.WebDb];

    [Fact]
    public void The_manifest_describes_production_not_this_machine()
    {
        var resources = published.Resources;
        foreach (var name in Databases.Append(ResourceNames.Messaging))
        {
            var resource = resources[name];
            Assert.Equal("parameter.v0", resource.GetProperty("type").GetString());
            Assert.Equal($"{{{name}.value}}", resource.GetProperty("connectionString").GetString());
            Assert.True(resource.GetProperty("inputs").GetProperty("value").GetProperty("secret").GetBoolean(), $"{name} is not a secret input");
        }

        Assert.Equal(Deployed.Order(), published.Projects.Keys.Order());
        var others = resources.Where(r => r.Value.GetProperty("type").GetString() is not ("project.v0" or "project.v1" or "parameter.v0")).Select(r => r.Key);
        Assert.Empty(others);
        Assert.DoesNotContain(ResourceNames.MailSink, resources.Keys);

        // What the machine that published would leak: its paths, its broker process, its SQLite files, its secrets.
        var values = published.Projects.Values.SelectMany(p => p.Env.Values).Concat(resources.Values.SelectMany(Strings)).ToList();
        foreach (var leak in new[] { "/tmp", ".data", "Data Source", ".db", "bash", "start-rabbit", "amqp://", "guest", "localhost", Published.GivenSecret })
        {
            Assert.DoesNotContain(values, v => v.Contains(leak, StringComparison.OrdinalIgnoreCase));
        }

        // Every project with a database is told it is SQL Server (a missing variable would leave it on SQLite).
        var withDatabase = published.Projects.Values.Where(p => p.Env.Keys.Any(k => k.StartsWith("ConnectionStrings__", StringComparison.Ordinal) && k.EndsWith("db", StringComparison.Ordinal))).ToList();
        Assert.NotEmpty(withDatabase);
        Assert.All(withDatabase, p => Assert.Equal("SqlServer", p.Env.GetValueOrDefault("Database__Provider")));
    }

    [Fact]
    public void Every_resource_has_a_deployment_and_a_service_under_its_topology_name()
    {
        Assert.Equal(Deployed.Order(), published.Deployments.Keys.Order());
        Assert.Equal(Deployed.Order(), published.Services.Keys.Order());

        var kustomization = published.Documents.Single(d => Text(d, "kind") == "Kustomization");
        var listed = Sequence(kustomization, "resources").Select(n => ((YamlScalarNode)n).Value!).Order();
        Assert.Equal(published.Files.Where(f => f != "kustomization.yaml").Order(), listed);
        var images = Sequence(kustomization, "images").Select(i => Text(i, "name")).ToHashSet();

        foreach (var name in Deployed)
        {
            var deployment = published.Deployments[name];
            var container = Container(deployment);
            Assert.Equal(name, Text(container, "name"));
            Assert.Equal($"vanphong/{name}", Text(container, "image"));
            Assert.Contains($"vanphong/{name}", images);

            var template = Map(Map(Map(deployment, "spec"), "template"), "metadata");
            var service = published.Services[name];
            Assert.Equal(Text(Map(template, "labels"), "app.kubernetes.io/name"), Text(Map(Map(service, "spec"), "selector"), "app.kubernetes.io/name"));
            var port = Assert.Single(Sequence(Map(service, "spec"), "ports"));
            Assert.Equal("80", Text(port, "port"));
            Assert.Equal("http", Text(port, "targetPort"));
        }
    }

    [Fact]
    public void Probes_ports_and_resources_are_those_of_the_service_defaults()
    {
        foreach (var name in Deployed)
        {
            var container = Container(published.Deployments[name]);
            var port = Assert.Single(Sequence(container, "ports"));
            Assert.Equal("http", Text(port, "name"));
            // The port the process listens on (HTTP_PORTS, the manifest's target port) is the one the probes and the Service use.
            Assert.Equal(Text(port, "containerPort"), Env(container)["HTTP_PORTS"].Value);

            Assert.Equal(Microsoft.Extensions.Hosting.Extensions.HealthEndpointPath, Text(Map(Map(container, "readinessProbe"), "httpGet"), "path"));
            Assert.Equal(Microsoft.Extensions.Hosting.Extensions.AlivenessEndpointPath, Text(Map(Map(container, "livenessProbe"), "httpGet"), "path"));
            Assert.Equal(Microsoft.Extensions.Hosting.Extensions.AlivenessEndpointPath, Text(Map(Map(container, "startupProbe"), "httpGet"), "path"));
            foreach (var probe in new[] { "readinessProbe", "livenessProbe", "startupProbe" })
            {
                Assert.Equal("http", Text(Map(Map(container, probe), "httpGet"), "port"));
            }

            var resources = Map(container, "resources");
            foreach (var bound in new[] { "requests", "limits" })
            {
                Assert.NotEmpty(Text(Map(resources, bound), "cpu"));
                Assert.NotEmpty(Text(Map(resources, bound), "memory"));
            }
        }
    }

    /// <summary>
    /// Every variable the app host gives a service is in its pod, in the form the manifest's expression asks for: a
    /// literal as such, a secret parameter or connection string from the Secret, a plain parameter from the ConfigMap,
    /// another service's address as its Service's name. HTTPS addresses are left out: TLS ends in front of the gateway.
    /// </summary>
    [Fact]
    public void Each_pod_has_the_environment_the_app_host_gives_its_service()
    {
        var config = ConfigMapData();
        foreach (var (name, project) in published.Projects)
        {
            var env = Env(Container(published.Deployments[name]));
            foreach (var (variable, expression) in project.Env.Where(e => !e.Key.Contains("HTTPS", StringComparison.OrdinalIgnoreCase)))
            {
                Assert.True(env.TryGetValue(variable, out var actual), $"{name}: {variable} is in the manifest, not in deploy/{name}.yaml");
                var where = $"{name}: {variable} = {expression}";
                if (ParameterReference().Match(expression) is { Success: true } whole && whole.Value == expression)
                {
                    var parameter = whole.Groups["name"].Value;
                    if (published.IsSecret(parameter))
                    {
                        Assert.True(actual.Secret == (Secrets, parameter), $"{where}: expected the secret {Secrets}/{parameter}");
                    }
                    else
                    {
                        Assert.True(actual.ConfigMap == (Config, parameter), $"{where}: expected the ConfigMap key {Config}/{parameter}");
                        Assert.Contains(parameter, config.Keys);
                    }
                }
                else if (BindingReference().Match(expression) is { Success: true } binding && binding.Value == expression)
                {
                    var target = binding.Groups["name"].Value;
                    Assert.True(published.Services.ContainsKey(target), $"{where}: no Service {target}");
                    Assert.Equal(binding.Groups["property"].Value == "targetPort" ? "8080" : $"http://{target}", actual.Value);
                }
                else
                {
                    // A literal, or parameters inside a text: each becomes $(VARIABLE) of an earlier variable of the pod
                    // that holds the parameter (Kubernetes expands those).
                    var expected = ParameterReference().Replace(expression, m =>
                    {
                        var holder = env.Values.Where(e => e.Index < actual.Index && e.ConfigMap == (Config, m.Groups["name"].Value)).Select(e => e.Name).FirstOrDefault();
                        Assert.True(holder is not null, $"{where}: no earlier variable holds {m.Value}");
                        return $"$({holder})";
                    });
                    Assert.Equal(expected, actual.Value);
                }
            }
        }
    }

    [Fact]
    public void No_secret_is_written_in_plain_text()
    {
        Assert.DoesNotContain(published.Documents, d => Text(d, "kind") == "Secret");

        var example = File.ReadAllLines(Path.Combine(published.DeployDirectory, "secrets.env.example"))
            .Where(l => l.Length > 0 && !l.StartsWith('#')).Select(l => l.Split('=', 2)).ToList();
        Assert.All(example, kv => Assert.Equal("", kv[1]));
        var secretKeys = example.Select(kv => kv[0]).ToHashSet();

        // The Secret's keys are exactly the manifest's secret parameters.
        var secretParameters = published.Resources.Keys.Where(published.IsSecret).ToHashSet();
        Assert.Equal(secretParameters.Order(), secretKeys.Order());

        foreach (var name in Deployed)
        {
            foreach (var variable in Env(Container(published.Deployments[name])).Values)
            {
                if (variable.Secret is { } secret)
                {
                    Assert.Equal(Secrets, secret.Name);
                    Assert.Contains(secret.Key, secretKeys);
                }
                else if (SecretName().IsMatch(variable.Name))
                {
                    Assert.Fail($"{name}: {variable.Name} is not read from the Secret");
                }

                Assert.True(variable.ConfigMap is null || variable.ConfigMap.Value.Name == Config, $"{name}: {variable.Name}");
            }
        }

        foreach (var (key, value) in ConfigMapData())
        {
            Assert.DoesNotMatch(SecretName(), key);
            Assert.DoesNotMatch(SecretValue(), value);
            Assert.DoesNotContain(key, secretKeys);
        }
    }

    /// <summary>
    /// kubectl validates client-side what it can without a cluster: it renders the kustomization (every file parses,
    /// the namespace and the image tags apply). A dry run, client or server, asks an API server for the kinds, so it is
    /// the operator's step against the real cluster (README).
    /// </summary>
    [Fact]
    public async Task Kubectl_renders_the_kustomization()
    {
        var kubectl = (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator)
            .Select(d => Path.Combine(d, "kubectl")).FirstOrDefault(File.Exists);
        Assert.SkipWhen(kubectl is null, "kubectl is not installed (scripts/install-prerequisites.sh --kubectl)");

        var start = new ProcessStartInfo(kubectl!) { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add("kustomize");
        start.ArgumentList.Add(published.DeployDirectory);
        // No cluster is needed, and none may be touched: an empty configuration.
        start.Environment["KUBECONFIG"] = Path.Combine(RepositoryPaths.NewStateDirectory("kubeconfig"), "none");
        using var process = Process.Start(start)!;
        var rendered = process.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
        var errors = process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
        await process.WaitForExitAsync(TestContext.Current.CancellationToken);
        Assert.True(process.ExitCode == 0, $"kubectl kustomize failed: {await errors}");

        var stream = new YamlStream();
        stream.Load(new StringReader(await rendered));
        var objects = stream.Documents.Select(d => (YamlMappingNode)d.RootNode).ToList();
        Assert.Equal(published.Documents.Count(d => Text(d, "kind") != "Kustomization"), objects.Count);
        foreach (var deployment in objects.Where(o => Text(o, "kind") == "Deployment"))
        {
            Assert.Equal("vanphong", Text(Map(deployment, "metadata"), "namespace"));
            Assert.Matches(@"^vanphong/[a-z]+:\S+$", Text(Container(deployment), "image"));
        }
    }

    private Dictionary<string, string> ConfigMapData()
    {
        var configMap = published.Documents.Single(d => Text(d, "kind") == "ConfigMap");
        Assert.Equal(Config, Text(Map(configMap, "metadata"), "name"));
        return Map(configMap, "data").Children.ToDictionary(kv => ((YamlScalarNode)kv.Key).Value!, kv => ((YamlScalarNode)kv.Value).Value ?? "");
    }

    private sealed record Variable(int Index, string Name, string? Value, (string Name, string Key)? Secret, (string Name, string Key)? ConfigMap);

    private static Dictionary<string, Variable> Env(YamlMappingNode container) =>
        Sequence(container, "env").Cast<YamlMappingNode>().Select((e, i) =>
        {
            var from = e.Children.TryGetValue("valueFrom", out var f) ? (YamlMappingNode)f : null;
            (string, string)? Reference(string kind) =>
                from is not null && from.Children.TryGetValue(kind, out var r) ? (Text(r, "name"), Text(r, "key")) : null;
            return new Variable(i, Text(e, "name"), e.Children.TryGetValue("value", out var v) ? ((YamlScalarNode)v).Value : null,
                Reference("secretKeyRef"), Reference("configMapKeyRef"));
        }).ToDictionary(v => v.Name);

    private static YamlMappingNode Container(YamlMappingNode deployment) =>
        (YamlMappingNode)Assert.Single(Sequence(Map(Map(Map(deployment, "spec"), "template"), "spec"), "containers"));

    private static YamlMappingNode Map(YamlNode node, string key) => (YamlMappingNode)((YamlMappingNode)node)[key];

    private static YamlSequenceNode Sequence(YamlNode node, string key) => (YamlSequenceNode)((YamlMappingNode)node)[key];

    private static string Text(YamlNode node, string key) =>
        ((YamlMappingNode)node).Children.TryGetValue(key, out var value) ? ((YamlScalarNode)value).Value ?? "" : "";

    private static IEnumerable<string> Strings(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.String => [element.GetString()!],
        JsonValueKind.Object => element.EnumerateObject().Where(p => p.Name != "path").SelectMany(p => Strings(p.Value)),
        JsonValueKind.Array => element.EnumerateArray().SelectMany(Strings),
        _ => [],
    };

    [GeneratedRegex(@"\{(?<name>[a-z0-9-]+)\.(value|connectionString)\}")]
    private static partial Regex ParameterReference();

    [GeneratedRegex(@"\{(?<name>[a-z0-9-]+)\.bindings\.http\.(?<property>url|targetPort)\}")]
    private static partial Regex BindingReference();

    /// <summary>Names that hold a secret: a password, a client secret, an API key, a connection string (it carries credentials).</summary>
    [GeneratedRegex(@"password|secret|apikey|api-key|connectionstrings|token", RegexOptions.IgnoreCase)]
    private static partial Regex SecretName();

    /// <summary>Values that carry a credential: a password in a connection string, a user:password in a URL.</summary>
    [GeneratedRegex(@"password\s*=|pwd\s*=|://[^/@\s]+:[^/@\s]+@", RegexOptions.IgnoreCase)]
    private static partial Regex SecretValue();

    public sealed record Project(Dictionary<string, string> Env);

    /// <summary>The manifest the app host publishes (given secrets it must not write out) and the YAML of deploy/.</summary>
    public sealed class Published : IAsyncLifetime
    {
        /// <summary>Given to the publisher as the admin password, a client secret, the SMTP password and inside connection strings.</summary>
        public const string GivenSecret = "Bi-Mat-Khong-Duoc-Ghi-1";

        public Dictionary<string, JsonElement> Resources { get; private set; } = [];

        public Dictionary<string, Project> Projects { get; private set; } = [];

        public string DeployDirectory { get; } = Path.Combine(RepositoryPaths.Root, "deploy");

        public List<string> Files { get; private set; } = [];

        public List<YamlMappingNode> Documents { get; } = [];

        public Dictionary<string, YamlMappingNode> Deployments { get; private set; } = [];

        public Dictionary<string, YamlMappingNode> Services { get; private set; } = [];

        public bool IsSecret(string resource) =>
            Resources.TryGetValue(resource, out var r) && r.GetProperty("type").GetString() == "parameter.v0"
            && r.GetProperty("inputs").GetProperty("value").TryGetProperty("secret", out var secret) && secret.GetBoolean();

        public async ValueTask InitializeAsync()
        {
            var output = RepositoryPaths.NewStateDirectory("manifest");
            var manifest = Path.Combine(output, "aspire-manifest.json");
            await PublishAsync(manifest);
            using (var document = JsonDocument.Parse(await File.ReadAllTextAsync(manifest)))
            {
                Resources = document.RootElement.GetProperty("resources").EnumerateObject().ToDictionary(p => p.Name, p => p.Value.Clone());
            }

            Projects = Resources.Where(r => r.Value.GetProperty("type").GetString()!.StartsWith("project.", StringComparison.Ordinal))
                .ToDictionary(r => r.Key, r => new Project(r.Value.GetProperty("env").EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetString()!)));

            Files = Directory.GetFiles(DeployDirectory, "*.yaml").Select(Path.GetFileName).OfType<string>().ToList();
            foreach (var file in Files)
            {
                var stream = new YamlStream();
                using var reader = new StreamReader(Path.Combine(DeployDirectory, file));
                stream.Load(reader);
                Documents.AddRange(stream.Documents.Select(d => (YamlMappingNode)d.RootNode));
            }

            Dictionary<string, YamlMappingNode> OfKind(string kind) => Documents.Where(d => Text(d, "kind") == kind).ToDictionary(d => Text(Map(d, "metadata"), "name"));
            Deployments = OfKind("Deployment");
            Services = OfKind("Service");
        }

        public ValueTask DisposeAsync() => ValueTask.CompletedTask;

        /// <summary>The built app host (same configuration as these tests), as an operator runs it, with secrets in its configuration.</summary>
        private static async Task PublishAsync(string manifest)
        {
            var binaries = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar));
            var appHost = Path.Combine(RepositoryPaths.Root, "AppHost", "bin", binaries.Parent!.Name, binaries.Name, "VanPhong.AppHost.dll");
            Assert.True(File.Exists(appHost), $"{appHost} is not built");
            var start = new ProcessStartInfo("dotnet")
            {
                WorkingDirectory = Path.GetDirectoryName(appHost)!,
                RedirectStandardOutput = true,
                RedirectStandardError = true,
            };
            foreach (var argument in new[]
            {
                appHost, "--publisher", "manifest", "--output-path", manifest,
                $"Parameters:admin-password={GivenSecret}",
                $"Identity:Clients:reporting-robot:Secret={GivenSecret}",
                $"Notifications:Smtp:Host=smtp.example.vn", $"Notifications:Smtp:Password={GivenSecret}",
                $"ConnectionStrings:messaging=amqp://vanphong:{GivenSecret}@rabbit-0:5672",
                $"ConnectionStrings:{ResourceNames.PlansDb}=Server=sql;Database=plans;User Id=vanphong;Password={GivenSecret}",
            })
            {
                start.ArgumentList.Add(argument);
            }

            using var process = Process.Start(start)!;
            var stdout = process.StandardOutput.ReadToEndAsync();
            var stderr = process.StandardError.ReadToEndAsync();
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
            await process.WaitForExitAsync(timeout.Token);
            Assert.True(process.ExitCode == 0 && File.Exists(manifest), $"the publisher failed ({process.ExitCode}): {await stdout}{await stderr}");
        }
    }
}
