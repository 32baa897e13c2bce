using System.CommandLine;
using Sahel.Cli.Infrastructure;
using Sahel.Cluster;
using Sahel.Diff.Incidents;
using Sahel.Reconcile;
using Sahel.Render;
using Sahel.Store;

namespace Sahel.Cli.Commands.Reconcile;

/// <summary>
/// Reads the export (a skipped row is a line on stderr), reads the stored incidents of the window as `sahel
/// incidents` does (as of --now), reconciles them with the export's events, and renders the report.
/// </summary>
public static class ReconcileAction
{
    public sealed record Request(string AcledFile, DateTimeOffset? Since, DateTimeOffset? Until, string? Country, string Format, int MinFatalities, bool ExitCode, string? Output);

    public static async Task<int> RunAsync(ParseResult parse, CommandContext context, Request request, IncidentOptions grouping)
    {
        AcledExport export;
        try
        {
            export = AcledReader.Read(request.AcledFile);
        }
        catch (AcledFormatException e)
        {
            throw new CliException(e.Message);
        }
        foreach (var warning in export.Warnings)
            context.Error.WriteLine($"sahel: {warning}");

        var lexicon = grouping.Lexicon(parse);
        var country = request.Country?.ToUpperInvariant();
        using var store = context.OpenStore();
        var catalog = IncidentCatalog.UpToDate(store, grouping.Analysis(parse, lexicon), context.Now);
        var stories = store.Stories.Query(new StoryFilter { Since = request.Since, Until = request.Until, SeenBy = context.Now, IncludeSummaries = true });
        var set = catalog.ForStories(stories, context.Now);
        var incidents = set.Incidents.Where(i => country is null || i.Places.Any(p => p.Country == country)).ToList();

        var reconciled = Reconciler.Build(new ReconcileRequest
        {
            Export = export,
            Incidents = incidents,
            StoreScope = StoreScope(stories, set.Incidents, country),
            Lexicon = lexicon,
            Tolls = incident =>
            {
                // As `sahel diff INCIDENT` reads them: the stored article, else the fullest feed text.
                var texts = store.Stories.AnalysisTexts(incident.Stories.Select(s => s.Story.Id).ToList());
                var comparison = IncidentComparison.Build(incident, story => story.FullText ?? texts.GetValueOrDefault(story.Id) ?? story.SummaryHtml, lexicon);
                return ClaimedToll.From(comparison);
            },
            GeneratedAt = context.Now,
            Since = request.Since,
            Until = request.Until,
            Country = country,
            MinFatalities = request.MinFatalities,
        });
        await OutputTarget.WriteAsync(request.Output, context.Out, writer =>
        {
            switch (request.Format)
            {
                case "json": new JsonReconcileRenderer().Render(reconciled, writer); break;
                case "csv": new CsvReconcileRenderer().Render(reconciled, writer); break;
                default: new MarkdownReconcileRenderer().Render(reconciled, writer); break;
            }
        }).ConfigureAwait(false);
        return request.ExitCode && reconciled.HasDifferences ? ExitCodes.DifferencesFound : ExitCodes.Success;
    }

    /// <summary>The days the stories span and the countries of their feeds and incidents: what sahel could have seen.</summary>
    private static ReconcileScope StoreScope(IReadOnlyList<Model.Story> stories, IReadOnlyList<Incident> incidents, string? country)
    {
        var countries = stories.Select(s => s.Country?.ToUpperInvariant())
            .Concat(incidents.SelectMany(i => i.Places.Select(p => p.Country)))
            .OfType<string>().Where(c => country is null || c == country)
            .Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        // A story without a date is stamped when first seen, which says nothing of the days it covers.
        var dated = stories.Where(s => !s.PublishedIsEstimated).ToList();
        return dated.Count == 0
            ? new ReconcileScope(null, null, countries)
            : new ReconcileScope(DateOnly.FromDateTime(dated.Min(s => s.Published).UtcDateTime), DateOnly.FromDateTime(dated.Max(s => s.Published).UtcDateTime), countries);
    }
}
