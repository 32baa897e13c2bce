using Sahel.Model;

namespace Sahel.Normalize;

/// <summary>
/// The kind of event a story reports, from keywords in French, Arabic and English (normalised forms, Arabic
/// proclitics read off). When several fire, the most specific wins: a kidnapping, a drone strike, an IED or an
/// ambush is also "an attack" in other words. Also tells retrospectives (trials, anniversaries) and round-ups.
/// </summary>
public static class EventClassifier
{
    private static readonly (EventType Type, string[] Words)[] Rules =
    [
        (EventType.Kidnapping, ["enlevement", "enlevements", "enleve", "enleves", "enlevee", "rapt", "otage", "otages", "kidnapped", "kidnapping", "abducted", "abduction", "hostage", "hostages", "اختطاف", "خطف", "اختطف", "رهائن", "رهينه", "مختطفين"]),
        // Before air strikes: a report of mortar fire often recalls an earlier drone strike on the same town.
        (EventType.Shelling, ["obus", "mortier", "mortiers", "roquette", "roquettes", "mortar", "mortars", "shelling", "shelled", "shells", "rocket fire", "هاون", "قذائف", "قذيفه"]),
        (EventType.AirStrike, ["frappe aerienne", "frappes aeriennes", "drone", "drones", "bombardement aerien", "bombardements aeriens", "airstrike", "airstrikes", "air strike", "air strikes", "غاره", "غارات", "مسيره", "مسيرات", "قصف جوي", "طائره مسيره"]),
        (EventType.Ied, ["engin explosif", "engins explosifs", "eei", "ied", "ieds", "roadside bomb", "landmine", "mine artisanale", "explosion", "blast", "explosif", "انفجار", "عبوه ناسفه", "عبوات ناسفه", "لغم", "الغام"]),
        (EventType.Ambush, ["embuscade", "embuscades", "ambush", "ambushed", "ambushes", "كمين", "كمينا"]),
        (EventType.Massacre, ["massacre", "massacres", "tuerie", "massacred", "مجزره", "مذبحه"]),
        (EventType.Clashes, ["affrontements", "affrontement", "combats", "accrochage", "accrochages", "clashes", "clashed", "fighting", "اشتباكات", "اشتباك", "مواجهات", "معارك"]),
        (EventType.Attack, ["attaque", "attaques", "attaque", "assaut", "attaquent", "attack", "attacks", "attacked", "assault", "raid", "stormed", "هجوم", "هجمات", "هجوما", "اعتداء", "استهداف", "استهدف"]),
    ];

    private static readonly string[] KilledWords = ["tues", "tue", "morts", "mort", "tuees", "killed", "kills", "kill", "dead", "قتلي", "مقتل", "قتل"];
    private static readonly string[] CivilianWords = ["civils", "civilians", "villageois", "villagers", "مدنيين", "المدنيين", "مدنيا"];
    private static readonly string[] RetrospectiveWords =
    [
        "proces", "audience", "jugement", "condamne", "condamnes", "verdict", "anniversaire", "commemoration", "hommage", "trial",
        "court", "sentenced", "anniversary", "commemorate", "commemorates", "memorial", "محاكمه", "ذكري", "الذكري", "محكمه", "y a un an", "a year ago", "un an apres", "one year after",
    ];
    /// <summary>
    /// What a headline names when a story follows up an event rather than reporting one: an official's visit, a
    /// funeral, condolences. The text then recalls the attack ("au lendemain de l'attaque de…"), which must not
    /// make the visit an attack of its own.
    /// </summary>
    private static readonly string[] FollowUpWords =
    [
        "visite", "en visite", "se rend", "visit", "visits", "visited", "funerailles", "obseques", "inhumation", "condoleances",
        "funeral", "funerals", "condolences", "زياره", "يزور", "زار", "تشييع", "تعزيه", "تعازي",
    ];
    private static readonly string[] RoundupWords = ["revue de presse", "revue de la semaine", "en bref", "weekly roundup", "roundup", "round up", "in brief", "week in review", "this week in", "حصاد الاسبوع", "ملخص الاسبوع"];

    /// <summary>The cue words found in some text; scan each text once and ask it everything.</summary>
    public sealed class Cues(HashSet<string> found)
    {
        internal HashSet<string> Found { get; } = found;

        public bool Retrospective => Found.Contains("retro");

        public bool Roundup => Found.Contains("roundup");

        /// <summary>A visit, a funeral, condolences: said of a headline, the story follows up an event.</summary>
        public bool FollowUp => Found.Contains("followup");

        public Cues With(Cues other) => new([.. Found, .. other.Found]);
    }

    public static Cues Scan(IReadOnlyList<Token> tokens) => new(Found(tokens));

    public static EventType Classify(IReadOnlyList<Token> tokens, bool armedActorNamed) => Classify(Scan(tokens), armedActorNamed);

    public static EventType Classify(Cues cues, bool armedActorNamed)
    {
        var found = cues.Found;
        foreach (var (type, _) in Rules)
            if (found.Contains(type.ToString()))
                return type == EventType.Attack && found.Contains("civil") && found.Contains("killed") ? EventType.Massacre : type;
        if (found.Contains("killed") && found.Contains("civil"))
            return EventType.Massacre;
        return found.Contains("killed") && armedActorNamed ? EventType.Attack : EventType.Other;
    }


    private static HashSet<string> Found(IReadOnlyList<Token> tokens)
    {
        var found = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < tokens.Count; i++)
        {
            foreach (var reading in ArabicProclitics.Readings(tokens[i].Text))
            {
                Look(reading);
                if (i + 1 < tokens.Count)
                    Look(reading + " " + tokens[i + 1].Text);
                if (i + 3 < tokens.Count)
                    Look(string.Join(' ', reading, tokens[i + 1].Text, tokens[i + 2].Text, tokens[i + 3].Text));
            }
        }
        return found;

        void Look(string key)
        {
            if (Words.TryGetValue(key, out var labels))
                found.UnionWith(labels);
        }
    }

    private static readonly Dictionary<string, List<string>> Words = BuildWords();

    private static Dictionary<string, List<string>> BuildWords()
    {
        var words = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        void Add(IEnumerable<string> list, string label)
        {
            foreach (var word in list)
            {
                var key = TextNormalizer.Normalize(word);
                if (!words.TryGetValue(key, out var labels))
                    words[key] = labels = [];
                labels.Add(label);
            }
        }
        foreach (var (type, list) in Rules)
            Add(list, type.ToString());
        Add(KilledWords, "killed");
        Add(CivilianWords, "civil");
        Add(RetrospectiveWords, "retro");
        Add(RoundupWords, "roundup");
        Add(FollowUpWords, "followup");
        return words;
    }
}
