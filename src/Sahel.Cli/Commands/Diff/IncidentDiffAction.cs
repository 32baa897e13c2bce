using System.CommandLine;
using Sahel.Cli.Infrastructure;
using Sahel.Cluster;
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
    public sealed record Request(string IncidentId, OutputFormat<IncidentDiffReport> Format, string? Output, bool ExitCode, DateTimeOffset? Since, DateTimeOffset? Until);

    public static async Task<int> RunAsync(ParseResult parse, CommandContext context, Request request, IncidentOptions grouping)
    {
        var lexicon = grouping.Lexicon(parse);
        using var store = context.OpenExistingStore();
        var catalog = IncidentCatalog.UpToDate(store, grouping.Analysis(parse, lexicon), context.Now);
        var whole = catalog.ForId(request.IncidentId, context.Now, includeSummaries: true)
            ?? throw new CliException($"no incident '{request.IncidentId}' in the store as of {Stamp(context.Now)}; `sahel incidents` lists the ids");
        if (whole.MergedFrom is { } old)
            context.Inform($"sahel: {old} was merged into {whole.Id} on {whole.MergedAt!.Value.UtcDateTime:yyyy-MM-dd}");
        // --since/--until narrow the accounts compared to those published in the window.
        var inWindow = whole.Stories.Where(s => (request.Since is null || s.Story.Published >= request.Since) && (request.Until is null || s.Story.Published < request.Until)).ToList();
        if (inWindow.Count == 0)
            throw new CliException($"incident {whole.Id} has no reports {Window(request)}");
        var incident = whole with { Stories = inWindow };

        // The article itself when its page was stored (`fetch --full-text`): tolls and attributions are in the body.
        // Otherwise the fullest feed text: wire items often carry in their content what the summary leaves out.
        var texts = store.Stories.AnalysisTexts(incident.Stories.Select(s => s.Story.Id).ToList());
        var diff = IncidentComparison.Build(incident, story => story.FullText ?? texts.GetValueOrDefault(story.Id) ?? story.SummaryHtml, lexicon);
        var renderer = request.Format.Create(RenderSettings.Default);
        await OutputTarget.WriteAsync(request.Output, context.Out, writer => renderer.Render(new IncidentDiffReport(diff, context.Now), writer)).ConfigureAwait(false);
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
