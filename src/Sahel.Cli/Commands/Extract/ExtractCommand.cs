using System.CommandLine;
using Sahel.Cli.Infrastructure;
using Sahel.Render;

namespace Sahel.Cli.Commands.Extract;

/// <summary>`sahel extract FILE|URL`: the article body and metadata of one page, as sahel sees it.</summary>
public static class ExtractCommand
{
    public static SahelCommand Create(GlobalOptions globals, CliEnvironment environment)
    {
        var source = new Argument<string>("FILE|URL") { Description = "A local .html or .html.gz page, or an http(s) URL" };
        var format = FormatOption.Create(ReportFormats.Article);
        var command = new SahelCommand("extract", "Extract the article body and metadata of one news page (file or URL)",
            "sahel extract https://letamarinier.example/2026/03/10/embuscade-kidal-anefis/",
            "sahel extract saved-page.html.gz --format md",
            "sahel extract page.html --format json | jq .published")
        { source, format };
        command.SetHandler(globals, environment, (parse, context, cancellationToken) => ExtractAction.RunAsync(context,
            new ExtractAction.Request(parse.GetValue(source)!, parse.Chosen(format, ReportFormats.Article)), cancellationToken));
        return command;
    }
}
