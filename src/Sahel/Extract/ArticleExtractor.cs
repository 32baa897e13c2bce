using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Sahel.Feeds;
using Sahel.Fetch;

namespace Sahel.Extract;

/// <summary>
/// The extract stage: one article page (bytes as received) → its body and metadata. Decodes by sahel's
/// encoding rules, parses with AngleSharp, reads the metadata from the untouched page, then removes the
/// boilerplate and locates the story (see docs/extract.md). Never throws on a page's content.
/// </summary>
public static class ArticleExtractor
{
    private const int MinBodyLength = 200;

    private static readonly HtmlParserOptions ParserOptions = new() { IsScripting = false, IsKeepingSourceReferences = false };

    public static ExtractedArticle Extract(ReadOnlySpan<byte> body, string? httpCharset, string? contentLanguage, Uri? pageUrl)
    {
        var warnings = new List<string>();
        var decoded = BodyTextDecoder.Decode(body, httpCharset, MetaCharsetSniffer.FindEncoding, "meta charset", warnings);
        if (FeedSniffer.FeedFormat(decoded.Text) is { } format)
        {
            return new ExtractedArticle
            {
                Encoding = decoded.EncodingName,
                Warnings = warnings,
                Failure = $"a feed ({format}), not an article page: use `sahel fetch --feeds` for feeds",
            };
        }
        if (NestingGuard.IsTooDeep(decoded.Text))
        {
            return new ExtractedArticle
            {
                Encoding = decoded.EncodingName,
                Warnings = warnings,
                Failure = $"page not parsed: elements nested more than {NestingGuard.MaxDepth} deep",
            };
        }
        var document = new HtmlParser(ParserOptions).ParseDocument(decoded.Text);
        var metadata = PageMetadata.Read(document, contentLanguage, pageUrl);
        var (blocks, failure) = FindBody(document, metadata.Title);
        var text = string.Join("\n\n", blocks.Select(b => b.Text));
        var language = metadata.Language ?? Normalize.LanguageGuesser.Guess(text.Length > 2000 ? text[..2000] : text);
        return metadata.Article with
        {
            Language = language,
            Text = text,
            Blocks = blocks,
            Direction = TextDirection.Decide(document, language, text),
            Encoding = decoded.EncodingName,
            HasArticle = failure is null,
            Failure = failure,
            Warnings = warnings,
        };
    }

    private static (IReadOnlyList<ArticleBlock> Blocks, string? Failure) FindBody(IDocument document, string? title)
    {
        var root = document.Body;
        if (root is null)
            return ([], "no article body found (the page has no body)");
        BoilerplateRemover.Clean(root);
        var stats = new TextStats(root);
        var story = BodyLocator.Locate(root, stats);
        if (story.Count == 0)
            return ([], "no article body found (no paragraphs of text)");
        var writer = new BlockWriter(stats);
        foreach (var element in story)
            writer.Write(element);
        var blocks = DropTitle(writer.Blocks, title);
        var paragraphs = blocks.Count(b => b.Kind == ArticleBlockKind.Paragraph);
        // Teaser pages: many linked headlines, each with a short summary; a story has at least one long paragraph.
        var longest = blocks.Count == 0 ? 0 : blocks.Max(b => b.Text.Length);
        if (writer.LinkedHeadingsDropped >= 3 && writer.LinkedHeadingsDropped * 2 >= paragraphs && longest < 400)
            return ([], "no article body found (page looks like a list of links)");
        var length = blocks.Sum(b => b.Text.Length);
        if (length < MinBodyLength)
            return ([], $"no article body found (only {length} characters of text)");
        return (blocks, null);
    }

    /// <summary>The headline is metadata, not body: drop it where the page repeats it at the top of the story.</summary>
    private static IReadOnlyList<ArticleBlock> DropTitle(IReadOnlyList<ArticleBlock> blocks, string? title)
    {
        if (string.IsNullOrEmpty(title) || blocks.Count == 0)
            return blocks;
        return blocks.Where((b, i) => !(i < 3 && b.Kind == ArticleBlockKind.Heading && string.Equals(b.Text, title, StringComparison.OrdinalIgnoreCase))).ToList();
    }
}
