using Sahel.Model;

namespace Sahel.Diff.Claims;

/// <summary>
/// Session 8, toll sources: speakers the vocabulary cannot list by name, read from their shape. People of a trade or a
/// place speaking in the plural ("Des pêcheurs … affirment", "Farmers in the area say", "وقال صيادون"), a firm by its legal
/// form ("Sanmatenga Gold SA"), an organisation named by its cause ("the Northern Rights Forum"), an association of a
/// community or a trade ("une association peule", "a miners' association"), and an office holder of an institution
/// ("the police command's spokesman", "مسؤول في المنظمة"), who speaks for it.
/// </summary>
internal sealed partial class SourceFinder
{
    /// <summary>Private persons in the plural, of a trade or a place, who may speak to a reporter (fr, en, ar).</summary>
    private static readonly HashSet<string> PluralPersons = new(StringComparer.Ordinal)
    {
        "pecheurs", "eleveurs", "bergers", "chauffeurs", "commercants", "agriculteurs", "cultivateurs", "paysans", "orpailleurs", "passagers", "villageois",
        "femmes", "jeunes", "enseignants", "chasseurs", "mineurs", "ouvriers", "voyageurs", "commercantes",
        "fishermen", "herders", "herdsmen", "farmers", "drivers", "traders", "miners", "passengers", "villagers", "women", "youths", "teachers", "workers", "travellers", "travelers",
        "صيادون", "صيادين", "مزارعون", "مزارعين", "سائقون", "سائقين", "تجار", "ركاب", "قرويون", "قرويين", "معلمون", "عمال", "منقبون", "منقبين", "مسافرون", "مسافرين",
        // session 9: vigilantes and hunters speaking in the plural (their committees and groups are in SourceVocabulary)
        "vigilantes", "hunters", "miliciens", "صيادون تقليديون",
    };

    /// <summary>
    /// "Des chauffeurs rentrés à Kaya parlent de…", "Farmers in the area say", "وقال صيادون لجؤوا إلى مونغونو إن": people in the
    /// plural, not counted (no number before them), who open the clause of a verb of telling within eight words (no toll word
    /// between: "des pêcheurs tués, selon…" were counted, they do not speak), or, in Arabic, who follow that verb.
    /// </summary>
    private static void PluralSpeakers(IReadOnlyList<ClaimWord> words, List<Mention> mentions)
    {
        for (var i = 0; i < words.Count; i++)
        {
            if (!PluralPersons.Contains(words[i].Text) || Within(mentions, i))
                continue;
            if (i > 0 && (words[i - 1].Number is not null || ClaimVocabulary.Cardinals.ContainsKey(words[i - 1].Text) || words[i - 1].Text is "of" or "de" or "d" or "parmi" or "among" or "les"))
                continue;
            bool speaks;
            if (ArabicScript.Starts(words[i].Text))
                speaks = i > 0 && PhraseMatch.Is(words[i - 1], SourceVocabulary.Verbs);
            else
            {
                speaks = false;
                for (var k = i + 1; k < words.Count && k <= i + 8; k++)
                {
                    if (PhraseMatch.At(words, k, ClaimVocabulary.TollWords) is not null || words[k].Number is not null)
                        break;
                    if (PhraseMatch.At(words, k, SourceVocabulary.Verbs) is not null)
                    {
                        speaks = true;
                        break;
                    }
                }
            }
            if (speaks)
                mentions.Add(new Mention(SourceKind.Local, null, i, i, false));
        }
    }

    private static bool Within(List<Mention> mentions, int at)
    {
        foreach (var m in mentions)
            if (m.First <= at && at <= m.Last)
                return true;
        return false;
    }

    /// <summary>Legal forms that close a firm's name: "Sanmatenga Gold SA", "Boungou Ridge Mining plc".</summary>
    private static readonly HashSet<string> LegalForms = new(StringComparer.Ordinal) { "sa", "sarl", "plc", "ltd", "inc", "limited", "llc" };

    /// <summary>Head nouns of an organisation's name, and the causes that make it a rights or aid organisation.</summary>
    private static readonly HashSet<string> OrganisationHeads = new(StringComparer.Ordinal)
    {
        // (not "Centre": "the Bandiagara Referral Health Centre" is a hospital)
        "alliance", "network", "forum", "watch", "observatory", "collective", "coalition", "initiative", "foundation", "project",
        "reseau", "observatoire", "collectif", "fondation", "ligue",
    };

