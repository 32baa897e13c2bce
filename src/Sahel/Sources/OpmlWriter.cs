using System.Xml;
using Sahel.Model;

namespace Sahel.Sources;

/// <summary>Writes the feed list as OPML 2.0 that newsboat, Feedly and Inoreader import.</summary>
public static class OpmlWriter
{
    public static void Write(TextWriter output, IEnumerable<FeedSource> sources, DateTimeOffset now)
    {
        var settings = new XmlWriterSettings { Indent = true, IndentChars = "  ", OmitXmlDeclaration = false };
        using (var xml = XmlWriter.Create(output, settings))
            WriteDocument(xml, sources, now);
        // A text file ends with a newline: `cat`, `wc -l` and diff tools expect one.
        output.WriteLine();
    }

    private static void WriteDocument(XmlWriter xml, IEnumerable<FeedSource> sources, DateTimeOffset now)
    {
        xml.WriteStartDocument();
        xml.WriteStartElement("opml");
        xml.WriteAttributeString("version", "2.0");
        xml.WriteStartElement("head");
        xml.WriteElementString("title", "sahel feeds");
        xml.WriteElementString("dateCreated", now.UtcDateTime.ToString("r", System.Globalization.CultureInfo.InvariantCulture));
        xml.WriteEndElement();
        xml.WriteStartElement("body");
        foreach (var source in sources)
        {
            xml.WriteStartElement("outline");
            var name = source.Name ?? source.Location;
            xml.WriteAttributeString("type", "rss");
            xml.WriteAttributeString("text", name);
            xml.WriteAttributeString("title", name);
            xml.WriteAttributeString("xmlUrl", source.Location);
            if (source.SiteUrl is not null)
                xml.WriteAttributeString("htmlUrl", source.SiteUrl);
            if (source.Lang is not null)
                xml.WriteAttributeString("language", source.Lang);
            if (source.Country is not null)
                xml.WriteAttributeString("country", source.Country);
            if (source.FullText is true)
                xml.WriteAttributeString("fullText", "true");
            xml.WriteEndElement();
        }
        xml.WriteEndElement();
        xml.WriteEndElement();
        xml.WriteEndDocument();
    }
}
