namespace Sahel.Sources;

/// <summary>
/// Turns what a user wrote in a feed list into a source location: an absolute http(s) URL, or an absolute
/// file path. Only the user's own lists come through here; nothing read from a feed is ever resolved to a file.
/// </summary>
public static class SourceLocation
{
    public static string? Resolve(string written, string? listFile)
    {
        written = written.Trim();
        if (written.Length == 0)
            return null;
        if (Uri.TryCreate(written, UriKind.Absolute, out var absolute))
        {
            if (absolute.Scheme is "http" or "https")
                return absolute.AbsoluteUri;
            if (absolute.IsFile)
                return absolute.LocalPath;
            if (!OperatingSystem.IsWindows() || written.Length < 2 || written[1] != ':')
                return null;
        }
        if (written.Contains("://", StringComparison.Ordinal))
            return null;
        var baseDirectory = listFile is null ? Directory.GetCurrentDirectory() : Path.GetDirectoryName(listFile)!;
        return Path.GetFullPath(Path.Combine(baseDirectory, written));
    }

    /// <summary>
    /// A location as written by the CLI's `feeds add`: URLs unchanged, paths made absolute against the current directory.
    /// </summary>
    public static string? FromArgument(string written) => Resolve(written, listFile: null);
}
