namespace Sahel.Diff.Claims;

/// <summary>
/// A force's own operation, told again as a definite noun, said to have harmed civilians (<see cref="OperationBlame"/>):
/// the operation nouns, their determiners and modifiers, the harms, and the places of fighters or civilians it hit.
/// </summary>
internal static partial class ResponsibilityFinder
{
    /// <summary>Session 10, round 18: a force's own operation referred to again as a definite noun ("the strike", "la frappe", "الغارة").</summary>
    private static readonly HashSet<string> OperationNouns = new(StringComparer.Ordinal)
    {
        "strike", "strikes", "airstrike", "airstrikes", "raid", "raids", "bombing", "bombardment", "operation", "shelling",
        "frappe", "frappes", "bombardement", "bombardements", "raid", "operation", "pilonnage",
        "الغاره", "الغارات", "الضربه", "الضربات", "القصف", "العمليه",
    };

    /// <summary>Articles and demonstratives before that noun, and the noun's modifiers in between ("the air strike", "this drone strike").</summary>
    private static readonly HashSet<string> OperationDeterminers = new(StringComparer.Ordinal) { "the", "this", "that", "la", "le", "l", "les", "cette", "ce", "ces" };
    private static readonly HashSet<string> OperationModifiers = new(StringComparer.Ordinal) { "air", "drone", "aerial", "military", "army", "army s", "s" };

    /// <summary>What the operation did to whom it hit: "hit", "a touché", "أصابت", "خلفت قتلى", "killed".</summary>
    private static readonly HashSet<string> OperationHarms = new(StringComparer.Ordinal)
    {
        "hit", "struck", "killed", "targeted", "harmed", "left", "caused", "claimed",
        "touche", "tue", "vise", "fait", "coute", "cause", "atteint",
        "اصابت", "استهدفت", "خلفت", "اودت", "اسفرت", "قتلت", "طالت", "ادت",
    };

    /// <summary>Fighters' places as what the operation hit ("a militant camp", "un repaire", "وكر"), before any civilian word.</summary>
    private static readonly HashSet<string> AttackerPlaces = new(StringComparer.Ordinal)
    {
        "camp", "hideout", "base", "enclave", "militant", "militants", "terrorist", "terrorists", "jihadist", "jihadists", "fighters",
        "campement", "repaire", "base", "refuge", "terroristes", "jihadistes", "djihadistes", "combattants",
        "معسكر", "معسكرا", "وكر", "وكرا", "ملاذ", "ملاذا", "مخبا", "ارهابيين", "ارهابيا", "مسلحين",
    };

    /// <summary>Civilians by who they are (not where they were): shared with a state's denial of its forces' deeds (DeniedForces.cs).</summary>
    private static readonly HashSet<string> CivilianPersons = new(StringComparer.Ordinal)
    {
        "civilian", "civilians", "villagers", "farmers", "herders", "children", "women",
        "civil", "civils", "civiles", "villageois", "cultivateurs", "agriculteurs", "bergers", "enfants", "femmes",
        "مدني", "مدنيا", "مدنيين", "المدنيين", "مدنيون", "رعاه", "اطفال", "نساء",
    };

    /// <summary>Civilians or a civilian place as what the operation hit (after <see cref="CivilianPersons"/>: static fields of one file start in order).</summary>
    private static readonly HashSet<string> CivilianMarks = new(CivilianPersons.Concat(
    [
        "market", "wedding", "funeral", "school", "mosque", "gathering", "village", "ceremony",
        "marche", "mariage", "bapteme", "funerailles", "ecole", "mosquee", "rassemblement", "ceremonie", "puits",
        "سوق", "سوقا", "زفاف", "حفل", "مدرسه", "مسجد", "قريه", "مزارعين", "تجمع",
    ]), StringComparer.Ordinal);

    /// <summary>
    /// Session 10, round 18: "A force's strike killed 20 terrorists. Residents said the strike hit a market and killed 12 civilians.",
    /// "Des habitants affirment que la frappe a touché un mariage", "وقال سكان إن الغارة أصابت حفل زفاف": someone other than the force
    /// saying that the operation the story told before (the force's own claim) harmed civilians blames that force, the doer the
    /// definite noun points back at. Only a local, NGO, UN or medical speaker (else the outlet's own voice), only civilians or a civilian place as what was hit,
    /// and no other actor named in the sentence (then the usual readings decide).
    /// </summary>
    /// <remarks>The force (<paramref name="claimedForce"/>, looked up in the story's claims) is asked for only once the sentence has the noun.</remarks>
    internal static ResponsibilityClaim? OperationBlame(ClaimSentence sentence, List<SourceFinder.Mention> mentions, List<SourceFinder.Found> attributions, List<TollFinder.Found> tolls, Func<string?> claimedForce)
    {
        var words = sentence.Words;
        if (!words.Any(w => OperationNouns.Contains(w.Text)) || tolls.Exists(t => t.Victims == "attackers")
            || !words.Any(w => CivilianMarks.Contains(w.Text)) && !tolls.Exists(t => t.Victims == "civilians")
            || claimedForce() is not { } force || mentions.Exists(m => m.Name is not null && m.Name != force && m.Kind is SourceKind.ArmedGroup or SourceKind.Army))
            return null;
        for (var k = 0; k < words.Count; k++)
        {
            if (!OperationNouns.Contains(words[k].Text) || !(ArabicScript.Starts(words[k].Text) || Determined(words, k)))
                continue;
            var harm = Enumerable.Range(k + 1, Math.Max(0, Math.Min(words.Count, k + 6) - k - 1)).FirstOrDefault(j => OperationHarms.Contains(words[j].Text), -1);
            if (harm < 0)
                continue;
            // What was hit, the first of civilians or fighters after the verb: "hit a militant camp near the village" is no blame.
            var hit = Enumerable.Range(harm + 1, words.Count - harm - 1).FirstOrDefault(j => CivilianMarks.Contains(words[j].Text)
                || ClaimVocabulary.VictimWords.TryGetValue(words[j].Text, out var who) && who == "attackers" || AttackerPlaces.Contains(words[j].Text), -1);
            if (hit >= 0 && !CivilianMarks.Contains(words[hit].Text))
                return null;
            var speaker = attributions.FirstOrDefault(a => a.First < k && a.Attribution.Kind is SourceKind.Local or SourceKind.Ngo or SourceKind.Un or SourceKind.Hospital)
                ?? attributions.FirstOrDefault(a => a.Attribution.Kind is SourceKind.Local or SourceKind.Ngo or SourceKind.Un or SourceKind.Hospital)
                // an outlet telling it in its own voice ("our correspondent was told the strike hit a market") blames as the outlet
                ?? attributions.FirstOrDefault(a => a.Attribution.Kind is SourceKind.Media);
            if (speaker is null || attributions.Exists(a => a.First < k && a.Attribution.Kind is SourceKind.Army or SourceKind.Government or SourceKind.Security or SourceKind.ArmedGroup))
                return null;
            return new ResponsibilityClaim { Actor = force, Polarity = ResponsibilityPolarity.Blamed, By = speaker.Attribution, Attackers = force, Text = sentence.Text };
        }
        return null;
    }

    /// <summary>"the strike", "the air strike", "la frappe", "cette opération": the operation noun after its article, a modifier or two between.</summary>
    private static bool Determined(IReadOnlyList<ClaimWord> words, int noun)
    {
        var k = noun - 1;
        while (k >= 0 && noun - k <= 3 && OperationModifiers.Contains(words[k].Text))
            k--;
        return k >= 0 && OperationDeterminers.Contains(words[k].Text);
    }
}
