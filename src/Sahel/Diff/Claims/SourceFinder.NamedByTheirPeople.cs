using Sahel.Normalize;

namespace Sahel.Diff.Claims;

/// <summary>
/// Session 18, round 40: an association NAMED by the people it gathers ("l'association des orpailleurs", "une association des
/// proches des disparus", "a fisheries association official", "the miners' association", "جمعية المنقبين", "جمعية لأقارب
/// المعتقلين") is the people themselves speaking: `local`, the README's rows "victims' collective, herders' or farmers'
/// association, community association" and "trade union". <see cref="PeopleAssociations"/> reads the people within four words
/// from a short list of trades; this step reads the association's own name, its head noun followed by the people's noun (past
/// "des", "de", "of", "the", or the Arabic construct and the "ل" of an indefinite head) or, in English, preceded by it, from
/// the whole class of people an association is made of: trades, kin, the displaced and the bereaved, home areas.
/// A rights association stays an NGO whatever people it defends ("association de défense des droits des orpailleurs").
/// </summary>
internal sealed partial class SourceFinder
{
    /// <summary>
    /// People an association is named by (normalised): trades and sectors, kin, the affected, a home area's sons and daughters; and
    /// the people of <see cref="UnknownSpeakerKinds.AssociatedPeople"/>, which round 28's nearby reading uses (one class, one list of
    /// it: only the words that list lacks are written here).
    /// </summary>
    private static readonly HashSet<string> PeopleNamingAnAssociation = new(new[]
    {
        // trades and sectors
        "orpailleurs", "mineurs", "chauffeurs", "transporteurs", "routiers", "bergers", "pasteurs", "paysans", "villageois", "enseignants",
        "ouvriers", "travailleurs", "artisans", "producteurs",
        "miners", "drivers", "transporters", "truckers", "shepherds", "pastoralists", "villagers", "teachers", "workers",
        "fisheries", "fishing", "farming", "livestock",
        "منقبين", "المنقبين", "منقبي", "المنقبون", "منقبون", "عمال", "العمال", "سائقين", "السائقين", "سائقي", "ناقلين", "الناقلين",
        "معلمين", "المعلمين",
        // kin and the affected
        "proches", "familles", "veuves", "orphelins", "deplaces", "refugies", "disparus", "detenus", "otages", "survivants", "rescapes",
        "relatives", "families", "widows", "orphans", "displaced", "refugees", "missing", "detainees", "hostages", "survivors",
        "اقارب", "الاقارب", "اهالي", "ذوي", "اسر", "عائلات", "العائلات", "ارامل", "الارامل", "ايتام", "الايتام",
        "نازحين", "النازحين", "لاجئين", "اللاجئين", "مفقودين", "المفقودين", "معتقلين", "المعتقلين", "مختطفين", "المختطفين", "الرهائن", "ناجين", "الناجين",
        // a home area's people: "Association des fils et filles de …", "جمعية أبناء المنطقة"
        "fils", "filles", "originaires", "natives", "ابناء", "اولاد",
    }.Select(TextNormalizer.Normalize).Concat(UnknownSpeakerKinds.AssociatedPeople), StringComparer.Ordinal);

    /// <summary>Words between an association's head and the people naming it: "des", "of the", "d'".</summary>
    private static readonly HashSet<string> AssociationGlue = new(StringComparer.Ordinal) { "des", "de", "d", "du", "of", "the", "for" };

    /// <summary>Reads as locals the associations (NGO mentions with no name) named by their people; see the type's remarks.</summary>
    private static void AssociationsNamedByTheirPeople(IReadOnlyList<ClaimWord> words, List<Mention> mentions)
    {
        for (var k = 0; k < mentions.Count; k++)
        {
            if (mentions[k] is not { Kind: SourceKind.Ngo, Name: null } m)
                continue;
            var head = Enumerable.Range(m.First, m.Last - m.First + 1).FirstOrDefault(j => words[j].Readings.Any(UnknownSpeakerKinds.AssociationHeads.Contains), -1);
            if (head < 0 || NamedForRights(words, head))
                continue;
            var after = head + 1;
            while (after < words.Count && after <= head + 2 && AssociationGlue.Contains(words[after].Text))
                after++;
            var named = after < words.Count && words[after].Readings.Any(PeopleNamingAnAssociation.Contains)
                // English: "the miners' association", "a fisheries association official" (the possessive "s" may stand between)
                || head > 0 && PeopleNamingAnAssociation.Contains(words[head - 1].Text)
                || head > 1 && words[head - 1].Text == "s" && PeopleNamingAnAssociation.Contains(words[head - 2].Text);
            if (named)
                mentions[k] = m with { Kind = SourceKind.Local };
        }
    }

    /// <summary>A rights word within four words of the head: "association de défense des droits des orpailleurs", "جمعية حقوقية".</summary>
    private static bool NamedForRights(IReadOnlyList<ClaimWord> words, int head) =>
        Enumerable.Range(Math.Max(0, head - 4), Math.Min(words.Count, head + 5) - Math.Max(0, head - 4)).Any(j => UnknownSpeakerKinds.RightsWords.Contains(words[j].Text));
}
