[assembly: AssemblyFixture(typeof(VanPhong.IntegrationTests.Infrastructure.SharedBroker))]

namespace VanPhong.IntegrationTests.Infrastructure;

/// <summary>
/// The RabbitMQ node every integration test talks to, started once for the assembly on a free port; or an
/// existing broker named by TEST_RABBITMQ_URI. Tests keep apart by queue prefix, not by broker.
/// </summary>
public sealed class SharedBroker : IAsyncLifetime
{
    private RabbitMqNode? _node;

    public string Uri { get; private set; } = "";

    public async ValueTask InitializeAsync()
    {
        var external = Environment.GetEnvironmentVariable("TEST_RABBITMQ_URI");
        if (!string.IsNullOrWhiteSpace(external))
        {
            Uri = external;
            return;
        }

        _node = await RabbitMqNode.StartAsync();
        Uri = _node.Uri;
    }

    public async ValueTask DisposeAsync()
    {
        if (_node is not null)
        {
            await _node.DisposeAsync();
        }
    }
}
