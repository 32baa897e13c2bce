using Sahel.Model;

namespace Sahel.Normalize;

/// <summary>
/// What the analyser reads of a story: its title and feed summary, and when the article's page was stored,
/// the article's lead too. News is written top-down, so the who, where and toll are in the first paragraphs;
/// the rest recalls earlier attacks and other places, which would make a report look like a round-up.
/// </summary>
public static class StoryAnalysis
{
    /// <summary>Whole paragraphs of the article are read until this many characters.</summary>
    public const int LeadCharacters = 1000;

    /// <summary>A first paragraph longer than this (an extraction that found no breaks) is cut.</summary>
    private const int MaxLeadCharacters = 2000;

    public static StoryFeatures Analyze(this StoryAnalyzer analyzer, Story story)
    {
        var fromFeed = analyzer.Analyze(story.Title, story.Summary, story.Published);
        if (string.IsNullOrWhiteSpace(story.FullText))
            return fromFeed;
        var withPage = analyzer.Analyze(story.Title, story.Summary + "\n\n" + Lead(story.FullText), story.Published);
        // Copy detection compares words: a copy must still match its original whether or not either page was
        // fetched, so the words stay those of the feed; places, actors, event and figures take the article's.
        return withPage with { Tokens = fromFeed.Tokens, TitleTokenCount = fromFeed.TitleTokenCount };
    }

    /// <summary>The first paragraphs of an article's text, up to about <see cref="LeadCharacters"/>.</summary>
    public static string Lead(string text)
    {
        var end = 0;
        while (end < text.Length && end < LeadCharacters)
        {
            var next = text.IndexOf("\n\n", end, StringComparison.Ordinal);
            end = next < 0 ? text.Length : next + 2;
        }
        var lead = text[..end].TrimEnd();
        return lead.Length > MaxLeadCharacters ? HtmlText.Truncate(lead, MaxLeadCharacters) : lead;
    }
}
