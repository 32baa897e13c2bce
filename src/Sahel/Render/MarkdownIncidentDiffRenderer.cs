using System.Globalization;
using Humanizer;
using Sahel.Diff.Claims;
using Sahel.Diff.Incidents;

namespace Sahel.Render;

/// <summary>
/// `sahel diff INCIDENT` for people: a summary a researcher would write by hand ("killed (soldiers): 5–20+ —
/// army/government 5 …; local sources ≥ 12 …"), then each figure with its sources and the words they came from,
/// the claims of responsibility, who reported first and who repeated whom, the languages, and what only one
/// account has. Lists, not tables: it reads the same raw in a terminal and rendered in a GitHub issue.
/// </summary>
public sealed class MarkdownIncidentDiffRenderer : IReportRenderer<IncidentDiffReport>
{
    void IReportRenderer<IncidentDiffReport>.Render(IncidentDiffReport report, TextWriter output) => Render(report.Diff, output);

    public void Render(IncidentComparison diff, TextWriter output)
    {
        var incident = diff.Incident;
        output.WriteLine($"# Accounts of {MarkdownText.Escape(IncidentText.Title(incident))}");
        output.WriteLine();
        output.WriteLine($"Incident `{incident.Id}`, first reported {MarkdownTime.Stamp(incident.FirstSeen)} UTC. {IncidentText.Coverage(incident)}. " +
            (diff.Tolls.Count == 0 && diff.Claims.Count == 0 && diff.Blames.Count == 0 ? "No account gives a figure or a claim."
            : diff.Disagree ? "**The accounts disagree.**" : "The accounts agree."));
        output.WriteLine();
        output.WriteLine("## Summary");
        output.WriteLine();
        if (diff.Tolls.Count == 0 && diff.Claims.Count == 0 && diff.Blames.Count == 0)
            output.WriteLine("- no figures and no claims of responsibility in any account");
        foreach (var toll in diff.Tolls)
            // One entry per source (army, government, UN, NGO… apart), its figures lowest first.
            output.WriteLine($"- **{Figure(toll)}: {Span(toll)}** — {string.Join("; ", toll.Reports.GroupBy(r => Source(diff, r), StringComparer.Ordinal).Select(g => $"{g.Key} {string.Join(", ", g.Select(r => $"{MarkdownText.Escape(r.Count.Display)} (via {Via(r)})"))}"))}");
        foreach (var claim in diff.Claims)
            output.WriteLine($"- {ClaimSentence(diff, claim)}");
        foreach (var blame in diff.Blames)
            output.WriteLine($"- {BlameSentence(diff, blame)}");

        if (diff.Tolls.Count > 0)
        {
            output.WriteLine();
            output.WriteLine("## Figures");
            foreach (var toll in diff.Tolls)
            {
                output.WriteLine();
                output.WriteLine($"### {Capitalised(Figure(toll))}: {Span(toll)}, {(toll.Reports.Sum(r => r.Accounts.Count) <= 1 ? "one account" : toll.Agree ? "the accounts agree" : "the accounts disagree")}");
                output.WriteLine();
                foreach (var report in toll.Reports)
                {
                    var attribution = report.SourceText.Length == 0 ? "" : $" («{MarkdownText.Escape(report.SourceText)}»)";
                    output.WriteLine($"- **{MarkdownText.Escape(report.Count.Display)}** ({MarkdownText.Escape(report.Count.Text)}) — {Source(diff, report)}{attribution}: {Via(report)}");
                    output.WriteLine($"  > {MarkdownText.Escape(HtmlTextTruncate(report.Evidence))}");
                }
            }
        }

        if (diff.Claims.Count > 0)
        {
            output.WriteLine();
            output.WriteLine("## Claims of responsibility and results");
            output.WriteLine();
            foreach (var claim in diff.Claims)
            {
                output.WriteLine($"- {ClaimSentence(diff, claim)}: {Via(claim.Accounts, claim.Copies)}");
                output.WriteLine($"  > {MarkdownText.Escape(HtmlTextTruncate(claim.Evidence))}");
            }
        }

        if (diff.Blames.Count > 0)
        {
            // Apart from the claims: a government's accusation or a denial is not a group's own word.
            output.WriteLine();
            output.WriteLine("## Blamed, denied, not claimed");
            output.WriteLine();
            foreach (var blame in diff.Blames)
            {
                output.WriteLine($"- {BlameSentence(diff, blame)}: {Via(blame.Accounts, blame.Copies)}");
                output.WriteLine($"  > {MarkdownText.Escape(HtmlTextTruncate(blame.Evidence))}");
            }
        }

        output.WriteLine();
        output.WriteLine("## Who reported first, who repeated whom");
        output.WriteLine();
        var first = diff.FirstReport.Story;
        output.WriteLine($"- first: **{MarkdownTime.Stamp(first.Published)}** {MarkdownText.Escape(first.Outlet)} ({MarkdownText.Escape(first.Lang ?? "und")}): {MarkdownText.Link(first.Title, first.Url)}");
        foreach (var account in diff.Accounts.Where(a => a.IsCopy))
        {
            var original = diff.Accounts.FirstOrDefault(a => a.Story.Id == account.CopyOf!.Id)?.Story ?? account.CopyOf!;
            output.WriteLine($"- {MarkdownText.Escape(account.Story.Outlet)} ({MarkdownTime.Stamp(account.Story.Published)}) repeated {MarkdownText.Escape(original.Outlet)} ({MarkdownTime.Stamp(original.Published)}): {MarkdownText.Link(account.Story.Title, account.Story.Url)}");
        }
        if (!diff.Accounts.Any(a => a.IsCopy))
            output.WriteLine("- no account copies another");

        output.WriteLine();
        output.WriteLine("## Languages");
        output.WriteLine();
        foreach (var (language, outlets) in diff.Languages)
            output.WriteLine($"- **{MarkdownText.Escape(language)}**: {string.Join(", ", outlets.Select(MarkdownText.Escape))}");

        output.WriteLine();
        output.WriteLine("## Only in one account");
        output.WriteLine();
        if (diff.UniqueDetails.Count == 0)
            output.WriteLine("- nothing: every detail is in at least two outlets' accounts, or only one outlet covered it");
        foreach (var outlet in diff.UniqueDetails.GroupBy(d => d.Outlet, StringComparer.Ordinal))
            output.WriteLine($"- **{MarkdownText.Escape(outlet.Key)}**: {string.Join("; ", outlet.GroupBy(d => d.Kind).Select(k => $"{k.Key.ToQuantity(k.Count(), ShowQuantityAs.None)} {string.Join(", ", k.Select(d => MarkdownText.Escape(d.Value)))}"))}");
    }

