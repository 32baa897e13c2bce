using Sahel.Normalize;

namespace Sahel.Diff.Claims;

/// <summary>
/// Session 19, round 42: an accuser's account with no verb of blame. A witness, a relative, a rights group, a UN body or a
/// group tells what an actor did, the actor as the grammatical subject of a verb of harm at the head of the reported clause
/// ("a rights group said Malian soldiers and Africa Corps fighters executed", "des proches affirment que des militaires maliens
/// les ont arrêtés", "قال سكان إن جنودا من الجيش المالي أطلقوا النار", "…, witnesses said"). The README's rules (lines 1-131)
/// label it `blamed ACTOR by SPEAKER`: the speaker names the actor as the doer of the harm. The older readers took a force as
/// such a doer only through a toll right after it (blame by result) and a group only through a short list of verbs; with no
/// figure, with a verb of arresting, firing or burning, or with a partner joined to the force, the statement was lost.
/// What is read is a structure, not a phrase: the actor (and those joined to it) opening a clause (sentence start, after
/// "that/que/إن", after a comma or a verb of saying), past its men's words and an auxiliary, then a verb of harm in the
/// active, not negated, with a speaker in the sentence who is not the actor. Not read: a state speaking of a state force
/// (its own operation is a claim, read elsewhere), the actor after a preposition (the victim or the target: "attack on
/// soldiers", "tués par"), a sentence with a denial, an actor already placed by another reader.
/// </summary>
internal static partial class ResponsibilityFinder
{
    /// <summary>
    /// Verbs of harm done to people or places, in the active, as a class (the forms the older lists lacked, with theirs):
    /// killing, executing, shooting and opening fire, arresting, detaining and rounding up, abducting and taking away,
    /// torturing, burning, looting, bombing, planting a mine.
    /// </summary>
    private static readonly PhraseVocabulary<bool> HarmVerbs = ClaimVocabulary.Set(
        "killed", "executed", "massacred", "murdered", "slaughtered", "shot", "shot dead", "gunned down", "opened fire", "fired on", "fired at",
        "arrested", "detained", "rounded up", "abducted", "kidnapped", "took away", "led away", "tortured", "burned", "burnt", "torched",
        "looted", "set fire", "bombed", "shelled", "planted", "summarily executed",
        "tue", "ont tue", "a tue", "ont execute", "a execute", "ont abattu", "a abattu", "ont massacre", "a massacre", "ont assassine", "a assassine",
        "ont ouvert le feu", "a ouvert le feu", "ont tire", "a tire", "ont arrete", "a arrete", "ont interpelle", "a interpelle", "ont enleve", "a enleve",
        "ont kidnappe", "ont emmene", "ont embarque", "ont torture", "ont brule", "ont incendie", "a incendie", "ont pille", "ont bombarde", "a bombarde",
        "ont pose", "ont execute sommairement", "ont rafle", "ont egorge", "ont mitraille", "ont frappe", "ont detenu", "ont sequestre",
        // past the object clitic: "les ont arrêtés", "l'ont tué", "les ont exécutés"
        "les ont tues", "les ont executes", "les ont arretes", "les ont abattus", "les ont enleves", "les ont emmenes", "les ont tortures", "l ont tue", "l ont abattu",
        "قتلوا", "قتل", "قتلت", "اعدموا", "اعدم", "اعدمت", "اطلقوا النار", "فتحوا النار", "اطلقوا عليهم النار", "اطلقوا عليه النار", "اعتقلوا", "اعتقل", "اعتقلت",
        "اوقفوا", "اوقفوهم", "احتجزوا", "اختطفوا", "خطفوا", "اقتادوا", "اقتادوهم", "عذبوا", "احرقوا", "نهبوا", "قصفوا", "قصف", "قصفت", "ذبحوا", "زرعوا",
        "قتلوهم", "اعدموهم", "اعتقلوهم", "اختطفوهم", "خطفوهم", "عذبوهم", "اعتقلوه", "قتلوه", "صفوا");

    /// <summary>Words that may stand before the actor at the head of its clause: articles, its men, "of" between them.</summary>
    private static readonly HashSet<string> ClauseHeadFillers = new(StringComparer.Ordinal)
    {
        "the", "a", "an", "some", "des", "les", "le", "la", "l", "d", "de", "du", "of", "من", "certains", "plusieurs", "several",
        "soldiers", "troops", "soldats", "militaires", "elements", "hommes", "men", "members", "membres", "fighters", "combattants",
        "جنود", "جنودا", "عناصر", "افراد", "مقاتلو", "مقاتلين", "قوات",
        // the force's strike as the subject: "des frappes de drones de l'armée malienne ont tué", "strikes by"
        "frappe", "frappes", "drone", "drones", "bombardement", "bombardements", "strike", "strikes", "airstrike", "airstrikes",
    };

