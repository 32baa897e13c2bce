using Markdig;
using Sahel.Cluster;
using Sahel.Diff.Incidents;
using Sahel.Model;
using Sahel.Normalize;
using Sahel.Render;
using Xunit;

namespace Sahel.Tests.Diff;

/// <summary>
/// The incident comparison on stories written for these tests: agreement and disagreement of figures, copies that
/// repeat rather than confirm, figures without victims joining the main ones, and hostile text kept inert.
/// </summary>
public sealed class IncidentComparisonTests
{
    private static readonly DateTimeOffset Morning = new(2026, 3, 10, 8, 0, 0, TimeSpan.Zero);

    private static Story Story(long id, string outlet, string lang, string title, string text, int hour) => new()
    {
        Id = id, FeedId = id, FeedUrl = $"https://{outlet.ToLowerInvariant().Replace(' ', '-')}.example/feed", Outlet = outlet,
        ItemKey = $"guid:{id}", Url = $"https://{outlet.ToLowerInvariant().Replace(' ', '-')}.example/{id}", Title = title, SummaryHtml = text, Lang = lang,
        Published = Morning.AddHours(hour), FirstSeen = Morning.AddHours(hour), LastSeen = Morning.AddHours(hour),
    };

    private static IncidentComparison Compare(params (Story Story, Story? CopyOf)[] stories)
    {
        var incident = new Incident
        {
            Id = "inc-0123456789abcdef", FirstSeen = stories.Min(s => s.Story.Published), LastSeen = stories.Max(s => s.Story.Published),
            Places = [Lexicon.Default.FindPlace("Ménaka")!], Actors = [], EventType = EventType.Attack,
            Stories = stories.OrderBy(s => s.Story.Published).Select(s => new IncidentStory(s.Story, s.CopyOf)).ToList(),
        };
        return IncidentComparison.Build(incident, s => s.SummaryHtml, Lexicon.Default);
    }

    [Fact]
    public void Figures_from_different_sources_that_cannot_both_be_true_disagree()
    {
        var army = Story(1, "Outlet A", "fr", "Ménaka : l'armée annonce deux soldats tués", "", 1);
        var local = Story(2, "Outlet B", "ar", "مصادر محلية: مقتل ٨ جنود على الأقل قرب ميناكا", "", 2);
        var diff = Compare((army, null), (local, null));
        var killed = Assert.Single(diff.Tolls);
        Assert.Equal(("soldiers", 2, 8, true), (killed.Victims, killed.Low, killed.High, killed.HighIsOpen));
        Assert.False(killed.Agree);
        Assert.True(diff.Disagree);
    }

    [Fact]
    public void An_open_figure_agrees_with_a_larger_one_and_a_copy_repeats_without_confirming()
    {
        var wire = Story(1, "Wire", "en", "At least 12 soldiers killed near Menaka, local sources say", "", 1);
        var copy = Story(2, "Reprint", "en", "At least 12 soldiers killed near Menaka, local sources say", "", 2);
        var other = Story(3, "Outlet C", "fr", "Ménaka : 15 militaires tués, selon des habitants", "", 3);
        var diff = Compare((wire, null), (copy, wire), (other, null));
        var killed = Assert.Single(diff.Tolls);
        Assert.True(killed.Agree);
        Assert.False(diff.Disagree);
        var atLeast = killed.Reports.Single(r => r.Count.Qualifier == "at-least");
        Assert.Equal(["Wire"], atLeast.Accounts.Select(a => a.Story.Outlet));
        Assert.Equal(["Reprint"], atLeast.Copies.Select(a => a.Story.Outlet));
    }

    [Fact]
    public void A_figure_without_victims_joins_the_main_victims_of_its_kind()
    {
        var french = Story(1, "Outlet A", "fr", "Ménaka : cinq soldats tués selon l'armée", "", 1);
        var arabic = Story(2, "Outlet B", "ar", "الجيش المالي: خمسة قتلى قرب ميناكا", "", 2);
        var killed = Assert.Single(Compare((french, null), (arabic, null)).Tolls);
        Assert.Equal("soldiers", killed.Victims);
        var report = Assert.Single(killed.Reports);
        Assert.Equal(["Outlet A", "Outlet B"], report.Accounts.Select(a => a.Story.Outlet));
    }

