using System.Text.RegularExpressions;
using AngleSharp.Dom;

namespace Sahel.Extract;

/// <summary>
/// What an element's class and id say about it. Themes name their blocks after their job in every language
/// sahel reads (the names themselves are English nearly everywhere), so these words are the cheapest strong
/// signal there is. Word boundaries include '-' and '_' so "ad-slot" is an ad and "header" is not "head".
/// </summary>
internal static partial class ContentNames
{
    public static string Names(IElement element)
    {
        var cls = element.GetAttribute("class");
        var id = element.GetAttribute("id");
        if (cls is null) return id ?? "";
        return id is null ? cls : cls + " " + id;
    }

    /// <summary>Named as the story's own text ("article-body", "entry-content", itemprop=articleBody).</summary>
    public static bool IsContent(IElement element) =>
        element.GetAttribute("itemprop") is { } prop && prop.Contains("articleBody", StringComparison.OrdinalIgnoreCase)
        || StrongContent().IsMatch(Names(element));

    public static bool IsBoilerplate(IElement element)
    {
        var names = Names(element);
        return names.Length > 0 && Boilerplate().IsMatch(names);
    }

    /// <summary>Comments and replies: removed even when they outweigh the story.</summary>
    public static bool IsDiscussion(IElement element) => Discussion().IsMatch(Names(element));

    /// <summary>Readability's weight: +25 for names of content, −25 for names of everything around it.</summary>
    public static int Weight(IElement element)
    {
        var names = Names(element);
        if (names.Length == 0) return 0;
        var weight = 0;
        if (Positive().IsMatch(names)) weight += 25;
        if (Negative().IsMatch(names)) weight -= 25;
        return weight;
    }

    [GeneratedRegex(@"(?i)(?:^|[\s_-])(?:article|story|entry|post|news|content|main|blog|td-post|single|page|rich|field)[-_]?(?:body|content|text|copy|item-body|entry|article)(?:$|[\s_-])|articlebody|article__body|story__body|article-body|post-body|entry-content|post-content|story-content|article-content|articletext|storytext|bodytext")]
    private static partial Regex StrongContent();

    [GeneratedRegex(@"(?i)comment|disqus|(?:^|[\s_-])share|sharing|social|related|recommend|newsletter|subscri|signup|sign-up|cookie|consent|gdpr|promo|sponsor|advert|(?:^|[\s_-])(?:ads?|adv|ad\d*|dfp|gpt|banner|widget|sidebar|side-bar|breadcrumbs?|popup|modal|overlay|paywall|footer|masthead|navbar|nav|menu|pagination|pager|tags?|tag-list|topics|byline|author|bio|caption|credit|credits|print|toolbar|skip|sr-only|visually-hidden|screen-reader-text|meta|entry-meta|post-meta|share|follow|rss|jump|login|signin|donate|trending|popular|most-read|more|read-more|readmore|also|teaser|teasers|rail|outbrain|taboola|related)(?:$|[\s_-])|outbrain|taboola|mostpopular|most-popular|trending|read-?more|see-?also|also-?read|more-?stories|more-?from|recirc|newsfeed|timestamp")]
    private static partial Regex Boilerplate();

    [GeneratedRegex(@"(?i)comment|disqus|respond|replies")]
    private static partial Regex Discussion();

    [GeneratedRegex(@"(?i)article|body|content|entry|hentry|h-entry|main|page|pagination|post|text|blog|story")]
    private static partial Regex Positive();

    [GeneratedRegex(@"(?i)-ad-|hidden|^hid$| hid$| hid |^hid |banner|combx|comment|com-|contact|foot|footer|footnote|gdpr|masthead|media|meta|outbrain|promo|related|scroll|share|shoutbox|sidebar|skyscraper|sponsor|shopping|tags|tool|widget|teaser|recommend|newsletter")]
    private static partial Regex Negative();
}
