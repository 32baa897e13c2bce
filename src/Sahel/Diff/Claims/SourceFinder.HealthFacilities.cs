namespace Sahel.Diff.Claims;

/// <summary>
/// Session 15, round 31: a health facility and its staff speak as the hospital (the README's row "health worker, hospital
/// director, a health centre's or health district's staff": `hospital`). A health centre is a place as often as a speaker
/// ("l'attaque du centre de santé"), so the vocabulary does not list it; it speaks here only by structure: an office holder of it
/// ("le chef du service de santé de Goundam", "مدير المركز الصحي في البلدة", "the head of the health centre", "un responsable du
/// principal hôpital"), or the facility itself as the subject of a verb of saying ("The camp's medical centre said", "أفاد المركز
/// الصحي") or after "selon"/"according to"/"حسب".
/// </summary>
internal sealed partial class SourceFinder
{
    /// <summary>Office holders of a facility, normalised: "le chef", "the head", "مدير", "مسؤول".</summary>
    private static readonly HashSet<string> FacilityHolders = new(StringComparer.Ordinal)
    {
        "responsable", "responsables", "chef", "directeur", "directrice", "major", "personnel",
        "head", "director", "official", "officials", "staff", "manager",
        "مدير", "مديره", "رييس", "رئيس", "مسوول", "مسوولا", "مسوولون", "العاملون", "طاقم",
    };

    /// <summary>Adjectives a facility may take between its holder and its noun: "du principal hôpital", "the main clinic".</summary>
    private static readonly HashSet<string> FacilityAdjectives = new(StringComparer.Ordinal) { "principal", "main", "local", "regional", "public" };

    /// <summary>Words right before a facility that make it a source: "selon", "according to", "حسب", "وفق".</summary>
    private static readonly HashSet<string> FacilityCues = new(StringComparer.Ordinal) { "selon", "to", "حسب", "بحسب", "وفق", "وفقا" };

    /// <summary>The number of words of the health facility named at <paramref name="k"/>, or 0.</summary>
    private static int FacilityAt(IReadOnlyList<ClaimWord> words, int k)
    {
        string At(int j) => j < words.Count ? words[j].Text : "";
        var w = At(k);
        if (w is "hopital" or "hospital" or "clinic" or "cscom" or "csps" or "مستشفى" or "المستشفى" or "مستوصف" or "المستوصف")
            return 1;
        // "centre de santé", "service de santé", "poste de santé", "district sanitaire"
        if (w is "centre" or "service" or "services" or "poste" && At(k + 1) is "de" && At(k + 2) is "sante")
            return 3;
        if (w is "district" && At(k + 1) is "sanitaire")
            return 2;
        // "health centre", "medical center", "health post"
        if (w is "health" or "medical" && At(k + 1) is "centre" or "center" or "post" or "clinic")
            return 2;
        // "المركز الصحي", "مركز صحي", "الوحدة الصحية"
        if (w is "المركز" or "مركز" or "الوحده" or "وحده" && At(k + 1) is "الصحي" or "صحي" or "الصحيه" or "صحيه")
            return 2;
        return 0;
    }

    /// <summary>Reads a health facility's office holder, or the facility as the subject of a verb of saying, as the hospital.</summary>
    private static void HealthFacilitySpeakers(ClaimSentence sentence, List<Mention> mentions)
    {
        var words = sentence.Words;
        for (var f = 0; f < words.Count; f++)
        {
            var length = FacilityAt(words, f);
            if (length == 0)
                continue;
            var last = f + length - 1;
            var first = HolderBefore(sentence, f);
            if (first < 0 && !mentions.Exists(m => m.First <= last && m.Last >= f) && FacilitySpeaks(words, f, last))
                first = f;
            if (first >= 0)
            {
                mentions.RemoveAll(m => m.First <= last && m.Last >= first);
                mentions.Add(new Mention(SourceKind.Hospital, null, first, last, false));
            }
            f = last;
        }
        mentions.Sort((a, b) => a.First.CompareTo(b.First));
    }

    /// <summary>The office holder before the facility at <paramref name="facility"/>: its title, past at most three glue words or adjectives, no comma; else -1.</summary>
    private static int HolderBefore(ClaimSentence sentence, int facility)
    {
        var words = sentence.Words;
        var k = facility - 1;
        while (k >= 0 && facility - k <= 3 && (BodyGlue.Contains(words[k].Text) || FacilityAdjectives.Contains(words[k].Text)) && !sentence.CommaBefore(k + 1))
            k--;
        return k >= 0 && FacilityHolders.Contains(words[k].Text) && !sentence.CommaBefore(k + 1) ? k : -1;
    }

    /// <summary>Whether the facility is the subject of a verb of saying (after it, or before it in Arabic) or follows "selon"/"according to".</summary>
    private static bool FacilitySpeaks(IReadOnlyList<ClaimWord> words, int first, int last)
    {
        if (first > 0 && FacilityCues.Contains(words[first - 1].Text) && (words[first - 1].Text != "to" || first > 1 && words[first - 2].Text == "according"))
            return true;
        if (ArabicScript.Starts(words[first].Text))
            return first > 0 && PhraseMatch.At(words, first - 1, SourceVocabulary.Verbs) is not null;
        var next = last + 1;
        if (next < words.Count && Auxiliaries.Contains(words[next].Text))
            next++;
        return PhraseMatch.At(words, next, SourceVocabulary.Verbs) is not null;
    }
}
