using System.CommandLine;
using Sahel.Digest;
using Sahel.Model;
using Sahel.Store;

namespace Sahel.Cli.Infrastructure;

/// <summary>
/// `--translate-url`: English titles from a LibreTranslate-compatible server the user runs. Off by default; a
/// server that fails or is unreachable costs one warning line, never the command's exit code.
/// </summary>
public sealed class TranslationOptions
{
    public Option<string?> Url { get; } = new("--translate-url")
    {
        Description = "Also show titles in English, translated by this LibreTranslate-compatible server you run (cached in the store; never used for grouping)",
        HelpName = "URL",
    };

    public TranslationOptions()
    {
        Url.Validators.Add(result =>
        {
            var url = result.GetValueOrDefault<string?>();
            if (!Uri.TryCreate(url, UriKind.Absolute, out var server) || server.Scheme is not ("http" or "https"))
                result.AddError($"--translate-url: '{url}' is not an http(s) URL");
        });
    }

    /// <summary>Seconds one title may take: a local server answers in well under this.</summary>
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(15);

    public IEnumerable<Option> All => [Url];

    /// <summary>Whether titles are translated in this run (a server was named).</summary>
    public bool IsOn(ParseResult parse) => parse.GetValue(Url) is not null;

    public async Task<IReadOnlyDictionary<long, string>> TranslateAsync(ParseResult parse, CommandContext context, ISahelStore store,
        IReadOnlyList<Story> stories, CancellationToken cancellationToken)
    {
        if (parse.GetValue(Url) is not { } url)
            return new Dictionary<long, string>();
        var server = new Uri(url); // checked by the validator
        using var http = new HttpClient { Timeout = Timeout };
        http.DefaultRequestHeaders.UserAgent.ParseAdd($"sahel/{SahelVersion.Version}");
        var translator = new TitleTranslator(new LibreTranslateClient(http, LibreTranslateClient.Endpoint(server)), store, context.Clock);
        var result = await translator.TranslateAsync(stories, cancellationToken).ConfigureAwait(false);
        if (result.Failure is { } failure)
            context.Error.WriteLine($"sahel: translation server {url}: {failure}; {result.Titles.Count} titles shown in English, the others left as written");
        return result.Titles;
    }
}
