namespace Sahel.Diff.Claims;

/// <summary>
/// Session 11, round 20: whose deed a sentence tells. A count referred back to the attackers ("killed seven of them", "five
/// others", "٢٤ عنصرا من جبهة …") is a force's operation; the group whose men were counted is no doer of the next verb; a force's
/// operation in the clause after a group's claim ("…, while the army said its troops killed…") is its claim; a restriction
/// ("n'a revendiqué qu'une") affirms a claim; a group saying it holds the hostages claims them; the doers' identity joined by
/// "and" and a force's weapon owned name whom others blame.
/// </summary>
internal static partial class ResponsibilityFinder
{
    /// <summary>Words after a count that refer it back to the men named last before it: "of them", "d'entre eux", "منهم".</summary>
    private static readonly HashSet<string> OfThem = new(StringComparer.Ordinal) { "them", "eux", "منهم" };

    /// <summary>Words after a count that add it to the count before: "five others", "cinq autres", "خمسة آخرين".</summary>
    private static readonly HashSet<string> OthersWords = new(StringComparer.Ordinal) { "others", "autres", "اخرين", "اخرون" };

    /// <summary>
    /// The tolls of a sentence as responsibility reads them: a count of people (or of no one named) that refers back to the enemy named last before
    /// it ("pursued the attackers and killed seven of them", "mis en fuite les assaillants, en tuant une soixantaine d'entre
    /// eux"), that adds to a count of attackers ("أسرت سبعة مقاتلين … وقتلت خمسة آخرين", "captured seven fighters and killed five
    /// others"), or, told by no group, that names their group after it ("أسرت ٢٤ عنصرا من جبهة …", "captured 24 members of FACT")
    /// counts attackers.
    /// The tolls themselves are not changed: only whose deed they are.
    /// </summary>
    private static List<TollFinder.Found> WithBackReferredAttackers(IReadOnlyList<ClaimWord> words, List<SourceFinder.Mention> mentions, List<TollFinder.Found> tolls, bool groupSpeaks)
    {
        if (!tolls.Exists(t => t.Victims is null or "people"))
            return tolls;
        bool After(TollFinder.Found toll, HashSet<string> set) =>
            Enumerable.Range(toll.First, Math.Min(5, words.Count - toll.First)).Any(k => set.Contains(words[k].Text) || words[k].Readings.Any(set.Contains));
        string? LastNamedBefore(int at)
        {
            for (var k = at - 1; k >= 0; k--)
                if (ClaimVocabulary.VictimWords.TryGetValue(words[k].Text, out var who))
                    return who;
            return null;
        }
        var read = new List<TollFinder.Found>(tolls.Count);
        foreach (var toll in tolls)
        {
            var attackers = toll.Victims is null or "people" && (
                After(toll, OfThem) && LastNamedBefore(toll.First) == "attackers"
                || After(toll, OthersWords) && read.LastOrDefault(t => t.Last < toll.First)?.Victims == "attackers"
                // Session 12, round 24: a partitive naming the attackers right after the count ("تدخل وقتل عنصرين من المهاجمين",
                // "killed two of the attackers", "abattu deux des assaillants")
                || PartitiveOfAttackers(words, toll)
                // (a force's count, not a group's: a group's count of its rival's men is read by the group's own claim)
                || !groupSpeaks && mentions.Exists(m => m is { Kind: SourceKind.ArmedGroup, Name: not null } && m.First > toll.Last && m.First - toll.Last <= 3
                    && Enumerable.Range(toll.Last + 1, m.First - toll.Last - 1).Any(k => words[k].Text is "من" or "of" or "de" or "du" or "des")));
            read.Add(attackers ? toll with { Victims = "attackers" } : toll);
        }
        return read;
    }

    /// <summary>Words of a partitive after a count: "من", "of", "des", "d'entre".</summary>
    private static readonly HashSet<string> Partitives = new(StringComparer.Ordinal) { "من", "of", "des", "d", "entre" };