    /// <summary>
    /// Between the force and its verb, its means ("a Malian army drone strike killed", "Malian army air strikes had killed") or a
    /// partner the lexicon does not name ("Malian soldiers and foreign fighters had rounded up", "جنود ماليون ومسلحون أجانب قتلوا").
    /// </summary>
    private static readonly HashSet<string> MeansAndPartners = new(StringComparer.Ordinal)
    {
        "drone", "drones", "air", "aerial", "strike", "strikes", "airstrike", "airstrikes", "artillery", "helicopter", "helicopters",
        "and", "et", "foreign", "white", "armed", "other", "their", "its", "fighters", "men", "mercenaries", "auxiliaries", "militiamen", "allies", "partners",
        "des", "d", "autres", "hommes", "combattants", "mercenaires", "suppletifs", "miliciens", "etrangers", "blancs", "armes", "leurs", "allies", "partenaires",
        "ومسلحين", "ومسلحون", "ومقاتلين", "ومقاتلون", "وعناصر", "اجانب", "اجنبيه", "بيض", "اخرين", "اخرون", "وحلفاؤهم", "وحلفاوهم",
    };

    /// <summary>Between the last joined actor and its verb: the object clitic of French ("les ont tués" is one phrase above), adverbs of sequence.</summary>
    private static readonly HashSet<string> BeforeHarmVerb = new(StringComparer.Ordinal) { "had", "have", "has", "then", "ثم", "قد" };

    /// <summary>
    /// The sentence's statements with the doers of an account added (see the class comment), each actor once; the list as it is
    /// when the sentence denies, or names no speaker but the outlet.
    /// </summary>
    internal static IEnumerable<ResponsibilityClaim> WithAccountDoers(ClaimSentence sentence, List<SourceFinder.Mention> mentions, List<SourceFinder.Found> attributions, string? storyArmy, bool readResults, IEnumerable<ResponsibilityClaim> found)
    {
        var list = found.ToList();
        // another event's deeds (readResults false) are no account of this one; a denial answers the account, read elsewhere
        if (!readResults || list.Exists(c => c.Polarity == ResponsibilityPolarity.Denied))
            return list;
        foreach (var blame in AccountDoers(sentence, mentions, attributions, storyArmy))
            if (!list.Exists(c => c.Actor == blame.Actor))
                list.Add(blame);
        return list;
    }

    private static List<ResponsibilityClaim> AccountDoers(ClaimSentence sentence, List<SourceFinder.Mention> mentions, List<SourceFinder.Found> attributions, string? storyArmy)
    {
        var words = sentence.Words;
        var actors = WithSoldiersHeadingAClause(sentence, mentions.Where(m => m.Name is not null && m.Kind is SourceKind.Army or SourceKind.ArmedGroup).ToList(), storyArmy);
        foreach (var first in actors)
        {
            if (!HeadsAClause(sentence, first))
                continue;
            var joined = Coordinated(words, actors, first);
            var v = VerbAfterGroup(sentence, joined[^1]);
            while (v + 1 < words.Count && v - joined[^1].Last <= 6 && (BeforeHarmVerb.Contains(words[v].Text) || MeansAndPartners.Contains(words[v].Text)) && !sentence.CommaBefore(v))
                v++;
            if (v >= words.Count || PhraseMatch.At(words, v, HarmVerbs) is not { } harm || Negated(sentence, v) || PassiveReading(words, v + harm.Length))
                continue;
            // a force or a militia killing attackers ("the governor said VDP fighters killed 12 terrorists") is no harm anyone blames
            if (Enumerable.Range(v + harm.Length, Math.Max(0, Math.Min(5, words.Count - v - harm.Length))).Any(j => ClaimVocabulary.VictimWords.TryGetValue(words[j].Text, out var who) && who == "attackers"))
                continue;
            // the speaker: outside the actor's clause (before the actor, or after the verb), not the outlet, not the actor itself
            var teller = attributions.FirstOrDefault(a => a.Attribution.Kind is not (SourceKind.Unattributed or SourceKind.Media) && (a.Last < first.First || a.First > v))?.Attribution;
            if (teller is null)
                return [];
            // a state telling of a state force tells of its own side's operation (a claim, read elsewhere), not a blame
            var blamed = joined.Where(m => m.Name != teller.Name && !(m.Kind == SourceKind.Army && teller.Kind is SourceKind.Army or SourceKind.Government or SourceKind.Security)).ToList();
            return blamed.Select(m => BlameOf(m with { Name = UnitOfTheStoryArmy(m.Name!, storyArmy) }, teller, sentence)).ToList();
        }
        return [];
    }

