namespace Sahel.Testing;

/// <summary>Finds the repository root (samples/, completions/) and the optional ../shared/ reference folder.</summary>
public static class RepoPaths
{
    public static string Root { get; } = FindRoot();

    /// <summary>../shared beside the repository, or null when this clone has none.</summary>
    public static string? Shared
    {
        get
        {
            var candidate = Path.GetFullPath(Path.Combine(Root, "..", "shared"));
            return Directory.Exists(candidate) ? candidate : null;
        }
    }

    public static string Samples => Path.Combine(Root, "samples");

    private static string FindRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Sahel.slnx")))
                return directory.FullName;
        }
        throw new InvalidOperationException("cannot find the repository root (Sahel.slnx) above " + AppContext.BaseDirectory);
    }
}
