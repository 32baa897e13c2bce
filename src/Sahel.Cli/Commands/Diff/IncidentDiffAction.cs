using System.CommandLine;
using Sahel.Cli.Infrastructure;
using Sahel.Diff.Incidents;
using Sahel.Render;
using Sahel.Store;

namespace Sahel.Cli.Commands.Diff;

/// <summary>
/// `sahel diff INCIDENT`: groups the stored stories of the window as `sahel incidents` does, finds the incident by
/// id, and shows where its accounts agree and disagree. The `diff` command definition dispatches here when its
/// argument is an incident id (inc-…).
/// </summary>
public static class IncidentDiffAction
{
    public sealed record Request(string IncidentId, bool Json, string? Output, bool ExitCode, DateTimeOffset? Since, DateTimeOffset? Until);

    public static async Task<int> RunAsync(ParseResult parse, CommandContext context, Request request, IncidentOptions grouping)
    {
        var lexicon = grouping.Lexicon(parse);
        using var store = context.OpenExistingStore();
        var stories = store.Stories.Query(new StoryFilter { Since = request.Since, Until = request.Until, IncludeSummaries = true });
        var set = grouping.Builder(parse, lexicon, store).Build(stories);
        var incident = set.Incidents.FirstOrDefault(i => string.Equals(i.Id, request.IncidentId, StringComparison.OrdinalIgnoreCase))
            ?? throw new CliException($"no incident '{request.IncidentId}' among the {stories.Count} stored stories {Window(request)}; `sahel incidents` lists the ids (widen the window with --since/--until)");

        // The article itself when its page was stored (`fetch --full-text`): tolls and attributions are in the body.
        // Otherwise the fullest feed text: wire items often carry in their content what the summary leaves out.
        var texts = store.Stories.AnalysisTexts(incident.Stories.Select(s => s.Story.Id).ToList());
        var diff = IncidentComparison.Build(incident, story => story.FullText ?? texts.GetValueOrDefault(story.Id) ?? story.SummaryHtml, lexicon);
        await OutputTarget.WriteAsync(request.Output, context.Out, writer =>
        {
            if (request.Json)
                new JsonIncidentDiffRenderer().Render(diff, context.Now, writer);
            else
                new MarkdownIncidentDiffRenderer().Render(diff, writer);
        }).ConfigureAwait(false);
        return request.ExitCode && diff.Disagree ? ExitCodes.DifferencesFound : ExitCodes.Success;
    }

    private static string Window(Request request) => (request.Since, request.Until) switch
    {
        (null, null) => "in the store",
        ({ } since, null) => $"since {Stamp(since)}",
        (null, { } until) => $"before {Stamp(until)}",
        ({ } since, { } until) => $"from {Stamp(since)} to {Stamp(until)}",
    };

    private static string Stamp(DateTimeOffset time) =>
        time.UtcDateTime.ToString("yyyy-MM-dd HH:mm 'UTC'", System.Globalization.CultureInfo.InvariantCulture);
}
