using AngleSharp.Dom;

namespace Sahel.Extract;

/// <summary>
/// Removes what is never article body before the body is looked for: scripts and styles, forms and buttons,
/// navigation, hidden elements, and the blocks pages name after their job (comments, share bars, related
/// links, cookie and subscription notices, captions). A named block is spared when it holds the page's text
/// (some themes put the whole story in a "main-with-sidebar" wrapper).
/// </summary>
internal static class BoilerplateRemover
{
    private static readonly HashSet<string> NeverBody = new(StringComparer.OrdinalIgnoreCase)
    {
        "script", "style", "noscript", "template", "svg", "canvas", "iframe", "object", "embed", "button", "input",
        "select", "textarea", "option", "nav", "aside", "footer", "menu", "dialog", "figure", "figcaption", "link",
        "meta", "video", "audio", "map", "picture", "img", "label",
    };

    private static readonly HashSet<string> BoilerplateRoles = new(StringComparer.OrdinalIgnoreCase)
    {
        "navigation", "complementary", "contentinfo", "banner", "menu", "menubar", "dialog", "alertdialog", "search",
        "toolbar", "tablist",
    };

    /// <summary>A named block holding this share of the page's prose is the story's wrapper, not boilerplate.</summary>
    private const double WrapperShare = 0.3;

    public static void Clean(IElement root)
    {
        var stats = new TextStats(root);
        var page = new PageShare(stats, Math.Max(1, stats.Prose(root)));
        // Collected first, removed after: removing while walking would skip siblings.
        var doomed = new List<IElement>();
        Collect(root, page, doomed);
        foreach (var element in doomed)
            element.Remove();
    }

    private sealed record PageShare(TextStats Stats, int Prose)
    {
        public bool HoldsStory(IElement element) => Stats.Prose(element) >= Prose * WrapperShare;
    }

    private static void Collect(IElement element, PageShare page, List<IElement> doomed)
    {
        foreach (var child in element.Children)
        {
            if (IsBoilerplate(child, page))
                doomed.Add(child);
            else
                Collect(child, page, doomed);
        }
    }

    private static bool IsBoilerplate(IElement element, PageShare page)
    {
        var tag = element.LocalName;
        if (NeverBody.Contains(tag))
            return true;
        if (element.HasAttribute("hidden") || IsHiddenByStyle(element))
            return true;
        if (element.GetAttribute("aria-hidden") is "true" && page.Stats.Text(element) < 200)
            return true;
        if (element.GetAttribute("role") is { } role && BoilerplateRoles.Contains(role))
            return true;
        if (tag is "header" && !page.HoldsStory(element))
            return true;
        if (tag is "body" or "html" or "main" or "article" || ContentNames.IsContent(element))
            return false;
        if (!ContentNames.IsBoilerplate(element))
            return false;
        // A wrapper named like boilerplate that holds much of the page is the page: keep looking inside it.
        return ContentNames.IsDiscussion(element) || !page.HoldsStory(element);
    }

    private static bool IsHiddenByStyle(IElement element)
    {
        var style = element.GetAttribute("style");
        if (string.IsNullOrEmpty(style))
            return false;
        var compact = style.Replace(" ", "", StringComparison.Ordinal).ToLowerInvariant();
        return compact.Contains("display:none", StringComparison.Ordinal) || compact.Contains("visibility:hidden", StringComparison.Ordinal);
    }
}
