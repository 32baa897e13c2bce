using System.CommandLine;
using Sahel.Render;
using Sahel.Store;

namespace Sahel.Cli.Infrastructure;

/// <summary>The timeline options `timeline` and `sweep` share, and the rendering both end with.</summary>
public sealed class TimelineOutput
{
    public Option<string?> Since { get; } = TimeOption.Create("--since", "Only stories published at or after this time (default: all stored)");
    public Option<string?> Until { get; } = TimeOption.Create("--until", "Only stories published before this time");
    public Option<string> Format { get; } = CreateFormat();
    public Option<string?> Output { get; } = new("--output", "-o") { Description = "Write to this file (replaced whole) instead of stdout", HelpName = "FILE" };
    public Option<bool> Flat { get; } = new("--flat") { Description = "One line per story, without grouping into incidents" };
    public Option<string[]> Incident { get; } = new("--incident") { Description = "Only the stories of this incident (any id ever printed; repeat for several)", HelpName = "ID" };
    public IncidentOptions Grouping { get; } = new();

    public IEnumerable<Option> All => new Option[] { Since, Until, Format, Output, Flat, Incident }.Concat(Grouping.All);

    public async Task WriteAsync(ParseResult parse, CommandContext context, ISahelStore store, IReadOnlyCollection<long>? feedIds)
    {
        var since = context.Time(parse.GetValue(Since));
        var until = context.Time(parse.GetValue(Until));
        var json = parse.GetValue(Format) == "json";
        var grouped = !parse.GetValue(Flat);
        // Summaries are read only for JSON; the analyser fetches the few it needs for stories not yet analysed.
        // As of --now: what had been seen by then, grouped as it was then.
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var stories = store.Stories.Query(new StoryFilter { Since = since, Until = until, FeedIds = feedIds, SeenBy = context.Now, IncludeSummaries = json });
        var read = clock.Elapsed;
        var catalog = Cluster.IncidentCatalog.UpToDate(store, Grouping.Analysis(parse), context.Now);
        if (parse.GetValue(Incident) is { Length: > 0 } ids)
        {
            // Any id ever printed: a merged one stands for the incident it became.
            var members = new HashSet<long>();
            foreach (var id in ids)
            {
                var resolved = catalog.Resolve(id.Trim().ToLowerInvariant(), context.Now)
                    ?? throw new CliException($"{id}: no such incident as of {context.Now.UtcDateTime:yyyy-MM-dd HH:mm} UTC; `sahel incidents` lists the ids");
                if (resolved.Merge is { } merge)
                    context.Inform($"sahel: {merge.OldId} was merged into {resolved.Id} on {merge.MergedAt.UtcDateTime:yyyy-MM-dd}");
                members.UnionWith(store.Incidents.Members([resolved.Id], context.Now).Select(m => m.ItemId));
            }
            stories = stories.Where(s => members.Contains(s.Id)).ToList();
        }
        var incidents = grouped ? catalog.ForStories(stories, context.Now) : null;
        var grouping = clock.Elapsed - read;
        var timeline = new Timeline.Timeline(context.Now, since, until, stories, incidents);
        var output = parse.GetValue(Output);
        ITimelineRenderer renderer = json
            ? new JsonTimelineRenderer()
            : new MarkdownTimelineRenderer(relativeTimes: context.Terminal.HumanReadsStdout(output) && context.FixedNow is null);
        await OutputTarget.WriteAsync(output, context.Out, writer => renderer.Render(timeline, writer)).ConfigureAwait(false);
        if (context.Verbose)
            context.Inform(string.Create(System.Globalization.CultureInfo.InvariantCulture,
                $"sahel: timeline: {stories.Count} stories read in {read.TotalSeconds:0.00} s, incidents read in {grouping.TotalSeconds:0.00} s, rendered in {(clock.Elapsed - read - grouping).TotalSeconds:0.00} s"));
        if (output is not null)
            context.Inform($"sahel: wrote {stories.Count} stories to {output}");
    }

    private static Option<string> CreateFormat()
    {
        var format = new Option<string>("--format") { Description = "md for people, json for machines (docs/schema/timeline.v1.schema.json)", DefaultValueFactory = _ => "md", HelpName = "FORMAT" };
        format.AcceptOnlyFromAmong("md", "json");
        return format;
    }
}
