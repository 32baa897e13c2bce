using Sahel.Diff.Claims;

namespace Sahel.Tests.Diff;

/// <summary>
/// A text's tolls as the claims tests read them (with <c>using static</c>): the extractor's tolls of a story titled
/// "Sahel", the source kind of its first or last toll, and whether one of a kind covers a value (a range or a bound covers every value inside it).
/// </summary>
internal static class ClaimTolls
{
    public static IReadOnlyList<TollClaim> Tolls(string text) => ClaimExtractor.Extract("Sahel", text, null).Tolls;

    /// <summary>The source kind of the first and of the last toll read in a text titled "Sahel", or under a title of its own.</summary>
    public static SourceKind FirstSource(string text) => Tolls(text)[0].Source!.Kind;

    public static SourceKind LastSource(string text) => Tolls(text).Last().Source!.Kind;

    public static SourceKind FirstSource(string title, string text) => ClaimExtractor.Extract(title, text, null).Tolls[0].Source!.Kind;

    /// <summary>The tolls read in a text, one line for an assertion's message: "Killed exact 5-5; Wounded at-least 3-".</summary>
    public static string Shown(string text) => string.Join("; ", Tolls(text).Select(t => $"{t.Kind} {t.Count.Qualifier} {t.Count.Min}-{t.Count.Max}"));

    /// <summary>Whether a toll of the kind gives exactly the value (not a range or a bound around it).</summary>
    public static bool ReadsExactly(string text, TollKind kind, int value) =>
        Tolls(text).Any(t => t.Kind == kind && t.Count.Min == value && t.Count.Max == value);

    public static bool Reads(string text, TollKind kind, int value) =>
        Tolls(text).Any(t => t.Kind == kind && (t.Count.Min ?? 0) <= value && value <= (t.Count.Max ?? int.MaxValue));
}
