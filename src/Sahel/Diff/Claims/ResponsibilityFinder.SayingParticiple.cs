namespace Sahel.Diff.Claims;

/// <summary>
/// Session 15, round 32: a government or a force that denies harm to civilians and, in a participle of saying, tells its
/// force's operation ("The government rejected reports that the strike killed civilians, saying the Burkinabè air force had
/// neutralised dozens of terrorists", "Le gouvernement dément tout mort civil, affirmant que l'armée a neutralisé…", "نفت
/// الحكومة أن تكون الغارة قد قتلت مدنيين، مؤكدة أن الجيش حيّد…"). The participle goes on with the denial's speaker, and what
/// it tells is that speaker's own account: the force named there as the doer claims its operation, as it does after "and said".
/// Three writers (dev18, dev19, dev20) tell a government's account of its army's operation beside its denial.
/// </summary>
internal static partial class ResponsibilityFinder
{
    /// <summary>Participles of saying, normalised (the Arabic hamza dropped, ة written ه), masculine and feminine.</summary>
    private static readonly HashSet<string> SayingParticiples = new(StringComparer.Ordinal)
    {
        "saying", "adding", "insisting", "stressing", "asserting",
        "affirmant", "assurant", "indiquant", "precisant", "ajoutant", "soulignant", "expliquant",
        "موكده", "موكدا", "مضيفه", "مضيفا", "موضحه", "موضحا", "مشيره", "مشيرا",
    };

    /// <summary>The first word after a participle of saying past the denial at <paramref name="deniedAt"/>, or -1.</summary>
    private static int SayingParticipleAfter(ClaimSentence sentence, int deniedAt)
    {
        var words = sentence.Words;
        for (var k = deniedAt + 1; k < words.Count; k++)
            if (SayingParticiples.Contains(words[k].Text))
                return k;
        return -1;
    }

    /// <summary>Civilians or a civilian place between the denial and the participle: the denial is of harm to civilians.</summary>
    private static bool DeniesHarmToCivilians(IReadOnlyList<ClaimWord> words, int deniedAt, int saying)
    {
        for (var k = Math.Max(0, deniedAt); k < saying; k++)
            if (CivilianMarks.Contains(words[k].Text))
                return true;
        return false;
    }
}
