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

    public static void Clean(IElement root)
    {
        var pageText = Math.Max(1, TextLength(root));
        // Collected first, removed after: removing while walking would skip siblings.
        var doomed = new List<IElement>();
        Collect(root, pageText, doomed);
        foreach (var element in doomed)
            element.Remove();
    }

    private static void Collect(IElement element, int pageText, List<IElement> doomed)
    {
        foreach (var child in element.Children.ToArray())
        {
            if (IsBoilerplate(child, pageText))
                doomed.Add(child);
            else
                Collect(child, pageText, doomed);
        }
    }

    private static bool IsBoilerplate(IElement element, int pageText)
    {
        var tag = element.LocalName;
        if (NeverBody.Contains(tag))
            return true;
        if (element.HasAttribute("hidden") || IsHiddenByStyle(element))
            return true;
        if (element.GetAttribute("aria-hidden") is "true" && TextLength(element) < 200)
            return true;
        if (element.GetAttribute("role") is { } role && BoilerplateRoles.Contains(role))
            return true;
        if (tag is "header" && TextLength(element) < pageText / 2)
            return true;
        if (tag is "body" or "html" or "main" or "article" || ContentNames.IsContent(element))
            return false;
        if (!ContentNames.IsBoilerplate(element))
            return false;
        // A wrapper named like boilerplate that holds most of the page is the page: keep looking inside it.
        return TextLength(element) < pageText / 2;
    }

    private static bool IsHiddenByStyle(IElement element)
    {
        var style = element.GetAttribute("style");
        if (string.IsNullOrEmpty(style))
            return false;
        var compact = style.Replace(" ", "", StringComparison.Ordinal).ToLowerInvariant();
        return compact.Contains("display:none", StringComparison.Ordinal) || compact.Contains("visibility:hidden", StringComparison.Ordinal);
    }

    internal static int TextLength(INode node)
    {
        var length = 0;
        foreach (var text in node.GetDescendants())
        {
            if (text.NodeType == NodeType.Text)
                length += CountNonSpace(text.TextContent);
        }
        return length;
    }

    private static int CountNonSpace(string text)
    {
        var n = 0;
        foreach (var c in text)
        {
            if (!char.IsWhiteSpace(c))
                n++;
        }
        return n;
    }
}
