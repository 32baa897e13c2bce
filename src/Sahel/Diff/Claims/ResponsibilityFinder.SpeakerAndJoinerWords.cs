namespace Sahel.Diff.Claims;

/// <summary>
/// Words around the actors of a sentence: pronouns that refer back to its speaker (<see cref="SpeakerPronouns"/>) and
/// words that join two actors into one subject or object (<see cref="Joiners"/>).
/// </summary>
internal static partial class ResponsibilityFinder
{
    /// <summary>Words that refer back to the speaker of the sentence: "the group says it was behind", "affirme qu'il est derrière".</summary>
    private static readonly HashSet<string> SpeakerPronouns = new(StringComparer.Ordinal) { "it", "they", "il", "ils", "elle", "elles", "انها", "انه", "انهم" };

    /// <summary>The joiners beside the companion words of a force (<see cref="CompanionWords"/>); declared before <see cref="Joiners"/>,
    /// which reads it.</summary>
    private static readonly string[] JoinerWords =
    [
        // Session 9, round 15: the allies and their nationality, in each language ("l'armée malienne et « ses alliés russes de
        // l'Africa Corps »", "the army and its Russian partners from Wagner", "الجيش المالي وحلفاءهم من فاغنر")
        "russes", "russe", "russian", "etrangers", "foreign", "الروس", "الروسي", "الروسيه", "mercenaires", "mercenaries", "instructeurs", "instructors",
        "حلفاءه", "حلفاؤه", "حلفائه", "حلفاءهم", "حلفاؤهم", "حلفائهم", "حلفاءها", "حلفاؤها", "حلفائها", "شركاءه", "شركائه", "شركاءهم", "شركائهم", "حلفاء", "شركاء", "ال",
        "and", "et", "ainsi", "que", "as", "well", "of", "the", "de", "des", "du", "d", "l", "la", "le", "les", "its", "their", "ses", "leurs", "leur", "و",
        // "l'armée malienne et ses partenaires d'Africa Corps", "the army and its allies from Wagner"
        "partenaires", "partners", "allies", "allie", "suppletifs", "auxiliaires", "from",
        // Session 7: "مدعومة بعناصر من الفيلق الإفريقي": the Arabic participle of backing and the men it is backed by
        "مدعومه", "مدعوما", "مدعومون", "مسنوده", "مسنودا", "ترافقها", "يرافقها", "يرافقهم", "بعناصر", "بمقاتلين", "بمقاتلي", "من",
        // the men of the one joined: "soldiers of a BIR and members of the VDP", "des militaires et des membres des VDP", "units of the army"
        "members", "membres", "soldiers", "soldats", "militaires", "troops", "men", "hommes", "units", "unites",
        // the preposition repeated before each one blamed: "impute … à l'armée et aux VDP", "blamed it on the army and on the militia"
        "a", "au", "aux", "to", "on", "sur",
        // a companion's "by" and the fighters joined ("accompanied by Russian fighters", "appuyés par des éléments")
        "by", "par", "combattants", "fighters", "elements",
        // "الجيش المالي وعناصر فاغنر": the members of the one joined, with "and" attached
        "عناصر", "وعناصر", "مقاتلي", "ومقاتلي", "قوات", "وقوات",
    ];

    /// <summary>Between two actors, words that join them into one subject or object: "the army and VDP", "des FAMa et des VDP".</summary>
    private static readonly HashSet<string> Joiners = new(JoinerWords.Concat(CompanionWords()), StringComparer.Ordinal);
}
