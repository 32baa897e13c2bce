using System.Text.RegularExpressions;

namespace Sahel.Diff.Claims;

public static partial class ClaimExtractor
{
    /// <summary>
    /// Round 40: a list of names (TollFinder.ListedNames) documents a count. When the story gave that figure before the list ("at
    /// least 24 were executed … published a list of 24 names"), the list is the same dead named one by one, not a second toll, whoever
    /// the list's sentence names near it and whether or not the earlier figure was read: the list goes when a toll of its kind and
    /// value was read before it, or its figure is written in the text before it.
    /// </summary>
    private static StoryClaims WithoutRestatedLists(StoryClaims claims, string text)
    {
        if (!claims.Tolls.Any(Listed))
            return claims;
        var kept = new List<TollClaim>(claims.Tolls.Count);
        foreach (var toll in claims.Tolls)
        {
            if (Listed(toll) && toll.Count.Min is { } value
                && (kept.Exists(k => k.Kind == toll.Kind && !Listed(k) && k.Count.Min == value && k.Count.Qualifier is "exact" or "at-least") || WrittenBefore(text, toll.Count.Text, value)))
                continue;
            kept.Add(toll);
        }
        return claims with { Tolls = kept };
    }

    private static bool Listed(TollClaim toll) =>
        TollFinder.IsListWord(Sahel.Normalize.TextNormalizer.Normalize(toll.Count.Text.Split(' ', 2)[0]));

    /// <summary>Whether the figure is written in digits (Latin or Arabic-Indic) in the text before the list's words.</summary>
    private static bool WrittenBefore(string text, string list, int value)
    {
        var at = text.IndexOf(list, StringComparison.Ordinal);
        if (at <= 0)
            return false;
        var before = new string(text[..at].Select(c => c is >= '\u0660' and <= '\u0669' ? (char)('0' + (c - '\u0660')) : c).ToArray());
        return Regex.IsMatch(before, $@"(?<![\d.,]){value}(?![\d.,]?\d)");
    }
}
