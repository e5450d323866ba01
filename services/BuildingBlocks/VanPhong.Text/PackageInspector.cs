// Why one file: one pure job — deciding whether an Open XML package is safe to open, and what it declares, before any
// parser reads it; the manifest is the record that check returns.

using System.Buffers.Binary;
using System.Globalization;
using System.IO.Compression;
using System.Xml;

namespace VanPhong.Text;

/// <summary>
/// What an Open XML package declares in <c>[Content_Types].xml</c>: a part's content type is the one its name is
/// overridden with, or else the default for its extension (System.IO.Packaging gives the main part of a new document
/// by default for ".xml").
/// </summary>
public sealed class PackageManifest(IReadOnlySet<string> entries, IReadOnlyDictionary<string, string> overrides, IReadOnlyDictionary<string, string> defaults)
{
    /// <summary>Whether a part that is really in the zip has this content type (e.g. that of the main document part).</summary>
    public bool HasPart(string contentType) => entries.Any(e => contentType.Equals(ContentTypeOf(e), StringComparison.OrdinalIgnoreCase));

    private string? ContentTypeOf(string entry)
    {
        if (overrides.TryGetValue("/" + entry, out var type))
        {
            return type;
        }

        var name = entry[(entry.LastIndexOf('/') + 1)..];
        var dot = name.LastIndexOf('.');
        return dot >= 0 && defaults.TryGetValue(name[(dot + 1)..], out type) ? type : null;
    }
}

/// <summary>
/// Checks a zip (a .docx, an .xlsx) against <see cref="ZipLimits"/> before anything opens it: first the central
/// directory (the count of entries in its end record, then each entry's sizes and compression ratio, names seen twice,
/// entries that overlap), then every entry is inflated through a stream that stops at the size its entry declared,
/// since a central directory can lie and the runtime reads a stored entry past its declared size. Nothing is kept in
/// memory but <c>[Content_Types].xml</c>. A refusal is an <see cref="InvalidDataException"/> whose message says why,
/// in Vietnamese, for the person who sent the file.
/// </summary>
public static class PackageInspector
{
    private const string ContentTypesEntry = "[Content_Types].xml";
    private const string ContentTypesNamespace = "http://schemas.openxmlformats.org/package/2006/content-types";
    private const int EndRecordSize = 22;
    private static readonly CultureInfo Vietnamese = CultureInfo.GetCultureInfo("vi-VN");

    public static PackageManifest Inspect(byte[] zip, ZipLimits limits) => Inspect(new MemoryStream(zip, writable: false), limits);

    /// <summary>Inspects a seekable stream from its start; leaves it open, at an unspecified position.</summary>
    public static PackageManifest Inspect(Stream zip, ZipLimits limits)
    {
        if (!zip.CanSeek)
        {
            throw new ArgumentException("The package must be seekable: its central directory is at the end.", nameof(zip));
        }

        var declared = DeclaredEntries(zip);
        if (declared > limits.MaxEntries)
        {
            // 0xFFFF means the real count is in a Zip64 record: more entries than any document has.
            var count = declared == ushort.MaxValue ? "hơn 65.535" : Count(declared);
            throw Refused($"Tệp nén có {count} mục, vượt giới hạn {Count(limits.MaxEntries)} mục.");
        }

        zip.Position = 0;
        ZipArchive archive;
        try
        {
            archive = new ZipArchive(zip, ZipArchiveMode.Read, leaveOpen: true);
        }
        catch (InvalidDataException)
        {
            throw Corrupt();
        }

        using (archive)
        {
            var entries = CheckDirectory(archive, zip.Length, limits);
            var overrides = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
            var defaults = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
            var buffer = new byte[81_920];
            foreach (var entry in archive.Entries)
            {
                Inflate(entry, buffer, overrides, defaults);
            }

            // The content types themselves are no part.
            entries.Remove(ContentTypesEntry);
            return new PackageManifest(entries, overrides, defaults);
        }
    }

    /// <summary>The sizes the central directory declares, checked before a byte is inflated.</summary>
    private static HashSet<string> CheckDirectory(ZipArchive archive, long zipLength, ZipLimits limits)
    {
        IReadOnlyCollection<ZipArchiveEntry> all;
        try
        {
            all = archive.Entries;
        }
        catch (InvalidDataException)
        {
            throw Corrupt();
        }

        if (all.Count > limits.MaxEntries)
        {
            throw Refused($"Tệp nén có {Count(all.Count)} mục, vượt giới hạn {Count(limits.MaxEntries)} mục.");
        }

        var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        long total = 0, compressed = 0;
        foreach (var entry in all)
        {
            if (!names.Add(entry.FullName))
            {
                throw Refused($"Tệp nén có hai mục cùng tên \"{Shown(entry.FullName)}\": tệp bị hỏng hoặc bị làm giả.");
            }

            if (entry.Length > limits.MaxEntryBytes)
            {
                throw Refused($"Mục \"{Shown(entry.FullName)}\" trong tệp nén giải nén ra {Size(entry.Length)}, vượt giới hạn {Size(limits.MaxEntryBytes)} mỗi mục.");
            }

            if (entry.Length >= limits.RatioCheckedFromBytes && entry.Length > (double)limits.MaxCompressionRatio * Math.Max(1, entry.CompressedLength))
            {
                throw Refused($"Mục \"{Shown(entry.FullName)}\" được nén với tỷ lệ {Count(entry.Length / Math.Max(1, entry.CompressedLength))}:1, vượt giới hạn "
                    + $"{Count(limits.MaxCompressionRatio)}:1: tệp có dấu hiệu là bom nén (zip bomb).");
            }

            total += entry.Length;
            compressed += entry.CompressedLength;
        }

        if (total > limits.MaxTotalBytes)
        {
            throw Refused($"Tệp nén giải nén ra tổng cộng {Size(total)}, vượt giới hạn {Size(limits.MaxTotalBytes)}.");
        }

        // Entries that share their compressed bytes inflate the same data many times over (a "non-recursive" bomb).
        if (compressed > zipLength)
        {
            throw Refused("Các mục trong tệp nén chồng lên nhau: tệp có dấu hiệu là bom nén (zip bomb).");
        }

        return names;
    }