    /// <summary>
    /// The count at <paramref name="toll"/> is followed, within two words, by a partitive and then, within two more (an article,
    /// "the", "d'entre les"), by the attackers' noun: "عنصرين من المهاجمين", "two of the attackers", "deux des assaillants".
    /// </summary>
    private static bool PartitiveOfAttackers(IReadOnlyList<ClaimWord> words, TollFinder.Found toll)
    {
        for (var k = toll.Last + 1; k < words.Count && k - toll.Last <= 2; k++)
        {
            if (!Partitives.Contains(words[k].Text))
                continue;
            for (var j = k + 1; j < words.Count && j - k <= 2; j++)
                if (ClaimVocabulary.VictimWords.TryGetValue(words[j].Text, out var who))
                    return who == "attackers";
            return false;
        }
        return false;
    }

    /// <summary>Strong French negations that a "que" after the verb does not undo: "n'a pas dit que", "n'a jamais revendiqué que".</summary>
    private static readonly HashSet<string> FullNegations = new(StringComparer.Ordinal) { "pas", "jamais", "plus", "aucun", "aucune", "personne", "rien", "ni" };

    /// <summary>
    /// The negation at <paramref name="negation"/> restricts the verb at <paramref name="cue"/> rather than denying it: the Arabic
    /// "لم … سوى / إلا" and the French "ne … que" ("لم تتبن الجماعة سوى هجوم واحد", "لم يتبن إلا", "n'a revendiqué qu'une des
    /// attaques"): the group did claim, what it claimed is limited. English says "claimed only one", with no negation.
    /// </summary>
    private static bool Restricted(IReadOnlyList<ClaimWord> words, int negation, int cue)
    {
        var end = Math.Min(words.Count - 1, cue + 3);
        if (words[negation].Text is "لم" or "ولم" or "لا" or "ولا")
            return Enumerable.Range(cue + 1, Math.Max(0, end - cue)).Any(k => words[k].Text is "سوي" or "سوى" or "الا");
        // "ne … que" right after the verb ("n'a revendiqué qu'une", "que deux"); a "que" past the object is a relative ("n'a
        // revendiqué l'attaque, que Niamey attribue …"), and "aucun", "pas", "jamais" near the verb deny whatever follows
        if (words[negation].Text is not ("n" or "ne") || cue + 1 >= words.Count || words[cue + 1].Text is not ("qu" or "que"))
            return false;
        return !Enumerable.Range(Math.Max(0, negation - 3), cue - Math.Max(0, negation - 3)).Any(k => FullNegations.Contains(words[k].Text));
    }

    /// <summary>
    /// A group named as whose men were counted right before it: "سبعة مقاتلين من تنظيم الدولة", "seven fighters of ISWAP",
    /// "24 éléments du FACT" (a number, the men, "of", the group). The group is the count's complement, not a subject.
    /// </summary>
    private static bool CountedMenOf(ClaimSentence sentence, SourceFinder.Mention group)
    {
        var words = sentence.Words;
        var k = group.First - 1;
        if (k < 2 || !(Complements.Contains(words[k].Text) || words[k].Text is "des" or "du")
            || !(ClaimVocabulary.VictimWords.ContainsKey(words[k - 1].Text) || CountedMen.Contains(words[k - 1].Text)))
            return false;
        // a number in digits, a count word, or a number in words ("سبعة", "seven"), read only once the rest matched
        return words[k - 2].Number is not null || Counts.Contains(words[k - 2].Text) || NumberPhrases.Find(sentence).Exists(n => n.Last == k - 2);
    }

    /// <summary>
    /// The word before a membership cue is "and" joining it to a verb whose subject is the doers: "the gunmen spoke Fulfulde and
    /// belonged to JNIM", "les assaillants parlaient peul et appartenaient à l'EIGS", "المسلحين يتحدثون الفولانية وينتمون إلى": the
    /// doers' noun within four words before the "and", in the same clause (no comma between).
    /// </summary>
    private static bool DoersOfTheJoinedVerb(ClaimSentence sentence, int and)
    {
        var words = sentence.Words;
        if (and < 1 || words[and].Text is not ("and" or "et"))
            return false;
        for (var k = and - 1; k >= 0 && and - k <= 4; k--)
        {
            if (sentence.Between(k, k + 1).IndexOfAny([',', ';', ':', '،']) >= 0)
                return false;
            if (NamesTheDoers(words, k, false))
                return true;
        }
        return false;
    }