    private static readonly HashSet<string> Causes = new(StringComparer.Ordinal)
    {
        "rights", "justice", "relief", "care", "aid", "health", "humanitarian", "medical", "accountability", "droits", "justice", "sante", "secours", "impunite", "humanitaire",
        // session 11, round 20: French "care" and "aid", as the English ("l'Alliance Soins du Sahel", "Réseau Aide et Secours")
        "soins", "aide", "medicale", "medical",
    };

    /// <summary>
    /// A firm by its legal form ("Sanmatenga Gold SA": local, the victims' employer) and an organisation named by its cause, a
    /// capitalised name with an organisation's head ("the Northern Rights Forum", "Savannah Relief Network", "Frontline Care
    /// Alliance", "le Réseau … des droits"): a rights or aid organisation.
    /// </summary>
    private static void NamedOrganisations(IReadOnlyList<ClaimWord> words, List<Mention> mentions)
    {
        for (var i = 1; i < words.Count; i++)
        {
            // read for every word: two set look-ups first, the mentions only for a name's last word
            if (!LegalForms.Contains(words[i].Text) && !OrganisationHeads.Contains(words[i].Text) || Within(mentions, i))
                continue;
            if (LegalForms.Contains(words[i].Text) && words[i].Capital && words[i - 1].Capital && !words[i - 1].Upper || words[i].Text is "plc" or "sarl" && words[i - 1].Capital)
            {
                var first = i - 1;
                while (first > 0 && words[first - 1].Capital && !mentions.Exists(m => m.First <= first - 1 && first - 1 <= m.Last) && i - first < 5)
                    first--;
                mentions.Add(new Mention(SourceKind.Local, null, first, i, false));
                continue;
            }
            if (!OrganisationHeads.Contains(words[i].Text) || !words[i].Capital)
                continue;
            // English puts the head last ("Northern Rights Forum"); French first ("Réseau sahélien des droits humains")
            var start = i;
            while (start > 0 && words[start - 1].Capital && words[start - 1].Number is null && i - start < 4)
                start--;
            var end = i;
            while (end + 1 < words.Count && end - i < 5 && (words[end + 1].Capital || words[end + 1].Text is "des" or "de" or "du" or "pour" or "la" or "l" or "et" && end + 2 < words.Count && words[end + 2].Capital))
                end++;
            if (start == end || mentions.Exists(m => m.First <= end && start <= m.Last))
                continue;
            if (Enumerable.Range(start, end - start + 1).Any(k => Causes.Contains(words[k].Text)))
                mentions.Add(new Mention(SourceKind.Ngo, null, start, end, false));
            i = end;
        }
    }

    /// <summary>Trades named in an English union's name that are no plural of a person: "Haulage Union", "transport union".</summary>
    private static readonly HashSet<string> UnionTrades = new(StringComparer.Ordinal) { "haulage", "transport", "trade", "labour", "labor", "mining", "teaching", "nursing" };

    /// <summary>A trade's people in the plural ("teachers", "truckers", "herdsmen"), as a union's name holds them.</summary>
    private static bool TradePeople(ClaimWord word) =>
        PluralPersons.Contains(word.Text) || UnionTrades.Contains(word.Text) || word.Text.Length > 4 && (word.Text.EndsWith("ers", StringComparison.Ordinal) || word.Text.EndsWith("men", StringComparison.Ordinal));

    /// <summary>
    /// session 10: an English union of a trade speaks as locals, as "syndicat" and "نقابة" do ("the national truckers' union
    /// said", "the Nigeria Union of Teachers", "the Ghana Long Distance Haulage Union"): "union" with a trade's people or a trade
    /// right before it or after "of" (not a bloc of states, "the African Union", "the European Union": no trade in their names).
    /// </summary>
    private static void TradeUnions(IReadOnlyList<ClaimWord> words, List<Mention> mentions)
    {
        for (var i = 1; i < words.Count; i++)
        {
            if (words[i].Text != "union" || Within(mentions, i))
                continue;
            var before = TradePeople(words[i - 1]) || i > 1 && words[i - 1].Text == "s" && TradePeople(words[i - 2]);
            // after "of", any people in the plural: "Union of Nurses", "Union of Journalists"
            var of = i + 2 < words.Count && words[i + 1].Text == "of" && (TradePeople(words[i + 2]) || words[i + 2].Text.Length > 4 && words[i + 2].Text.EndsWith('s'));
            if (!before && !of)
                continue;
            var first = i - 1;
            // the name's capitalised words before it ("the Ghana Long Distance Haulage Union"), within five
            while (first > 0 && words[first - 1].Capital && words[first - 1].Text != "the" && !ArabicScript.Starts(words[first - 1].Text) && i - first < 5 && !Within(mentions, first - 1))
                first--;
            if (!before && !words[i].Capital)
                first = i;
            // the trade's people inside the name are not a second source ("the National Union of Nurses" is no hospital)
            var last = of ? i + 2 : i;
            mentions.RemoveAll(m => m.First >= first && m.Last <= last);
            mentions.Add(new Mention(SourceKind.Local, null, first, last, false));
            i = of ? i + 2 : i;
        }
    }

