using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;
using VanPhong.Text;

namespace VanPhong.Catalog.Decisions.Reading;

/// <summary>Why a document cannot be read at all, with the status the office is answered with.</summary>
public sealed class DecisionDocumentException(int status, string title, string message) : Exception(message)
{
    public int Status { get; } = status;

    public string Title { get; } = title;
}

/// <summary>The text of a decision, line by line, and what kind of file it came from ("docx", "pdf", "text").</summary>
public sealed record DecisionSource(string Kind, IReadOnlyList<string> Lines);

/// <summary>
/// Turns the file the office uploads into lines. The kind is read from the content, never the name: a .docx is a zip
/// held to <see cref="ZipLimits"/> by <see cref="PackageInspector"/> before the Open XML SDK opens it; a .pdf must carry
/// a text layer; anything else must be UTF-8 text (plain or markdown). A table becomes the layout the legal websites
/// give when copied as text — each row opens with a line "|" and each cell is closed by one — so one reader serves
/// every kind.
/// </summary>
public static class DecisionDocument
{
    public const string Docx = "docx";
    public const string Pdf = "pdf";
    public const string Text = "text";

    private const string Unreadable = "Không đọc được quyết định";

    public static DecisionSource Open(byte[] content, DecisionReadingOptions options)
    {
        var detected = FileTypes.Detect(content, options.Package);
        if (detected.Refusal is { } refusal)
        {
            throw new DecisionDocumentException(StatusCodes.Status400BadRequest, Unreadable, refusal);
        }

        return detected.ContentType switch
        {
            FileTypes.Docx => new(Docx, DocxLines(content)),
            FileTypes.Pdf => new(Pdf, PdfLines(content, options.MaxPdfPages)),
            null when content.Length > 0 && content[0] == 0x50 && content.Length > 1 && content[1] == 0x4B =>
                throw WrongKind("Tệp nén không phải văn bản Word (.docx)."),
            null => new(Text, TextLines(content)),
            _ => throw WrongKind("Tệp là ảnh hoặc bảng tính, không phải văn bản quyết định."),
        };
    }

    private static DecisionDocumentException WrongKind(string why) => new(StatusCodes.Status415UnsupportedMediaType, "Loại tệp không được nhận",
        $"{why} Gửi quyết định dạng .docx, .pdf có lớp văn bản, hoặc văn bản thuần (.txt, .md) mã hóa UTF-8.");

    private static List<string> TextLines(byte[] content)
    {
        string text;
        try
        {
            text = new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(content);
        }
        catch (DecoderFallbackException)
        {
            throw WrongKind("Tệp không phải văn bản mã hóa UTF-8.");
        }

        text = text.TrimStart('\uFEFF');
        if (VietnameseText.HasControlCharacter(text))
        {
            throw WrongKind("Tệp chứa ký tự điều khiển: đây không phải văn bản thuần.");
        }

        return [.. text.Replace("\r\n", "\n").Replace('\r', '\n').Split('\n')];
    }

    private static List<string> DocxLines(byte[] content)
    {
        var lines = new List<string>();
        try
        {
            using var stream = new MemoryStream(content, writable: false);
            using var document = WordprocessingDocument.Open(stream, false);
            var body = document.MainDocumentPart?.Document?.Body ?? throw new InvalidDataException();
            foreach (var element in body.ChildElements)
            {
                Append(element, lines);
            }
        }
        catch (Exception e) when (e is OpenXmlPackageException or InvalidDataException or System.Xml.XmlException or IOException)
        {
            throw new DecisionDocumentException(StatusCodes.Status400BadRequest, Unreadable, "Tệp Word (.docx) bị hỏng hoặc không có nội dung văn bản.");
        }

        return lines;
    }

