using System.CommandLine;
using Sahel.Cli.Infrastructure;

namespace Sahel.Cli.Commands.Extract;

/// <summary>`sahel extract FILE|URL`: the article body and metadata of one page, as sahel sees it.</summary>
public static class ExtractCommand
{
    public static SahelCommand Create(GlobalOptions globals, CliEnvironment environment)
    {
        var source = new Argument<string>("FILE|URL") { Description = "A local .html or .html.gz page, or an http(s) URL" };
        var format = new Option<string>("--format") { Description = "text (the body), md (title, metadata, body) or json (docs/schema/extract.v1.schema.json)", DefaultValueFactory = _ => "text", HelpName = "FORMAT" };
        format.AcceptOnlyFromAmong("text", "md", "json");
        var command = new SahelCommand("extract", "Extract the article body and metadata of one news page (file or URL)",
            "sahel extract https://letamarinier.example/2026/03/10/embuscade-kidal-anefis/",
            "sahel extract saved-page.html.gz --format md",
            "sahel extract page.html --format json | jq .published")
        { source, format };
        command.SetHandler(globals, environment, (parse, context, cancellationToken) => ExtractAction.RunAsync(context,
            new ExtractAction.Request(parse.GetValue(source)!, parse.GetValue(format)!), cancellationToken));
        return command;
    }
}