    /// <summary>
    /// "a miners' association", "l'association des pêcheurs", "the herders association": an association of a trade speaks as
    /// locals (a rights association stays an NGO). Not a community's ("une association peule"): the labels read it both ways
    /// (an NGO for the first writer, locals for the sixth), so it keeps the NGO reading it had.
    /// </summary>
    /// <remarks>Session 11, round 20: also with the English possessive ("the fishermen's association") and when the people of the
    /// complement are themselves a local source ("l'association des parents d'élèves", "the association of displaced people").
    /// Not in Arabic, where the first writer labels "جمعية للرعاة" an NGO (the source-kinds table's majority reads it local).</remarks>
    private static bool OfACommunity(IReadOnlyList<ClaimWord> words, Mention m, List<Mention> mentions)
    {
        // the association's spokesman speaks for it ("the spokesman of an association of displaced people"): read from its noun
        if (SpokesmanWords.Contains(words[m.First].Text) && Enumerable.Range(m.First, m.Last - m.First + 1).FirstOrDefault(k => words[k].Text is "association" or "associations", -1) is var noun and > 0)
            m = m with { First = noun };
        if (words[m.First].Text is not ("association" or "associations" or "collectif"))
            return false;
        if (m.First > 0 && PluralPersons.Contains(words[m.First - 1].Text) || m.First > 1 && words[m.First - 1].Text == "s" && PluralPersons.Contains(words[m.First - 2].Text))
            return true;
        var k = m.Last + 1;
        if (k < words.Count && words[k].Text is "des" or "de" or "of" or "d")
            k++;
        return k < words.Count && (PluralPersons.Contains(words[k].Text) || mentions.Exists(o => o is { Kind: SourceKind.Local, Name: null } && o.First == k && !o.Self));
    }

    /// <summary>"le Collectif contre l'impunité", "collectif de défense des droits": a collective of a cause is a rights group.</summary>
    private static bool OfACause(IReadOnlyList<ClaimWord> words, Mention m) =>
        words[m.First].Text is "collectif" or "collective" && Enumerable.Range(m.Last + 1, Math.Max(0, Math.Min(4, words.Count - m.Last - 1))).Any(k => Causes.Contains(words[k].Text));

    /// <summary>Office holders who speak for the institution named right after or before them.</summary>
    private static readonly HashSet<string> Officials = new(StringComparer.Ordinal)
    {
        // (session 13, round 25: the indefinite Arabic spokesman too, "متحدث باسم شرطة الولاية", as "a spokesman for the state police")
        "spokesman", "spokesperson", "spokeswoman", "porte", "المتحدث", "الناطق", "متحدث", "ناطق", "official", "officials", "مسوول", "مسوولا", "مسوولون", "responsable", "responsables", "director", "directeur",
    };

    /// <summary>Words between an office holder and the institution he speaks for: "of", "at", "de", "في", "باسم", the UN's Secretary-General.</summary>
    private static readonly HashSet<string> OfficeJoiners = new(StringComparer.Ordinal)
    {
        "of", "at", "with", "for", "the", "de", "du", "des", "d", "l", "la", "le", "في", "باسم", "secretary", "general", "secretaire", "الامين", "العام",
    };

    /// <summary>An institution's office or branch between the holder and the institution: "مركز الإيواء التابع لـ", "the transit centre of".</summary>
    private static readonly HashSet<string> OfficePlaces = new(StringComparer.Ordinal)
    {
        "مركز", "مكتب", "فرع", "centre", "center", "office", "bureau", "antenne", "branch", "التابع", "التابعه", "run", "by",
    };