    [Fact]
    public void A_blame_is_shown_apart_from_a_claim_and_a_range_disagrees_with_a_figure_outside_it()
    {
        var government = Story(1, "Outlet A", "fr", "Ménaka : entre cinq et une dizaine de soldats tués, le gouvernement accuse l'EIGS", "", 1);
        var group = Story(2, "Outlet B", "en", "JNIM says it killed 14 soldiers near Menaka", "", 2);
        var diff = Compare((government, null), (group, null));
        Assert.Equal(["jnim"], diff.Claims.Select(c => c.Claimant));
        var blame = Assert.Single(diff.Blames);
        Assert.Equal(("issp", Sahel.Diff.Claims.ResponsibilityPolarity.Blamed, Sahel.Diff.Claims.SourceKind.Government), (blame.Actor, blame.Polarity, Assert.Single(blame.By).Kind));
        var killed = Assert.Single(diff.Tolls);
        Assert.False(killed.Agree);
        using var writer = new StringWriter();
        new MarkdownIncidentDiffRenderer().Render(diff, writer);
        Assert.Contains("## Blamed, denied, not claimed", writer.ToString(), StringComparison.Ordinal);
        Assert.Contains("the government blames the **Islamic State Sahel Province** (not a claim)", writer.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Two_groups_claiming_one_attack_disagree_and_a_detail_only_one_outlet_has_is_listed()
    {
        var first = Story(1, "Outlet A", "fr", "Ménaka : l'EIGS revendique l'attaque contre la position de l'armée", "", 1);
        var second = Story(2, "Outlet B", "en", "JNIM claimed the attack on the army post near Menaka and Anderamboukane", "", 2);
        var diff = Compare((first, null), (second, null));
        Assert.Equal(["issp", "jnim"], diff.Claims.Select(c => c.Claimant));
        Assert.True(diff.Disagree);
        Assert.Contains(diff.UniqueDetails, d => d is { Kind: "place", Value: "Andéramboukane", Outlet: "Outlet B" });
    }

    [Fact]
    public void An_army_claiming_its_riposte_does_not_compete_with_the_group_that_claims_the_attack()
    {
        var group = Story(1, "Outlet A", "fr", "Ménaka : le JNIM revendique l'attaque contre la position de l'armée", "", 1);
        var army = Story(2, "Outlet B", "fr", "Ménaka : les FAMa ont neutralisé dix assaillants lors de l'attaque de leur position", "", 2);
        var diff = Compare((group, null), (army, null));
        Assert.Equal(["fama", "jnim"], diff.Claims.Select(c => c.Claimant).Order(StringComparer.Ordinal));
        Assert.False(diff.Disagree);
        using var writer = new StringWriter();
        new MarkdownIncidentDiffRenderer().Render(diff, writer);
        Assert.Contains("the **FAMa** claims its own operation", writer.ToString(), StringComparison.Ordinal);
        Assert.Contains("the **JNIM** claims the attack", writer.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Hostile_titles_and_text_cannot_inject_markup()
    {
        var hostile = Story(1, "Outlet <b>A</b>", "fr", "[clic](javascript:alert(1)) cinq soldats tués selon l'armée <script>x</script>",
            "Selon l'armée, cinq soldats ont été tués **[piège](https://evil.example)** <img src=x onerror=alert(1)>.", 1);
        var other = Story(2, "Outlet B", "fr", "Ménaka : au moins 12 soldats tués, selon des sources locales", "", 2);
        using var writer = new StringWriter();
        new MarkdownIncidentDiffRenderer().Render(Compare((hostile, null), (other, null)), writer);
        var html = Markdown.ToHtml(writer.ToString(), new MarkdownPipelineBuilder().UseAdvancedExtensions().Build());
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<img", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("href=\"javascript", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("href=\"https://evil.example", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<b>", html, StringComparison.Ordinal);
    }
}
