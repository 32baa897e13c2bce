using AngleSharp.Dom;

namespace Sahel.Extract;

/// <summary>The share of an element's text that sits inside links: high for menus, related lists and teasers.</summary>
internal static class LinkDensity
{
    public static double Of(IElement element)
    {
        var total = BoilerplateRemover.TextLength(element);
        if (total == 0)
            return 0;
        var linked = 0;
        foreach (var link in element.GetElementsByTagName("a"))
            linked += BoilerplateRemover.TextLength(link);
        return Math.Min(1, linked / (double)total);
    }
}
