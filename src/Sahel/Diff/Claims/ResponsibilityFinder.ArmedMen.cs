namespace Sahel.Diff.Claims;

/// <summary>
/// Session 15, round 30: a force's own operation against men the toll does not call attackers ("its units had captured five
/// armed men", "a detachment captured one terrorist and killed another", "ses unités ont abattu trois individus", "وحداته
/// أسرت خمسة رجال"). Four mainstream writers label these the force's claim (the README: the force, the doer of the verb of
/// the figure, claims its operation); the victims' noun is read "people", so the attackers-only reading missed them. Read
/// only where the force's own verb governs the figure right away and nothing between the force and that verb can be
/// another subject (the attackers' noun, a relative, a clause of time): "its troops arrived after gunmen killed 12 people"
/// stays no claim.
/// </summary>
internal static partial class ResponsibilityFinder
{
    /// <summary>Words that open another clause between the force and the verb, whose subject may be someone else.</summary>
    private static readonly HashSet<string> OtherSubjectOpeners = new(StringComparer.Ordinal)
    {
        "that", "which", "who", "after", "when", "as", "while", "before", "where",
        "qui", "que", "qu", "apres", "lorsque", "quand", "alors", "avant", "tandis", "ou", "dont",
        "الذي", "التي", "الذين", "بعد", "عندما", "حين", "بعدما", "قبل", "بينما", "فيما", "حيث",
    };

    /// <summary>Toll words that are nouns, not the force's verb (folded): "losses", "deaths", "mort", "مقتل".</summary>
    private static readonly HashSet<string> TollNouns = new(StringComparer.Ordinal)
    {
        "losses", "loss", "death", "deaths", "dead", "killing", "killings", "casualties", "toll",
        "pertes", "perte", "mort", "morts", "deces", "bilan", "victimes", "enlevement", "enlevements",
        "مقتل", "ومقتل", "مصرع", "ومصرع", "وفاه", "اصابه", "واصابه", "اختطاف", "واختطاف", "خسائر",
    };

    /// <summary>Between the verb and the figure: "about", "some", "at least" (the figure's own words are in the toll).</summary>
    private const int VerbToFigure = 2;

    /// <summary>
    /// The toll counts men the force took or killed as the doer: attackers, or men of no named kind (not soldiers, not
    /// civilians) right after the force's own verb of killing or capturing, with no other subject between the force and it.
    /// </summary>
    private static bool CountsTheForcesEnemy(IReadOnlyList<ClaimWord> words, TollFinder.Found toll, SourceFinder.Mention force)
    {
        if (toll.Victims == "attackers")
            return true;
        if (toll.Victims is not (null or "people"))
            return false;
        // the verb opens the toll ("captured five armed men") or stands just before it; a toll that opens on its figure
        // ("five men were killed") has its verb after, and is no deed of the force
        for (var k = toll.First; k > force.Last && toll.First - k <= VerbToFigure + 1; k--)
        {
            if (PhraseMatch.At(words, k, ClaimVocabulary.TollWords) is not { Value: TollKind.Killed or TollKind.Kidnapped } verb
                || k + verb.Length > toll.Last)
                continue;
            // its own losses ("lost five of its men", "a perdu trois hommes", "فقد خمسة من عناصره") are no deed done to the enemy;
            // nor a noun of the toll ("put its losses at two dead", "أعلن الجيش مقتل خمسة أشخاص"): a figure reported, not a deed
            if (LossVerbs.Contains(words[k].Text) || OwnMenLost(words, toll) || TollNouns.Contains(words[k].Text)
                || k > 0 && (Possessives.Contains(words[k - 1].Text) || ClaimVocabulary.Articles.Contains(words[k - 1].Text)))
                return false;
            var gap = Enumerable.Range(force.Last + 1, Math.Max(0, k - force.Last - 1)).ToList();
            // "that", "que" after a verb of saying opens what the force says ("affirme que ses soldats ont abattu"), not another clause
            return !gap.Exists(j => OtherSubjectOpeners.Contains(words[j].Text) && !(ThatWords.Contains(words[j].Text) && OwnDeedSayings.Contains(words[j - 1].Text))
                    || ClaimVocabulary.VictimWords.TryGetValue(words[j].Text, out var who) && who != "soldiers")
                // the force the subject of the verb: between them only what says it, its own men and auxiliaries, and two words more
                // ("said on Saturday its units had captured"); a force named far before, as a target or a place, is no subject
                && gap.Count(j => !(Auxiliaries.Contains(words[j].Text) || ThatWords.Contains(words[j].Text) || OwnDeedSayings.Contains(words[j].Text)
                    || Possessives.Contains(words[j].Text) || ClaimVocabulary.VictimWords.TryGetValue(words[j].Text, out var own) && own == "soldiers")) <= 2;
        }
        return false;
    }
}
