namespace Sahel.Diff.Claims;

/// <summary>
/// The words claims are recognised by, in French, English and Arabic, in normalised form (lower case, no
/// accents, ة → ه, أ → ا; see TextNormalizer). Arabic words are matched with their proclitics read off
/// (وقتل, لمقتل), so only bare forms are listed here. Several-word cues are space-separated.
/// </summary>
internal static partial class ClaimVocabulary
{
    /// <summary>What an attack or a claim was aimed at.</summary>
    public static readonly PhraseVocabulary<string> TargetWords = Build(new Dictionary<string, string[]>
    {
        ["convoy"] = ["convoi", "convoy", "قافله", "القافله"],
        ["camp"] = ["camp", "base", "caserne", "detachement", "barracks", "detachment", "معسكر", "ثكنه", "قاعده عسكريه"],
        ["position"] = ["position", "poste", "post", "checkpoint", "موقع", "مركز"],
        ["patrol"] = ["patrouille", "patrol", "دوريه"],
        ["village"] = ["village", "hameau", "hamlet", "قريه"],
        ["market"] = ["marche", "market", "سوق"],
    });

    /// <summary>What a claimant says it did: "complètement détruit", "دمرت بالكامل", "seized".</summary>
    public static readonly PhraseVocabulary<string> OutcomeWords = Build(new Dictionary<string, string[]>
    {
        ["destroyed"] = ["detruit", "detruits", "detruite", "aneanti", "destroyed", "wiped out", "تدمير", "دمرت", "دمر", "دمرنا"],
        ["seized"] = ["saisi", "saisis", "empare", "emparés", "emparees", "butin", "seized", "captured", "استولى", "استولت", "استولوا", "غنم", "غنائم"],
        ["repelled"] = ["repousse", "repoussee", "repelled", "foiled", "repulsed", "صد", "احباط", "تصدى"],
        ["held"] = ["tenu", "controle", "held", "controlled", "سيطر", "سيطرت", "السيطره"],
    });

    /// <summary>Words normalised into a set (several spellings may normalise to one word).</summary>
    public static PhraseVocabulary<bool> Set(params string[] words)
    {
        var set = new PhraseVocabulary<bool>();
        foreach (var word in words)
            set.AddPhrase(Sahel.Normalize.TextNormalizer.Normalize(word), true);
        return set;
    }

    private static PhraseVocabulary<TValue> Build<TValue>(Dictionary<TValue, string[]> byValue) where TValue : notnull
    {
        var words = new PhraseVocabulary<TValue>();
        foreach (var (value, list) in byValue)
            foreach (var word in list)
                words.AddPhrase(Sahel.Normalize.TextNormalizer.Normalize(word), value);
        return words;
    }
}
