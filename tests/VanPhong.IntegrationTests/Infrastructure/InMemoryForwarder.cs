using Yarp.ReverseProxy.Forwarder;

namespace VanPhong.IntegrationTests.Infrastructure;

/// <summary>
/// Lets the real gateway (YARP, its routes, rate limits and transforms) forward to services hosted in memory:
/// the destination's host name ("http://feedback") picks the service's test server.
/// </summary>
public sealed class InMemoryForwarder(Func<string, HttpMessageHandler> handlerForHost) : IForwarderHttpClientFactory
{
    public HttpMessageInvoker CreateClient(ForwarderHttpClientContext context) => new(new Router(handlerForHost), disposeHandler: true);

    private sealed class Router(Func<string, HttpMessageHandler> handlerForHost) : HttpMessageHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
            new HttpMessageInvoker(handlerForHost(request.RequestUri!.Host), disposeHandler: false).SendAsync(request, cancellationToken);
    }
}