    /// <summary>
    /// Session 12, round 24: whether the words from <paramref name="from"/> up to <paramref name="to"/> join an office holder to
    /// his institution: joiners only within three words ("مسؤول في المنظمة", "un responsable de l'ONG"), or past the institution's
    /// office or branch and one word of its own ("مسؤول في مركز الإيواء التابع لمنظمة الهجرة", "an official at the IOM's transit
    /// centre" reads the other way and is not taken here).
    /// </summary>
    private static bool OfficeGap(IReadOnlyList<ClaimWord> words, int from, int to)
    {
        if (to - from <= 3 && Enumerable.Range(from, to - from).All(g => OfficeJoiners.Contains(words[g].Text)))
            return true;
        var place = Enumerable.Range(from, to - from).FirstOrDefault(g => OfficePlaces.Contains(words[g].Text), -1);
        return place >= 0 && Enumerable.Range(from, to - from).All(g => OfficeJoiners.Contains(words[g].Text) || OfficePlaces.Contains(words[g].Text) || g == place + 1);
    }

    /// <summary>
    /// "the police command's spokesman", "a spokesman for the UN", "un responsable de l'ONG", "مسؤول في المنظمة", "المتحدث باسم الأمين
    /// العام للأمم المتحدة": an office holder speaks for the institution (UN, NGO, hospital, police) named right after him, or
    /// possessing him, not for a government.
    /// </summary>
    private static void OfficeHoldersOf(ClaimSentence sentence, List<Mention> mentions)
    {
        var words = sentence.Words;
        mentions.Sort((a, b) => a.First.CompareTo(b.First));
        // session 9: a generic noun and the organisation's name after it are one mention: "The medical charity Frontline Medics
        // Sahel said" is the charity, not the medics its name holds ("l'ONG Médecins du Désert", "the rights group Sahel Watch").
        for (var k = mentions.Count - 1; k > 0; k--)
            if (mentions[k - 1] is { Kind: SourceKind.Ngo or SourceKind.Un, Name: null } generic && mentions[k] is { Name: null } inName && inName.Kind != generic.Kind
                && inName.First > generic.Last && Enumerable.Range(generic.Last + 1, inName.Last - generic.Last).All(g => words[g].Capital && !ArabicScript.Starts(words[g].Text)))
            {
                var end = inName.Last;
                while (end + 1 < words.Count && words[end + 1].Capital && !mentions.Exists(o => o.First == end + 1))
                    end++;
                mentions[k - 1] = generic with { Last = end };
                mentions.RemoveAt(k);
            }
        for (var k = 0; k + 1 < mentions.Count; k++)
        {
            var (a, b) = (mentions[k], mentions[k + 1]);
            bool Holder(Mention m) => m.Name is null && m.Kind is SourceKind.Government or SourceKind.Local && m.Last - m.First <= 1 && Officials.Contains(words[m.First].Text);
            static bool Institution(Mention m) => m.Kind is SourceKind.Un or SourceKind.Ngo or SourceKind.Hospital or SourceKind.Security;
            // session 9: an official of a local body speaks as a local ("مسؤول في الإدارة الأهلية", "an official of the local
            // government", "un responsable de la mairie"), not for the government a bare "official" is read as
            bool LocalBody(Mention m) => m is { Kind: SourceKind.Local, Name: null } && (m.Last > m.First || words[m.First].Text is "بلديه" or "البلديه" or "mairie" or "municipalite" or "municipality"
                // session 13, round 25: a company by its bare noun is such a body too (the README's row "company": `local`), "مسؤول في
                // الشركة المشغلة", "an official of the company"
                or "الشركه" or "شركه" or "company" or "societe" or "entreprise");
            // session 11, round 20: a local body's official in the English compound too ("a transport union official", "the town
            // council's spokesman"), as "an official of the local government" below
            if ((Institution(a) || LocalBody(a) && !ArabicScript.Starts(words[a.First].Text)) && Holder(b) && b.First > a.Last && b.First - a.Last <= 2 && Enumerable.Range(a.Last + 1, b.First - a.Last - 1).All(g => words[g].Text is "s" or "'s"))
            {
                mentions[k] = a with { Last = b.Last };
                mentions.RemoveAt(k + 1);
            }
            else if (Holder(a) && (Institution(b) || LocalBody(b)) && b.First > a.Last && b.First - a.Last <= 6 && sentence.Between(a.Last, b.First).IndexOfAny([',', '،', ';', ':']) < 0
                && OfficeGap(words, a.Last + 1, b.First))
            {
                mentions[k] = b with { First = a.First };
                mentions.RemoveAt(k + 1);
            }
        }
    }
}
