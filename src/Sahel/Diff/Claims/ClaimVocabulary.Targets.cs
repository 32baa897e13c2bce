namespace Sahel.Diff.Claims;

/// <summary>What an attack or a claim was aimed at, and what the claimant says it did.</summary>
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
}
