namespace Sahel.Diff.Claims;

/// <summary>
/// Round 38: one person told as a part of the figure before it, with no numeral: "trois soldats ont été tués, dont un officier",
/// "at least 13 civilians, including a child", "among them a herder", "خمسة عشر مدنيا، بينهم إمام القرية". The labelling rules
/// make a sub-count a toll of its own ("8 civilians, including 3 children": 8 and 3), and session 12 made a lone person a toll
/// of one; the singular article (or the Arabic bare singular) is that sub-count. The noun need not be a victim word ("un
/// ingénieur", "a prominent imam", "زعيم قبلي"), so it must be a person: a noun of person by its list or its ending, never a
/// thing, an event or a part ("dont une copie", "including a bombing", "dont une partie"), never a manner ("dont un
/// grièvement"), and never one of two people joined by "and" ("a herder and his son": two, left to the lists).
/// </summary>
internal static partial class NumberPhrases
{
    /// <summary>
    /// The sub-count of one at <paramref name="at"/>: the article after "dont/including/among them/parmi eux" (its span the
    /// article, so the person's noun after it names the victims), or the Arabic singular after "بينهم/منهم" (its span the noun).
    /// Null where the counts already read the word ("dont un soldat") or where no figure stands before it.
    /// </summary>
    private static Found? SingularPart(ClaimSentence sentence, int at, int countsBefore)
    {
        var words = sentence.Words;
        if (countsBefore == 0 || at == 0 || words[at].Number is not null)
            return null;
        var arabic = ArabicScript.Starts(words[at].Text);
        if (arabic ? !ArabicSingularPart(words, at) : !LatinSingularPart(sentence, at))
            return null;
        // the counts' own readings first: "dont un soldat", "including a Malian soldier" are read as before
        if (Core(words, at) is not null || InCommaPart(sentence, at))
            return null;
        // the Arabic noun with its definite genitive ("إمام القرية", the village's imam): the genitive is the person's, not a thing
        // counted ("القرية" is no count of villages)
        var last = arabic && at + 1 < words.Count && words[at + 1].Text.StartsWith("ال", StringComparison.Ordinal) ? at + 1 : at;
        return new Found(new NumberRange { Min = 1, Max = 1, Qualifier = "exact", Text = sentence.Quote(at, arabic ? last : at + 1) }, at, last, Subset: true);
    }

    /// <summary>"dont un officier", "including a child", "among them a herder", "parmi eux une fillette".</summary>
    private static bool LatinSingularPart(ClaimSentence sentence, int at)
    {
        var words = sentence.Words;
        var english = words[at].Text is "a" or "an" or "one";
        if (!(english || words[at].Text is "un" or "une"))
            return false;
        var before = words[at - 1].Text;
        var opens = english
            ? before is "including" || at > 1 && words[at - 2].Text == "among" && before is "them" or "whom"
            : before is "dont" or "incluant" || at > 1 && words[at - 2].Text == "parmi" && before is "eux" or "elles" or "lesquels" or "lesquelles";
        // "dont" is also the relative "of which" ("une note dont une copie", "le communiqué, dont un extrait"): the subset "dont"
        // follows a comma or the counted people themselves ("cinq morts dont un prêtre")
        if (!opens || before == "dont" && !sentence.CommaBefore(at - 1) && !(at > 1 && (PhraseMatch.Is(words[at - 2], ClaimVocabulary.TollWords) || PhraseMatch.Is(words[at - 2], ClaimVocabulary.VictimWords))))
            return false;
        // the person: within three words of the article, past adjectives ("a prominent imam", "un ancien cadre"), before any
        // preposition or comma; no thing, part or manner on the way, no second person joined by "and"
        var person = false;
        for (var k = at + 1; k < words.Count && k <= at + 3; k++)
        {
            if (k > at + 1 && sentence.CommaBefore(k))
                break;
            var w = words[k];
            if (w.Capital || w.Number is not null || ArabicScript.Starts(w.Text) || NotPersons.Contains(w.Text) || SingularThings.Contains(w.Text)
                || PhraseMatch.Is(w, ClaimVocabulary.TollWords) || ClaimVocabulary.Approximate.ContainsKey(w.Text) || OneWords.Contains(w.Text))
                return false;
            if (w.Text is "and" or "et" or "ainsi")
                return false;
            if (Prepositions.Contains(w.Text))
                break;
            person |= PersonNoun(w.Text);
        }
        // nor a second person joined past the noun's complement ("un enfant de cinq ans et sa mère")
        for (var k = at + 1; k < words.Count && k <= at + 6 && !(k > at + 1 && sentence.CommaBefore(k)); k++)
            if (words[k].Text is "and" or "et")
                return false;
        return person;
    }

    /// <summary>A singular noun of a person: from the list, or by an ending of persons ("ingénieur", "commerçant", "catéchiste", "trader").</summary>
    private static bool PersonNoun(string text) =>
        PersonNouns.Contains(text)
        || text.Length > 4 && !text.EndsWith('s') && !NotPersons.Contains(text) && PersonEndings.Any(e => text.EndsWith(e, StringComparison.Ordinal));

    private static readonly string[] PersonEndings = ["eur", "ier", "iere", "ien", "ienne", "ant", "ante", "iste", "aire", "trice", "euse", "er", "or", "ist", "ian"];

