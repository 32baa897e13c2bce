using Sahel.Model;
using Sahel.Normalize;

namespace Sahel.Diff.Claims;

/// <summary>
/// Steps of <c>Mentions</c> that remove what is no source: a dateline, and the media and officials who are told, reach or
/// quote the speakers.
/// </summary>
internal sealed partial class SourceFinder
{
    /// <summary>
    /// Removes a dateline's capital, and the agency in its brackets, from the sources: they say where and by whom the story was filed.
    /// </summary>
    private static void WithoutDateline(ClaimSentence sentence, List<Mention> mentions)
    {
        var words = sentence.Words;
        // A dateline names where the story was filed, not who speaks: "BAMAKO, March 9 (Trans-Niger Wire) —", "Niamey – Le
        // ministère…", "باماكو – تبنّت الجماعة…", "الفاشر (النيلين الغربية) –": a capital that opens the text before a dash or a
        // bracket, or in capitals before a comma.
        // (session 15, round 31: also the second city of a dateline of two, "الخرطوم/إنجامينا -")
        // The agency in the dateline's brackets files the story; it is not the source either ("نيامي (وكالة أنباء الصحراء) -").
        if (mentions.Find(m => m is { Kind: SourceKind.Government, Name: null } && (m.First == 0 || SecondDatelineCity(sentence, m)) && m.Last + 1 < words.Count
            && (sentence.Between(m.Last, m.Last + 1) is var after && (after.IndexOfAny("–—(") >= 0 || after.Contains(" - ", StringComparison.Ordinal))
                || words[m.First].Upper && sentence.Between(m.Last, m.Last + 1).Contains(','))) is { } dateline)
        {
            var filed = sentence.Text.IndexOf(')', words[dateline.Last].End) is var close and >= 0 && close - words[dateline.Last].End <= 60
                && sentence.Text.AsSpan(words[dateline.Last].End, close - words[dateline.Last].End).Contains('(') ? close : -1;
            mentions.RemoveAll(m => m == dateline || m.Kind == SourceKind.Media && words[m.First].Start < filed);
        }
    }

