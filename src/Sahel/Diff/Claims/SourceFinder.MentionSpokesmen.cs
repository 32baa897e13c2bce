using Sahel.Model;
using Sahel.Normalize;

namespace Sahel.Diff.Claims;

/// <summary>
/// Steps of <c>Mentions</c> that join spokesmen, media offices and own media to the source they speak for.
/// </summary>
internal sealed partial class SourceFinder
{
    /// <summary>
    /// Joins an office for the media ("director of media operations") to the institution named just before it.
    /// </summary>
    private static void JoinMediaOffices(IReadOnlyList<ClaimWord> words, List<Mention> mentions)
    {
        // "the Nigerian Army's director of media operations", "le directeur de la communication des armées": an office for the media is
        // the institution's own voice; it joins the institution named just before it, else it is no medium.
        for (var k = mentions.Count - 1; k >= 0; k--)
        {
            if (mentions[k] is not { Kind: SourceKind.Media, Name: null } office || office.First < 2 || words[office.First - 1].Text is not ("of" or "de" or "des" or "du" or "la")
                || !OfficeHolders.Contains(words[office.First - 2].Text) && !(office.First > 2 && OfficeHolders.Contains(words[office.First - 3].Text)))
                continue;
            mentions.RemoveAt(k);
            var holder = words[office.First - 2].Text is "of" or "de" or "des" or "du" or "la" ? office.First - 3 : office.First - 2;
            if (mentions.FindLastIndex(o => o.Last < holder && holder - o.Last <= 3 && o.Kind is SourceKind.Army or SourceKind.Government or SourceKind.Security or SourceKind.ArmedGroup or SourceKind.Un or SourceKind.Ngo) is var owner and >= 0)
                mentions[owner] = mentions[owner] with { Last = office.Last };
        }
    }

    /// <summary>
    /// Joins a group's own media and channels to the group, and drops a group named in passing as an affiliation.
    /// </summary>
    private static void JoinOwnMedia(IReadOnlyList<ClaimWord> words, List<Mention> mentions)
    {
        // "in a statement on its Amaq news agency", "sur ses canaux": the speaker's own channel is not another source.
        mentions.RemoveAll(m => m.Kind == SourceKind.Media && m.Name is null
            && Enumerable.Range(Math.Max(0, m.First - 3), Math.Min(3, m.First)).Any(k => Possessives.Contains(words[k].Text) && !mentions.Any(o => o != m && o.First > k && o.Last < m.First && o.Kind != SourceKind.Media)));
        // "JNIM's media arm", "le média de propagande du JNIM", "وكالة أعماق التابعة لتنظيم الدولة", "الذراع الإعلامية لجماعة…":
        // a group's own medium speaks for the group; it and the group are one mention.
        foreach (var medium in mentions.Exists(m => m.Kind == SourceKind.ArmedGroup) ? mentions.Where(m => m.Kind == SourceKind.Media && m.Name is null).OrderByDescending(m => m.First).ToList() : [])
        {
            var owner = mentions.FirstOrDefault(o => o.Kind == SourceKind.ArmedGroup && o.Name is not null && OwnsMedium(words, o, medium));
            if (owner is null)
                continue;
            mentions.Remove(medium);
            mentions[mentions.IndexOf(owner)] = owner with { First = Math.Min(owner.First, medium.First), Last = Math.Max(owner.Last, medium.Last) };
        }
        // "JNIM, al-Qaeda's Sahel affiliate, said", "Le GSIM, lié à Al-Qaïda": the group named in passing is not the speaker.
        mentions.RemoveAll(m => m.Kind == SourceKind.ArmedGroup && IsAffiliation(words, m, mentions));
    }

