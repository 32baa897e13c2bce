using Sahel.Model;

namespace Sahel.Normalize;

/// <summary>
/// Decides a story's language, from the text first: an Arabic outlet's items in a feed that declares "en" (a CMS
/// default) are Arabic. The declared language (the item's xml:lang or dc:language, else the feed's) is a prior: it
/// tips a close call in <see cref="LanguageGuesser"/>, and decides when the text says nothing (a bare place name).
/// The language the user gave the outlet comes last. A language sahel does not analyse keeps its own code ("pt",
/// "de"…): it is never forced into fr, ar or en.
/// </summary>
public static class StoryLanguage
{
    public static string? Decide(ParsedItem item, string? sourceLang, string? feedLang, string? title)
    {
        var declared = Primary(item.Language) ?? Primary(feedLang);
        var outlet = Primary(sourceLang);
        return LanguageGuesser.Guess(title + " " + HtmlText.ToPlainText(item.SummaryHtml), declared ?? outlet) ?? declared ?? outlet;
    }

    /// <summary>"fr-FR" → "fr"; blank → null.</summary>
    public static string? Primary(string? tag)
    {
        if (string.IsNullOrWhiteSpace(tag))
            return null;
        var primary = tag.Trim().Split('-', '_')[0].ToLowerInvariant();
        return primary.Length is >= 2 and <= 3 && primary.All(char.IsAsciiLetterLower) ? primary : null;
    }
}