    private static void Inflate(ZipArchiveEntry entry, byte[] buffer, Dictionary<string, string> overrides, Dictionary<string, string> defaults)
    {
        var keep = entry.FullName.Equals(ContentTypesEntry, StringComparison.OrdinalIgnoreCase);
        using var content = keep ? new MemoryStream((int)entry.Length) : null;
        bool overflowed;
        try
        {
            using var inflated = new CappedStream(entry.Open(), entry.Length);
            int read;
            while ((read = inflated.Read(buffer)) > 0)
            {
                content?.Write(buffer, 0, read);
            }

            overflowed = inflated.Overflowed;
        }
        catch (Exception e) when (e is InvalidDataException or NotSupportedException)
        {
            // A corrupt deflate stream, an encrypted entry, a compression method the runtime does not know.
            throw Corrupt();
        }

        if (overflowed)
        {
            throw Refused($"Mục \"{Shown(entry.FullName)}\" giải nén ra nhiều hơn kích thước khai báo ({Size(entry.Length)}): tệp bị hỏng hoặc bị làm giả.");
        }

        if (content is not null)
        {
            content.Position = 0;
            ReadContentTypes(content, overrides, defaults);
        }
    }

    private static void ReadContentTypes(Stream xml, Dictionary<string, string> overrides, Dictionary<string, string> defaults)
    {
        var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null, IgnoreComments = true };
        try
        {
            using var reader = XmlReader.Create(xml, settings);
            while (reader.Read())
            {
                if (reader is not { NodeType: XmlNodeType.Element, NamespaceURI: ContentTypesNamespace } || reader.GetAttribute("ContentType") is not { } type)
                {
                    continue;
                }

                if (reader.LocalName == "Override" && reader.GetAttribute("PartName") is { } part)
                {
                    overrides[part] = type;
                }
                else if (reader.LocalName == "Default" && reader.GetAttribute("Extension") is { } extension)
                {
                    defaults[extension] = type;
                }
            }
        }
        catch (XmlException)
        {
            throw Refused("Tệp không đúng cấu trúc Office Open XML: phần [Content_Types].xml bị hỏng.");
        }
    }

    /// <summary>The entry count of the end-of-central-directory record: read before the runtime lists every entry.</summary>
    private static int DeclaredEntries(Stream zip)
    {
        if (zip.Length < EndRecordSize)
        {
            throw Corrupt();
        }

        // The record is the last thing in the file, followed by a comment of at most 65 535 bytes.
        var tail = new byte[(int)Math.Min(zip.Length, EndRecordSize + ushort.MaxValue)];
        zip.Position = zip.Length - tail.Length;
        zip.ReadExactly(tail);
        for (var i = tail.Length - EndRecordSize; i >= 0; i--)
        {
            if (BinaryPrimitives.ReadUInt32LittleEndian(tail.AsSpan(i)) == 0x06054B50)
            {
                return BinaryPrimitives.ReadUInt16LittleEndian(tail.AsSpan(i + 10));
            }
        }

        throw Corrupt();
    }

    private static InvalidDataException Corrupt() => Refused("Tệp bị hỏng hoặc không phải tệp Office Open XML (.docx, .xlsx) hợp lệ.");

    private static InvalidDataException Refused(string message) => new(message);

    private static string Count(long value) => value.ToString("N0", Vietnamese);

    private static string Size(long bytes) => bytes switch
    {
        >= 1024 * 1024 => (bytes / 1024d / 1024d).ToString("0.#", Vietnamese) + " MB",
        >= 1024 => Math.Ceiling(bytes / 1024d).ToString("0", Vietnamese) + " KB",
        _ => bytes.ToString(Vietnamese) + " byte",
    };

    /// <summary>An entry name as it may appear in a message: the sender chose it.</summary>
    private static string Shown(string name)
    {
        var printable = name.Where(c => !char.IsControl(c)).ToArray();
        return printable.Length > 80 ? new string(printable[..80]) + "…" : new string(printable);
    }

    /// <summary>
    /// Gives an entry's inflated bytes up to its declared size and stops there, noting whether more was coming: one
    /// byte past the cap is asked for, so a lie shows without inflating more than the cap.
    /// </summary>
    private sealed class CappedStream(Stream inner, long cap) : Stream
    {
        private long _read;

        public bool Overflowed { get; private set; }

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => _read; set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

        public override int Read(Span<byte> buffer)
        {
            if (Overflowed)
            {
                return 0;
            }

            var read = inner.Read(buffer[..(int)Math.Min(buffer.Length, cap - _read + 1)]);
            _read += read;
            if (_read > cap)
            {
                Overflowed = true;
                return 0;
            }

            return read;
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                inner.Dispose();
            }

            base.Dispose(disposing);
        }
    }
}
