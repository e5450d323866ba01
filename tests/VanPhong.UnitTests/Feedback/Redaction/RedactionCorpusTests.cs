using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using VanPhong.Feedback.Data;
using VanPhong.Feedback.Publication;

namespace VanPhong.UnitTests.Feedback.Redaction;

/// <summary>
/// The redactor against the PAKN corpus (pakn-redaction-corpus.jsonl): realistic sentences with the expected redacted
/// text, which defines the policy. Measured at the token level: the input tokens the expected text does not keep are
/// the secret ones, the input tokens the actual text does not keep are the removed ones (each found by aligning the
/// token lists, longest common subsequence). Nothing secret may be left (recall 100 %); little that is not secret
/// may be removed (precision at least 95 %).
/// </summary>
public sealed partial class RedactionCorpusTests
{
    private const double MinimumPrecision = 0.95;
    private const int Shown = 15;

    public sealed record CorpusSubmitter(string? Type, string? Name, string? Organisation, string? Address, string? Phone, string? Email);

    public sealed record CorpusLine(int Number, string Category, string Input, string Expected, CorpusSubmitter? Submitter)
    {
        public Submitter? ToSubmitter() => Submitter is null ? null : new Submitter
        {
            Type = Enum.Parse<SubmitterType>(Submitter.Type ?? nameof(SubmitterType.Individual), ignoreCase: true),
            Name = Submitter.Name ?? "",
            Organisation = Submitter.Organisation,
            Address = Submitter.Address ?? "",
            Phone = Submitter.Phone,
            Email = Submitter.Email,
        };
    }

    private static readonly JsonSerializerOptions Json = new() { PropertyNameCaseInsensitive = true };

    private static readonly Lazy<IReadOnlyList<CorpusLine>> Lines = new(() =>
        File.ReadLines(Path.Combine(AppContext.BaseDirectory, "Feedback", "Redaction", "pakn-redaction-corpus.jsonl"))
            .Select((line, i) => (line, i))
            .Where(x => !string.IsNullOrWhiteSpace(x.line))
            .Select(x => JsonSerializer.Deserialize<CorpusLine>(x.line, Json)! with { Number = x.i + 1 })
            .ToList());

    private static IReadOnlyList<CorpusLine> Corpus => Lines.Value;

    [Fact]
    public void The_corpus_is_redacted_with_full_recall_and_high_precision()
    {
        int secret = 0, removed = 0, both = 0, exact = 0;
        var leaks = new List<string>();
        var overRedactions = new List<string>();
        foreach (var line in Corpus)
        {
            var actual = Redactor.Redact(line.Input, line.ToSubmitter()).Text;
            var score = Score(line.Input, line.Expected, actual);
            secret += score.Secret;
            removed += score.Removed;
            both += score.Both;
            exact += actual == line.Expected ? 1 : 0;
            if (score.Leaked.Count > 0)
            {
                leaks.Add(Describe(line, actual, "left", score.Leaked));
            }

            if (score.Over.Count > 0)
            {
                overRedactions.Add(Describe(line, actual, "removed", score.Over));
            }
        }

        var recall = secret == 0 ? 1 : (double)both / secret;
        var precision = removed == 0 ? 1 : (double)both / removed;
        var summary = $"{Corpus.Count} lines, {exact} redacted exactly as expected; {secret} secret tokens, {removed} removed, {both} of them secret: "
            + $"recall {recall:P2}, precision {precision:P2}; {leaks.Count} lines leak, {overRedactions.Count} lines over-redact.";
        var report = new StringBuilder(summary).AppendLine();
        if (leaks.Count > 0)
        {
            report.AppendLine().AppendLine($"Leaks (secret tokens kept), first {Math.Min(Shown, leaks.Count)} of {leaks.Count}:");
            leaks.Take(Shown).ToList().ForEach(l => report.Append(l));
        }

        if (overRedactions.Count > 0)
        {
            report.AppendLine().AppendLine($"Over-redactions (tokens removed that are not secret), first {Math.Min(Shown, overRedactions.Count)} of {overRedactions.Count}:");
            overRedactions.Take(Shown).ToList().ForEach(l => report.Append(l));
        }

        TestContext.Current.TestOutputHelper?.WriteLine(report.ToString());
        Assert.True(both == secret && precision >= MinimumPrecision, report.ToString());
    }

