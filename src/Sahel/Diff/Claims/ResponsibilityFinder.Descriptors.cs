namespace Sahel.Diff.Claims;

/// <summary>
/// Session 9, round 15: the group as the doer of an attack verb, however it is described and whatever stands between: its
/// men named by a word of contempt or trade ("« JNIM terrorists » struck", "« terrorists of the FLA » had attacked", "« les
/// mercenaires du FACT », venus de Libye, étaient responsables", "إرهابيو بوكو حرام هاجموا"), an auxiliary of the tense, a
/// participle or relative aside between commas.
/// </summary>
internal static partial class ResponsibilityFinder
{
    /// <summary>Words for a group's men after its name: "fighters", and the words of contempt or trade a teller uses ("JNIM terrorists").</summary>
    private static readonly HashSet<string> DescriptorWords = new(StringComparer.Ordinal)
    {
        "terrorists", "terroristes", "mercenaries", "mercenaires", "jihadists", "djihadistes", "rebels", "rebelles", "bandits", "assailants", "assaillants",
        "ارهابيو", "ارهابيي", "مرتزقه", "متمردو",
    };

    /// <summary>Auxiliaries of the tense between the doer and its verb: "had attacked", "avaient attaqué", "قد هاجموا".</summary>
    private static readonly HashSet<string> TenseAuxiliaries = new(StringComparer.Ordinal) { "had", "has", "have", "avait", "avaient", "قد", "كانوا" };

    /// <summary>Words that open an aside about the doers between commas: "venus de Libye", "which operates in the area", "القادمون من".</summary>
    private static readonly HashSet<string> AsideOpeners = new(StringComparer.Ordinal)
    {
        "venus", "venu", "arrives", "bases", "qui", "lesquels", "which", "who", "coming", "based", "arrived", "from", "الذين", "القادمون", "القادمين",
    };

    /// <summary>
    /// Where the verb of a group's deed would stand after the group's mention: past its men ("fighters", "terrorists"), an aside
    /// between commas opened by a participle or a relative, and an auxiliary of the tense.
    /// </summary>
    private static int VerbAfterGroup(ClaimSentence sentence, SourceFinder.Mention group)
    {
        var words = sentence.Words;
        var v = group.Last + 1;
        while (v < words.Count && v - group.Last <= 2 && (FightersWords.Contains(words[v].Text) || DescriptorWords.Contains(words[v].Text)))
            v++;
        // ", venus de Libye," — an aside of at most eight words, closed by a comma
        if (v < words.Count && AsideOpeners.Contains(words[v].Text) && sentence.CommaBefore(v))
        {
            var close = Enumerable.Range(v + 1, Math.Max(0, Math.Min(8, words.Count - v - 1))).FirstOrDefault(k => sentence.CommaBefore(k), -1);
            if (close > 0)
                v = close;
        }
        if (v + 1 < words.Count && TenseAuxiliaries.Contains(words[v].Text))
            v++;
        // Session 11, round 22: an adverb of addition or hearsay before the verb ("JNIM fighters had also abducted a teacher",
        // "des hommes du JNIM ont également enlevé", "ISWAP fighters reportedly stormed"): the verb is the next word
        if (v + 1 < words.Count && VerbAdverbs.Contains(words[v].Text))
            v++;
        return v;
    }

    private static readonly HashSet<string> VerbAdverbs = new(StringComparer.Ordinal)
    {
        "also", "then", "later", "reportedly", "allegedly", "aussi", "egalement", "ensuite", "encore", "ايضا", "كذلك",
    };

    /// <summary>
    /// Arabic verbs of attacking, carrying out, committing, arresting and abducting with the deed or the victims as a suffix,
    /// their agent after them (verb, then subject): "شنتها", "نفذها", "ارتكبتها", "اعتقلتهم", "اقتادهم", "اختطفتهم". Not the
    /// verbs of killing: "قتلتهم قوات الجيش" is as often a force killing attackers.
    /// </summary>
    private static readonly HashSet<string> SuffixedDeedVerbs = new(StringComparer.Ordinal)
    {
        "شنه", "شنها", "شنته", "شنتها", "شنوه", "شنوها", "نفذه", "نفذها", "نفذته", "نفذتها", "نفذوه", "نفذوها", "ارتكبه", "ارتكبها", "ارتكبته", "ارتكبتها", "ارتكبوها",
        "اعتقلهم", "اعتقلتهم", "اعتقلوهم", "اعتقله", "اعتقلته", "اختطفهم", "اختطفتهم", "اختطفوهم", "خطفهم", "خطفتهم", "خطفوهم", "اقتادهم", "اقتادتهم", "اقتادوهم",
        "احتجزهم", "احتجزتهم", "اوقفهم", "اوقفتهم",
    };

    /// <summary>Words between such a verb and its agent: "دورية من", "وحدات من", "عناصر من", "جنود".</summary>
    private static readonly HashSet<string> SuffixedAgentFillers = new(StringComparer.Ordinal)
    {
        "دوريه", "وحدات", "وحده", "عناصر", "جنود", "مقاتلو", "مقاتلين", "مسلحو", "من", "قوه", "قوات",
    };

    /// <summary>Where a suffixed deed verb stands before <paramref name="group"/>, past at most three fillers, or null.</summary>
    private static int? SuffixedVerbBefore(ClaimSentence sentence, SourceFinder.Mention group)
    {
        var words = sentence.Words;
        var k = group.First - 1;
        while (k >= 0 && group.First - k <= 3 && SuffixedAgentFillers.Contains(words[k].Text))
            k--;
        return k >= 0 && SuffixedDeedVerbs.Contains(words[k].Text) ? k : null;
    }
}
