using VanPhong.Web.Language;

namespace VanPhong.Web.Backend;

public static class ServiceClients
{
    /// <summary>
    /// One named HttpClient per service (service discovery, the person's token, the page's language), the calls over
    /// them (<see cref="Services"/>) and the typed client of each service, which is all a page asks for.
    /// </summary>
    public static IServiceCollection AddServiceClients(this IServiceCollection services)
    {
        services.AddHttpContextAccessor();
        services.AddTransient<AccessTokenHandler>();
        services.AddTransient<LanguageHandler>();
        foreach (var service in Services.Names)
        {
            services.AddHttpClient(service, client => client.BaseAddress = new Uri($"http://{service}"))
                .AddHttpMessageHandler<AccessTokenHandler>()
                .AddHttpMessageHandler<LanguageHandler>();
        }

        services.AddSingleton<Services>();
        services.AddSingleton<FeedbackClient>();
        services.AddSingleton<PlansClient>();
        services.AddSingleton<CatalogClient>();
        services.AddSingleton<ReportingClient>();
        services.AddSingleton<IdentityClient>();
        return services;
    }
}