    [Fact]
    public void The_submitters_own_details_are_removed_in_other_spellings()
    {
        // Capitals, lower case, +84 / 84 / brackets, e-mail case, P. / TP. / TDP, "2 Tháng 4" for "2/4", the surname Ông.
        string[] starts =
        [
            "Tôi là NGUYỄN THỊ HỒNG NHUNG", "trần văn bình, ở 12 Trần Phú", "Người phản ánh PHẠM VĂN QUÝ", "võ thị thanh thảo, TDP 4",
            "Tôi tên Mai anh Tuấn", "châu thị ngọc hân, 9 hẻm 72", "Người đề nghị: ÔNG VĂN LỘC", "Công ty Cổ phần Logistics Bắc Vân Phong",
        ];

        var failures = new List<string>();
        foreach (var start in starts)
        {
            var line = Assert.Single(Corpus, l => l.Submitter is not null && l.Input.StartsWith(start, StringComparison.Ordinal));
            var submitter = line.ToSubmitter()!;
            var actual = Redactor.Redact(line.Input, submitter).Text;
            var problems = new List<string>();

            if (submitter.Type == SubmitterType.Individual
                && Regex.IsMatch(actual, string.Join(@"\s+", submitter.Name.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(Regex.Escape)), RegexOptions.IgnoreCase | RegexOptions.CultureInvariant))
            {
                problems.Add("the name");
            }

            if (submitter.Email is { } email && actual.Contains(email, StringComparison.OrdinalIgnoreCase))
            {
                problems.Add("the e-mail");
            }

            if (submitter.Phone is { } phone && PhoneLike().Matches(actual).Any(m => NationalPhone(m.Value) == phone))
            {
                problems.Add("the phone");
            }

            if (Score(line.Input, line.Expected, actual).Leaked is { Count: > 0 } leaked)
            {
                problems.Add("tokens " + string.Join(" ", leaked));
            }

            if (!actual.Contains(Redactor.AddressMark, StringComparison.Ordinal))
            {
                problems.Add("the address");
            }

            if (problems.Count > 0)
            {
                failures.Add(Describe(line, actual, "left " + string.Join(", ", problems), []));
            }
        }

        Assert.True(failures.Count == 0, string.Concat(failures));
    }

    [Fact]
    public void The_removed_kinds_are_reported_exactly_when_something_was_replaced()
    {
        var wrong = new List<string>();
        foreach (var line in Corpus)
        {
            var redaction = Redactor.Redact(line.Input, line.ToSubmitter());
            var replaced = redaction.Text != line.Input;
            if (replaced != redaction.Removed.Count > 0)
            {
                wrong.Add($"#{line.Number}: replaced {replaced}, kinds [{string.Join(", ", redaction.Removed)}]{Environment.NewLine}  actual:   {redaction.Text}{Environment.NewLine}");
            }
        }

        Assert.True(wrong.Count == 0, string.Concat(wrong.Take(Shown)));
    }

    private sealed record LineScore(int Secret, int Removed, int Both, IReadOnlyList<string> Leaked, IReadOnlyList<string> Over);

    private static LineScore Score(string input, string expected, string actual)
    {
        var tokens = Tokens(input);
        var keptInExpected = Kept(tokens, Tokens(expected));
        var keptInActual = Kept(tokens, Tokens(actual));
        int secret = 0, removed = 0, both = 0;
        var leaked = new List<string>();
        var over = new List<string>();
        for (var i = 0; i < tokens.Count; i++)
        {
            bool isSecret = !keptInExpected[i], isRemoved = !keptInActual[i];
            secret += isSecret ? 1 : 0;
            removed += isRemoved ? 1 : 0;
            both += isSecret && isRemoved ? 1 : 0;
            if (isSecret && !isRemoved)
            {
                leaked.Add(tokens[i]);
            }
            else if (isRemoved && !isSecret)
            {
                over.Add(tokens[i]);
            }
        }

        return new LineScore(secret, removed, both, leaked, over);
    }

    /// <summary>Words, numbers and punctuation; a mark such as "[họ tên]" is one token.</summary>
    private static List<string> Tokens(string text) => Token().Matches(text).Select(m => m.Value).ToList();

    /// <summary>Which tokens of <paramref name="input"/> a longest common subsequence with <paramref name="output"/> keeps.</summary>
    private static bool[] Kept(IReadOnlyList<string> input, IReadOnlyList<string> output)
    {
        var lcs = new int[input.Count + 1, output.Count + 1];
        for (var i = input.Count - 1; i >= 0; i--)
        {
            for (var j = output.Count - 1; j >= 0; j--)
            {
                lcs[i, j] = input[i] == output[j] ? lcs[i + 1, j + 1] + 1 : Math.Max(lcs[i + 1, j], lcs[i, j + 1]);
            }
        }

        var kept = new bool[input.Count];
        for (int i = 0, j = 0; i < input.Count && j < output.Count;)
        {
            if (input[i] == output[j])
            {
                kept[i++] = true;
                j++;
            }
            else if (lcs[i + 1, j] >= lcs[i, j + 1])
            {
                i++;
            }
            else
            {
                j++;
            }
        }

        return kept;
    }

    private static string Describe(CorpusLine line, string actual, string what, IReadOnlyList<string> tokens) =>
        $"#{line.Number} [{line.Category}] {what}{(tokens.Count > 0 ? ": " + string.Join(" ", tokens) : "")}{Environment.NewLine}"
        + $"  input:    {line.Input}{Environment.NewLine}  expected: {line.Expected}{Environment.NewLine}  actual:   {actual}{Environment.NewLine}";

    private static string NationalPhone(string value)
    {
        var digits = new string(value.Where(char.IsAsciiDigit).ToArray());
        return digits.StartsWith("84", StringComparison.Ordinal) && digits.Length >= 11 ? (digits[2] == '0' ? digits[2..] : "0" + digits[2..]) : digits;
    }

    [GeneratedRegex(@"\[[^\[\]]+\]|\w+|[^\w\s]")]
    private static partial Regex Token();

    [GeneratedRegex(@"\+?\(?\d[\d\s.\-()+]*\d")]
    private static partial Regex PhoneLike();
}
