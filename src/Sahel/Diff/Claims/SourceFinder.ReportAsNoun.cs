namespace Sahel.Diff.Claims;

internal sealed partial class SourceFinder
{
    /// <summary>
    /// Session 18, round 39: "report that" is the plural present after its subject ("Partners report that", "Humanitarian partners
    /// on the ground report that"); after an article, a possessive, a medium or an adjective of a document it is the noun ("a
    /// media report that", "the report that", "an unconfirmed report that", "Amnesty's report that"), whose speaker is not the
    /// subject of the sentence.
    /// </summary>
    private static bool ReportAsNoun(IReadOnlyList<ClaimWord> words, int i) =>
        words[i].Text == "report" && i > 0
        && (ReportDeterminers.Contains(words[i - 1].Text) || i > 1 && words[i - 2].Text is "a" or "an" or "this" or "that" or "its" or "their" or "his" or "her" or "s");

    private static readonly HashSet<string> ReportDeterminers = new(StringComparer.Ordinal)
    {
        "a", "an", "the", "this", "that", "its", "their", "his", "her", "our", "s", "media", "news", "press", "police", "intelligence",
        "initial", "earlier", "latest", "first", "new", "unconfirmed", "official", "internal", "confidential", "separate", "same", "un",
    };
}
