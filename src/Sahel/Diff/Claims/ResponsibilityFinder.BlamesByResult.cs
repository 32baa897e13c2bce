namespace Sahel.Diff.Claims;

/// <summary>
/// Blame by result: the actor of a toll ("X fighters killed 17", "killed by X", "tués par X") (<see cref="BlamesByResult"/>),
/// with the men a force is made of, the verbs of losing one's own men and the complement that names the attackers.
/// </summary>
internal static partial class ResponsibilityFinder
{
    /// <summary>"X fighters killed 17", "غارات للجيش النيجري قتلت", "killed by X", "tués par X": the actor who did the killing.</summary>
    private static IEnumerable<ResponsibilityClaim> BlamesByResult(ClaimSentence sentence, List<TollFinder.Found> tolls, List<SourceFinder.Mention> actors, Attribution said)
    {
        var words = sentence.Words;
        foreach (var toll in tolls)
        {
            if (toll.Kind is not (TollKind.Killed or TollKind.Kidnapped) || toll.Victims == "attackers")
                continue;
            // The subject, not a complement ("deux morts du côté des FAMa", "جنديين من الجيش المالي" name whose the dead were).
            // Session 9, round 17: not the side that lost them ("…, its term for Boko Haram members, and lost four of their
            // own", "et perdu quatre des siens", "وخسر أربعة من عناصره"): a verb of loss between names the victims' side.
            var doer = actors.LastOrDefault(m => m.Kind is SourceKind.ArmedGroup or SourceKind.Army && m.Last < toll.First && toll.First - m.Last <= 3
                    && (m.First == 0 || !Complements.Contains(words[m.First - 1].Text) || OfTheAttackers(words, m.First - 1) || MenOfTheForce(words, tolls, m))
                    && !Enumerable.Range(m.Last + 1, Math.Max(0, toll.First - m.Last)).Any(k => k < words.Count && LossVerbs.Contains(words[k].Text))
                    && !JoinedToVictims(words, tolls, m))
                ?? actors.FirstOrDefault(m => m.Kind is SourceKind.ArmedGroup or SourceKind.Army && m.First > toll.Last && m.First - toll.Last <= 3
                    && words[m.First - 1].Text is "by" or "par" or "يد")
                // "tués par des hommes de l'EIGS", "seized by fighters of Boko Haram", "مقتل … على أيدي عناصر من": the passive's agent
                ?? PassiveAgent(sentence, actors, toll.Last + 1, 20);
            // An army is blamed for civilians' deaths; its own losses ("Niger's army lost five of its men") blame no one.
            // Session 10, round 18: or "people" killed by a force as others tell it ("des soldats maliens ont exécuté vingt-quatre hommes
            // peuls, affirme l'ONG"): only the force's own side counts its dead as "people" lost.
            if (doer?.Name is null || doer.Name == said.Name || doer.Kind == SourceKind.Army && toll.Victims != "civilians"
                && !(toll.Victims == "people" && said.Kind is SourceKind.Local or SourceKind.Ngo or SourceKind.Un or SourceKind.Hospital))
                continue;
            // "des militaires de l'armée burkinabè et des VDP ont exécuté": every actor of a joined subject.
            var subject = actors.Where(m => m.Last < doer.First && m.Kind is SourceKind.ArmedGroup or SourceKind.Army).OrderBy(m => m.First)
                .FirstOrDefault(m => Coordinated(words, actors, m).Contains(doer)) ?? doer;
            // Session 14, round 27: the passive's agent is the first of those joined after it ("قتلا على أيدي الجيش المالي وفاغنر");
            // a subject before the toll ends at the doer.
            var agent = doer.First > toll.Last;
            foreach (var one in Coordinated(words, actors, subject).Where(m => m.Name != said.Name && (agent || m.Last <= doer.Last)))
                yield return new ResponsibilityClaim { Actor = one.Name, Polarity = ResponsibilityPolarity.Blamed, By = said, Attackers = one.Name, Text = sentence.Text };
            yield break;
        }
    }

    /// <summary>Session 10, round 18: the men a force is made of, as the head of "soldiers of the army" ("جنودا من الجيش البوركينابي").</summary>
    private static readonly HashSet<string> ForceMen = new(StringComparer.Ordinal)
    {
        "soldiers", "troops", "members", "elements", "men", "soldats", "militaires", "elements", "hommes", "membres", "جنودا", "جنود", "عناصر", "افراد", "عسكريين", "عسكريون",
    };

    /// <summary>
    /// Session 10, round 18: "جنودا من الجيش البوركينابي … قتلوا", "soldiers of the Burkinabe army killed": the force's men named by
    /// their force are the doers, unless the head is itself counted ("جنديين من الجيش المالي" names whose the dead were).
    /// </summary>
    private static bool MenOfTheForce(IReadOnlyList<ClaimWord> words, List<TollFinder.Found> tolls, SourceFinder.Mention force) =>
        force.Kind == SourceKind.Army && force.First >= 2 && ForceMen.Contains(words[force.First - 2].Text)
        && !tolls.Exists(t => t.First <= force.First - 2 && force.First - 2 <= t.Last + 1);

    /// <summary>Verbs of losing one's own men: whoever stands before them is the side the dead belonged to.</summary>
    private static readonly HashSet<string> LossVerbs = new(StringComparer.Ordinal)
    {
        "lost", "lose", "loses", "losing", "perdu", "perd", "perdent", "perdant", "فقد", "فقدت", "فقدنا", "خسر", "خسرت", "خسرنا", "وخسر", "وخسرت", "وفقد", "وفقدت",
    };

    /// <summary>"مسلحين من جبهة تحرير أزواد", "gunmen of ISSP", "des éléments d'Ansarul Islam": a complement that says whose the attackers were.</summary>
    private static bool OfTheAttackers(IReadOnlyList<ClaimWord> words, int complement) =>
        complement > 0 && ClaimVocabulary.VictimWords.TryGetValue(words[complement - 1].Text, out var who) && who == "attackers";

    /// <summary>
    /// Session 14, round 28: an actor joined by "and" to the victims of a toll before it ("killed 71 soldiers and VDP and took six
    /// prisoners", "a tué 32 soldats et VDP", "قتل ٣٢ جنديا ومتطوعي الدفاع"): one more of the victims, not the doer of what follows.
    /// Only after soldiers: "ISWAP killed 12 farmers and Boko Haram abducted four women" joins two doers' deeds.
    /// </summary>
    private static bool JoinedToVictims(IReadOnlyList<ClaimWord> words, List<TollFinder.Found> tolls, SourceFinder.Mention m) =>
        m.First >= 1 && tolls.Exists(t => t.Kind is TollKind.Killed or TollKind.Kidnapped or TollKind.Wounded && t.Victims == "soldiers" && t.Last < m.First && m.First - t.Last <= 3
            && Enumerable.Range(t.Last + 1, m.First - t.Last - 1).All(k => words[k].Text is "and" or "et" or "des" or "les" or "the" or "de")
            && (words[m.First - 1].Text is "and" or "et" or "des" or "les" or "the" && Enumerable.Range(t.Last + 1, m.First - t.Last - 1).Any(k => words[k].Text is "and" or "et")
                || words[m.First].Text.StartsWith('و') && m.First == t.Last + 1));
}
