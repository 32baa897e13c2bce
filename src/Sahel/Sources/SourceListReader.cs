using Sahel.Model;

namespace Sahel.Sources;

/// <summary>
/// Reads a user's feed list: OPML (as newsboat, Feedly and Inoreader export it) or plain text with one
/// source per line. Relative paths and URLs resolve against the list file's own location, so a folder of
/// feeds and its list can be moved or cloned together.
/// </summary>
public static class SourceListReader
{
    /// <param name="allowFiles">
    /// Whether entries may be local files. True for a list the user passes for one run (`--feeds`); false for a
    /// list imported into the store, which may have been downloaded: its file entries are refused, one warning
    /// each, unless the user opts in (`feeds import --allow-files`).
    /// </param>
    public static SourceList ReadFile(string path, bool allowFiles = true)
    {
        if (string.IsNullOrWhiteSpace(path))
            throw new SourceListException("the feed list's file name is empty");
        var fullPath = Path.GetFullPath(path);
        if (Directory.Exists(fullPath))
            throw new SourceListException($"{path}: is a directory, not a feed list (give an OPML or text file)");
        string text;
        try
        {
            text = File.ReadAllText(fullPath);
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            throw new SourceListException($"{path}: cannot read the feed list: no such file");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new SourceListException($"{path}: cannot read the feed list: {(e is UnauthorizedAccessException ? "permission denied" : e.Message)}");
        }
        var entries = LooksLikeXml(text) ? OpmlReader.Read(text, path) : ReadLines(text);
        return Resolve(entries, fullPath, allowFiles);
    }

    /// <summary>One entry of a list as written, before it is resolved: where it was, and what it said.</summary>
    internal sealed record Entry(string Where, string Written, FeedSource Details);

    private static bool LooksLikeXml(string text)
    {
        var trimmed = text.AsSpan().TrimStart("\uFEFF \t\r\n");
        return trimmed.StartsWith("<");
    }

    private static (List<Entry> Entries, List<string> Warnings) ReadLines(string text)
    {
        var entries = new List<Entry>();
        var lineNumber = 0;
        foreach (var raw in text.Split('\n'))
        {
            lineNumber++;
            var line = WithoutComment(raw.Trim().TrimStart('\uFEFF'));
            if (line.Length == 0)
                continue;
            // "URL  optional name" as sfeed and newsboat's urls files allow: the first field is the source.
            var fields = line.Split((char[])[' ', '\t'], 2, StringSplitOptions.RemoveEmptyEntries);
            var name = fields.Length > 1 ? fields[1].Trim().Trim('"') : null;
            entries.Add(new Entry($"line {lineNumber}", fields[0], new FeedSource(fields[0], string.IsNullOrEmpty(name) ? null : name)));
        }
        return (entries, []);
    }

    /// <summary>
    /// A line without its comment: `#` at the start, or after whitespace (`URL  # note`). A `#` inside a URL
    /// (a fragment) is not preceded by whitespace and stays.
    /// </summary>
    internal static string WithoutComment(string line)
    {
        for (var i = 0; i < line.Length; i++)
        {
            if (line[i] == '#' && (i == 0 || char.IsWhiteSpace(line[i - 1])))
                return line[..i].TrimEnd();
        }
        return line;
    }

    private static SourceList Resolve((List<Entry> Entries, List<string> Warnings) read, string listFile, bool allowFiles)
    {
        var sources = new List<FeedSource>();
        var warnings = new List<string>(read.Warnings);
        var seen = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var entry in read.Entries)
        {
            var location = SourceLocation.Resolve(entry.Written, listFile);
            if (location is null)
            {
                warnings.Add($"{entry.Where}: '{entry.Written}' is neither an http(s) URL nor a file path; skipped");
                continue;
            }
            if (!allowFiles && !FeedSource.IsHttpLocation(location))
            {
                warnings.Add($"{entry.Where}: '{entry.Written}' is a local file; an imported list may name http(s) feeds only (--allow-files to import files); skipped");
                continue;
            }
            if (seen.TryGetValue(location, out var first))
            {
                warnings.Add($"{entry.Where}: '{entry.Written}' repeats the feed of {first}; the first is kept");
                continue;
            }
            seen[location] = entry.Where;
            sources.Add(entry.Details with { Location = location });
        }
        return new SourceList(sources, warnings);
    }
}
