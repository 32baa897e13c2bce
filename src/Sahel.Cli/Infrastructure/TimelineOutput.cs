using System.CommandLine;
using Sahel.Render;
using Sahel.Store;

namespace Sahel.Cli.Infrastructure;

/// <summary>The timeline options `timeline` and `sweep` share, and the rendering both end with.</summary>
public sealed class TimelineOutput
{
    public Option<string?> Since { get; } = TimeOption.Create("--since", "Only stories published at or after this time (default: all stored)");
    public Option<string?> Until { get; } = TimeOption.Create("--until", "Only stories published before this time");
    public Option<string> Format { get; } = FormatOption.Create(ReportFormats.Timeline);
    public Option<string?> Output { get; } = new("--output", "-o") { Description = "Write to this file (replaced whole) instead of stdout", HelpName = "FILE" };
    public Option<bool> Flat { get; } = new("--flat") { Description = "One line (in feeds, one entry) per story, without grouping into incidents" };
    public DigestFilterOptions Filters { get; } = new();
    public TranslationOptions Translation { get; } = new();
    public IncidentOptions Grouping { get; } = new();

    public Option<string[]> Incident { get; } = new("--incident") { Description = "Only the stories of this incident (any id ever printed; repeat for several)", HelpName = "ID" };

    public IEnumerable<Option> All => new Option[] { Since, Until, Format, Output, Flat, Incident }.Concat(Filters.All).Concat(Translation.All).Concat(Grouping.All);

    /// <summary>Usage mistakes found before any work (a sweep must not fetch for nothing): the window, formats, names.</summary>
    public void CheckUsage(ParseResult parse, CommandContext context)
    {
        Window(parse, context);
        if (parse.GetValue(Format) == "geojson" && parse.GetValue(Flat))
            throw CliException.Usage("--format geojson maps incidents: it cannot be used with --flat");
        if (parse.GetValue(Filters.Actor) is not null || parse.GetValue(Filters.Place) is not null)
            Filters.Names(parse, Grouping.Lexicon(parse));
    }

    public async Task WriteAsync(ParseResult parse, CommandContext context, ISahelStore store, IReadOnlyCollection<long>? feedIds, CancellationToken cancellationToken = default)
    {
        var (since, until) = Window(parse, context);
        var format = parse.Chosen(Format, ReportFormats.Timeline);
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var output = parse.GetValue(Output);
        // Summaries are read only for formats that show them; glosses read the texts they need on their own.
        var window = new StoryFilter { Since = since, Until = until, FeedIds = feedIds, IncludeSummaries = format.NeedsSummaries };
        var input = await DigestInput.ReadAsync(parse, context, store, window, grouped: !parse.GetValue(Flat), Grouping, Filters, Translation, cancellationToken,
            onlyIncidents: parse.GetValue(Incident), copiesStoryObjects: format.CopiesStoryObjects).ConfigureAwait(false);
        var read = clock.Elapsed;
        var timeline = new Timeline.Timeline(context.Now, since, until, input.Stories, input.Incidents) { Details = input.Details };
        var renderer = format.Create(new RenderSettings
        {
            RelativeTimes = context.Terminal.HumanReadsStdout(output) && context.FixedNow is null,
            Terminal = context.Terminal.HumanReadsStdout(output),
        });
        try
        {
            await OutputTarget.WriteAsync(output, context.Out, writer => renderer.Render(timeline, writer)).ConfigureAwait(false);
        }
        finally
        {
            input.Details.StoryObjects?.Complete(); // the objects written afresh, kept for the next digest
        }
        if (context.Verbose)
            context.Inform(string.Create(System.Globalization.CultureInfo.InvariantCulture,
                $"sahel: timeline: {input.Stories.Count} stories read, grouped and analysed in {read.TotalSeconds:0.00} s, rendered in {(clock.Elapsed - read).TotalSeconds:0.00} s"));
        if (output is not null)
            context.Inform($"sahel: wrote {input.Stories.Count} stories to {output}");
    }

    /// <summary>The window asked for; `sweep` checks it before fetching, so a mistake costs no sweep.</summary>
    public (DateTimeOffset? Since, DateTimeOffset? Until) Window(ParseResult parse, CommandContext context) =>
        context.Window(parse.GetValue(Since), parse.GetValue(Until));
}
