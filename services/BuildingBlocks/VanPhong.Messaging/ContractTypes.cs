using System.Collections.Concurrent;
using System.Text.Json;
using VanPhong.Contracts;

namespace VanPhong.Messaging;

/// <summary>Maps the type names stored in outbox rows back to the contract types of VanPhong.Contracts.</summary>
public static class ContractTypes
{
    public static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web);

    private static readonly ConcurrentDictionary<string, Type?> Cache = new();

    public static Type? Resolve(string typeName) =>
        Cache.GetOrAdd(typeName, name => typeof(FeedbackReceived).Assembly.GetType(name, throwOnError: false));

    public static object Deserialize(OutboxMessage row)
    {
        var type = Resolve(row.Type) ?? throw new UnknownContractException(row.Type);
        return JsonSerializer.Deserialize(row.Payload, type, JsonOptions)
            ?? throw new UnknownContractException(row.Type);
    }
}

public sealed class UnknownContractException(string typeName)
    : Exception($"Outbox row names a contract type that this build does not know: {typeName}");
