using System.CommandLine;
using Sahel.Cli.Infrastructure;
using Sahel.Cluster;
using Sahel.Normalize;
using Sahel.Render;
using Sahel.Store;

namespace Sahel.Cli.Commands.Incidents;

public static class IncidentsAction
{
    public sealed record Request(DateTimeOffset? Since, DateTimeOffset? Until, string? Country, string? Actor, string? Place, string? Lang, bool Json, string? Output)
    {
        /// <summary>Incident ids asked for (any id ever issued): only these incidents, whole.</summary>
        public IReadOnlyList<string> Ids { get; init; } = [];
    }

    public static async Task<int> RunAsync(ParseResult parse, CommandContext context, Request request, IncidentOptions grouping)
    {
        var lexicon = grouping.Lexicon(parse);
        var actor = request.Actor is null ? null
            : lexicon.FindActor(request.Actor) ?? throw CliException.Usage($"--actor: '{request.Actor}' is not in the actors lexicon (docs/gazetteer.md; add it with --actors FILE)");
        var place = request.Place is null ? null
            : lexicon.FindPlace(request.Place) ?? throw CliException.Usage($"--place: '{request.Place}' is not in the gazetteer (docs/gazetteer.md; add it with --gazetteer FILE)");

        using var store = context.OpenStore();
        var catalog = IncidentCatalog.UpToDate(store, grouping.Analysis(parse, lexicon), context.Now);
        var stories = store.Stories.Query(new StoryFilter { Since = request.Since, Until = request.Until, SeenBy = context.Now, IncludeSummaries = request.Json });
        var set = catalog.ForStories(stories, context.Now);
        var filter = new IncidentFilter { Country = request.Country, Actor = actor, Place = place, Lang = request.Lang, DistanceKm = parse.GetValue(grouping.Distance) };
        var incidents = set.Incidents.Where(filter.Matches).ToList();
        if (request.Ids.Count > 0)
        {
            incidents = request.Ids.Select(id => catalog.ForId(id, context.Now, request.Json)
                    ?? throw new CliException($"{id}: no such incident as of {context.Now.UtcDateTime:yyyy-MM-dd HH:mm} UTC; `sahel incidents` lists the ids"))
                .DistinctBy(i => i.Id).Where(filter.Matches).ToList();
            set = new IncidentSet(incidents, []);
        }

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
