using System.Globalization;
using Sahel.Diff.Claims.Evaluation;

namespace Sahel.Render;

/// <summary>`sahel eval claims` for people: the two figures, per language and kind, then every miss by class.</summary>
public sealed class TextClaimsEvalRenderer : IReportRenderer<ClaimsEvalReport>
{
    public void Render(ClaimsEvalReport report, TextWriter output)
    {
        var score = report.Score;
        var languages = report.Languages;
        output.WriteLine(Invariant($"{score.Stories} labelled stories ({string.Join(", ", languages.Select(l => $"{report.Stories.Count(s => s.Lang == l)} {l}"))})"));
        output.WriteLine(Invariant($"tolls           {score.TollsRight}/{score.TollsLabelled} right (value and source) {Percent(score.TollRecall)}, precision {Percent(score.TollPrecision)} of {score.TollsExtracted} read, victims right on {score.VictimsRight}"));
        output.WriteLine(Invariant($"responsibility  {score.ResponsibilityRight}/{score.ResponsibilityLabelled} right (actor and polarity) {Percent(score.ResponsibilityRecall)}, precision {Percent(score.ResponsibilityPrecision)} of {score.ResponsibilityExtracted} read, blamer right on {score.BlameByRight}/{score.BlameLabelled} blames"));

        output.WriteLine();
        output.WriteLine("by language      tolls                   responsibility");
        foreach (var lang in languages)
            output.WriteLine(Invariant($"  {lang,-14} {Cell(score.TollsByLanguage, lang),-23} {Cell(score.ResponsibilityByLanguage, lang)}"));
        output.WriteLine("tolls by kind");
        foreach (var kind in ClaimsEvalReport.TollKinds.Where(score.TollsByKind.ContainsKey))
            output.WriteLine(Invariant($"  {kind,-14} {Cell(score.TollsByKind, kind),-23} {string.Join("  ", languages.Where(l => score.TollsByLanguageAndKind.ContainsKey($"{l} {kind}")).Select(l => $"{l} {Cell(score.TollsByLanguageAndKind, $"{l} {kind}")}"))}"));
        output.WriteLine("responsibility by polarity");
        foreach (var polarity in ClaimsEvalReport.Polarities.Where(score.ResponsibilityByPolarity.ContainsKey))
            output.WriteLine(Invariant($"  {polarity,-14} {Cell(score.ResponsibilityByPolarity, polarity),-23} {string.Join("  ", languages.Where(l => score.ResponsibilityByLanguageAndPolarity.ContainsKey($"{l} {polarity}")).Select(l => $"{l} {Cell(score.ResponsibilityByLanguageAndPolarity, $"{l} {polarity}")}"))}"));

        var byClass = score.Misses.GroupBy(m => m.Class).ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
        if (byClass.Count == 0)
            return;
        output.WriteLine();
        output.WriteLine("misses by class");
        foreach (var missClass in ClaimsEvalReport.MissClasses.Where(byClass.ContainsKey))
        {
            output.WriteLine(Invariant($"  {missClass} ({byClass[missClass].Count})"));
            foreach (var miss in byClass[missClass])
                output.WriteLine("    " + SafeText.Clean(miss.ToString()));
        }
    }

    private static string Cell(IReadOnlyDictionary<string, ClaimsScore.Tally> tallies, string key) =>
        tallies.TryGetValue(key, out var t) ? Invariant($"{t.Right}/{t.Labelled} {Percent(t.Share)}") : "-";

    private static string Percent(double share) => share.ToString("0.0 %", CultureInfo.InvariantCulture);

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