    /// <summary>
    /// Removes the media and officials who are told, reach or quote the speakers (a transcript's label, "told Reuters", "reached by our reporter").
    /// </summary>
    private static void WithoutTellers(ClaimSentence sentence, List<Mention> mentions)
    {
        var words = sentence.Words;
        // session 9: a transcript's speaker label ("المراسل: نعم، أكد لنا مسؤول في المستشفى…", "CORRESPONDENT: …", "Le
        // correspondant : …") names whose turn it is, not a source: the turn tells who said what.
        mentions.RemoveAll(m => m is { Kind: SourceKind.Media, Name: null, First: 0 } && m.Last + 1 < words.Count && sentence.Between(m.Last, m.Last + 1).Contains(':'));
        // "Joint par notre correspondant, un commerçant raconte", "reached by our reporter": the medium reached the one who speaks.
        mentions.RemoveAll(m => m.Kind == SourceKind.Media && m.Name is null && m.First > 1 && words[m.First - 1].Text is "par" or "by" or "notre" or "our"
            && Enumerable.Range(Math.Max(0, m.First - 3), Math.Min(3, m.First)).Any(k => ReachedWords.Contains(words[k].Text)));
        // "Survivors interviewed by aid workers describe", "des rescapés joints par des humanitaires": who reached the speakers is
        // not the speaker, whatever its kind, when the speakers are named before it (session 12, round 24: a medium too, past its
        // article: "Des proches des victimes interrogés par l'AFP évoquent", "relatives interviewed by the BBC").
        mentions.RemoveAll(m => m.Kind is not SourceKind.Unattributed && ReachedBy(words, m.First) is var by and > 0
            && (mentions.Any(o => o != m && o.Kind != SourceKind.Unattributed && o.Last < by - 1 && by - o.Last <= (m.Kind == SourceKind.Media ? 5 : 3)) || PrivatePersonReached(words, by)));
        // session 12, round 24: the bare "sources" a named speaker's relative aside works from ("l'ONG X, qui recoupe plusieurs
        // sources, estime", "ACLED, which cross-checks several sources, puts", "المنظمة، التي تستند إلى عدة مصادر") are its method,
        // not a new speaker: the relative's antecedent speaks
        mentions.RemoveAll(m => m is { Kind: SourceKind.Unattributed, Name: null } && RelativeAsideOf(words, mentions, m.First));
        // "des témoins cités par notre correspondant", "quoted by Reuters": the source is the one quoted, not the medium.
        mentions.RemoveAll(m => m.Kind == SourceKind.Media && m.Name is null && m.First > 1
            && words[m.First - 1].Text is "par" or "by" or "notre" && mentions.Any(o => o != m && o.Kind != SourceKind.Media && o.Last < m.First && m.First - o.Last <= 5));
        // "a déclaré à l'AFP un responsable sécuritaire", "told Reuters", "a déclaré à l'Agence sahélienne de presse le
        // porte-parole": the medium told is not the source, also when its name runs over several words.
        // "Le ministre, à la télévision, affirme", "said on state television": the medium spoken on is a channel, not a source.
        mentions.RemoveAll(m => m.Kind == SourceKind.Media && m.Name is null && m.First > 0
            && (ToWords.Contains(words[m.First - 1].Text) || m.First > 1 && words[m.First - 1].Text is "l" && ToWords.Contains(words[m.First - 2].Text) || SpokenOn(words, m.First)
                || TellsAupres(words, m.First))
            && (mentions.Any(o => o != m && o.Kind != SourceKind.Media && Math.Abs(o.First - m.Last) <= 8 && !CapitalPlace(words, o)) || ToldDirectly(words, m.First)
                // session 15, round 32: however far the speaker, "dans un communiqué lu à la télévision nationale" is where his statement was read
                || Enumerable.Range(Math.Max(1, m.First - 7), Math.Min(7, m.First - 1)).Any(j => StatementAside(words, j) && sentence.CommaBefore(j))));
        // session 14, round 27: "Une source sécuritaire a fait état auprès de l'AFP d'un bilan", "a affirmé auprès de Reuters": the
        // medium after "auprès de" is told, as after "à" (above); the one a medium learnt from after "auprès de" is no medium
        // ("a appris l'AFP auprès d'un élu") and still speaks.
        // "a indiqué à Bamako Soir un élu de la commune", "a déclaré au gouverneur le chef de village", "said to the governor a
        // resident": whoever a speaking verb tells (named right after it and "à"/"au"/"to") is not who speaks when the speaker
        // follows, whatever kind of name the one told has (a capital's paper, an official).
        mentions.RemoveAll(m => m.Kind is not (SourceKind.Media or SourceKind.Unattributed) && Told(words, m.First)
            && mentions.Any(o => o != m && o.Kind is not (SourceKind.Media or SourceKind.Unattributed) && o.First > m.Last && o.First - m.Last <= 8));
        // "تحدث لوكالة أنباء الصحراء زعيم تقليدي", "قال لمراسلنا مصدر أمني": Arabic joins the medium told to "ل"; it is not the source.
        mentions.RemoveAll(m => m.Kind == SourceKind.Media && m.Name is null && words[m.First].Text.Length > 3 && words[m.First].Text[0] == 'ل' && ArabicScript.Starts(words[m.First].Text)
            && !words[m.First].Text.StartsWith("لدي", StringComparison.Ordinal)
            && mentions.Any(o => o != m && o.Kind != SourceKind.Media && Math.Abs(o.First - m.Last) <= 8));
    }

    /// <summary>Whether "auprès de", "auprès du", "auprès de l'" stands right before <paramref name="first"/>.</summary>
    private static bool TellsAupres(IReadOnlyList<ClaimWord> words, int first)
    {
        var k = first > 0 && words[first - 1].Text == "l" ? first - 1 : first;
        return k > 1 && words[k - 1].Text is "de" or "du" or "d" or "des" && words[k - 2].Text == "aupres";
    }
}