    /// <summary>
    /// Joins a spokesman to the group, army or body he speaks for, named after him ("le porte-parole du FLA", "المتحدث باسم الجيش").
    /// </summary>
    private static void JoinSpokesmen(ClaimSentence sentence, List<Mention> mentions)
    {
        var words = sentence.Words;
        // "le porte-parole du FLA", "الناطق باسم جبهة تحرير أزواد", "المتحدث باسم الجيش": a spokesman speaks for the group
        // or the army named after him, and the two are one mention.
        foreach (var spokesman in mentions.Where(m => m.Name is null && m.Kind == SourceKind.Government).ToList())
        {
            // session 11, round 20: also an institution's or a body's spokesman ("the spokesman of an association of displaced
            // people", "le porte-parole de l'ONG", "المتحدث باسم المنظمة"): he speaks for it, whatever its kind
            var bareSpokesman = SpokesmanWords.Contains(words[spokesman.First].Text);
            var group = mentions.FirstOrDefault(o => (o.Kind == SourceKind.ArmedGroup && o.Name is not null || o.Kind == SourceKind.Army
                    || bareSpokesman && o.Kind is SourceKind.Local or SourceKind.Ngo or SourceKind.Un or SourceKind.Security or SourceKind.Hospital)
                && o.First > spokesman.Last && o.First - spokesman.Last <= 3
                && Enumerable.Range(spokesman.Last + 1, o.First - spokesman.Last - 1).All(k => words[k].Text is "du" or "de" or "des" or "d" or "l" or "la" or "le" or "of" or "for" or "the" or "باسم"
                    || bareSpokesman && words[k].Text is "an" or "a" or "un" or "une")
                // "Selon le gouverneur, le JNIM a tué…": past a comma the group is the clause's subject, not whom an official speaks
                // for ("signé de son porte-parole, le Front de libération de l'Azawad" is the front's spokesman in apposition).
                && (SpokesmanWords.Contains(words[spokesman.First].Text) || sentence.Between(spokesman.Last, o.First).IndexOfAny([',', '،', ';', ':']) < 0)
                // "اتهمت السلطات تنظيم الدولة": an Arabic noun with its article is no construct ("the authorities", then the one
                // accused), so it does not speak for the name right after it.
                && !(o.First == spokesman.Last + 1 && words[spokesman.Last].Text.StartsWith("ال", StringComparison.Ordinal)));
            if (group is null)
            {
                // "المتحدث باسمها", "its spokesman": the spokesman of the one just named speaks for it, not for a government.
                if (spokesman.Last + 1 < words.Count && words[spokesman.Last + 1].Text is "باسمها" or "باسمه" or "باسمهم"
                    && mentions.LastOrDefault(o => o.Last < spokesman.First && o.Kind == SourceKind.ArmedGroup && o.Name is not null) is { } own)
                    mentions[mentions.IndexOf(spokesman)] = own with { First = spokesman.First, Last = spokesman.Last + 1 };
                continue;
            }
            mentions.Remove(spokesman);
            mentions[mentions.IndexOf(group)] = group with { First = spokesman.First };
        }
    }

    /// <summary>
    /// Spans a bare spokesman over the common noun that possesses him ("The command's spokesman", "المتحدث باسم القيادة").
    /// </summary>
    private static void SpokesmenOfNouns(IReadOnlyList<ClaimWord> words, List<Mention> mentions)
    {
        // session 11, round 20: a bare spokesman possessed by a common noun ("The command's spokesman told", "المتحدث باسم القيادة")
        // spans it, so that the noun is read against the source it repeats (the caller's definite noun of a source named before:
        // "the state police command … The command's spokesman" is the police's)
        for (var k = 0; k < mentions.Count; k++)
        {
            if (mentions[k] is not { Kind: SourceKind.Government, Name: null } bare || bare.Last != bare.First || !SpokesmanWords.Contains(words[bare.First].Text))
                continue;
            if (bare.First >= 3 && words[bare.First - 1].Text == "s" && words[bare.First - 3].Text == "the" && !words[bare.First - 2].Capital
                && !mentions.Exists(m => m.First <= bare.First - 2 && bare.First - 2 <= m.Last))
                mentions[k] = bare with { First = bare.First - 3 };
            else if (bare.Last + 2 < words.Count && words[bare.Last + 1].Text == "باسم" && words[bare.Last + 2].Text.StartsWith("ال", StringComparison.Ordinal)
                && !mentions.Exists(m => m.First <= bare.Last + 2 && bare.Last + 2 <= m.Last))
                mentions[k] = bare with { Last = bare.Last + 2 };
        }
    }

