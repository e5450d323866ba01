using System.Buffers.Binary;
using System.IO.Compression;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace VanPhong.UnitTests.Files;

/// <summary>Zips and workbooks built in the test, harmless and hostile.</summary>
internal static class Zips
{
    public const string DocxContentTypes =
        """<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>""";

    private static readonly Lazy<byte[]> DocxBomb = new(() => Bomb(100L * 1024 * 1024));

    /// <summary>A 100 KB .docx whose word/document.xml inflates to 100 MiB of zeros (built once: deflating takes a moment).</summary>
    public static byte[] HundredMegabyteDocx => DocxBomb.Value;

    public static byte[] Of(params (string Name, byte[] Content)[] entries) => Of(CompressionLevel.Optimal, entries);

    public static byte[] Of(CompressionLevel level, params (string Name, byte[] Content)[] entries)
    {
        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, content) in entries)
            {
                using var entry = zip.CreateEntry(name, level).Open();
                entry.Write(content);
            }
        }

        return stream.ToArray();
    }

    /// <summary>A package that declares itself a Word document, its body <paramref name="inflated"/> bytes of zeros.</summary>
    public static byte[] Bomb(long inflated)
    {
        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            using (var types = zip.CreateEntry("[Content_Types].xml").Open())
            {
                types.Write(System.Text.Encoding.UTF8.GetBytes(DocxContentTypes));
            }

            using var body = zip.CreateEntry("word/document.xml", CompressionLevel.SmallestSize).Open();
            var zeros = new byte[1024 * 1024];
            for (long written = 0; written < inflated; written += zeros.Length)
            {
                body.Write(zeros, 0, (int)Math.Min(zeros.Length, inflated - written));
            }
        }

        return stream.ToArray();
    }

    /// <summary>Rewrites the sizes the central directory gives the entry named <paramref name="name"/>: a zip that lies.</summary>
    public static byte[] Declaring(byte[] zip, string name, uint? uncompressed = null, uint? compressed = null)
    {
        var copy = zip.ToArray();
        for (var i = 0; i + 46 <= copy.Length; i++)
        {
            if (BinaryPrimitives.ReadUInt32LittleEndian(copy.AsSpan(i)) != 0x02014B50)
            {
                continue;
            }

            var nameLength = BinaryPrimitives.ReadUInt16LittleEndian(copy.AsSpan(i + 28));
            if (System.Text.Encoding.UTF8.GetString(copy, i + 46, nameLength) == name)
            {
                if (compressed is { } c)
                {
                    BinaryPrimitives.WriteUInt32LittleEndian(copy.AsSpan(i + 20), c);
                }

                if (uncompressed is { } u)
                {
                    BinaryPrimitives.WriteUInt32LittleEndian(copy.AsSpan(i + 24), u);
                }

                return copy;
            }
        }

        throw new ArgumentException($"No entry {name}.", nameof(name));
    }

    /// <summary>A workbook of one sheet whose rows hold the given cells (reference, inline text), and optional shared strings.</summary>
    public static byte[] Workbook(IEnumerable<IEnumerable<(string Reference, string Text)>> rows, int sharedStrings = 0, string sheet = "Trang 1")
    {
        using var stream = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            var workbook = document.AddWorkbookPart();
            workbook.Workbook = new Workbook(new Sheets());
            var part = workbook.AddNewPart<WorksheetPart>();
            var data = new SheetData();
            foreach (var cells in rows)
            {
                data.Append(new Row(cells.Select(c => new Cell
                {
                    CellReference = c.Reference,
                    DataType = CellValues.InlineString,
                    InlineString = new InlineString(new DocumentFormat.OpenXml.Spreadsheet.Text(c.Text)),
                })));
            }

            part.Worksheet = new Worksheet(data);
            if (sharedStrings > 0)
            {
                var shared = workbook.AddNewPart<SharedStringTablePart>();
                shared.SharedStringTable = new SharedStringTable(Enumerable.Range(0, sharedStrings).Select(i => new SharedStringItem(new DocumentFormat.OpenXml.Spreadsheet.Text($"s{i}"))));
            }

            workbook.Workbook.Sheets!.Append(new Sheet { Id = workbook.GetIdOfPart(part), SheetId = 1, Name = sheet });
            workbook.Workbook.Save();
        }

        return stream.ToArray();
    }
}
