namespace Sahel.Diff.Claims.Evaluation;

/// <summary>
/// Extracted claims scored against the labels of a set of stories. A toll is right when its kind, count and source
/// kind are; a statement of responsibility when its polarity and actor are (and, for a blame, who blames is counted
/// apart). Every miss is kept with its class, and the figures per language and per claim kind.
/// </summary>
public sealed class ClaimsScore
{
    private readonly Dictionary<string, Tally> tollsByLanguage = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Tally> tollsByKind = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Tally> responsibilityByLanguage = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Tally> responsibilityByPolarity = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Tally> tollsByLanguageAndKind = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Tally> responsibilityByLanguageAndPolarity = new(StringComparer.Ordinal);

    /// <summary>Right out of labelled.</summary>
    public readonly record struct Tally(int Right, int Labelled)
    {
        public double Share => Labelled == 0 ? 0 : (double)Right / Labelled;
    }

    /// <summary>
    /// One miss. Classes: "toll source" (value right, source wrong), "toll value", "toll missed", "toll extra",
    /// "victims" (right toll, wrong victims), "responsibility polarity", "responsibility missed",
    /// "responsibility extra", "blame by" (right blame, wrong blamer). <see cref="Got"/> is what was read instead.
    /// </summary>
    public sealed record Miss(string Class, string StoryId, string Label, string? Got)
    {
        public override string ToString() => $"{StoryId}: {Label}" + (Got is null ? "" : "  got " + Got);
    }

    public int Stories { get; private set; }
    public int TollsLabelled { get; private set; }
    public int TollsExtracted { get; private set; }
    public int TollsRight { get; private set; }
    public int VictimsRight { get; private set; }
    public int ResponsibilityLabelled { get; private set; }
    public int ResponsibilityExtracted { get; private set; }
    public int ResponsibilityRight { get; private set; }
    public int BlameLabelled { get; private set; }
    public int BlameByRight { get; private set; }
    public List<Miss> Misses { get; } = [];

    public double TollRecall => Share(TollsRight, TollsLabelled);
    public double TollPrecision => Share(TollsRight, TollsExtracted);
    public double ResponsibilityRecall => Share(ResponsibilityRight, ResponsibilityLabelled);
    public double ResponsibilityPrecision => Share(ResponsibilityRight, ResponsibilityExtracted);

    public IReadOnlyDictionary<string, Tally> TollsByLanguage => tollsByLanguage;
    public IReadOnlyDictionary<string, Tally> TollsByKind => tollsByKind;
    public IReadOnlyDictionary<string, Tally> ResponsibilityByLanguage => responsibilityByLanguage;
    public IReadOnlyDictionary<string, Tally> ResponsibilityByPolarity => responsibilityByPolarity;
    /// <summary>Keyed "fr killed".</summary>
    public IReadOnlyDictionary<string, Tally> TollsByLanguageAndKind => tollsByLanguageAndKind;
    /// <summary>Keyed "fr claimed".</summary>
    public IReadOnlyDictionary<string, Tally> ResponsibilityByLanguageAndPolarity => responsibilityByLanguageAndPolarity;

    /// <summary>Runs the extractor on each story, as the digests do, and scores what it reads.</summary>
    public static ClaimsScore Of(IEnumerable<LabelledStory> stories, Normalize.Lexicon? lexicon = null)
    {
        var score = new ClaimsScore();
        foreach (var story in stories)
        {
            var claims = ClaimExtractor.Extract(story.Title, story.Text, story.Lang, lexicon ?? Normalize.Lexicon.Default);
            score.Add(story, claims.Tolls.Select(TollLabel.Of).ToList(), claims.Responsibility.Select(ResponsibilityLabel.Of).Distinct().ToList());
        }
        return score;
    }

    public void Add(LabelledStory story, IReadOnlyList<TollLabel> tolls, IReadOnlyList<ResponsibilityLabel> responsibility)
    {
        Stories++;
        AddTolls(story, tolls);
        AddResponsibility(story, responsibility);
    }

