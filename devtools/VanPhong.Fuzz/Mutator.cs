using System.Text;

namespace VanPhong.Fuzz;

/// <summary>
/// Breaks a valid request in one of the ways a careless or hostile client would: a flipped byte, a cut body, a value
/// of another type, a huge string, a control character, a key given twice, a wrong content type. Deterministic for a
/// seed: the same seed sends the same requests.
/// </summary>
public sealed class Mutator(int seed)
{
    private static readonly string[] ContentTypes = ["text/plain", "application/xml", "application/x-www-form-urlencoded", "multipart/form-data", "application/octet-stream", "application/json; charset=utf-16"];
    private static readonly string[] Swaps = ["0", "-1", "1e309", "2147483648", "true", "null", "[]", "{}", "\"\"", "\"x\""];
    private static readonly string[] Controls = ["\0", "\u0001", "\u0007", "\u001b[2J", "\u007f", "\\u0000"];

    private readonly Random _random = new(seed);

    public static readonly string[] Kinds = ["byte-flip", "truncate", "type-swap", "huge-string", "control-char", "duplicate-key", "content-type", "as-is"];

    /// <summary>One mutation of the body (or of the query string for a read); returns its kind.</summary>
    public (string Kind, byte[] Body, string ContentType, string Query) Mutate(byte[] body, string contentType, string query)
    {
        var kind = Kinds[_random.Next(Kinds.Length)];
        if (body.Length == 0)
        {
            return (kind, body, contentType, MutateQuery(kind, query));
        }

        var text = Encoding.UTF8.GetString(body);
        return kind switch
        {
            "byte-flip" => (kind, FlipBytes(body), contentType, query),
            "truncate" => (kind, body[.._random.Next(body.Length)], contentType, query),
            "type-swap" => (kind, Encoding.UTF8.GetBytes(SwapValue(text)), contentType, query),
            "huge-string" => (kind, Encoding.UTF8.GetBytes(Insert(text, new string('x', _random.Next(10_000, 300_000)))), contentType, query),
            "control-char" => (kind, Encoding.UTF8.GetBytes(Insert(text, Controls[_random.Next(Controls.Length)])), contentType, query),
            "duplicate-key" => (kind, Encoding.UTF8.GetBytes(DuplicateKey(text)), contentType, query),
            "content-type" => (kind, body, ContentTypes[_random.Next(ContentTypes.Length)], query),
            _ => (kind, body, contentType, query),
        };
    }

    private string MutateQuery(string kind, string query) => kind switch
    {
        "byte-flip" or "control-char" => query + "%" + _random.Next(0, 32).ToString("X2"),
        "truncate" => query[.._random.Next(query.Length + 1)],
        "type-swap" => query.Contains('=') ? query[..(query.IndexOf('=') + 1)] + Uri.EscapeDataString(Swaps[_random.Next(Swaps.Length)]) : query,
        "huge-string" => query + "&q=" + new string('q', _random.Next(1_000, 20_000)),
        "duplicate-key" => query + "&" + query.TrimStart('?'),
        _ => query,
    };

    private byte[] FlipBytes(byte[] body)
    {
        var copy = (byte[])body.Clone();
        for (var i = _random.Next(1, 4); i > 0; i--)
        {
            copy[_random.Next(copy.Length)] ^= (byte)(1 << _random.Next(8));
        }

        return copy;
    }

    private string Insert(string text, string what)
    {
        // Inside a string value when there is one, so the mutation reaches a field rather than breaking the syntax.
        var quotes = Enumerable.Range(0, text.Length).Where(i => text[i] is '"' or '=').ToList();
        var at = quotes.Count > 0 ? quotes[_random.Next(quotes.Count)] + 1 : _random.Next(text.Length + 1);
        return text[..at] + what + text[at..];
    }

    private string SwapValue(string text)
    {
        var colons = Enumerable.Range(0, text.Length).Where(i => text[i] == ':').ToList();
        if (colons.Count == 0)
        {
            return Insert(text, Swaps[_random.Next(Swaps.Length)]);
        }

        var start = colons[_random.Next(colons.Count)] + 1;
        var end = start;
        var depth = 0;
        var inString = false;
        for (; end < text.Length; end++)
        {
            var c = text[end];
            if (inString)
            {
                inString = !(c == '"' && text[end - 1] != '\\');
            }
            else if (c == '"')
            {
                inString = true;
            }
            else if (c is '{' or '[')
            {
                depth++;
            }
            else if (c is '}' or ']' && depth-- == 0 || c == ',' && depth == 0)
            {
                break;
            }
        }

        return text[..start] + Swaps[_random.Next(Swaps.Length)] + text[end..];
    }

    private string DuplicateKey(string text)
    {
        var keys = System.Text.RegularExpressions.Regex.Matches(text, "\"[A-Za-z_]+\"\\s*:\\s*(\"[^\"]*\"|[0-9a-z.\\-]+)").ToList();
        if (keys.Count == 0)
        {
            // A form or a text: the first field again, with another value.
            var first = text.Split('&', '\n')[0];
            return text + (text.Contains('&') ? "&" : "\n") + first + "x";
        }

        var pick = keys[_random.Next(keys.Count)];
        return text[..pick.Index] + pick.Value + "," + text[pick.Index..];
    }
}