    /// <summary>
    /// Gives a bare or possessed spokesman the source he speaks for: the spokesman named before, the sentence before's subject, this one's.
    /// </summary>
    private static void BareSpokesmen(ClaimSentence sentence, List<Mention> mentions, Mention? lastSpokesman, Attribution? possessor)
    {
        var words = sentence.Words;
        // "ونسب المتحدث الهجوم إلى…", "The spokesman added": a bare spokesman is the one named before, with whom he speaks for.
        if (lastSpokesman is not null)
            for (var k = 0; k < mentions.Count; k++)
                if (mentions[k] is { Kind: SourceKind.Government, Name: null } bare && bare.Last - bare.First <= (words[bare.First].Text == "porte" ? 1 : 0) && SpokesmanWords.Contains(words[bare.First].Text)
                    && (bare.First > 0 && words[bare.First - 1].Text is "the" or "le" or "l" || words[bare.First].Text.StartsWith("ال", StringComparison.Ordinal)
                        // session 11, round 20: a transcript's speaker label ("SPOKESMAN: …", "LE PORTE-PAROLE : …") is the spokesman introduced
                        || SpeakerLabel(sentence, bare))
                    && (bare.Last + 1 >= words.Count || words[bare.Last + 1].Text is not ("of" or "for" or "du" or "de" or "des" or "d" or "باسم" or "باسمها" or "باسمه")))
                    mentions[k] = bare with { Kind = lastSpokesman.Kind, Name = lastSpokesman.Name };
        // "L'armée tchadienne conteste ces chiffres. Son porte-parole assure…", "Its spokesman said", "their spokesperson": a
        // possessed bare spokesman opening its sentence speaks for the subject of the sentence before, whatever its kind.
        if (possessor is { Kind: not SourceKind.Unattributed })
            for (var k = 0; k < mentions.Count; k++)
                if (mentions[k] is { Kind: SourceKind.Government, Name: null } owned && owned.First > 0 && owned.Last - owned.First <= (words[owned.First].Text == "porte" ? 1 : 0)
                    && SpokesmanWords.Contains(words[owned.First].Text) && words[owned.First - 1].Text is "son" or "sa" or "its" or "their" or "leur" or "ses"
                    // a possessor in its own sentence is nearer: "Benin's government blamed … , its spokesman told reporters"
                    && !mentions.Exists(m => m.Last < owned.First && m.Kind is not (SourceKind.Unattributed or SourceKind.Media)))
                    mentions[k] = owned with { Kind = possessor.Kind, Name = possessor.Name, First = owned.First - 1 };
        // session 10, round 19: a possessed bare spokesman after its own sentence's subject speaks for that subject ("L'armée a tué
        // six assaillants, selon son porte-parole", "The army killed six attackers, according to its spokesman", "قتل الجيش ستة
        // مهاجمين، بحسب المتحدث باسمه"): the sentence's first speaker, not one named between (whom the subject fought)
        for (var k = 0; k < mentions.Count; k++)
            if (mentions[k] is { Kind: SourceKind.Government, Name: null } owned && owned.First > 0 && owned.Last - owned.First <= (words[owned.First].Text == "porte" ? 1 : 0)
                && SpokesmanWords.Contains(words[owned.First].Text)
                && (OrganisationPossessives.Contains(words[owned.First - 1].Text)
                    || words[owned.First].Text.StartsWith("ال", StringComparison.Ordinal) && owned.Last + 1 < words.Count && words[owned.Last + 1].Text is "باسمه" or "باسمها")
                // session 11, round 20: the first by position (lexicon names are listed before the vocabulary's: in "أعلنت هيئة الأركان
                // العامة للجيش التشادي، في بيان تلاه الناطق باسمها" the general staff opens the sentence, its army's name comes after)
                && mentions.Where(m => m.Last < owned.First && m.Kind is not (SourceKind.Unattributed or SourceKind.Media or SourceKind.Government)).MinBy(m => m.First) is { } subject
                // session 13, round 26: counted from past a dateline ("N'DJAMENA, 29 octobre (Reuters) - L'armée tchadienne a tué …,
                // a annoncé mardi son porte-parole"): the dateline's capital is removed, the army opens the sentence
                && subject.First - DatelineEnd(sentence) <= 3)
                mentions[k] = owned with { Kind = subject.Kind, Name = subject.Name };
    }

    /// <summary>The first word past a dateline's dash within the sentence's first twelve words ("BAMAKO, 3 mars (AFP) - "), else 0.</summary>
    private static int DatelineEnd(ClaimSentence sentence)
    {
        var words = sentence.Words;
        for (var k = 1; k < words.Count && k <= 12; k++)
            if (sentence.Between(k - 1, k) is var gap && (gap.IndexOfAny("–—") >= 0 || gap.Contains(" - ", StringComparison.Ordinal)))
                return k;
        return 0;
    }

