using Sahel.Model;

namespace Sahel.Sources;

/// <summary>
/// Reads a user's feed list: OPML (as newsboat, Feedly and Inoreader export it) or plain text with one
/// source per line. Relative paths and URLs resolve against the list file's own location, so a folder of
/// feeds and its list can be moved or cloned together.
/// </summary>
public static class SourceListReader
{
    public static SourceList ReadFile(string path)
    {
        var fullPath = Path.GetFullPath(path);
        string text;
        try
        {
            text = File.ReadAllText(fullPath);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new SourceListException($"{path}: cannot read the feed list: {e.Message}");
        }
        var baseLocation = fullPath;
        return LooksLikeXml(text) ? OpmlReader.Read(text, baseLocation, path) : ReadLines(text, baseLocation);
    }

    private static bool LooksLikeXml(string text)
    {
        var trimmed = text.AsSpan().TrimStart("\uFEFF \t\r\n");
        return trimmed.StartsWith("<");
    }

    private static SourceList ReadLines(string text, string baseLocation)
    {
        var sources = new List<FeedSource>();
        var warnings = new List<string>();
        var lineNumber = 0;
        foreach (var raw in text.Split('\n'))
        {
            lineNumber++;
            var line = raw.Trim().TrimStart('\uFEFF');
            if (line.Length == 0 || line.StartsWith('#'))
                continue;
            // "URL  optional name" as sfeed and newsboat's urls files allow: the first field is the source.
            var fields = line.Split((char[])[' ', '\t'], 2, StringSplitOptions.RemoveEmptyEntries);
            var location = SourceLocation.Resolve(fields[0], baseLocation);
            if (location is null)
            {
                warnings.Add($"line {lineNumber}: '{fields[0]}' is neither an http(s) URL nor a file path; skipped");
                continue;
            }
            var name = fields.Length > 1 ? fields[1].Trim().Trim('"') : null;
            sources.Add(new FeedSource(location, string.IsNullOrEmpty(name) ? null : name));
        }
        return new SourceList(sources, warnings);
    }
}
