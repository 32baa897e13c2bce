using Sahel.Fetch;

namespace Sahel.Feeds;

/// <summary>Feed bytes → text: the shared rules of <see cref="BodyTextDecoder"/>, with the XML declaration as the document's own word.</summary>
internal static class FeedTextDecoder
{
    public static string Decode(byte[] body, string? httpCharset, List<string> warnings) =>
        BodyTextDecoder.Decode(body, httpCharset, XmlDeclarationSniffer.FindEncoding, "XML declaration", warnings).Text;
}
