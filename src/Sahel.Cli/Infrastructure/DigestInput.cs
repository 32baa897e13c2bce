using System.CommandLine;
using Sahel.Cluster;
using Sahel.Digest;
using Sahel.Model;
using Sahel.Normalize;
using Sahel.Render;
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
    /// <param name="copiesStoryObjects">The format copies kept story objects (OutputFormat.CopiesStoryObjects).</param>
    public static async Task<DigestInput> ReadAsync(ParseResult parse, CommandContext context, ISahelStore store, StoryFilter window, bool grouped,
        IncidentOptions grouping, DigestFilterOptions filters, TranslationOptions translation, CancellationToken cancellationToken,
        IReadOnlyList<string>? ids = null, IReadOnlyList<string>? onlyIncidents = null, bool copiesStoryObjects = false)
    {
        var lexicon = grouping.Lexicon(parse);
        var analysis = grouping.Analysis(parse, lexicon);
        // As of --now: what had been seen by then, grouped as it was then (the stored incidents).
        window = window with { SeenBy = context.Now };
        var filter = filters.Resolve(parse, lexicon, store, window, parse.GetValue(grouping.Distance));
        // A story whose object an earlier JSON digest kept needs neither its summary nor its article text: they are
        // read only for the others. (With translated titles, what is kept depends on the translations, read later.)
        StoryObjectCache? kept = null;
        IReadOnlyList<Story> stories;
        var anyKept = copiesStoryObjects && StoryObjectCache.AnyKept(store, analysis.Fingerprint);
        if (anyKept && window.IncludeSummaries && ids is not { Count: > 0 } && onlyIncidents is not { Count: > 0 } && !translation.IsOn(parse))
        {
            var bare = store.Stories.Query(window with { IncludeSummaries = false });
            kept = StoryObjectCache.Open(store, bare, NoTitles, analysis.Fingerprint, anyKept);
            stories = WithTexts(store, window, bare, kept);
        }
        else
            stories = store.Stories.Query(window);
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
        // Each story's analysis, decoded only for the stories that need it: the filters, and glosses not kept.
        var signatures = analysis.Signatures(store);
        var featuresOf = new Dictionary<long, StoryFeatures>();
        void Analyse(IReadOnlyList<Story> some)
        {
            var missing = some.Where(s => !featuresOf.ContainsKey(s.Id)).DistinctBy(s => s.Id).ToList();
            if (missing.Count == 0)
                return;
            var signed = signatures.For(missing);
            for (var i = 0; i < missing.Count; i++)
                featuresOf[missing[i].Id] = signed[i].Features;
        }
        var stored = stories.Count;
        if (!filter.IsEmpty)
        {
            Analyse(stories);
            (stories, set) = Apply(filter, stories, set, featuresOf);
        }
        var englishTitles = await translation.TranslateAsync(parse, context, store, stories, cancellationToken).ConfigureAwait(false);

        // Claims are read from the article when stored, else the fullest feed text, as `sahel diff` reads them; a
        // story whose object an earlier JSON digest kept needs neither its claims nor its gloss.
        if (copiesStoryObjects)
            kept ??= StoryObjectCache.Open(store, stories, englishTitles, analysis.Fingerprint, anyKept);
        var read = kept is null || kept.Count == 0 ? stories : stories.Where(s => !kept.Has(s)).ToList();
        Analyse(read);
        var claims = CachedClaims.For(store, read, lexicon, analysis.Fingerprint);
        var details = DigestAnalyzer.Analyze(read, read.Select(s => featuresOf[s.Id]).ToList(), set, claims, lexicon)
            with { EnglishTitles = englishTitles, StoryObjects = kept };
        if (read.Count < stories.Count)
        {
            // No format that copies story objects shows figures; were one to, it would read every account's claims.
            var all = stories;
            details = details with
            {
                FiguresWhenAsked = () =>
                {
                    Analyse(all);
                    return DigestAnalyzer.Analyze(all, all.Select(s => featuresOf[s.Id]).ToList(), set,
                        CachedClaims.For(store, all, lexicon, analysis.Fingerprint), lexicon).Figures;
                },
            };
        }
        if (context.Verbose && kept is not null)
            context.Inform($"sahel: {stories.Count - read.Count} of {stories.Count} story objects copied from the last JSON digest, {read.Count} written afresh");
        return new DigestInput(stories, set, stored, details);
    }

    private static readonly Dictionary<long, string> NoTitles = [];

    /// <summary>The stories, with their summaries and texts read for those the cache has no object for.</summary>
    private static IReadOnlyList<Story> WithTexts(ISahelStore store, StoryFilter window, IReadOnlyList<Story> bare, StoryObjectCache kept)
    {
        var missing = bare.Where(s => !kept.Has(s)).Select(s => s.Id).ToList();
        if (missing.Count == 0)
            return bare;
        // Most of them (a first digest, a new build): the window again, whole, costs less than a list of ids.
        if (missing.Count > bare.Count / 2)
            return store.Stories.Query(window);
        var full = store.Stories.Query(window with { ItemIds = missing }).ToDictionary(s => s.Id);
        return bare.Select(s => full.GetValueOrDefault(s.Id) ?? s).ToList();
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
