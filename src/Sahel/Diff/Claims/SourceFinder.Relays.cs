namespace Sahel.Diff.Claims;

/// <summary>
/// How a source is relayed rather than heard: the Arabic verbs of relaying ("نقلت الإذاعة عن …", "نقلت وكالة … أن"), a
/// monitor that relays a group's own claim ("translated by SITE"), and who reads a statement out ("lu par", "read out by",
/// "تلاه"). Which of them speaks decides the attribution.
/// </summary>
internal sealed partial class SourceFinder
{
    /// <summary>Arabic verbs of relaying: "نقلت الإذاعة عن أحد السكان قوله", "تنقل الصحيفة عن الجيش".</summary>
    private static readonly HashSet<string> RelayVerbs = new(StringComparer.Ordinal) { "نقل", "نقلت", "ينقل", "تنقل", "نقلوا", "ينقلون" };

    /// <summary>
    /// session 11, round 20: the subject right after an Arabic verb of relaying that goes on with "أن" (past a time or a place,
    /// within five words, no "عن" between): "نقلت وكالة أعماق التابعة لتنظيم الدولة، مساء الإثنين، أن": the relayer tells it. Not
    /// "نقلت الإذاعة عن شهود" (the witnesses speak: <see cref="RelayedFrom"/>), nor "نُقل الجرحى إلى المستشفى" (carried: no "أن").
    /// </summary>
    private static Mention? RelaysThat(ClaimSentence sentence, List<Mention> mentions, HashSet<Mention> used, int at)
    {
        var words = sentence.Words;
        // read for every word that is no other cue: Latin script costs one test, no delegate
        if (!ArabicScript.Starts(words[at].Text))
            return null;
        var relays = false;
        foreach (var reading in words[at].Readings)
            relays |= RelayVerbs.Contains(reading);
        if (!relays)
            return null;
        if (Nearest(mentions, used, at + 1, at + 1, after: true) is not { } subject || OfVictims(sentence, subject))
            return null;
        for (var k = subject.Last + 1; k < words.Count && k <= subject.Last + 5; k++)
        {
            if (words[k].Text == "عن")
                return null;
            if (words[k].Text is "ان" or "بان")
                return subject;
        }
        return null;
    }

    /// <summary>Participles of reading a statement out: "lu par", "lue par", "read by", "read out by", "تلاه", "تلته".</summary>
    private static readonly HashSet<string> ReadOutWords = new(StringComparer.Ordinal) { "lu", "lue", "read", "تلاه", "تلته", "قراه", "قراته" };

    /// <summary>
    /// session 11, round 20: who reads out the statement named at <paramref name="from"/>: "lu … par X", "read out by X", "تلاه X":
    /// the participle within two words of the statement, no comma before it, "par"/"by" within ten words after it and no comma
    /// between; X is a source right after "par"/"by" (or the Arabic verb), else null.
    /// </summary>
    private static Mention? ReadOutBy(ClaimSentence sentence, List<Mention> mentions, HashSet<Mention> used, int from)
    {
        var words = sentence.Words;
        for (var k = from; k < words.Count && k <= from + 2; k++)
        {
            if (!ReadOutWords.Contains(words[k].Text) || CommaBetween(sentence, from - 1, k))
                continue;
            if (ArabicScript.Starts(words[k].Text))
                return Nearest(mentions, used, k + 1, k + 1, after: true);
            for (var j = k + 1; j < words.Count && j <= k + 10; j++)
                if (words[j].Text is "par" or "by")
                    return CommaBetween(sentence, k, j) ? null : Nearest(mentions, used, j + 1, j + 2, after: true);
        }
        return null;
    }

    /// <summary>
    /// How many words "نقلت [الإذاعة] عن" spans at <paramref name="at"/> (a verb of relaying and "عن" within three words after it,
    /// the medium between), else 0: the one it relays from, after "عن", speaks.
    /// </summary>
    private static int RelayedFrom(IReadOnlyList<ClaimWord> words, int at)
    {
        // read for every word: Latin script costs one test, no delegate
        if (!ArabicScript.Starts(words[at].Text))
            return 0;
        var relays = false;
        foreach (var reading in words[at].Readings)
            relays |= RelayVerbs.Contains(reading);
        if (!relays)
            return 0;
        for (var k = at + 1; k < words.Count && k <= at + 4; k++)
            if (words[k].Text == "عن")
                return k - at + 1;
        return 0;
    }

    /// <summary>Words of a monitor that relays a group's claims: "translated by", "tracks jihadist communications", "SITE", "سايت", "ترصد".</summary>
    private static readonly HashSet<string> MonitorWords = new(StringComparer.Ordinal)
    {
        "translated", "traduit", "traduite", "tracks", "monitors", "monitoring", "monitor", "site", "surveille", "سايت", "ترصد", "يرصد", "لرصد", "المترجم", "ترجمه",
    };

    /// <summary>A monitor's relay within the six words after a preposition ("a claim translated by", "a group that tracks").</summary>
    private static bool MonitorRelay(IReadOnlyList<ClaimWord> words, int at) =>
        Enumerable.Range(at, Math.Max(0, Math.Min(6, words.Count - at))).Any(k => MonitorWords.Contains(words[k].Text) && (words[k].Text != "site" || words[k].Upper));
    /// <summary>Participles of giving a figure whose agent follows "par"/"by" ("annoncés par", "given by"): as the Prepositions' phrases.</summary>
    private static readonly HashSet<string> AgentParticiples = new(StringComparer.Ordinal)
    {
        "annonce", "annonces", "annoncee", "annoncees", "avance", "avances", "donne", "donnes", "fourni", "fournis", "announced", "released", "given", "reported",
    };

    /// <summary>Words of time that may stand between the participle and its agent: "annoncés lundi par", "given earlier by".</summary>
    private static readonly HashSet<string> AgentTimes = new(StringComparer.Ordinal)
    {
        "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche", "hier", "initialement", "auparavant", "plus", "tot", "la", "veille",
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "yesterday", "earlier", "initially", "first", "previously",
    };

    /// <summary>
    /// Session 12, round 24: how many words a passive's agent phrase spans at <paramref name="at"/> when a word of time stands
    /// between the participle and "par"/"by" ("contre 31 annoncés lundi par des responsables locaux", "the 40 given earlier by the
    /// governor"), else 0: the agent after it gave the figure, as with "annoncés par".
    /// </summary>
    private static int AgentPastTime(IReadOnlyList<ClaimWord> words, int at)
    {
        if (!AgentParticiples.Contains(words[at].Text))
            return 0;
        for (var k = at + 1; k < words.Count && k <= at + 3; k++)
            if (words[k].Text is "par" or "by")
                return k > at + 1 ? k - at + 1 : 0;
            else if (!AgentTimes.Contains(words[k].Text))
                return 0;
        return 0;
    }
}
