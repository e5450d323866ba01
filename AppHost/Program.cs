using VanPhong.AppHost;
using VanPhong.Topology;

var builder = DistributedApplication.CreateBuilder(args);

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

var withMail = builder.AddMail();

// Services. A service that announces its seed data at start-up waits for the services that consume it, so their
// queues exist first (a message published to an exchange without a bound queue is dropped by RabbitMQ).
var reporting = builder.AddProject<Projects.VanPhong_Reporting>(ResourceNames.ReportingService).WithPlatform(reportingDb, messaging, provider);
var plans = builder.AddProject<Projects.VanPhong_Plans>(ResourceNames.PlansService).WithPlatform(plansDb, messaging, provider)
    .WaitFor(reporting);
withMail(plans);
var feedback = builder.AddProject<Projects.VanPhong_Feedback>(ResourceNames.FeedbackService).WithPlatform(feedbackDb, messaging, provider)
    .WaitFor(reporting);
withMail(feedback);
var catalog = builder.AddProject<Projects.VanPhong_Catalog>(ResourceNames.CatalogService).WithPlatform(catalogDb, messaging, provider)
    .WaitFor(plans).WaitFor(feedback);

// Identity: issues the tokens every service validates; it announces the units at start-up, after their consumers.
var identity = builder.AddProject<Projects.VanPhong_Identity>(ResourceNames.IdentityService).WithPlatform(identityDb, messaging, provider)
    .WithEnvironment("Identity__KeyFile", Path.Combine(stateDirectory, "identity-keys.json"))
    .WithConfigurationSection("Identity")
    .WithAdminPassword()
    .WaitFor(plans).WaitFor(feedback);
foreach (var service in new[] { plans, feedback, catalog, reporting })
{
    service.WithReference(identity);
}

// Web pages for citizens and staff: reach the services by service discovery, sit behind the gateway.
var web = builder.AddProject<Projects.VanPhong_Web>(ResourceNames.Web)
    .WithReference(plans).WithReference(feedback).WithReference(catalog).WithReference(reporting)
    .WithReference(identity).WaitFor(identity)
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
// (whatever port it got) as the web client's redirect address.
var entry = gateway.GetEndpoint("http");
identity.WithEnvironment("Identity__WebClient__RedirectUris__0", ReferenceExpression.Create($"{entry}/signin-oidc"))
    .WithEnvironment("Identity__WebClient__PostLogoutRedirectUris__0", ReferenceExpression.Create($"{entry}/signout-callback-oidc"));

builder.Build().Run();
