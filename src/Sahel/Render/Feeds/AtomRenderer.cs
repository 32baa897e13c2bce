using System.Text;
using System.Xml;

namespace Sahel.Render.Feeds;

/// <summary>
/// Digests as Atom (RFC 4287) for feed readers: the feed's id, title, author and updated time, then one entry per
/// incident (or story) with its tag: id, title, alternate link, published and updated times, a one-line text
/// summary and the HTML content (<see cref="EntryHtml"/>), escaped as <c>type="html"</c>. docs/feeds.md.
/// </summary>
public sealed class AtomRenderer : IReportRenderer<Timeline.Timeline>, IReportRenderer<IncidentReport>
{
    private const string AtomNamespace = "http://www.w3.org/2005/Atom";

    public void Render(Timeline.Timeline report, TextWriter output) => Render(DigestFeedBuilder.From(report), output);

    public void Render(IncidentReport report, TextWriter output) => Render(DigestFeedBuilder.From(report), output);

    public static void Render(DigestFeed feed, TextWriter output)
    {
        var settings = new XmlWriterSettings { Indent = true, Encoding = new UTF8Encoding(false), NewLineChars = "\n" };
        using var buffer = new MemoryStream();
        using (var xml = XmlWriter.Create(buffer, settings))
        {
            xml.WriteStartDocument();
            xml.WriteStartElement("feed", AtomNamespace);
            xml.WriteAttributeString("xml", "lang", null, "en");
            xml.WriteElementString("id", AtomNamespace, feed.Id);
            Text(xml, "title", feed.Title);
            Text(xml, "subtitle", feed.Subtitle);
            xml.WriteElementString("updated", AtomNamespace, StoryJsonWriter.Time(feed.Updated));
            xml.WriteStartElement("author", AtomNamespace);
            xml.WriteElementString("name", AtomNamespace, "sahel");
            xml.WriteElementString("uri", AtomNamespace, SahelVersion.ProjectUrl);
            xml.WriteEndElement();
            xml.WriteStartElement("generator", AtomNamespace);
            xml.WriteAttributeString("uri", SahelVersion.ProjectUrl);
            xml.WriteAttributeString("version", SahelVersion.Version);
            xml.WriteString("sahel");
            xml.WriteEndElement();
            foreach (var entry in feed.Entries)
                Entry(xml, entry);
            xml.WriteEndElement();
            xml.WriteEndDocument();
        }
        output.Write(Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length));
        output.WriteLine();
    }

    private static void Entry(XmlWriter xml, FeedEntry entry)
    {
        xml.WriteStartElement("entry", AtomNamespace);
        if (entry.Language is { } language && IsLanguageTag(language))
            xml.WriteAttributeString("xml", "lang", null, language);
        xml.WriteElementString("id", AtomNamespace, entry.Id);
        Text(xml, "title", entry.Title);
        if (entry.Link is { } link)
        {
            xml.WriteStartElement("link", AtomNamespace);
            xml.WriteAttributeString("rel", "alternate");
            xml.WriteAttributeString("type", "text/html");
            xml.WriteAttributeString("href", link);
            xml.WriteEndElement();
        }
        xml.WriteElementString("published", AtomNamespace, StoryJsonWriter.Time(entry.Published));
        xml.WriteElementString("updated", AtomNamespace, StoryJsonWriter.Time(entry.Updated));
        if (entry.Author is { Length: > 0 } author)
        {
            xml.WriteStartElement("author", AtomNamespace);
            xml.WriteElementString("name", AtomNamespace, XmlSafe(author));
            xml.WriteEndElement();
        }
        foreach (var tag in entry.Tags)
        {
            xml.WriteStartElement("category", AtomNamespace);
            xml.WriteAttributeString("term", XmlSafe(tag));
            xml.WriteEndElement();
        }
        Text(xml, "summary", entry.Summary);
        xml.WriteStartElement("content", AtomNamespace);
        xml.WriteAttributeString("type", "html");
        xml.WriteString(XmlSafe(entry.Html));
        xml.WriteEndElement();
        xml.WriteEndElement();
    }

    private static void Text(XmlWriter xml, string name, string text)
    {
        xml.WriteStartElement(name, AtomNamespace);
        xml.WriteAttributeString("type", "text");
        xml.WriteString(XmlSafe(text));
        xml.WriteEndElement();
    }

    /// <summary>RFC 3066 as RFC 4287's schema checks it: letters, then letter-or-digit subtags.</summary>
    private static bool IsLanguageTag(string tag) =>
        tag.Split('-') is var parts && parts.All(p => p.Length is >= 1 and <= 8 && p.All(char.IsAsciiLetterOrDigit)) && parts[0].All(char.IsAsciiLetter);

    /// <summary>Drops what XML 1.0 cannot carry at all (C0 controls but tab and newlines, lone surrogates, U+FFFE/U+FFFF).</summary>
    internal static string XmlSafe(string text)
    {
        var firstBad = -1;
        for (var i = 0; i < text.Length && firstBad < 0; i++)
        {
            if (!IsXmlChar(text, i))
                firstBad = i;
        }
        if (firstBad < 0)
            return text;
        var clean = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                clean.Append(text, i, 2);
                i++;
            }
            else if (IsXmlChar(text, i))
                clean.Append(text[i]);
        }
        return clean.ToString();
    }

    private static bool IsXmlChar(string text, int i)
    {
        var c = text[i];
        if (char.IsHighSurrogate(c))
            return i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]);
        if (char.IsLowSurrogate(c))
            return i > 0 && char.IsHighSurrogate(text[i - 1]);
        return c is '\t' or '\n' or '\r' || (c >= ' ' && c is not ('\uFFFE' or '\uFFFF'));
    }
}
