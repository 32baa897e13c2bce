using System.CommandLine;
using Sahel.Cli.Infrastructure;

namespace Sahel.Cli.Commands.Feeds;

/// <summary>`sahel feeds list|add|remove|import|export`: the user's feed list, kept in the store.</summary>
public static class FeedsCommand
{
    public static SahelCommand Create(GlobalOptions globals, CliEnvironment environment)
    {
        var feeds = new SahelCommand("feeds", "Manage the feed list kept in the store (the built-in Sahel list is used while it is empty)",
            "sahel feeds list",
            "sahel feeds add https://www.studiotamani.org/feed/ --name \"Studio Tamani\" --lang fr --country ML",
            "sahel feeds import subscriptions.opml");
        feeds.Add(List(globals, environment));
        feeds.Add(Add(globals, environment));
        feeds.Add(Remove(globals, environment));
        feeds.Add(Import(globals, environment));
        feeds.Add(Export(globals, environment));
        return feeds;
    }

    private static SahelCommand List(GlobalOptions globals, CliEnvironment environment)
    {
        var format = FormatOption.Create(FeedsActions.Formats);
        var command = new SahelCommand("list", "List your feeds with their last fetch status, or the built-in list when you have added none",
            "sahel feeds list", "sahel feeds list --format json | jq -r '.feeds[].url'") { format };
        command.SetHandler(globals, environment, (parse, context, _) => FeedsActions.ListAsync(context, parse.Chosen(format, FeedsActions.Formats)));
        return command;
    }

    private static SahelCommand Add(GlobalOptions globals, CliEnvironment environment)
    {
        var location = new Argument<string>("URL") { Description = "The feed's http(s) URL, or a local feed file" };
        var name = new Option<string?>("--name") { Description = "The outlet's name as it should appear in timelines", HelpName = "NAME" };
        var lang = new Option<string?>("--lang") { Description = "The outlet's language (fr, ar, en…)", HelpName = "LANG" };
        var country = new Option<string?>("--country") { Description = "The outlet's country, ISO 3166 alpha-2 (ML, BF, NE, TD, MR…)", HelpName = "CC" };
        var fullText = new Option<bool>("--full-text")
        {
            Description = "Fetch the article page of each new item on every fetch (`--full-text false` turns it off again)",
        };
        var allowFile = new Option<bool>("--allow-file") { Description = "Accept a local feed file: every later fetch reads it (the list keeps http(s) URLs otherwise)" };
        var command = new SahelCommand("add", "Add a feed to your list",
            "sahel feeds add https://www.studiotamani.org/feed/ --name \"Studio Tamani\" --lang fr --country ML",
            "sahel feeds add https://www.studiotamani.org/feed/ --full-text",
            "sahel feeds add ./archive/kidal-2024.xml --allow-file")
        { location, name, lang, country, fullText, allowFile };
        command.SetHandler(globals, environment, (parse, context, _) => FeedsActions.AddAsync(
            context, parse.GetValue(location)!, parse.GetValue(name), parse.GetValue(lang), parse.GetValue(country),
            parse.GetResult(fullText) is null ? null : parse.GetValue(fullText), parse.GetValue(allowFile)));
        return command;
    }

    private static SahelCommand Remove(GlobalOptions globals, CliEnvironment environment)
    {
        var location = new Argument<string>("URL") { Description = "The feed's URL or file, as listed by `sahel feeds list`" };
        var command = new SahelCommand("remove", "Remove a feed from your list; its stored stories are kept",
            "sahel feeds remove https://www.studiotamani.org/feed/") { location };
        command.SetHandler(globals, environment, (parse, context, _) => FeedsActions.RemoveAsync(context, parse.GetValue(location)!));
        return command;
    }

    private static SahelCommand Import(GlobalOptions globals, CliEnvironment environment)
    {
        var file = new Argument<string>("FILE") { Description = "An OPML file (newsboat, Feedly, Inoreader exports) or a text file with one URL per line" };
        var allowFiles = new Option<bool>("--allow-files") { Description = "Also import the list's local files (refused otherwise: a downloaded list must not make sahel read your disk)" };
        var command = new SahelCommand("import", "Add every http(s) feed of an OPML or text list to your list",
            "sahel feeds import subscriptions.opml", "sahel feeds import samples/feeds.opml --allow-files") { file, allowFiles };
        command.SetHandler(globals, environment, (parse, context, _) => FeedsActions.ImportAsync(context, parse.GetValue(file)!, parse.GetValue(allowFiles)));
        return command;
    }

    private static SahelCommand Export(GlobalOptions globals, CliEnvironment environment)
    {
        var output = new Option<string?>("--output", "-o") { Description = "Write to this file instead of stdout", HelpName = "FILE" };
        var command = new SahelCommand("export", "Write your feed list as OPML 2.0",
            "sahel feeds export -o sahel-feeds.opml") { output };
        command.SetHandler(globals, environment, (parse, context, _) => FeedsActions.ExportAsync(context, parse.GetValue(output)));
        return command;
    }
}