    /// <summary>Singular persons whose ending does not tell them (both languages, normalised: no accents).</summary>
    private static readonly HashSet<string> PersonNouns = new(StringComparer.Ordinal)
    {
        "chef", "enfant", "femme", "fille", "fillette", "garcon", "homme", "bebe", "nourrisson", "pretre", "pasteur", "imam", "cadre", "element", "membre",
        "elu", "maire", "notable", "berger", "soldat", "gendarme", "adolescent", "adolescente", "jeune", "mineur", "vieillard", "responsable", "commandant",
        "capitaine", "lieutenant", "sergent", "adjudant", "colonel", "caporal", "emir", "marabout", "guide", "juge", "cadi", "depute", "eleve", "etudiant",
        "child", "boy", "girl", "woman", "man", "baby", "newborn", "infant", "teenager", "priest", "pastor", "chief", "commander", "officer", "leader",
        "member", "official", "nurse", "doctor", "elder", "cleric", "judge", "mayor", "councillor", "lieutenant", "captain", "colonel", "sergeant", "emir",
        "foreigner", "national", "citizen", "resident", "villager", "person", "pilgrim", "monk", "nun", "catechist", "seminarian", "guard", "student", "pupil",
        "journalist", "teacher", "trader", "herder", "farmer", "worker", "foreman", "chairman", "headman", "clergyman", "policeman", "fisherman",
    };

    /// <summary>
    /// Words after "dont un"/"including a" that name no person: parts and wholes ("dont une partie", "une majorité"), copies of a
    /// text ("dont une copie"), events ("including a bombing"), manners ("dont un grièvement"), and nouns whose ending looks like
    /// a person's ("quartier", "order", "helicopter").
    /// </summary>
    private static readonly HashSet<string> NotPersons = new(StringComparer.Ordinal)
    {
        "partie", "majorite", "moitie", "part", "half", "majority", "number", "nombre", "total", "grand", "bonne", "peu", "certain", "seul", "single", "other",
        "autre", "another", "copie", "exemplaire", "extrait", "video", "enregistrement", "image", "photo", "version", "message", "audio", "lettre", "note",
        "copy", "extract", "recording", "letter", "statement", "communique", "attaque", "attack", "bombing", "raid", "strike", "ambush", "embuscade", "assault",
        "explosion", "operation", "incident", "clash", "frappe", "assaut", "grave", "gravement", "grievement", "serieusement", "legerement", "mortellement",
        "seriously", "critically", "severely", "badly", "slightly", "quartier", "dossier", "papier", "fichier", "janvier", "fevrier", "premier", "dernier",
        "order", "paper", "center", "centre", "water", "corner", "quarter", "border", "tractor", "motor", "generator", "container", "trailer", "computer",
        "poster", "helicopter", "number", "chapter", "shelter", "sector", "secteur", "moteur", "inventaire", "salaire", "itineraire", "anniversaire",
        "commentaire", "dictionnaire", "questionnaire", "territoire", "restaurant", "carburant", "instant", "montant", "further", "later", "floor", "door",
        "mort", "mortel", "dead", "killed", "wounded", "blesse", "matter", "under", "over", "after", "other", "cluster", "rather",
    };

    /// <summary>"بينهم إمام القرية", "بينهم زعيم قبلي", "منهم امرأة": a singular person after "among them", no numeral.</summary>
    private static bool ArabicSingularPart(IReadOnlyList<ClaimWord> words, int at)
    {
        if (words[at - 1].Text is not ("بينهم" or "منهم" or "بينهن" or "منهن" or "وبينهم" or "ومنهم"))
            return false;
        var noun = words[at].Text;
        if (!ArabicPersons.Contains(noun) && !(noun.Length > 3 && noun[^1] == 'ا' && ArabicPersons.Contains(noun[..^1])))
            return false;
        // not "امرأة واحدة" (one, read by the counts), nor two joined ("امرأة وطفلها")
        return !(at + 1 < words.Count && (words[at + 1].Text is "واحد" or "واحدا" or "واحده"
            || words[at + 1].Text.Length > 2 && words[at + 1].Text[0] == 'و' && (ArabicPersons.Contains(words[at + 1].Text[1..]) || words[at + 1].Text.EndsWith("ها", StringComparison.Ordinal) || words[at + 1].Text.EndsWith('ه'))));
    }

    /// <summary>Arabic singular nouns of a person (normalised: no hamza, final ta marbuta as ه).</summary>
    internal static readonly HashSet<string> ArabicPersons = new(StringComparer.Ordinal)
    {
        "امام", "زعيم", "قيادي", "عمده", "كاهن", "قس", "قسيس", "شيخ", "ضابط", "جندي", "امراه", "طفل", "طفله", "فتاه", "صبي", "رضيع", "معلم", "معلمه",
        "تاجر", "سائق", "مسؤول", "مستشار", "قائد", "نائب", "طبيب", "ممرض", "ممرضه", "صحفي", "مهندس", "موظف", "راع", "راعي", "مزارع", "حارس", "شرطي",
        "دركي", "مدني", "عسكري", "طالب", "تلميذ", "رجل", "شاب", "مواطن", "اجنبي", "عامل",
    };
}
