using System.Globalization;

namespace Sahel.Tests.Diff.ClaimsSet;

/// <summary>
/// Scores extracted claims against the labels of a set of stories: tolls right when kind, count and source kind
/// are right; responsibility right when polarity and actor are. Collects every miss with its class, and the
/// figures per language and per claim kind.
/// </summary>
internal sealed class ClaimsSetScore
{
    private readonly Dictionary<string, (int Right, int Labelled)> tollsByKey = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (int Right, int Labelled)> responsibilityByKey = new(StringComparer.Ordinal);

    public int TollsLabelled { get; private set; }
    public int TollsExtracted { get; private set; }
    public int TollsRight { get; private set; }
    public int VictimsRight { get; private set; }
    public int ResponsibilityLabelled { get; private set; }
    public int ResponsibilityExtracted { get; private set; }
    public int ResponsibilityRight { get; private set; }
    public int BlameLabelled { get; private set; }
    public int BlameByRight { get; private set; }
    public List<(string Class, string Line)> Misses { get; } = [];

    public double TollRecall => Share(TollsRight, TollsLabelled);
    public double TollPrecision => Share(TollsRight, TollsExtracted);
    public double ResponsibilityRecall => Share(ResponsibilityRight, ResponsibilityLabelled);
    public double ResponsibilityPrecision => Share(ResponsibilityRight, ResponsibilityExtracted);

    /// <param name="sourceMatches">Whether an extracted source kind answers a labelled one.</param>
    public void Add(LabelledStory story, IReadOnlyList<TollLabel> tolls, IReadOnlyList<ResponsibilityLabel> responsibility, Func<string, string, bool> sourceMatches)
    {
        TollsLabelled += story.Tolls.Count;
        TollsExtracted += tolls.Count;
        var unmatched = tolls.ToList();
        var missed = new List<TollLabel>();
        foreach (var label in story.Tolls)
        {
            var match = unmatched.FirstOrDefault(g => g.Kind == label.Kind && g.Count == label.Count && sourceMatches(g.Source, label.Source));
            Count(tollsByKey, ["tolls " + story.Lang, "toll:" + label.Kind, story.Lang + " toll:" + label.Kind], match is not null);
            if (match is null)
            {
                missed.Add(label);
                continue;
            }
            TollsRight++;
            unmatched.Remove(match);
            if (match.Victims == label.Victims)
                VictimsRight++;
            else
                Misses.Add(("victims", $"{story.Id}: {label}  got victims {match.Victims}"));
        }
        foreach (var label in missed)
        {
            // The nearest wrong answer says what went wrong: the source, the value, or nothing was read.
            var wrongSource = unmatched.FirstOrDefault(g => g.Kind == label.Kind && g.Count == label.Count);
            var wrongValue = wrongSource is null ? unmatched.FirstOrDefault(g => g.Kind == label.Kind && sourceMatches(g.Source, label.Source) && g.Victims == label.Victims) : null;
            if (wrongSource is not null)
            {
                unmatched.Remove(wrongSource);
                Misses.Add(("toll source", $"{story.Id}: {label}  got source {wrongSource.Source}"));
            }
            else if (wrongValue is not null)
            {
                unmatched.Remove(wrongValue);
                Misses.Add(("toll value", $"{story.Id}: {label}  got count {wrongValue.Count}"));
            }
            else
                Misses.Add(("toll missed", $"{story.Id}: {label}"));
        }
        foreach (var extra in unmatched)
            Misses.Add(("toll extra", $"{story.Id}: {extra}"));

        ResponsibilityLabelled += story.Responsibility.Count;
        ResponsibilityExtracted += responsibility.Count;
        var left = responsibility.ToList();
        foreach (var label in story.Responsibility)
        {
            var match = left.FirstOrDefault(g => g.Polarity == label.Polarity && g.Actor == label.Actor);
            Count(responsibilityByKey, ["responsibility " + story.Lang, "resp:" + label.Polarity, story.Lang + " resp:" + label.Polarity], match is not null);
            if (label.Polarity == "blamed")
                BlameLabelled++;
            if (match is null)
            {
                var sameActor = left.FirstOrDefault(g => g.Actor == label.Actor && label.Actor is not null);
                if (sameActor is not null)
                {
                    left.Remove(sameActor);
                    Misses.Add(("responsibility polarity", $"{story.Id}: {label}  got {sameActor}"));
                }
                else
                    Misses.Add(("responsibility missed", $"{story.Id}: {label}"));
                continue;
            }
            ResponsibilityRight++;
            left.Remove(match);
            if (label.Polarity == "blamed")
            {
                if (match.By is { } by && sourceMatches(by, label.By!))
                    BlameByRight++;
                else
                    Misses.Add(("blame by", $"{story.Id}: {label}  got by {match.By}"));
            }
        }
        foreach (var extra in left)
            Misses.Add(("responsibility extra", $"{story.Id}: {extra}"));
    }

    /// <summary>Figures per language and per claim kind, one line each.</summary>
    public IEnumerable<string> Breakdown()
    {
        foreach (var (key, (right, labelled)) in tollsByKey.Concat(responsibilityByKey).OrderBy(k => k.Key.Length > 3 && k.Key[2] == ' ').ThenBy(k => k.Key, StringComparer.Ordinal))
            yield return string.Create(CultureInfo.InvariantCulture, $"  {key,-22} {right,3}/{labelled,-3} {Share(right, labelled),7:P1}");
    }

    /// <summary>Toll recall for one language (or claim kind key).</summary>
    public double TollRecallOf(string key) => tollsByKey.TryGetValue(key, out var v) ? Share(v.Right, v.Labelled) : 0;

    public double ResponsibilityRecallOf(string key) => responsibilityByKey.TryGetValue(key, out var v) ? Share(v.Right, v.Labelled) : 0;

    private static void Count(Dictionary<string, (int Right, int Labelled)> counts, string[] keys, bool right)
    {
        foreach (var key in keys)
        {
            var (r, l) = counts.GetValueOrDefault(key);
            counts[key] = (r + (right ? 1 : 0), l + 1);
        }
    }

    private static double Share(int part, int whole) => whole == 0 ? 0 : (double)part / whole;
}
