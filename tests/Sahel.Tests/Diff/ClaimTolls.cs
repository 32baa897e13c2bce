using Sahel.Diff.Claims;

namespace Sahel.Tests.Diff;

/// <summary>
/// A text's tolls as the claims tests read them (with <c>using static</c>): the extractor's tolls of a story titled
/// "Sahel", and whether one of a kind covers a value (a range or a bound covers every value inside it).
/// </summary>
internal static class ClaimTolls
{
    public static IReadOnlyList<TollClaim> Tolls(string text) => ClaimExtractor.Extract("Sahel", text, null).Tolls;

    public static bool Reads(string text, TollKind kind, int value) =>
        Tolls(text).Any(t => t.Kind == kind && (t.Count.Min ?? 0) <= value && value <= (t.Count.Max ?? int.MaxValue));
}
