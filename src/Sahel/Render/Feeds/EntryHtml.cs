using System.Globalization;
using System.Text;
using Humanizer;
using Sahel.Cluster;
using Sahel.Digest;
using Sahel.Model;

namespace Sahel.Render.Feeds;

/// <summary>
/// The HTML of feed entries. Every piece of text comes from feeds (hostile input): it is cleaned by
/// <see cref="SafeText"/> then escaped here, and links are only absolute http(s) URLs, so no markup a feed
/// carries can reach a reader as markup. The syndication format escapes this HTML once more as its own text.
/// </summary>
public static class EntryHtml
{
    /// <summary>Summary, where/who/what, the figures across reports, then every report with its gloss.</summary>
    public static string Incident(Incident incident, DigestDetails details)
    {
        var html = new StringBuilder();
        html.Append("<p>").Append(Encode(IncidentText.Title(incident))).Append(". ").Append(Encode(IncidentText.Coverage(incident))).Append(".</p>\n");
        html.Append("<p><b>Where</b>: ").Append(Encode(incident.MainPlace is { } place ? StoryGloss.Place(place) : "unknown"))
            .Append(" · <b>Who</b>: ").Append(Encode(IncidentText.Actors(incident)))
            .Append(" · <b>What</b>: ").Append(Encode(EventTypes.Label(incident.EventType)))
            .Append(" · <b>Id</b>: <code>").Append(Encode(incident.Id)).Append("</code></p>\n");
        var figures = details.FiguresOf(incident);
        if (figures.Count > 0)
        {
            html.Append("<p><b>Figures</b></p>\n<ul>\n");
            foreach (var toll in figures)
                html.Append("<li>").Append(Encode(FigureText.Line(toll, details.Lexicon))).Append("</li>\n");
            html.Append("</ul>\n");
        }
        html.Append("<p><b>Reports</b></p>\n<ul>\n");
        foreach (var (original, copies) in IncidentText.WithCopies(incident.Stories))
        {
            html.Append("<li>").Append(ReportLine(original.Story, details));
            if (copies.Count > 0)
                html.Append(" · +").Append(Encode("copy".ToQuantity(copies.Count))).Append(": ")
                    .Append(Encode(string.Join(", ", copies.Select(c => SafeText.Clean(c.Story.Outlet)).Distinct(StringComparer.Ordinal))));
            if (details.GlossOf(original.Story) is { } gloss)
                html.Append("<br>").Append(Encode(gloss));
            html.Append("</li>\n");
        }
        html.Append("</ul>");
        return html.ToString();
    }

    /// <summary>The gloss, the English title when translated, the feed's summary, and where it came from.</summary>
    public static string Story(Story story, DigestDetails details)
    {
        var html = new StringBuilder();
        if (details.GlossOf(story) is { } gloss)
            html.Append("<p>").Append(Encode(gloss)).Append("</p>\n");
        if (details.EnglishTitleOf(story) is { } english)
            html.Append("<p>English (machine translation): ").Append(Encode(SafeText.Clean(english))).Append("</p>\n");
        var summary = SafeText.Clean(story.Summary);
        if (summary.Length > 0)
            html.Append("<p dir=\"auto\">").Append(Encode(summary.Length > 600 ? summary[..600].TrimEnd() + "…" : summary)).Append("</p>\n");
        html.Append("<p>").Append(ReportLine(story, details)).Append("</p>");
        return html.ToString();
    }

    /// <summary>"2026-03-10 11:50 UTC &lt;a href=…&gt;title&lt;/a&gt; — outlet (ar)".</summary>
    private static string ReportLine(Story story, DigestDetails details)
    {
        var time = story.Published.UtcDateTime.ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture);
        var title = Encode(SafeText.Clean(story.Title));
        var link = SafeText.HttpLink(story.Url) is { } url ? $"<a href=\"{Encode(url)}\" dir=\"auto\">{title}</a>" : $"<span dir=\"auto\">{title}</span>";
        var english = details.EnglishTitleOf(story) is { } translated ? $" (“{Encode(SafeText.Clean(translated))}”)" : "";
        var language = story.Lang is null ? "" : $" ({Encode(story.Lang)})";
        return $"{time} {link}{english} — {Encode(SafeText.Clean(story.Outlet))}{language}";
    }

    /// <summary>Escapes the five characters HTML gives a meaning to; everything else, Arabic included, stays as written.</summary>
    public static string Encode(string text)
    {
        if (text.AsSpan().IndexOfAny("&<>\"'") < 0)
            return text;
        var encoded = new StringBuilder(text.Length + 16);
        foreach (var c in text)
        {
            encoded.Append(c switch
            {
                '&' => "&amp;",
                '<' => "&lt;",
                '>' => "&gt;",
                '"' => "&quot;",
                '\'' => "&#39;",
                _ => c.ToString(),
            });
        }
        return encoded.ToString();
    }
}
