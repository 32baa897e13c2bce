using System.CommandLine;
using Sahel.Cli.Infrastructure;
using Sahel.Store;

namespace Sahel.Cli.Commands.Stories;

/// <summary>`sahel stories`: stored stories, filtered, as a table, JSON or JSON Lines.</summary>
public static class StoriesCommand
{
    public static SahelCommand Create(GlobalOptions globals, CliEnvironment environment)
    {
        var since = TimeOption.Create("--since", "Only stories published at or after this time");
        var until = TimeOption.Create("--until", "Only stories published before this time");
        var lang = new Option<string?>("--lang") { Description = "Only stories in this language (fr, ar, en…)", HelpName = "LANG" };
        var country = new Option<string?>("--country") { Description = "Only stories from outlets of this country (ML, BF, NE, TD, MR…)", HelpName = "CC" };
        var feed = new Option<string?>("--feed") { Description = "Only stories from feeds whose name or URL contains this text", HelpName = "TEXT" };
        var search = new Option<string?>("--search") { Description = "Only stories whose title or summary contains this text (accents, case and Arabic diacritics ignored)", HelpName = "TEXT" };
        var limit = new Option<int?>("--limit") { Description = "At most this many stories, the most recent", HelpName = "N" };
        var format = FormatOption.Create(StoriesAction.Formats);
        limit.Validators.Add(result =>
        {
            if (ParsedValue.Int(result) is < 0)
                result.AddError($"--limit must be 0 or more, not {ParsedValue.Int(result)}");
        });
        var output = new Option<string?>("--output", "-o") { Description = "Write to this file (replaced whole) instead of stdout", HelpName = "FILE" };

        var command = new SahelCommand("stories", "List stored stories, oldest first",
            "sahel stories --since 24h",
            "sahel stories --lang ar --search كيدال",
            "sahel stories --country ML --format ndjson | jq -r .url")
        { since, until, lang, country, feed, search, limit, format, output };
        command.SetHandler(globals, environment, (parse, context, _) =>
        {
            var window = context.Window(parse.GetValue(since), parse.GetValue(until));
            var filter = new StoryFilter
            {
                Since = window.Since,
                Until = window.Until,
                Lang = parse.GetValue(lang),
                Country = parse.GetValue(country),
                Feed = parse.GetValue(feed),
                Search = parse.GetValue(search),
                Limit = parse.GetValue(limit),
            };
            return StoriesAction.RunAsync(context, filter, parse.Chosen(format, StoriesAction.Formats), parse.GetValue(output));
        });
        return command;
    }
}
