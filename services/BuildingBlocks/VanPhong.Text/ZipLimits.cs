namespace VanPhong.Text;

/// <summary>
/// How much a zip may hold before it is opened — and a .docx or .xlsx is a zip. A "zip bomb" is a small file whose
/// entries inflate to gigabytes (100 MiB of zeros deflates to about 100 KB), so what a zip may inflate to is bounded,
/// not only what it weighs. Bound from configuration where a service reads files (e.g. <c>Feedback:Intake:Packages</c>).
/// </summary>
public sealed class ZipLimits
{
    /// <summary>An Office document has a few dozen parts; thousands of entries only cost time and memory to list.</summary>
    public int MaxEntries { get; set; } = 1000;

    /// <summary>The largest one entry may inflate to: a 20 MiB worksheet or document body is far beyond any real one.</summary>
    public long MaxEntryBytes { get; set; } = 20 * 1024 * 1024;

    /// <summary>The largest all entries together may inflate to.</summary>
    public long MaxTotalBytes { get; set; } = 50 * 1024 * 1024;

    /// <summary>Inflated size over compressed size of one entry. Office XML compresses 5–30:1; only crafted data goes past 100:1.</summary>
    public int MaxCompressionRatio { get; set; } = 100;

    /// <summary>
    /// Entries smaller than this are not held to the ratio: a small part of repeated markup (an empty style table) may
    /// compress beyond 100:1 and cannot hurt at that size.
    /// </summary>
    public long RatioCheckedFromBytes { get; set; } = 1024 * 1024;
}
