using System.Globalization;
using Sahel.Diff.Claims;
using Sahel.Diff.Incidents;
using Sahel.Normalize;

namespace Sahel.Render;

/// <summary>
/// An incident's figures as plain text, for formats that escape it themselves (HTML in feeds, CSV, GeoJSON):
/// "killed (soldiers)", "5–20+", "army/government 5; local sources ≥ 12".
/// </summary>
public static class FigureText
{
    public static string Name(TollComparison toll) =>
        ClaimChanges.Name(toll.Kind) + (toll.Victims is null ? "" : $" ({toll.Victims})");

    public static string Span(TollComparison toll)
    {
        if (toll.Low is not { } low || toll.High is not { } high)
            return "no figure";
        var open = toll.HighIsOpen ? "+" : "";
        return low == high ? $"{low}{open}" : string.Create(CultureInfo.InvariantCulture, $"{low}–{high}{open}");
    }

    public static string Source(TollReport report, Lexicon? lexicon) =>
        lexicon is null ? report.SourceName ?? SourceLabel.Of(report.SourceKind) : SourceLabel.Of(report.SourceKind, report.SourceName, lexicon);

    /// <summary>"army/government 5; local sources ≥ 12".</summary>
    public static string Sources(TollComparison toll, Lexicon? lexicon) =>
        string.Join("; ", toll.Reports.Select(r => $"{Source(r, lexicon)} {r.Count.Display}"));

    /// <summary>"killed (soldiers): 5–20+ — army/government 5; local sources ≥ 12".</summary>
    public static string Line(TollComparison toll, Lexicon? lexicon) => $"{Name(toll)}: {Span(toll)} — {Sources(toll, lexicon)}";
}
