using Sahel.Model;

namespace Sahel.Normalize;

/// <summary>
/// Decides a story's language. The item's own xml:lang is the most specific; then the language the user gave
/// the outlet; then the text itself; the feed's &lt;language&gt; comes last because CMS defaults ("en-US" on an
/// Arabic site) make it the least reliable.
/// </summary>
public static class StoryLanguage
{
    public static string? Decide(ParsedItem item, string? sourceLang, string? feedLang, string? title) =>
        Primary(item.Language)
        ?? Primary(sourceLang)
        ?? LanguageGuesser.Guess(title + " " + HtmlText.ToPlainText(item.SummaryHtml))
        ?? Primary(feedLang);

    /// <summary>"fr-FR" → "fr"; blank → null.</summary>
    public static string? Primary(string? tag)
    {
        if (string.IsNullOrWhiteSpace(tag))
            return null;
        var primary = tag.Trim().Split('-', '_')[0].ToLowerInvariant();
        return primary.Length is >= 2 and <= 3 && primary.All(char.IsAsciiLetterLower) ? primary : null;
    }
}
