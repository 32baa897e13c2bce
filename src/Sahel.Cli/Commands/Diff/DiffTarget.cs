using System.Text.RegularExpressions;
using Sahel.Cli.Infrastructure;

namespace Sahel.Cli.Commands.Diff;

/// <summary>What `sahel diff` was given: an incident id, a story id, or an article URL.</summary>
public sealed partial record DiffTarget(DiffTargetKind Kind, string Value)
{
    [GeneratedRegex("^inc-[0-9a-f]{16}$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex IncidentId();

    [GeneratedRegex("^[0-9a-f]{16}$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex StoryId();

    /// <summary>The target, or a usage error (exit 2) for text that is none of the three.</summary>
    public static DiffTarget Parse(string text)
    {
        var trimmed = text.Trim();
        if (IncidentId().IsMatch(trimmed))
            return new DiffTarget(DiffTargetKind.Incident, trimmed.ToLowerInvariant());
        if (StoryId().IsMatch(trimmed))
            return new DiffTarget(DiffTargetKind.Story, trimmed.ToLowerInvariant());
        if (Uri.TryCreate(trimmed, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https")
            return new DiffTarget(DiffTargetKind.Url, trimmed);
        throw CliException.Usage($"'{text}' is not an incident id (inc-…), a story id (16 hex digits) or an http(s) article URL");
    }
}

public enum DiffTargetKind
{
    Incident,
    Story,
    Url,
}