    /// <summary>
    /// A force's weapons, whose owner a membership cue names: "the drone belonged to the Nigerien armed forces", "le drone
    /// appartenait à l'armée", "طائرة مسيّرة تابعة للجيش". Told by residents or a rights group, a blame of that force; told by a
    /// force, a government or a group, its own account (not read so).
    /// </summary>
    private static readonly HashSet<string> ForceInstruments = new(StringComparer.Ordinal)
    {
        "drone", "drones", "aircraft", "plane", "planes", "helicopter", "helicopters", "jet", "jets", "gunship",
        "avion", "avions", "helicoptere", "helicopteres", "appareil", "appareils", "aeronef", "aeronefs",
        "مسيره", "المسيره", "مسيرات", "المسيرات", "طائره", "الطائره", "طائرات", "الطائرات", "مروحيه", "المروحيه",
    };

    /// <summary>
    /// A force's own operation told after a group's claim, in a clause of its own ("ISWAP claimed the attack, while the Nigerian
    /// army said its troops had killed 12 terrorists", "Le JNIM a revendiqué l'attaque, tandis que l'armée affirme que ses unités
    /// ont neutralisé…", "…، بينما قال الجيش إن قواته صدت الهجوم وقتلت…"): read as if the clause were a sentence, with only the
    /// speakers and the figures after the opener.
    /// </summary>
    private static SourceFinder.Mention? ForceAfterAClaim(ClaimSentence sentence, List<TollFinder.Found> tolls, List<SourceFinder.Mention> mentions, List<SourceFinder.Found> attributions, string? storyArmy)
    {
        var words = sentence.Words;
        var opener = Enumerable.Range(1, Math.Max(0, words.Count - 1)).FirstOrDefault(k => ContrastWords.Contains(words[k].Text) && sentence.CommaBefore(k), -1);
        if (opener < 0)
            return null;
        var after = attributions.Where(a => a.First > opener).ToList();
        if (!after.Exists(a => a.Attribution.Kind is SourceKind.Army or SourceKind.Government))
            return null;
        return ForceOfItsOwnOperation(words, tolls.Where(t => t.First > opener).ToList(), mentions.Where(m => m.First > opener).ToList(), after, opener, storyArmy);
    }

    /// <summary>Holding the hostages, said by the group of itself: "it is holding", "il détient", "détenir", "إنها تحتجز".</summary>
    private static readonly PhraseVocabulary<bool> HoldingCues = ClaimVocabulary.Set(
        "is holding", "was holding", "are holding", "holds", "detient", "detenait", "detenir", "تحتجزهم", "تحتجز", "يحتجز", "يحتجزهم");

    /// <summary>
    /// The length of a deed the speaker tells of itself at <paramref name="i"/>, else 0: a result cue or holding the hostages right
    /// after a speaking pronoun ("said it carried out", "said it is holding them", "إنها تحتجزهم"), or holding them as the
    /// infinitive after the verb of saying ("affirme détenir", "n'a dit détenir"). Not another's deed told ("the army is holding").
    /// </summary>
    private static int SaidDeedLength(IReadOnlyList<ClaimWord> words, int i)
    {
        if (i == 0)
            return 0;
        if (SpeakerPronouns.Contains(words[i - 1].Text) && (PhraseMatch.At(words, i, ResultCues)?.Length ?? HoldingLength(words, i)) is > 0 and var deed)
            return deed;
        return SpeechVerbs.Contains(words[i - 1].Text) ? HoldingLength(words, i) : 0;
    }

    /// <summary>
    /// The length of holding people at <paramref name="i"/>, else 0. Not holding someone to account ("the group it holds
    /// responsible", "qu'il détient … responsable"): that names whom the speaker blames, not hostages it keeps.
    /// </summary>
    private static int HoldingLength(IReadOnlyList<ClaimWord> words, int i) =>
        PhraseMatch.At(words, i, HoldingCues) is { } held && !(i + held.Length < words.Count && AccountWords.Contains(words[i + held.Length].Text)) ? held.Length : 0;

    private static readonly HashSet<string> AccountWords = new(StringComparer.Ordinal)
    {
        "responsible", "accountable", "liable", "responsable", "responsables", "مسؤولا", "مسؤوله", "مسؤوليه", "المسؤوليه",
    };

    /// <summary>A group's men after a count, in the accusative or the singular Arabic puts after numbers: "١٢ عنصرا", "24 members".</summary>
    private static readonly HashSet<string> CountedMen = new(StringComparer.Ordinal) { "عنصرا", "عنصر", "مقاتلا", "members", "membres", "elements" };
}
