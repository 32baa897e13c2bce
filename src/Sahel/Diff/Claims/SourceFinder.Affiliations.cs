using Sahel.Normalize;

namespace Sahel.Diff.Claims;

/// <summary>
/// Lexicon names and how groups relate: names read also without a possessive "'s" ("Islamic State's Sahel Province"), a
/// medium a group owns ("JNIM's media arm", "وكالة أعماق التابعة لتنظيم الدولة"), and a group named as another's affiliate
/// ("lié à Al-Qaïda", "Al Qaeda affiliate JNIM", "a member of JNIM"), which is no speaker of its own there.
/// </summary>
internal sealed partial class SourceFinder
{
    /// <summary>Words between a medium and the group it belongs to: "du", "of", "التابعة ل…", or nothing but an Arabic "ل".</summary>
    private static readonly HashSet<string> OwnedBy = new(StringComparer.Ordinal) { "du", "de", "des", "d", "of", "the", "l", "la", "le", "التابعه", "التابع" };

    /// <summary>
    /// A medium the group owns: "JNIM's media arm" (the group, its "'s", the medium), "le média de propagande du JNIM",
    /// "الذراع الإعلامية لجماعة…", "وكالة أعماق التابعة لتنظيم الدولة" (the medium, a word of belonging, the group), also
    /// past another name of the medium in apposition ("مؤسسة الزلاقة، الذراع الإعلامية لجماعة…").
    /// </summary>
    private static bool OwnsMedium(IReadOnlyList<ClaimWord> words, Mention group, Mention medium)
    {
        if (OwnsMediumPastItsAdjectives(words, group, medium))
            return true;
        if (group.Last < medium.First)
            return medium.First - group.Last == 2 && words[group.Last + 1].Text == "s";
        var gap = Enumerable.Range(medium.Last + 1, Math.Max(0, group.First - medium.Last - 1)).ToList();
        if (gap.Count <= 2 && gap.All(k => OwnedBy.Contains(words[k].Text)) && (gap.Count > 0 || words[group.First].Text.StartsWith('ل')))
            return true;
        // Right before a group already joined to another name of the medium: "وكالة" before "أعماق التابعة لتنظيم الدولة".
        if (gap.Count == 0 && PhraseMatch.At(words, group.First, SourceVocabulary.Sources) is { Value.Kind: SourceKind.Media })
            return true;
        // An apposition: the medium named twice, then its group.
        return gap.Count is > 0 and <= 4 && words[gap[0]].Text is var next && PhraseMatch.At(words, gap[0], SourceVocabulary.Sources) is { Value.Kind: SourceKind.Media } other
            && OwnsMedium(words, group, medium with { First = gap[0], Last = gap[0] + other.Length - 1 }) && next.Length > 0;
    }

    /// <summary>
    /// Names in the sentence; also read without a possessive "'s", so "Islamic State's Sahel Province" is the
    /// affiliate's own name (Islamic State Sahel Province) while "Mali's army" stays as the lexicon writes it.
    /// </summary>
    private List<EntityRecognizer.Match> Recognize(ClaimSentence sentence)
    {
        var words = sentence.Words;
        var matches = recognizer.Recognize(words.Select(w => w.Token).ToList());
        var kept = new List<int>(words.Count);
        for (var k = 0; k < words.Count; k++)
            if (!IsPossessiveS(sentence, k))
                kept.Add(k);
        if (kept.Count == words.Count)
            return matches;
        foreach (var reduced in recognizer.Recognize(kept.Select(k => words[k].Token).ToList()))
        {
            var first = kept[reduced.Start];
            var last = kept[reduced.Start + reduced.Length - 1];
            if (last - first + 1 == reduced.Length || reduced.Actor is null)
                continue; // no possessive inside: the first reading has it
            matches.RemoveAll(m => m.Start <= last && first < m.Start + m.Length);
            matches.Add(reduced with { Start = first, Length = last - first + 1 });
        }
        matches.Sort((a, b) => a.Start.CompareTo(b.Start));
        return matches;
    }

    /// <summary>The "s" of "Islamic State's": written right after an apostrophe that follows a capitalised word.</summary>
    private static bool IsPossessiveS(ClaimSentence sentence, int k) =>
        k > 0 && sentence.Words[k].Text == "s" && sentence.Words[k - 1].Capital && sentence.Words[k].Start > 0
        && sentence.Text[sentence.Words[k].Start - 1] is '\'' or '’' && sentence.Words[k].Start - 1 == sentence.Words[k - 1].End;

    /// <summary>An apposition that names another group: "lié à Al-Qaïda", "Al Qaeda affiliate JNIM", "JNIM, al Qaeda's Sahel branch".</summary>
    internal static bool IsAffiliation(IReadOnlyList<ClaimWord> words, Mention group, List<Mention> mentions)
    {
        if (!mentions.Any(o => o != group && o.Kind == SourceKind.ArmedGroup && o.Name is not null && o.Name != group.Name && Math.Abs(o.First - group.First) <= 8))
            return false;
        // "lié à Al-Qaïda", "linked to al Qaeda", "المرتبطة بتنظيم القاعدة": the parent after a word of affiliation and its preposition.
        var before = group.First > 1 && words[group.First - 1].Text is "a" or "to" or "de" or "d" or "with" && AffiliatedTo.Contains(words[group.First - 2].Text)
            || group.First > 0 && AffiliatedTo.Contains(words[group.First - 1].Text) && ArabicScript.Starts(words[group.First - 1].Text);
        // "Al Qaeda affiliate JNIM", "al Qaeda-linked JNIM", "JNIM, al Qaeda's Sahel branch": the parent before its noun.
        // Not "JNIM, an affiliate of al Qaeda": there the parent comes after "of".
        var after = Enumerable.Range(group.Last + 1, Math.Min(3, words.Count - group.Last - 1)).Any(k => ParentOf.Contains(words[k].Text)
            && (k + 1 >= words.Count || words[k + 1].Text is not ("of" or "de" or "du" or "d")));
        // "an affiliate of al Qaeda", "فرع تنظيم القاعدة": the parent after a noun of affiliation.
        before = before || group.First > 1 && words[group.First - 1].Text is "of" or "de" or "du" or "d" && AffiliateNouns.Contains(words[group.First - 2].Text)
            || group.First > 0 && AffiliateNouns.Contains(words[group.First - 1].Text) && ArabicScript.Starts(words[group.First - 1].Text);
        return before || after;
    }

    private static readonly HashSet<string> AffiliatedTo = new(StringComparer.Ordinal)
    {
        "lie", "liee", "lies", "affilie", "affiliee", "proche", "linked", "affiliated", "allied", "tied", "المرتبطه", "المرتبط", "التابعه", "التابع",
    };

    private static readonly HashSet<string> ParentOf = new(StringComparer.Ordinal) { "affiliate", "linked", "branch", "offshoot" };

    /// <summary>Nouns of affiliation before the parent: "an affiliate of", "la branche de", "فرع".</summary>
    private static readonly HashSet<string> AffiliateNouns = new(StringComparer.Ordinal) { "affiliate", "branch", "offshoot", "wing", "branche", "filiale", "فرع", "ذراع",
        // "Ansarul Islam, membre du GSIM", "a member of JNIM", "une composante du GSIM"
        "membre", "member", "composante", "component" };
}