    private void AddTolls(LabelledStory story, IReadOnlyList<TollLabel> tolls)
    {
        TollsLabelled += story.Tolls.Count;
        TollsExtracted += tolls.Count;
        var unmatched = tolls.ToList();
        var missed = new List<TollLabel>();
        foreach (var label in story.Tolls)
        {
            var match = unmatched.FirstOrDefault(g => g.Kind == label.Kind && g.Count == label.Count && g.Source == label.Source);
            Count(match is not null, (tollsByLanguage, story.Lang), (tollsByKind, label.Kind), (tollsByLanguageAndKind, $"{story.Lang} {label.Kind}"));
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
                Misses.Add(new("victims", story.Id, label.ToString(), "victims " + match.Victims));
        }
        foreach (var label in missed)
        {
            // The nearest wrong answer says what went wrong: the source, the value, or nothing was read.
            var wrongSource = unmatched.FirstOrDefault(g => g.Kind == label.Kind && g.Count == label.Count);
            var wrongValue = wrongSource is null ? unmatched.FirstOrDefault(g => g.Kind == label.Kind && g.Source == label.Source && g.Victims == label.Victims) : null;
            if (wrongSource is not null)
            {
                unmatched.Remove(wrongSource);
                Misses.Add(new("toll source", story.Id, label.ToString(), "source " + wrongSource.Source));
            }
            else if (wrongValue is not null)
            {
                unmatched.Remove(wrongValue);
                Misses.Add(new("toll value", story.Id, label.ToString(), "count " + wrongValue.Count));
            }
            else
                Misses.Add(new("toll missed", story.Id, label.ToString(), null));
        }
        foreach (var extra in unmatched)
            Misses.Add(new("toll extra", story.Id, extra.ToString(), null));
    }

    private void AddResponsibility(LabelledStory story, IReadOnlyList<ResponsibilityLabel> responsibility)
    {
        ResponsibilityLabelled += story.Responsibility.Count;
        ResponsibilityExtracted += responsibility.Count;
        var left = responsibility.ToList();
        var unmatched = new List<ResponsibilityLabel>();
        // Right answers are paired first, so that a label with no right answer (a blame not read) cannot take, as a
        // wrong polarity, the answer a later label of the same actor is right on (its claim, read).
        foreach (var label in story.Responsibility)
        {
            var match = left.FirstOrDefault(g => g.Polarity == label.Polarity && g.Actor == label.Actor && g.By == label.By)
                ?? left.FirstOrDefault(g => g.Polarity == label.Polarity && g.Actor == label.Actor);
            Count(match is not null, (responsibilityByLanguage, story.Lang), (responsibilityByPolarity, label.Polarity),
                (responsibilityByLanguageAndPolarity, $"{story.Lang} {label.Polarity}"));
            if (label.Polarity == "blamed")
                BlameLabelled++;
            if (match is null)
            {
                unmatched.Add(label);
                continue;
            }
            ResponsibilityRight++;
            left.Remove(match);
            if (label.Polarity == "blamed")
            {
                if (match.By is { } by && by == label.By)
                    BlameByRight++;
                else
                    Misses.Add(new("blame by", story.Id, label.ToString(), "by " + (match.By ?? "nobody")));
            }
        }
        foreach (var label in unmatched)
        {
            // The nearest wrong answer says what went wrong: the same actor read with another polarity, or nothing.
            var sameActor = left.FirstOrDefault(g => g.Actor == label.Actor && label.Actor is not null);
            if (sameActor is not null)
            {
                left.Remove(sameActor);
                Misses.Add(new("responsibility polarity", story.Id, label.ToString(), sameActor.ToString()));
            }
            else
                Misses.Add(new("responsibility missed", story.Id, label.ToString(), null));
        }
        foreach (var extra in left)
            Misses.Add(new("responsibility extra", story.Id, extra.ToString(), null));
    }

    private static void Count(bool right, params (Dictionary<string, Tally> Counts, string Key)[] tallies)
    {
        foreach (var (counts, key) in tallies)
        {
            var (r, l) = counts.GetValueOrDefault(key);
            counts[key] = new Tally(r + (right ? 1 : 0), l + 1);
        }
    }

    private static double Share(int part, int whole) => whole == 0 ? 0 : (double)part / whole;
}
