namespace Sahel.Render;

/// <summary>
/// One value of a command's <c>--format</c>: its name, the line of help that says what it is for, and how its
/// renderer is made. <see cref="NeedsAnalysis"/> is true for formats that show figures or glosses, so the
/// caller reads the texts those need (see <see cref="Digest.DigestDetails"/>).
/// </summary>
public sealed record OutputFormat<TReport>(string Name, string Description, Func<RenderSettings, IReportRenderer<TReport>> Create)
{
    /// <summary>The story summaries are read for this format (JSON shows them; Markdown does not).</summary>
    public bool NeedsSummaries { get; init; } = true;

    /// <summary>Each story's claims are shown (JSON); the caller reads them from the store's claims cache.</summary>
    public bool ShowsClaims { get; init; }

    /// <summary>
    /// The digest's story objects are copied from the ones an earlier JSON digest kept (<see cref="StoryObjectCache"/>),
    /// so the caller reads claims and glosses only for the stories it has none kept for.
    /// </summary>
    public bool CopiesStoryObjects { get; init; }
}

/// <summary>
/// The formats of one kind of report, in the order help lists them; the first is the default. Adding a format is
/// one renderer file plus one entry in a table of <see cref="ReportFormats"/>.
/// </summary>
public sealed class FormatTable<TReport>
{
    private readonly List<OutputFormat<TReport>> _formats;

    public FormatTable(params IEnumerable<OutputFormat<TReport>> formats)
    {
        _formats = formats.ToList();
        var duplicate = _formats.GroupBy(f => f.Name, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
            throw new ArgumentException($"format '{duplicate.Key}' is listed twice");
    }

    public IReadOnlyList<OutputFormat<TReport>> All => _formats;
    public OutputFormat<TReport> Default => _formats[0];
    public IEnumerable<string> Names => _formats.Select(f => f.Name);

    public OutputFormat<TReport> this[string name] =>
        _formats.FirstOrDefault(f => f.Name == name) ?? throw new ArgumentException($"unknown format '{name}'", nameof(name));

    /// <summary>A copy with formats a front end adds (the CLI's terminal table) placed first or last.</summary>
    public FormatTable<TReport> With(OutputFormat<TReport> format, bool first = false) =>
        new(first ? _formats.Prepend(format) : _formats.Append(format));
}