    private static void Append(OpenXmlElement element, List<string> lines)
    {
        switch (element)
        {
            case Paragraph paragraph:
                lines.AddRange(ParagraphText(paragraph).Split('\n'));
                break;
            case Table table:
                foreach (var row in table.Elements<TableRow>())
                {
                    lines.Add("|");
                    foreach (var cell in row.Elements<TableCell>())
                    {
                        var cellLines = new List<string>();
                        foreach (var inner in cell.ChildElements)
                        {
                            Append(inner, cellLines);
                        }

                        lines.AddRange(cellLines.Where(l => !string.IsNullOrWhiteSpace(l)));
                        lines.Add("|");

                        // A cell merged across columns keeps the row's column count.
                        var span = cell.TableCellProperties?.GridSpan?.Val?.Value ?? 1;
                        for (var i = 1; i < span; i++)
                        {
                            lines.Add("|");
                        }
                    }
                }

                break;
            case SdtBlock block:
                foreach (var inner in block.SdtContentBlock?.ChildElements ?? [])
                {
                    Append(inner, lines);
                }

                break;
        }
    }

    private static string ParagraphText(Paragraph paragraph)
    {
        var text = new StringBuilder();
        foreach (var node in paragraph.Descendants())
        {
            switch (node)
            {
                case DocumentFormat.OpenXml.Wordprocessing.Text t:
                    text.Append(t.Text);
                    break;
                case TabChar:
                    text.Append(' ');
                    break;
                case Break or CarriageReturn:
                    text.Append('\n');
                    break;
            }
        }

        return text.ToString();
    }

    /// <summary>The words of each page grouped into lines by their baseline, top to bottom, left to right.</summary>
    private static List<string> PdfLines(byte[] content, int maxPages)
    {
        var lines = new List<string>();
        var letters = 0;
        try
        {
            using var pdf = PdfDocument.Open(content);
            if (pdf.NumberOfPages > maxPages)
            {
                throw new DecisionDocumentException(StatusCodes.Status400BadRequest, Unreadable, $"Tệp PDF có {pdf.NumberOfPages} trang, vượt giới hạn {maxPages} trang.");
            }

            foreach (var page in pdf.GetPages())
            {
                letters += page.Letters.Count(l => !string.IsNullOrWhiteSpace(l.Value));
                var words = page.GetWords().Where(w => !string.IsNullOrWhiteSpace(w.Text)).OrderByDescending(w => w.BoundingBox.Bottom).ToList();
                var current = new List<Word>();
                foreach (var word in words)
                {
                    if (current.Count > 0 && Math.Abs(current[0].BoundingBox.Bottom - word.BoundingBox.Bottom) > Math.Max(1, current[0].BoundingBox.Height * 0.5))
                    {
                        lines.Add(string.Join(' ', current.OrderBy(w => w.BoundingBox.Left).Select(w => w.Text)));
                        current.Clear();
                    }

                    current.Add(word);
                }

                if (current.Count > 0)
                {
                    lines.Add(string.Join(' ', current.OrderBy(w => w.BoundingBox.Left).Select(w => w.Text)));
                }
            }
        }
        catch (DecisionDocumentException)
        {
            throw;
        }
        catch (Exception)
        {
            // PdfPig throws its own exception types for a damaged file; none of them is the office's to read.
            throw new DecisionDocumentException(StatusCodes.Status400BadRequest, Unreadable, "Tệp PDF bị hỏng hoặc được mã hóa.");
        }

        if (letters == 0)
        {
            throw new DecisionDocumentException(StatusCodes.Status400BadRequest, Unreadable,
                "Tệp PDF không có lớp văn bản (bản quét hoặc ảnh chụp): gửi bản .docx, hoặc bản PDF xuất từ văn bản điện tử, hoặc văn bản thuần.");
        }

        return lines;
    }
}

/// <summary>What the reading takes in (<c>Catalog:Decisions:Reading</c>).</summary>
public sealed class DecisionReadingOptions
{
    /// <summary>The largest document: a decision with its appendix is some 100 KB as .docx, a few MB as .pdf.</summary>
    public long MaxBytes { get; set; } = 10 * 1024 * 1024;

    /// <summary>A decision with its appendix runs to tens of pages; hundreds only cost time.</summary>
    public int MaxPdfPages { get; set; } = 300;

    /// <summary>What a .docx may inflate to.</summary>
    public ZipLimits Package { get; set; } = new();
}
