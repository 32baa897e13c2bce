using Sahel.Cli.Infrastructure;
using Sahel.Extract;
using Sahel.Fetch;
using Sahel.Render;

namespace Sahel.Cli.Commands.Extract;

public static class ExtractAction
{
    public sealed record Request(string Source, OutputFormat<ArticleReport> Format);

    public static async Task<int> RunAsync(CommandContext context, Request request, CancellationToken cancellationToken)
    {
        var page = Model.FeedSource.IsHttpLocation(request.Source)
            ? await PageSource.FetchAsync(request.Source, context.Environment.FetchDefaults ?? new FetchOptions(), cancellationToken).ConfigureAwait(false)
            : await PageSource.ReadFileAsync(request.Source, cancellationToken).ConfigureAwait(false);
        var article = ArticleExtractor.Extract(page.Body, page.Charset, page.ContentLanguage, page.Url);
        if (context.Verbose)
        {
            foreach (var warning in article.Warnings)
                context.Error.WriteLine($"sahel: {request.Source}: {warning}");
        }
        // JSON is written even without an article: a script reads hasArticle and failure from it.
        var writesFailures = request.Format.Name == "json";
        if (article.HasArticle || writesFailures)
            request.Format.Create(RenderSettings.Default).Render(new ArticleReport(article, request.Source), context.Out);
        if (!article.HasArticle)
            throw new CliException($"{request.Source}: {article.Failure}",
                FeedSniffer.FeedFormat(System.Text.Encoding.UTF8.GetString(page.Body.AsSpan(0, Math.Min(page.Body.Length, 4096)))) is null ? ExitCodes.Failure : ExitCodes.Usage);
        await context.Out.FlushAsync(cancellationToken).ConfigureAwait(false);
        return ExitCodes.Success;
    }
}
