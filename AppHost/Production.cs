using VanPhong.Topology;

namespace VanPhong.AppHost;

/// <summary>
/// What publish mode (<c>--publisher manifest</c>) writes for production instead of this machine: parameters an operator
/// fills in (connection strings and secrets as secret parameters), never a path, a process or a value of the machine
/// that published. The Kubernetes manifests in deploy/ give every one of these parameters its ConfigMap key or secret
/// reference; <c>DeploymentManifestTests</c> holds the two together.
/// </summary>
public static class Production
{
    /// <summary>Secret parameters: the manifest names them, their values come from the deployment's secrets.</summary>
    public const string AdminPassword = "admin-password";
    public const string SmtpPassword = "smtp-password";
    public const string SmsApiKey = "sms-api-key";

    /// <summary>Plain parameters (configuration).</summary>
    public const string PublicUrl = "public-url";
    public const string IdentityKeyFile = "identity-key-file";
    public const string SmtpHost = "smtp-host";
    public const string SmtpPort = "smtp-port";
    public const string SmtpSecurity = "smtp-security";
    public const string SmtpUserName = "smtp-username";
    public const string SmtpFromAddress = "smtp-from-address";
    public const string SmsEndpoint = "sms-endpoint";

    public static bool IsProduction(this IDistributedApplicationBuilder builder) => builder.ExecutionContext.IsPublishMode;

    /// <summary>
    /// The identity service's key file: in run mode in the state directory; in production a path the deployment mounts
    /// (the same keys for every replica, so a token one signs the others accept).
    /// </summary>
    public static IResourceBuilder<ProjectResource> WithKeyFile(this IResourceBuilder<ProjectResource> identity, string stateDirectory) =>
        identity.ApplicationBuilder.IsProduction()
            ? identity.WithEnvironment("Identity__KeyFile", identity.ApplicationBuilder.AddParameter(IdentityKeyFile))
            : identity.WithEnvironment("Identity__KeyFile", Path.Combine(stateDirectory, "identity-keys.json"));

    /// <summary>
    /// The address browsers reach the gateway at: its own endpoint on this machine; in production the public address
    /// (the ingress or load balancer in front of the gateway), which the pods cannot know.
    /// </summary>
    public static ReferenceExpression PublicAddress(this IResourceBuilder<ProjectResource> gateway)
    {
        if (gateway.ApplicationBuilder.IsProduction())
        {
            var url = gateway.ApplicationBuilder.AddParameter(PublicUrl);
            return ReferenceExpression.Create($"{url}");
        }

        var entry = gateway.GetEndpoint("http");
        return ReferenceExpression.Create($"{entry}");
    }

    /// <summary>
    /// Mail and SMS in production: the province's SMTP server and, when one is contracted, the SMS brand-name gateway,
    /// all as parameters; no development sink.
    /// </summary>
    public static Action<IResourceBuilder<ProjectResource>> AddProductionMail(this IDistributedApplicationBuilder builder)
    {
        var host = builder.AddParameter(SmtpHost);
        var port = builder.AddParameter(SmtpPort);
        var security = builder.AddParameter(SmtpSecurity);
        var userName = builder.AddParameter(SmtpUserName);
        var password = builder.AddParameter(SmtpPassword, secret: true);
        var from = builder.AddParameter(SmtpFromAddress);
        var smsEndpoint = builder.AddParameter(SmsEndpoint);
        var smsKey = builder.AddParameter(SmsApiKey, secret: true);
        return service => service
            .WithEnvironment("Notifications__Smtp__Host", host)
            .WithEnvironment("Notifications__Smtp__Port", port)
            .WithEnvironment("Notifications__Smtp__Security", security)
            .WithEnvironment("Notifications__Smtp__UserName", userName)
            .WithEnvironment("Notifications__Smtp__Password", password)
            .WithEnvironment("Notifications__Smtp__FromAddress", from)
            .WithEnvironment("Notifications__Sms__Endpoint", smsEndpoint)
            .WithEnvironment("Notifications__Sms__ApiKey", smsKey);
    }
}
