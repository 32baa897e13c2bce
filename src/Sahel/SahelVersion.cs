using System.Reflection;

namespace Sahel;

/// <summary>The version people and servers see.</summary>
public static class SahelVersion
{
    public const string ProjectUrl = "https://github.com/sahel-osint/sahel";

    /// <summary>SemVer and the commit built from, as `sahel --version` prints it: 0.1.0+1a2b3c4d5e6f.</summary>
    public static string Full { get; } =
        typeof(SahelVersion).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion
        ?? "0.0.0+unknown";

    /// <summary>SemVer alone, for the User-Agent and JSON: output must not change with every commit.</summary>
    public static string Version { get; } = Full.Split('+')[0];

    /// <summary>The commit built from (12 hex digits), or "unknown" when the build had no git (Directory.Build.props).</summary>
    public static string Commit { get; } = Full.Contains('+', StringComparison.Ordinal) ? Full.Split('+')[1] : "unknown";

    /// <summary>Names the tool, its version and where to complain, as polite crawlers do.</summary>
    public static string UserAgent { get; } = $"sahel/{Version} (+{ProjectUrl})";
}
