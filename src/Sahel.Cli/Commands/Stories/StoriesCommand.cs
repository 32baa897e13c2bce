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

        var command = new SahelCommand("stories", "List stored stories, oldest first",
            "sahel stories --since 24h",
            "sahel stories --lang ar --search كيدال",
            "sahel stories --country ML --format ndjson | jq -r .url")
        { since, until, lang, country, feed, search, limit, format };
        command.SetHandler(globals, environment, (parse, context, _) =>
        {
            var filter = new StoryFilter
            {
                Since = context.Time(parse.GetValue(since)),
                Until = context.Time(parse.GetValue(until)),
                Lang = parse.GetValue(lang),
                Country = parse.GetValue(country),
                Feed = parse.GetValue(feed),
                Search = parse.GetValue(search),
                Limit = parse.GetValue(limit),
            };
            return StoriesAction.RunAsync(context, filter, parse.Chosen(format, StoriesAction.Formats));
        });
        return command;
    }
}
