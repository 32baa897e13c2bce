namespace Sahel.Diff.Claims;

/// <summary>
/// Session 19, round 43: the outlet COUNTING OR SEEING for itself, in its own first person, is the outlet's count (the README's
/// row "the outlet's own explicit count, its correspondent … `media`"): "Nous avons compté cinq prisonniers sur les images",
/// "Nous ne pouvons compter qu'une dizaine de corps", "We counted 14 bodies", "Our review of the footage shows at least three
/// bodies", "أحصينا ١٢ جثة", "وشاهدنا". The reading knew the correspondent as such a subject ("notre correspondant a compté"),
/// not the desk's "we", whose count then took the source named before (the army it checks, a hospital).
/// </summary>
/// <remarks>Not inside a quotation (a witness's "we counted" is the witness's) nor after a speaker's label, and "nous" only as the subject: with its own
/// auxiliary or modal ("nous avons", "nous ne pouvons"), never the object of another's verb ("un habitant nous a dit").</remarks>
internal sealed partial class SourceFinder
{
    /// <summary>Verbs of counting and seeing with their own figures: "compté", "counted", "saw", "identified", "observé".</summary>
    private static readonly HashSet<string> CountingVerbs = new(StringComparer.Ordinal)
    {
        "compte", "compter", "comptons", "denombre", "denombrer", "denombrons", "recense", "recenser", "vu", "voir", "voyons", "observe",
        "observer", "identifie", "identifier", "releve",
        "counted", "count", "tallied", "tally", "saw", "see", "seen", "observed", "identified", "spotted",
        "احصينا", "عددنا", "شاهدنا", "رصدنا", "راينا", "لاحظنا", "احصي", "نحصي", "نري", "عد",
    };

    /// <summary>What may stand between "nous"/"we" and the verb: auxiliaries, modals, negation ("nous n'avons pu compter").</summary>
    private static readonly HashSet<string> FirstPersonAuxiliaries = new(StringComparer.Ordinal)
    {
        "avons", "pouvons", "pu", "ne", "n", "que", "qu", "ont", "have", "had", "could", "can", "were", "able", "to", "only", "not", "also",
        "لم", "لا", "استطعنا", "تمكنا", "من", "ان",
    };

    /// <summary>Nouns of the desk's own review, after a first-person possessive: "our review", "notre analyse", "notre décompte".</summary>
    private static readonly HashSet<string> ReviewNouns = new(StringComparer.Ordinal)
    {
        "review", "analysis", "count", "tally", "examination", "analyse", "examen", "decompte", "comptage", "verification",
    };

    private static readonly HashSet<string> ShowingVerbs = new(StringComparer.Ordinal)
    {
        "shows", "showed", "show", "found", "finds", "counted", "montre", "montrent", "revele", "compte", "fait", "etat",
    };

    private static readonly HashSet<string> DeskPossessives = new(StringComparer.Ordinal) { "our", "notre", "nos" };

    private static void OwnCounts(ClaimSentence sentence, List<Mention> mentions)
    {
        var words = sentence.Words;
        for (var i = 0; i < words.Count; i++)
        {
            // not in a quotation, nor after a colon: a speaker's label ("REPRÉSENTANT DE L'ONG : Nous avons compté") or a heading
            // gives the "we" to the one whose turn it is
            if (mentions.Exists(m => m.First <= i && i <= m.Last) || InsideQuotation(sentence.Text.AsSpan(0, words[i].Start))
                || sentence.Text.AsSpan(0, words[i].Start).IndexOf(':') >= 0)
                continue;
            var last = -1;
            if (words[i].Text is "nous" or "we" && (i == 0 || !(words[i - 1].Text is "a" or "ont" or "told" or "for" or "to" or "with" or "pour" or "avec")))
            {
                // the verb within three words, past auxiliaries only
                for (var k = i + 1; k < Math.Min(words.Count, i + 5); k++)
                    if (CountingVerbs.Contains(words[k].Text))
                    {
                        last = k;
                        break;
                    }
                    else if (!FirstPersonAuxiliaries.Contains(words[k].Text))
                        break;
            }
            else if (DeskPossessives.Contains(words[i].Text) && i + 1 < words.Count && ReviewNouns.Contains(words[i + 1].Text))
            {
                // "our review of footage from the site shows", "notre décompte fait état de": the showing verb within seven words
                last = Enumerable.Range(i + 2, Math.Max(0, Math.Min(7, words.Count - i - 2))).FirstOrDefault(k => ShowingVerbs.Contains(words[k].Text), -1);
                if (last >= 0 && Enumerable.Range(i + 2, last - i - 2).Any(k => words[k].Number is not null || mentions.Exists(m => m.First == k && m.Kind is not (SourceKind.Unattributed or SourceKind.Media))))
                    last = -1;
            }
            else if (ArabicScript.Starts(words[i].Text) && words[i].Readings.Any(r => r.EndsWith("نا", StringComparison.Ordinal) && CountingVerbs.Contains(r)))
                last = i;
            if (last < 0)
                continue;
            mentions.Add(new Mention(SourceKind.Media, null, i, last, true));
            i = last;
        }
        // a medium named as the subject of a verb of counting counts for itself ("HumAngle counted at least four bodies", "le
        // journal a dénombré"): it speaks on its own, as its correspondent does
        for (var k = 0; k < mentions.Count; k++)
            if (mentions[k] is { Kind: SourceKind.Media, Self: false } medium && medium.Last + 1 < words.Count
                && (CountingVerbs.Contains(words[medium.Last + 1].Text) && words[medium.Last + 1].Text is not ("count" or "see" or "voir" or "compter")
                    || medium.Last + 2 < words.Count && words[medium.Last + 1].Text is "a" or "ont" or "has" or "have" && CountingVerbs.Contains(words[medium.Last + 2].Text)))
                mentions[k] = medium with { Self = true };
        mentions.Sort((a, b) => a.First.CompareTo(b.First));
    }
}
