using System.CommandLine;
using Sahel.Cli.Infrastructure;
using Sahel.Cluster;
using Sahel.Normalize;
using Sahel.Render;
using Sahel.Store;

namespace Sahel.Cli.Commands.Incidents;

public static class IncidentsAction
{
    public sealed record Request(DateTimeOffset? Since, DateTimeOffset? Until, string? Country, string? Actor, string? Place, string? Lang, bool Json, string? Output);

    public static async Task<int> RunAsync(ParseResult parse, CommandContext context, Request request, IncidentOptions grouping)
    {
        var lexicon = grouping.Lexicon(parse);
        var actor = request.Actor is null ? null
            : lexicon.FindActor(request.Actor) ?? throw CliException.Usage($"--actor: '{request.Actor}' is not in the actors lexicon (docs/gazetteer.md; add it with --actors FILE)");
        var place = request.Place is null ? null
            : lexicon.FindPlace(request.Place) ?? throw CliException.Usage($"--place: '{request.Place}' is not in the gazetteer (docs/gazetteer.md; add it with --gazetteer FILE)");

        using var store = context.OpenExistingStore();
        var stories = store.Stories.Query(new StoryFilter { Since = request.Since, Until = request.Until, IncludeSummaries = request.Json });
        var set = grouping.Builder(parse, lexicon, store).Build(stories);
        var distance = parse.GetValue(grouping.Distance);
        var incidents = set.Incidents.Where(incident =>
            (request.Country is null || incident.Places.Any(p => string.Equals(p.Country, request.Country, StringComparison.OrdinalIgnoreCase)))
            && (actor is null || incident.Actors.Any(a => a.Id == actor.Id || a.Parent == actor.Id))
            && (place is null || incident.Places.Any(p => p.Id == place.Id || GeoDistance.Kilometres(p, place) <= distance))
            && (request.Lang is null || incident.Languages.Contains(request.Lang.ToLowerInvariant()))).ToList();

        var report = new IncidentReport(context.Now, request.Since, request.Until, incidents, set, stories.Count);
        await OutputTarget.WriteAsync(request.Output, context.Out, writer =>
        {
            if (request.Json)
                new JsonIncidentsRenderer().Render(report, writer);
            else
                new MarkdownIncidentsRenderer().Render(report, writer);
        }).ConfigureAwait(false);
        return ExitCodes.Success;
    }
}
