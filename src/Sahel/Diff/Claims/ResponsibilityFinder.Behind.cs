namespace Sahel.Diff.Claims;

/// <summary>
/// Blames whose actor comes first, before "was behind", "est responsable", "تقف وراء" (<see cref="BehindCues"/>), with
/// the hedges that may sit inside the phrase ("was likely behind"). <see cref="Hedges"/> is declared before the cues
/// built from it: static fields are set in the order written.
/// </summary>
internal static partial class ResponsibilityFinder
{
    /// <summary>Hedges between the copula and "behind"/"responsible": "was likely behind", "serait vraisemblablement derrière".</summary>
    private static readonly string[] Hedges = ["likely", "probably", "most likely", "almost certainly", "reportedly", "possibly", "also", "probablement", "vraisemblablement", "sans doute", "peut etre", "aussi", "bien"];

    /// <summary>"X تقف وراء الهجوم", "X est derrière l'attaque", "X was behind the attack": a blame whose actor comes first.</summary>
    private static readonly PhraseVocabulary<bool> BehindCues = WithHedges(
        "تقف وراء", "يقف وراء", "وقفت وراء", "وقف وراء", "وراء", "est derriere",
        // "رجّحت وقوف الجماعة وراءه": "behind it", the pronoun attached
        "وراءه", "وراءها", "وراءهم", "etait derriere",
        // the infinitive after a verb of saying: "le JNIM affirme être derrière l'attaque", "dit être à l'origine de"
        "etre derriere", "etre a l origine", "etre responsable", "serait derriere", "was behind", "is behind", "were behind", "are behind",
        // the copula with "responsible": "fighters of FACT were responsible for", "l'EIGS est responsable de"
        // Session 12, round 23: the Arabic nominal sentence, the predicate in the dual or the plural agreeing with a joined subject
        // ("الجيش والفاغنر مسؤولان عن ذلك", "العناصر مسؤولون عن الهجوم"), with "عن" after it: not "مسؤول" alone, an official (the
        // singular "هي المسؤولة عن" is read by the word of responsibility already, with its frame's speaker)
        "مسؤولان عن", "مسؤولتان عن", "مسؤولون عن", "مسؤولين عن",
        "was responsible", "were responsible", "is responsible", "are responsible", "est responsable", "sont responsables", "etait responsable", "etaient responsables", "serait responsable", "seraient responsables",
        // Session 8: the suspects named first ("Police say Ansaru fighters are suspected", "des éléments du JNIM sont soupçonnés")
        "are suspected", "were suspected", "is suspected", "was suspected", "are prime suspects");

    private static PhraseVocabulary<bool> WithHedges(params string[] cues)
    {
        var all = new List<string>(cues);
        foreach (var cue in cues)
        {
            var space = cue.IndexOf(' ', StringComparison.Ordinal);
            if (space > 0 && !ArabicScript.Starts(cue))
                all.AddRange(Hedges.Select(h => $"{cue[..space]} {h}{cue[space..]}"));
        }
        return ClaimVocabulary.Set([.. all]);
    }
}