    /// <summary>
    /// Whether the verb has no object but a place, a time or an agent after it (or nothing): a headline's participle ("47 soldiers,
    /// Wagner fighters killed near …"), the Arabic passive written as the active ("جنود قتلوا في الهجوم", soldiers were killed),
    /// where the actor before the verb is the victim, not the doer.
    /// </summary>
    private static bool PassiveReading(IReadOnlyList<ClaimWord> words, int next) =>
        next >= words.Count || PassiveFollowers.Contains(words[next].Text);

    private static readonly HashSet<string> PassiveFollowers = new(StringComparer.Ordinal)
    {
        "by", "in", "on", "during", "at", "near", "while", "when", "as", "after", "last", "yesterday", "overnight",
        "par", "lors", "dans", "pres", "pendant", "hier",
        "في", "خلال", "جراء", "اثر", "بعد", "علي", "برصاص", "بنيران", "اثناء", "عندما", "امس", "بينما",
    };

    /// <summary>
    /// A state force's unit under another state's army than the one the story is about is that army's own unit of the same name: the
    /// lexicon lists an abbreviation two armies share once (its note says to use the country), so the story's army is the doer.
    /// </summary>
    private static string UnitOfTheStoryArmy(string name, string? storyArmy)
    {
        if (storyArmy is null || name == storyArmy || Lexicon.Default.FindActor(name) is not { Parent: { } parent, Kind: "state" } || parent == storyArmy)
            return name;
        return Lexicon.Default.FindActor(storyArmy) is { Kind: "state", Parent: null } && Lexicon.Default.FindActor(parent) is { Kind: "state" } ? storyArmy : name;
    }

    /// <summary>
    /// <paramref name="actors"/> with each bare noun of soldiers that opens a clause ("Witnesses said soldiers and VDP militiamen
    /// rounded up", "« les soldats … ont tué", "إن جنودا ماليين … قتلوا", a nationality adjective after it) read as the story's army, as
    /// session 12 reads bare soldiers named as doers; not soldiers whose own force is named after them ("soldiers of the army").
    /// </summary>
    private static List<SourceFinder.Mention> WithSoldiersHeadingAClause(ClaimSentence sentence, List<SourceFinder.Mention> actors, string? storyArmy)
    {
        if (storyArmy is null)
            return actors;
        var words = sentence.Words;
        var added = actors;
        for (var k = 0; k < words.Count; k++)
        {
            if (!BareSoldiers.Contains(words[k].Text) || actors.Exists(m => m.First <= k + 1 && k <= m.Last))
                continue;
            // an Arabic nisba plural after them ("جنودا ماليين", "جنود تشاديون") is their nationality: the story's army, as in session 12
            var last = k + 1 < words.Count && ArabicScript.Starts(words[k + 1].Text) && words[k + 1].Text.Length > 4
                && (words[k + 1].Text.EndsWith("يين", StringComparison.Ordinal) || words[k + 1].Text.EndsWith("يون", StringComparison.Ordinal)) ? k + 1 : k;
            if (last + 1 < words.Count && Complements.Contains(words[last + 1].Text))
                continue;
            var soldiers = new SourceFinder.Mention(SourceKind.Army, storyArmy, k, last, false);
            if (HeadsAClause(sentence, soldiers))
                added = [.. added, soldiers];
        }
        added.Sort((a, b) => a.First.CompareTo(b.First));
        return added;
    }

    /// <summary>Whether <paramref name="actor"/> opens a clause: past articles and its men, at the sentence's start, after a comma, "that", "إن" or a verb of saying.</summary>
    private static bool HeadsAClause(ClaimSentence sentence, SourceFinder.Mention actor)
    {
        var words = sentence.Words;
        var k = actor.First;
        while (k > 0 && !sentence.CommaBefore(k) && actor.First - k < 5 && ClauseHeadFillers.Contains(words[k - 1].Text))
            k--;
        // a colon, or a quote that opens on the actor's clause ("« les soldats … ont tué"); not a quote that closes before it
        var gap = k > 0 ? sentence.Between(k - 1, k) : default;
        if (k == 0 || sentence.CommaBefore(k) || gap.IndexOf(':') >= 0 || gap.IndexOfAny("«“") >= 0 || gap.EndsWith("\""))
            return true;
        var before = words[k - 1].Text;
        return ThatWords.Contains(before) || ArabicThat.Contains(before) || before is "انه" or "انهم" or "بان" || OwnDeedSayings.Contains(before);
    }
}
