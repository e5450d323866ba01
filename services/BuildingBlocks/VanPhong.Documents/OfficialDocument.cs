using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using VanPhong.Text;

namespace VanPhong.Documents;

/// <summary>A part of a document's body.</summary>
public abstract record Block;

/// <summary>A paragraph; <see cref="Indent"/> gives the first-line indent of administrative prose.</summary>
public sealed record Paragraph(string Text, bool Bold = false, bool Italic = false, bool Center = false, bool Indent = true) : Block;

/// <summary>A bold heading ("I. KẾT QUẢ ĐẠT ĐƯỢC").</summary>
public sealed record Heading(string Text) : Block;

/// <summary>A table with a header row; numbers right-aligned.</summary>
public sealed record Table(IReadOnlyList<string> Header, IReadOnlyList<IReadOnlyList<string>> Rows, string? Caption = null) : Block;

/// <summary>
/// A document in the Vietnamese administrative layout (Nghị định 30/2020/NĐ-CP, Phụ lục I): the issuing agency
/// and its superior at the top left with the number, the national name (Quốc hiệu) and motto (tiêu ngữ) at the top
/// right with place and date, the summary line, the title, "Kính gửi", the body, then "Nơi nhận" and the signature.
/// </summary>
public sealed record OfficialDocument(
    string SuperiorAgency,
    string Agency,
    string Number,
    string Place,
    DateOnly Date,
    IReadOnlyList<Block> Body,
    string SignerTitle,
    string SignerName,
    string? Summary = null,
    string? Title = null,
    string? TitleSubject = null,
    IReadOnlyList<string>? Recipients = null,
    IReadOnlyList<string>? CopiesTo = null);

