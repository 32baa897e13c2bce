namespace Sahel.Tests.Feeds;

/// <summary>
/// Locates the shared conformance corpora (feedparser, gofeed), which live beside the repository
/// (/work/shared next to /work/main or a worktree), not inside it.
/// </summary>
internal static class ConformanceCorpus
{
    public static string? Find(string name)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "shared", "conformance", name);
            if (Directory.Exists(candidate)) return candidate;
        }
        return null;
    }

    /// <summary>The charset parameter of a Content-Type header value, if any.</summary>
    public static string? Charset(string? contentType)
    {
        if (contentType is null) return null;
        foreach (var part in contentType.Split(';').Skip(1))
        {
            var kv = part.Split('=', 2);
            if (kv.Length == 2 && kv[0].Trim().Equals("charset", StringComparison.OrdinalIgnoreCase)) return kv[1].Trim().Trim('"', '\'');
        }
        return null;
    }
}
