using System.CommandLine;
using Sahel.Cli.Infrastructure;
using Sahel.Render;
using Sahel.Store;

namespace Sahel.Cli.Commands.Incidents;

public static class IncidentsAction
{
    public sealed record Request(DateTimeOffset? Since, DateTimeOffset? Until, OutputFormat<IncidentReport> Format, string? Output)
    {
        /// <summary>Incident ids asked for (any id ever issued): only these incidents, whole.</summary>
        public IReadOnlyList<string> Ids { get; init; } = [];
    }

    public static async Task<int> RunAsync(ParseResult parse, CommandContext context, Request request, IncidentOptions grouping,
        DigestFilterOptions filters, TranslationOptions translation, CancellationToken cancellationToken)
    {
        using var store = context.OpenExistingStore();
        var window = new StoryFilter { Since = request.Since, Until = request.Until, IncludeSummaries = request.Format.NeedsSummaries };
        var input = await DigestInput.ReadAsync(parse, context, store, window, grouped: true, grouping, filters, translation, cancellationToken, request.Ids,
            copiesStoryObjects: request.Format.CopiesStoryObjects).ConfigureAwait(false);
        var report = new IncidentReport(context.Now, request.Since, request.Until, input.Incidents!.Incidents, input.Incidents, input.StoredCount) { Details = input.Details };
        var renderer = request.Format.Create(RenderSettings.Default);
        try
        {
            await OutputTarget.WriteAsync(request.Output, context.Out, writer => renderer.Render(report, writer)).ConfigureAwait(false);
        }
        finally
        {
            input.Details.StoryObjects?.Complete(); // the objects written afresh, kept for the next digest
        }
        return ExitCodes.Success;
    }
}
