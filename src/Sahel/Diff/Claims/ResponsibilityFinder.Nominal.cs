namespace Sahel.Diff.Claims;

/// <summary>
/// Session 7, the blame as a noun: "les accusations du gouvernement contre le FLA", "the army's accusation that ISWAP
/// carried out the attack", "the government's allegations against JNIM", "اتهامات الحكومة لجماعة نصرة الإسلام". The one
/// accusing is the noun's complement (or its possessor); the one accused follows "contre", "against", "that", "ضد" or, in
/// Arabic, comes right after the accuser.
/// </summary>
internal static partial class ResponsibilityFinder
{
    private static readonly HashSet<string> AccusationNounsOfBlame = new(StringComparer.Ordinal)
    {
        "accusation", "accusations", "allegation", "allegations", "accusing", "اتهامات", "الاتهامات", "اتهام", "الاتهام", "واتهامات", "اتهاماتها", "اتهاماته",
    };

    private static readonly HashSet<string> AgainstWords = new(StringComparer.Ordinal)
    {
        "contre", "against", "visant", "targeting", "that", "que", "qu", "lesquelles", "ضد", "بحق", "ل", "بان", "ان",
    };

    /// <summary>A blame told as a noun, when the sentence has no other statement about the one accused.</summary>
    private static ResponsibilityClaim? NominalBlame(ClaimSentence sentence, List<SourceFinder.Mention> mentions, List<SourceFinder.Mention> actors)
    {
        var words = sentence.Words;
        for (var k = 0; k < words.Count; k++)
        {
            if (!AccusationNounsOfBlame.Contains(words[k].Text))
                continue;
            // The accuser: "the government's accusation" (the possessor before), "les accusations du gouvernement", "اتهامات الحكومة" (after).
            var accuser = k > 1 && words[k - 1].Text == "s" ? mentions.LastOrDefault(m => m.Last == k - 2) : null;
            accuser ??= mentions.FirstOrDefault(m => m.First > k && m.First - k <= 3 && m.Kind is not (SourceKind.Unattributed or SourceKind.Media)
                && Enumerable.Range(k + 1, m.First - k - 1).All(j => words[j].Text is "de" or "du" or "des" or "d" or "l" or "la" or "le" or "les" or "of" or "by" or "the" or "portees" or "par"));
            if (accuser is null || accuser.Kind == SourceKind.Unattributed)
                continue;
            var from = Math.Max(k, accuser.Last) + 1;
            var accused = actors.FirstOrDefault(m => m.First >= from && m.First - from <= 4 && m.Name is not null && m.Name != accuser.Name
                && m.Kind is SourceKind.ArmedGroup or SourceKind.Army
                && (Enumerable.Range(from, m.First - from).Any(j => AgainstWords.Contains(words[j].Text))
                    || ArabicScript.Starts(words[m.First].Text) && (m.First == from || words[m.First].Text.StartsWith('ل'))));
            if (accused is null || Negated(sentence, k))
                continue;
            return BlameOf(accused, new Attribution { Kind = accuser.Kind, Name = accuser.Name, Text = sentence.Quote(accuser.First, accuser.Last) }, sentence);
        }
        return null;
    }
}
