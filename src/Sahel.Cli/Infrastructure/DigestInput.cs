using System.CommandLine;
using Sahel.Cluster;
using Sahel.Digest;
using Sahel.Model;
using Sahel.Normalize;
using Sahel.Store;
using Sahel.Timeline;

namespace Sahel.Cli.Infrastructure;

/// <summary>
/// What `timeline`, `sweep` and `incidents` render, read once: the stories of the window, their analysis, the
/// incidents (grouped before the filters apply, so ids never depend on them), glosses and figures, then the
/// filters. <see cref="Stories"/> and <see cref="Incidents"/> are what is left after the filters.
/// </summary>
public sealed record DigestInput(IReadOnlyList<Story> Stories, IncidentSet? Incidents, int StoredCount, DigestDetails Details)
{
    /// <param name="ids">Incident ids asked for (`incidents ID…`): only these incidents, whole, instead of the window's.</param>
    /// <param name="onlyIncidents">`timeline --incident ID…`: only the window's stories that belong to these incidents.</param>
    public static async Task<DigestInput> ReadAsync(ParseResult parse, CommandContext context, ISahelStore store, StoryFilter window, bool grouped,
        IncidentOptions grouping, DigestFilterOptions filters, TranslationOptions translation, CancellationToken cancellationToken,
        IReadOnlyList<string>? ids = null, IReadOnlyList<string>? onlyIncidents = null)
    {
        var lexicon = grouping.Lexicon(parse);
        var analysis = grouping.Analysis(parse, lexicon);
        // As of --now: what had been seen by then, grouped as it was then (the stored incidents).
        window = window with { SeenBy = context.Now };
        var filter = filters.Resolve(parse, lexicon, store, window, parse.GetValue(grouping.Distance));
        var stories = store.Stories.Query(window);
        IncidentSet? set = null;
        if (onlyIncidents is { Count: > 0 })
            stories = OnlyIncidents(onlyIncidents, context, store, IncidentCatalog.UpToDate(store, analysis, context.Now), stories);
        if (grouped)
        {
            var catalog = IncidentCatalog.UpToDate(store, analysis, context.Now);
            set = catalog.ForStories(stories, context.Now);
            if (ids is { Count: > 0 })
            {
                var asked = ids.Select(id => catalog.ForId(id, context.Now, window.IncludeSummaries)
                        ?? throw new CliException($"{id}: no such incident as of {context.Now.UtcDateTime:yyyy-MM-dd HH:mm} UTC; `sahel incidents` lists the ids"))
                    .DistinctBy(i => i.Id).ToList();
                set = new IncidentSet(asked, []);
                stories = asked.SelectMany(i => i.Stories.Select(s => s.Story)).DistinctBy(s => s.Id).OrderBy(s => s.Published).ToList();
            }
        }
        var features = analysis.Signatures(store).For(stories).Select(s => s.Features).ToList();

        // Claims are read from the article when stored, else the fullest feed text, as `sahel diff` reads them.
        var claims = CachedClaims.For(store, stories, lexicon, analysis.Fingerprint);
        var details = DigestAnalyzer.Analyze(stories, features, set, claims, lexicon);

        var featuresOf = stories.Select((s, i) => (s.Id, features[i])).ToDictionary(x => x.Id, x => x.Item2);
        if (!filter.IsEmpty)
            (stories, set) = Apply(filter, stories, set, featuresOf);
        details = details with { EnglishTitles = await translation.TranslateAsync(parse, context, store, stories, cancellationToken).ConfigureAwait(false) };
        return new DigestInput(stories, set, featuresOf.Count, details);
    }

    private static IReadOnlyList<Story> OnlyIncidents(IReadOnlyList<string> ids, CommandContext context, ISahelStore store, IncidentCatalog catalog, IReadOnlyList<Story> stories)
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
        return stories.Where(s => members.Contains(s.Id)).ToList();
    }

    private static (IReadOnlyList<Story>, IncidentSet?) Apply(DigestFilter filter, IReadOnlyList<Story> stories, IncidentSet? set, Dictionary<long, StoryFeatures> featuresOf)
    {
        if (set is null)
            return (stories.Where(s => filter.Keeps(s, featuresOf.GetValueOrDefault(s.Id))).ToList(), null);
        var incidents = set.Incidents.Where(filter.Keeps).ToList();
        var unassigned = set.Unassigned.Where(s => filter.Keeps(s.Story, featuresOf.GetValueOrDefault(s.Story.Id))).ToList();
        var kept = incidents.SelectMany(i => i.Stories).Concat(unassigned).Select(s => s.Story.Id).ToHashSet();
        return (stories.Where(s => kept.Contains(s.Id)).ToList(), new IncidentSet(incidents, unassigned));
    }
}