/// <summary>Writes <see cref="OfficialDocument"/>s as .docx (Times New Roman 13, A4, margins of the decree).</summary>
public static class WordDocument
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    public const string NationalName = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM";

    public const string Motto = "Độc lập - Tự do - Hạnh phúc";

    public static byte[] Write(OfficialDocument document)
    {
        using var stream = new MemoryStream();
        using (var word = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = word.AddMainDocumentPart();
            var body = new Body();
            body.Append(HeaderTable(document));
            if (document.Title is not null)
            {
                body.Append(Para(document.Title, bold: true, center: true, size: 28, spacingBefore: 240));
                if (document.TitleSubject is not null)
                {
                    body.Append(Para(document.TitleSubject, bold: true, center: true));
                }
            }

            if (document.Recipients is { Count: > 0 } recipients)
            {
                body.Append(Para(recipients.Count == 1 ? $"Kính gửi: {recipients[0]}" : "Kính gửi:", center: true, spacingBefore: 240));
                if (recipients.Count > 1)
                {
                    foreach (var recipient in recipients)
                    {
                        body.Append(Para("- " + recipient, center: true));
                    }
                }
            }

            foreach (var block in document.Body)
            {
                switch (block)
                {
                    case Heading heading:
                        body.Append(Para(heading.Text, bold: true, spacingBefore: 120));
                        break;
                    case Paragraph paragraph:
                        foreach (var line in paragraph.Text.Split('\n'))
                        {
                            body.Append(Para(line, paragraph.Bold, paragraph.Italic, paragraph.Center, indent: paragraph.Indent && !paragraph.Center));
                        }

                        break;
                    case Table table:
                        if (table.Caption is not null)
                        {
                            body.Append(Para(table.Caption, bold: true, center: true, spacingBefore: 120));
                        }

                        body.Append(DataTable(table));
                        body.Append(Para(""));
                        break;
                }
            }

            body.Append(SignatureTable(document));
            body.Append(new SectionProperties(
                new PageSize { Width = 11906, Height = 16838 },
                new PageMargin { Top = 1134, Bottom = 1134, Left = 1701, Right = 1134, Header = 709, Footer = 709, Gutter = 0 }));
            main.Document = new Document(body);
            var styles = main.AddNewPart<StyleDefinitionsPart>();
            styles.Styles = new Styles(new DocDefaults(
                new RunPropertiesDefault(new RunProperties(
                    new RunFonts { Ascii = "Times New Roman", HighAnsi = "Times New Roman", ComplexScript = "Times New Roman", EastAsia = "Times New Roman" },
                    new FontSize { Val = "26" },
                    new Languages { Val = "vi-VN" })),
                new ParagraphPropertiesDefault(new ParagraphProperties(new SpacingBetweenLines { After = "60", Line = "288", LineRule = LineSpacingRuleValues.Auto }))));
            main.Document.Save();
        }

        return stream.ToArray();
    }

    /// <summary>"Khánh Hòa, ngày 05 tháng 3 năm 2024": the date line of an administrative document.</summary>
    public static string DateLine(string place, DateOnly date) =>
        string.Create(CultureInfo.InvariantCulture, $"{place}, ngày {date.Day:00} tháng {(date.Month < 3 ? date.Month.ToString("00", CultureInfo.InvariantCulture) : date.Month.ToString(CultureInfo.InvariantCulture))} năm {date.Year}");

    /// <summary>
    /// All the text of a .docx, one line per paragraph (for checks and search). The package is held to
    /// <paramref name="limits"/> (defaults when null) before it is opened; a refusal is an InvalidDataException.
    /// </summary>
    public static string ReadText(byte[] docx, ZipLimits? limits = null)
    {
        limits ??= new ZipLimits();
        PackageInspector.Inspect(docx, limits);
        using var word = WordprocessingDocument.Open(new MemoryStream(docx, writable: false), false, new OpenSettings { MaxCharactersInPart = limits.MaxEntryBytes });
        return string.Join("\n", word.MainDocumentPart!.Document.Body!.Descendants<DocumentFormat.OpenXml.Wordprocessing.Paragraph>().Select(p => p.InnerText));
    }

    private static DocumentFormat.OpenXml.Wordprocessing.Table HeaderTable(OfficialDocument d)
    {
        var left = new List<OpenXmlElement>
        {
            Para(d.SuperiorAgency.ToUpper(CultureInfo.GetCultureInfo("vi-VN")), center: true, size: 26),
            Para(d.Agency.ToUpper(CultureInfo.GetCultureInfo("vi-VN")), bold: true, center: true, size: 26),
            Para("───────", center: true),
            Para(d.Number, center: true),
        };
        if (d.Summary is not null)
        {
            left.Add(Para(d.Summary, center: true, size: 24));
        }

        var right = new List<OpenXmlElement>
        {
            Para(NationalName, bold: true, center: true, size: 26),
            Para(Motto, bold: true, center: true, size: 28),
            Para("───────────────", center: true),
            Para(DateLine(d.Place, d.Date), italic: true, center: true),
        };
        return Layout([4200, 5400], left, right);
    }

    private static DocumentFormat.OpenXml.Wordprocessing.Table SignatureTable(OfficialDocument d)
    {
        var left = new List<OpenXmlElement> { Para("Nơi nhận:", bold: true, italic: true, size: 24) };
        left.AddRange((d.CopiesTo ?? []).Select(c => Para("- " + c, size: 22)));
        var right = new List<OpenXmlElement>
        {
            Para(d.SignerTitle.ToUpper(CultureInfo.GetCultureInfo("vi-VN")), bold: true, center: true),
            Para(""),
            Para(""),
            Para(""),
            Para(d.SignerName, bold: true, center: true),
        };
        return Layout([4800, 4800], left, right);
    }

    private static DocumentFormat.OpenXml.Wordprocessing.Table Layout(int[] widths, IEnumerable<OpenXmlElement> left, IEnumerable<OpenXmlElement> right)
    {
        var table = new DocumentFormat.OpenXml.Wordprocessing.Table(
            new TableProperties(
                new TableWidth { Width = widths.Sum().ToString(CultureInfo.InvariantCulture), Type = TableWidthUnitValues.Dxa },
                new TableBorders(new TopBorder { Val = BorderValues.None }, new BottomBorder { Val = BorderValues.None }, new LeftBorder { Val = BorderValues.None },
                    new RightBorder { Val = BorderValues.None }, new InsideHorizontalBorder { Val = BorderValues.None }, new InsideVerticalBorder { Val = BorderValues.None })),
            new TableGrid(widths.Select(w => new GridColumn { Width = w.ToString(CultureInfo.InvariantCulture) })));
        var row = new TableRow();
        row.Append(Cell(widths[0], left));
        row.Append(Cell(widths[1], right));
        table.Append(row);
        return table;
    }

    private static TableCell Cell(int width, IEnumerable<OpenXmlElement> content)
    {
        var cell = new TableCell(new TableCellProperties(new TableCellWidth { Width = width.ToString(CultureInfo.InvariantCulture), Type = TableWidthUnitValues.Dxa }));
        cell.Append(content);
        return cell;
    }

    private static DocumentFormat.OpenXml.Wordprocessing.Table DataTable(Table table)
    {
        var border = () => new TableBorders(
            new TopBorder { Val = BorderValues.Single, Size = 4 }, new BottomBorder { Val = BorderValues.Single, Size = 4 },
            new LeftBorder { Val = BorderValues.Single, Size = 4 }, new RightBorder { Val = BorderValues.Single, Size = 4 },
            new InsideHorizontalBorder { Val = BorderValues.Single, Size = 4 }, new InsideVerticalBorder { Val = BorderValues.Single, Size = 4 });
        var result = new DocumentFormat.OpenXml.Wordprocessing.Table(new TableProperties(new TableWidth { Width = "5000", Type = TableWidthUnitValues.Pct }, border()));
        var header = new TableRow(new TableRowProperties(new TableHeader()));
        foreach (var text in table.Header)
        {
            header.Append(new TableCell(Para(text, bold: true, center: true, size: 22)));
        }

        result.Append(header);
        foreach (var cells in table.Rows)
        {
            var row = new TableRow();
            foreach (var text in cells)
            {
                var numeric = double.TryParse(text.Replace(".", "").Replace(",", "").Replace("%", ""), NumberStyles.Any, CultureInfo.InvariantCulture, out _);
                row.Append(new TableCell(Para(text, center: numeric, size: 22)));
            }

            result.Append(row);
        }

        return result;
    }

    private static DocumentFormat.OpenXml.Wordprocessing.Paragraph Para(string text, bool bold = false, bool italic = false, bool center = false, int size = 26, bool indent = false, int spacingBefore = 0)
    {
        // Child order follows the Open XML schema (spacing, indentation, justification; bold, italic, size).
        var properties = new ParagraphProperties();
        if (spacingBefore > 0)
        {
            properties.Append(new SpacingBetweenLines { Before = spacingBefore.ToString(CultureInfo.InvariantCulture) });
        }

        if (indent)
        {
            properties.Append(new Indentation { FirstLine = "567" });
        }

        properties.Append(new Justification { Val = center ? JustificationValues.Center : JustificationValues.Both });

        var runProperties = new RunProperties();
        if (bold)
        {
            runProperties.Append(new Bold());
        }

        if (italic)
        {
            runProperties.Append(new Italic());
        }

        runProperties.Append(new FontSize { Val = size.ToString(CultureInfo.InvariantCulture) });
        return new DocumentFormat.OpenXml.Wordprocessing.Paragraph(properties, new Run(runProperties, new DocumentFormat.OpenXml.Wordprocessing.Text(text) { Space = SpaceProcessingModeValues.Preserve }));
    }
}
