namespace Sahel.Diff.Claims;

/// <summary>
/// A medium that carries the words rather than speaks them: the one told ("a déclaré à l'AFP", "told Radio Omega"), the one
/// spoken on ("à la télévision", "on state television", an opening "على قناة محلية،"), the one that reached the speaker
/// ("joint par", "interviewed by"), a channel or relay of a statement ("relayed by", "via", "عبر", "carried by").
/// </summary>
internal sealed partial class SourceFinder
{
    /// <summary>Participles of a relay before "by"/"par": "relayed by", "translated by", "relayée par".</summary>
    private static readonly HashSet<string> RelayParticiples = new(StringComparer.Ordinal)
    {
        "relayed", "translated", "tracked", "circulated", "relaye", "relayee", "relayes", "relayees", "traduit", "traduite", "traduits",
    };

    /// <summary>Whether a relay's participle and "by"/"par" stand within the three words before <paramref name="at"/> ("relayed by a monitoring group").</summary>
    private static bool RelayedMonitor(IReadOnlyList<ClaimWord> words, int at)
    {
        for (var k = at - 1; k >= Math.Max(1, at - 3); k--)
            if (words[k].Text is "by" or "par" && RelayParticiples.Contains(words[k - 1].Text))
                return true;
        return false;
    }

    /// <summary>Before a medium, words that make it the one told, not the one telling: "a déclaré à l'AFP un responsable".</summary>
    private static readonly HashSet<string> ToWords = new(StringComparer.Ordinal) { "a", "to", "told", "tell", "tells", "aupres" };

    /// <summary>Words that put a medium as the place of speaking: "on", "sur", "على"; "émission", "programme", "show", "برنامج".</summary>
    private static readonly HashSet<string> ChannelPlaces = new(StringComparer.Ordinal) { "on", "sur", "على", "علي", "emission", "programme", "program", "show", "برنامج" };

    /// <summary>
    /// Whether the medium <paramref name="m"/> closes an opening adverbial that places the speaking on it ("على قناة محلية،",
    /// "Lors de l'émission de Radio X,"): a word of place within three words before it, a comma right after it, and a verb of
    /// telling within eight words past the comma.
    /// </summary>
    private static bool ChannelOpening(ClaimSentence sentence, Mention m)
    {
        var words = sentence.Words;
        // the medium's name or adjective may follow its head ("Radio Kledu,", "قناة محلية،"): the comma within two words
        var comma = Enumerable.Range(m.Last + 1, Math.Max(0, Math.Min(3, words.Count - m.Last - 1))).FirstOrDefault(sentence.CommaBefore, -1);
        if (comma < 0 || Enumerable.Range(m.Last + 1, comma - m.Last - 1).Any(j => words[j].Number is not null || PhraseMatch.At(words, j, SourceVocabulary.Verbs) is not null))
            return false;
        var placed = Enumerable.Range(Math.Max(0, m.First - 3), Math.Min(3, m.First)).Any(j => ChannelPlaces.Contains(words[j].Text))
            || ArabicScript.Starts(words[m.First].Text) && m.First > 0 && words[m.First - 1].Text is "على" or "علي";
        return placed && Enumerable.Range(comma, Math.Min(8, words.Count - comma)).Any(j => PhraseMatch.At(words, j, SourceVocabulary.Verbs) is not null);
    }

    /// <summary>Words between "on"/"à" and the medium spoken on: "on state television", "à la radio nationale".</summary>
    private static readonly HashSet<string> ChannelModifiers = new(StringComparer.Ordinal) { "la", "le", "l", "the", "state", "national", "public", "local", "sa", "son", "its", "his", "her", "their" };

    /// <summary>Whether the name at <paramref name="first"/> is told by the verb before it: "indiqué à (la) X", "déclaré au X", "said to the X".</summary>
    private static bool Told(IReadOnlyList<ClaimWord> words, int first)
    {
        var k = first - 1;
        if (k >= 0 && words[k].Text is "l" or "la" or "le" or "les" or "the")
            k--;
        return k >= 1 && words[k].Text is "a" or "au" or "aux" or "to" && PhraseMatch.At(words, k - 1, SourceVocabulary.Verbs) is { Length: 1 };
    }

    /// <summary>
    /// Session 12, round 23: the English object of "told"/"tells" ("the chairwoman told Radio Omega", "he tells the BBC") is always
    /// the one told, never the speaker, even when the speaker is a phrase the vocabulary does not know.
    /// </summary>
    private static bool ToldDirectly(IReadOnlyList<ClaimWord> words, int medium)
    {
        var k = medium - 1;
        if (k >= 0 && words[k].Text is "the")
            k--;
        return k >= 0 && words[k].Text is "told" or "tells" or "tell";
    }

    /// <summary>"à la télévision", "on state television", "sur les ondes de la radio": a medium where someone speaks.</summary>
    private static bool SpokenOn(IReadOnlyList<ClaimWord> words, int medium)
    {
        var k = medium - 1;
        var skipped = 0;
        while (k >= 0 && skipped < 2 && ChannelModifiers.Contains(words[k].Text))
            (k, skipped) = (k - 1, skipped + 1);
        if (k >= 3 && words[k].Text is "de" or "des" && words[k - 1].Text == "ondes" && words[k - 2].Text == "les")
            k -= 3;
        // French "à" is "a" once normalised: only before a French article, not English "a local radio".
        return skipped > 0 && k >= 0 && (words[k].Text is "on" or "sur" || words[k].Text == "a" && words[k + 1].Text is "la" or "le" or "l" or "sa" or "son");
    }

    /// <summary>Where "by"/"par" stands before the name at <paramref name="first"/> (past an article) after a word of reaching ("interviewed by", "joints par des"), else -1.</summary>
    private static int ReachedBy(IReadOnlyList<ClaimWord> words, int first)
    {
        var k = first - 1;
        if (k > 0 && words[k].Text is "des" or "les" or "le" or "la" or "l" or "the" or "un" or "une" or "a")
            k--;
        return k > 0 && words[k].Text is "par" or "by" && ReachedWords.Contains(words[k - 1].Text) ? k : -1;
    }

    private static readonly HashSet<string> ReachedWords = new(StringComparer.Ordinal) { "joint", "jointe", "joints", "jointes", "contacte", "contactee", "contactes", "reached", "contacted", "interviewed", "interroge", "interrogee", "interroges", "interrogees", "contactees", "questioned", "sollicite", "sollicites" };

    /// <summary>Words before a medium that make it the channel of a statement: "نشرته", "relayed by", "via", "عبر".</summary>
    private static readonly HashSet<string> ChannelWords = new(StringComparer.Ordinal)
    {
        "نشرته", "نشرتها", "بثته", "بثتها", "نشره", "بثه", "عبر", "via", "through", "relayed", "relayee", "relaye", "relayes", "diffuse", "diffusee", "posted",
        // session 8: "carried by Amaq", "repris par l'agence" (not the Arabic "نقلته", which also relays from someone: "وفق ما نقلته
        // إذاعة محلية عن وجهاء القرية" is the notables')
        "carried", "reprise", "repris",
    };
}