    /// <summary>
    /// Adds an office holder possessed by a source ("son directeur", "its director", "مديره") as speaking for it.
    /// </summary>
    private static void PossessedHolders(IReadOnlyList<ClaimWord> words, List<Mention> mentions, Attribution? possessor)
    {
        // "L'hôpital … a reçu 22 blessés, a indiqué son directeur", "the hospital …, its director said", "مديره": an office holder
        // possessed by a source named before in the sentence (else the subject of the sentence before) speaks for it.
        for (var i = 1; i < words.Count; i++)
        {
            if (!OfficeHolders.Contains(words[i].Text) || mentions.Exists(m => m.First <= i && i <= m.Last))
                continue;
            if (OrganisationPossessives.Contains(words[i - 1].Text))
                AddPossessedSpeaker(mentions, possessor, i - 1, i);
            // session 13, round 26: the same holder of a body named by a general noun pointing back ("le directeur de
            // l'établissement", "the director of the facility") speaks for the body named before
            else if (InstitutionBack(words, i + 1) is var back and > 0)
                AddPossessedSpeaker(mentions, possessor, i - 1, i + back);
        }
    }

    /// <summary>Joins an army (or a group or body named right before him) and its spokesman, named side by side, into one mention.</summary>
    private static void ArmySpokesmen(ClaimSentence sentence, List<Mention> mentions)
    {
        var words = sentence.Words;
        // "a Nigerian Army spokesman", "the army's spokesman", "le porte-parole de l'armée", "المتحدث باسم الجيش": an army's spokesman speaks for the army.
        for (var k = 0; k + 1 < mentions.Count; k++)
        {
            var (a, b) = (mentions[k], mentions[k + 1]);
            bool Bare(Mention m) => m is { Kind: SourceKind.Government, Name: null } && SpokesmanWords.Contains(words[m.First].Text) && m.Last - m.First <= 1;
            if ((a.Kind == SourceKind.Army || BodyBeforeSpokesman(sentence, a, b)) && Bare(b) && b.First > a.Last
                && Enumerable.Range(a.Last + 1, b.First - a.Last - 1).All(g => words[g].Text is "s" or "'s"))
            {
                mentions[k] = a with { Last = b.Last };
                mentions.RemoveAt(k + 1);
            }
            else if (Bare(a) && b.Kind == SourceKind.Army && b.First > a.Last && b.First - a.Last <= 3
                && Enumerable.Range(a.Last + 1, b.First - a.Last - 1).All(g => words[g].Text is "of" or "the" or "de" or "du" or "l" or "la" or "باسم" or "d"))
            {
                mentions[k] = b with { First = a.First };
                mentions.RemoveAt(k + 1);
            }
        }
    }

    /// <summary>
    /// Whether a named group or a body of a kind of its own stands right before a spokesman as the English pre-modifier or
    /// possessor ("a JNIM spokesman", "an MSF spokeswoman", "ISWAP's spokesman", "a UN spokesperson").
    /// </summary>
    private static bool BodyBeforeSpokesman(ClaimSentence sentence, Mention body, Mention spokesman)
    {
        // session 14, round 27: the English word order of "le porte-parole du JNIM" / "المتحدث باسم الجماعة" (JoinSpokesmen):
        // the spokesman speaks for the body, not for a government. A medium's or an unattributed mention is no body with a
        // spokesman of its own, and a comma or a colon between them ends the name ("after ISWAP, a spokesman said").
        return (body.Kind is SourceKind.ArmedGroup && body.Name is not null
                || body.Kind is SourceKind.Ngo or SourceKind.Un or SourceKind.Local or SourceKind.Security or SourceKind.Hospital)
            && sentence.Between(body.Last, spokesman.First).IndexOfAny([',', '،', ';', ':', '.', '"', '«', '»']) < 0;
    }

    /// <summary>How many words "de l'établissement", "of the facility" span at <paramref name="at"/>, else 0.</summary>
    private static int InstitutionBack(IReadOnlyList<ClaimWord> words, int at)
    {
        return at + 2 < words.Count && words[at].Text is "de" or "of" && words[at + 1].Text is "l" or "the" && InstitutionNouns.Contains(words[at + 2].Text) ? 3 : 0;
    }

    /// <summary>General nouns that stand for a body named before: "l'établissement", "the facility", "la structure".</summary>
    private static readonly HashSet<string> InstitutionNouns = new(StringComparer.Ordinal) { "etablissement", "structure", "facility", "institution", "establishment" };
}
