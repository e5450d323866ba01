using VanPhong.AppHost;
using VanPhong.Topology;

var builder = DistributedApplication.CreateBuilder(args);

// Run mode starts everything on this machine. Publish mode (`--publisher manifest`) describes production instead: the
// broker and every database are connection strings the operator gives (SQL Server, the RabbitMQ cluster), mail goes to
// the province's SMTP server, and nothing names a path or a process of the machine that published (Production.cs).

var repositoryRoot = Path.GetFullPath(Path.Combine(builder.AppHostDirectory, ".."));
var stateDirectory = Path.GetFullPath(builder.Configuration["StateDirectory"] ?? Path.Combine(repositoryRoot, ".data"));
var provider = Databases.Provider(builder);

// Infrastructure
var messaging = builder.AddMessaging(repositoryRoot, stateDirectory);
var plansDb = builder.AddServiceDatabase(ResourceNames.PlansDb, stateDirectory);
var feedbackDb = builder.AddServiceDatabase(ResourceNames.FeedbackDb, stateDirectory);
var catalogDb = builder.AddServiceDatabase(ResourceNames.CatalogDb, stateDirectory);
var reportingDb = builder.AddServiceDatabase(ResourceNames.ReportingDb, stateDirectory);
var identityDb = builder.AddServiceDatabase(ResourceNames.IdentityDb, stateDirectory);
var webDb = builder.AddServiceDatabase(ResourceNames.WebDb, stateDirectory);

var withMail = builder.IsProduction() ? builder.AddProductionMail() : builder.AddMail();

// Services: each waits for its database and the broker, nothing else. Every service declares the whole event topology
// before it publishes, so none has to start before another for its events to be kept. `--replicas N` (or Replicas=N)
// runs N replicas of every service and of the web pages; Services:<name>:Replicas sets one service's.
var reporting = builder.AddProject<Projects.VanPhong_Reporting>(ResourceNames.ReportingService).WithPlatform(reportingDb, messaging, provider);
var plans = builder.AddProject<Projects.VanPhong_Plans>(ResourceNames.PlansService).WithPlatform(plansDb, messaging, provider);
withMail(plans);
var feedback = builder.AddProject<Projects.VanPhong_Feedback>(ResourceNames.FeedbackService).WithPlatform(feedbackDb, messaging, provider);
withMail(feedback);
var catalog = builder.AddProject<Projects.VanPhong_Catalog>(ResourceNames.CatalogService).WithPlatform(catalogDb, messaging, provider);

// Identity: issues the tokens every service validates.
var identity = builder.AddProject<Projects.VanPhong_Identity>(ResourceNames.IdentityService).WithPlatform(identityDb, messaging, provider)
    .WithKeyFile(stateDirectory)
    .WithConfigurationSection("Identity")
    .WithAdminPassword();
foreach (var service in new[] { plans, feedback, catalog, reporting })
{
    service.WithReference(identity);
}

// Web pages for citizens and staff: reach the services by service discovery, sit behind the gateway. They start beside
// the services rather than after identity: nothing at their start calls it (the sign-in reads its discovery document
// at the first sign-in), and no request reaches them before the gateway, which waits for both. Tried before with the
// projects under `dotnet run` and no gain (the CPU was the limit); with them run from their build (BuiltProjects.cs)
// the benchmark's cold start went from 29.2 to 25.6 s: the web pages' 6 s no longer follow identity's start.
var web = builder.AddProject<Projects.VanPhong_Web>(ResourceNames.Web)
    .WithReference(plans).WithReference(feedback).WithReference(catalog).WithReference(reporting)
    .WithReference(identity)
    .WithReference(webDb).WaitFor(webDb)
    .WithEnvironment("Database__Provider", provider)
    .WithReplicas(builder.Replicas(ResourceNames.Web))
    .WithHttpHealthCheck("/health");

// Gateway: the only entry point
var gateway = builder.AddProject<Projects.VanPhong_Gateway>(ResourceNames.Gateway)
    .WithReference(plans).WaitFor(plans)
    .WithReference(feedback).WaitFor(feedback)
    .WithReference(catalog).WaitFor(catalog)
    .WithReference(reporting).WaitFor(reporting)
    .WithReference(identity).WaitFor(identity)
    .WithReference(web).WaitFor(web)
    .WithConfigurationSection("Gateway")
    .WithExternalHttpEndpoints()
    .WithHttpHealthCheck("/health");

// The staff pages sign in with the authorization code flow: the identity service accepts the gateway's own address
// (whatever port it got; in production its public address) as the web client's redirect address.
var entry = gateway.PublicAddress();
identity.WithEnvironment("Identity__WebClient__RedirectUris__0", ReferenceExpression.Create($"{entry}/signin-oidc"))
    .WithEnvironment("Identity__WebClient__PostLogoutRedirectUris__0", ReferenceExpression.Create($"{entry}/signout-callback-oidc"));

builder.ApplyTelemetryExport();
builder.RunProjectsFromTheirBuild();
builder.Build().Run();
