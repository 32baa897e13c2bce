using System.Reflection;

namespace Sahel;

/// <summary>The version people and servers see.</summary>
public static class SahelVersion
{
    public const string ProjectUrl = "https://github.com/sahel-osint/sahel";

    public static string Version { get; } =
        typeof(SahelVersion).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0]
        ?? "0.0.0";

    /// <summary>Names the tool, its version and where to complain, as polite crawlers do.</summary>
    public static string UserAgent { get; } = $"sahel/{Version} (+{ProjectUrl})";
}