    private static string Figure(TollComparison toll) =>
        ClaimChanges.Name(toll.Kind) + (toll.Victims is null ? "" : $" ({toll.Victims})");

    private static string Span(TollComparison toll)
    {
        if (toll.Low is not { } low || toll.High is not { } high)
            return "no figure";
        var open = toll.HighIsOpen ? "+" : "";
        return low == high ? $"{low}{open}" : string.Create(CultureInfo.InvariantCulture, $"{low}–{high}{open}");
    }

    private static string Source(IncidentComparison diff, TollReport report) =>
        MarkdownText.Escape(SourceLabel.Of(report.SourceKind, report.SourceName, diff.Lexicon));

    private static string Via(TollReport report) => Via(report.Accounts, report.Copies);

    private static string Via(IReadOnlyList<StoryAccount> accounts, IReadOnlyList<StoryAccount> copies)
    {
        var text = string.Join(", ", accounts.Select(a => $"{MarkdownText.Escape(a.Story.Outlet)} ({MarkdownText.Escape(a.Story.Lang ?? "und")})").Distinct(StringComparer.Ordinal));
        if (copies.Count > 0)
            text += (text.Length > 0 ? ", " : "") + "repeated by " + string.Join(", ", copies.Select(c => MarkdownText.Escape(c.Story.Outlet)).Distinct(StringComparer.Ordinal));
        return text;
    }

    private static string ClaimSentence(IncidentComparison diff, ClaimComparison claim)
    {
        var what = claim.Verb + (claim.Target is null || claim.ByForce ? "" : $" on the {claim.Target}")
            + (claim.Outcomes.Count == 0 ? "" : $": {string.Join(", ", claim.Outcomes)}");
        return $"the **{MarkdownText.Escape(diff.ActorName(claim.Claimant))}** {MarkdownText.Escape(what)}{(claim.GivesFigure ? "" : " (without a figure)")}";
    }

    private static string BlameSentence(IncidentComparison diff, BlameComparison blame)
    {
        // Who blames, once each: not "unattributed" (no one named), nor a bare "army" beside the army it names.
        var speakers = blame.By.Where(b => b.Kind != SourceKind.Unattributed || b.Name is not null)
            .Where(b => b.Name is not null || !blame.By.Any(n => n.Name is not null && n.Kind == b.Kind)).ToList();
        var labels = speakers.Select(b => SourceLabel.Of(b.Kind, b.Name, diff.Lexicon)).Distinct(StringComparer.Ordinal).ToList();
        var by = labels.Count <= 1 ? string.Join("", labels) : string.Join(", ", labels.SkipLast(1)) + " and " + labels[^1];
        var actor = blame.Actor is null ? "" : $"the **{MarkdownText.Escape(diff.ActorName(blame.Actor))}**";
        // "the local sources blame", "the army and local sources blame": the verb agrees with who blames.
        var verb = labels.Count > 1 || labels.Count == 1 && speakers.All(b => b.Name is null && SourceLabel.IsPlural(b.Kind)) ? "blame" : "blames";
        return blame.Polarity switch
        {
            ResponsibilityPolarity.Blamed => $"{(by.Length == 0 ? "an account" : "the " + MarkdownText.Escape(by))} {verb} {actor} (not a claim)",
            ResponsibilityPolarity.Denied => $"{actor} denies it{(by.Length == 0 ? "" : $" (said by the {MarkdownText.Escape(by)})")}",
            _ => "no group has claimed it",
        };
    }

    private static string Capitalised(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];

    private static string HtmlTextTruncate(string text) => Normalize.HtmlText.Truncate(text, 240);
}
