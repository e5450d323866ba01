using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Http.Json;

namespace VanPhong.ServiceDefaults;

/// <summary>
/// What every JSON body the services read must be: no property given twice (the last would silently win), no control
/// characters in text (NUL and the other C0 characters except tab, line feed and carriage return), at most 32 levels
/// deep. A body that breaks one is refused with 400 naming the field (<c>BadRequestExceptionHandler</c>).
/// </summary>
public static class StrictJson
{
    public const int MaxDepth = 32;

    public static void Apply(JsonOptions options)
    {
        options.SerializerOptions.AllowDuplicateProperties = false;
        options.SerializerOptions.MaxDepth = MaxDepth;
        options.SerializerOptions.Converters.Add(new JsonStringEnumConverter());
        options.SerializerOptions.Converters.Add(new NoControlCharacters());
    }

    /// <summary>Refuses strings that carry control characters, however they were escaped in the JSON.</summary>
    private sealed class NoControlCharacters : JsonConverter<string>
    {
        public override bool HandleNull => false;

        public override string? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            var value = reader.GetString();
            if (value is not null && VanPhong.Text.VietnameseText.HasControlCharacter(value))
            {
                throw new JsonException("Văn bản có ký tự điều khiển (ví dụ ký tự NUL), không được chấp nhận.");
            }

            return value;
        }

        public override void Write(Utf8JsonWriter writer, string value, JsonSerializerOptions options) => writer.WriteStringValue(value);
    }
}
