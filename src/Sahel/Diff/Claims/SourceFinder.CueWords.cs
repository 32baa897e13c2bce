namespace Sahel.Diff.Claims;

/// <summary>
/// Short word lists the attribution reading tests cues against: verbs of claiming, blaming and reacting (what follows them
/// is claimed, blamed or condemned, not who speaks), pronouns that stand for a source, words that open what is said
/// ("que", "that", "how"), relatives after "selon", auxiliaries and articles, and nouns of a figure its owner gives.
/// </summary>
internal sealed partial class SourceFinder
{
    // session 11, round 20: with the resumptive pronoun of a relative ("الهجوم الذي تبنته جماعة…", "التي تبناها"), as "which it claimed"
    private static readonly PhraseVocabulary<bool> ClaimVerbs = ClaimVocabulary.Set("revendique", "revendiquent", "claimed", "claims", "تبنى", "تبنت", "presente comme l auteur", "presente comme responsable",
        "تبنته", "تبنتها", "تبناه", "تبناها");

    /// <summary>Pronouns that refer to the sentence's subject: "which it said", "selon lui", "حسب قوله".</summary>
    /// <remarks>Session 11, round 20: the Arabic plural and dual too ("بحسب قولهم", "حسب قولهما"), as "selon eux", "according to them".</remarks>
    private static readonly HashSet<string> Pronouns = new(StringComparer.Ordinal) { "it", "il", "elle", "they", "ils", "lui", "قوله", "قولها", "قولهم", "قولهن", "قولهما" };

    /// <summary>Verbs of blame: what follows them is the one blamed, never who speaks ("Chad blames Islamic State for…").</summary>
    private static readonly PhraseVocabulary<bool> BlameVerbs = ClaimVocabulary.Set(
        "blamed", "blames", "attributed", "attributes", "attribue", "attribuent", "impute", "imputent", "accuse", "accusent", "accused", "accuses");

    /// <summary>
    /// Verbs of reaction: who condemns or mourns tells the toll, but what follows them is what is condemned or mourned
    /// ("condemns Lakurawa attack", "on déplore deux policiers décédés"), never who speaks, in French and English.
    /// </summary>
    private static readonly PhraseVocabulary<bool> ReactionVerbs = ClaimVocabulary.Set(
        "condamne", "condamnent", "deplore", "deplorent", "condemned", "condemns", "deplored", "deplores", "mourned", "mourns", "denonce");

    /// <summary>Nouns of a figure its owner gives: "the police's own figure", "the army's count".</summary>
    private static readonly HashSet<string> FigureNouns = new(StringComparer.Ordinal) { "figure", "figures", "count", "tally", "toll", "estimate", "estimates", "numbers", "data", "records" };

    /// <summary>Words opening what a verb reports: "affirme que", "said that".</summary>
    /// <remarks>"described how ISWAP fighters came", "raconte comment": what is told opens on "how" as on "that".</remarks>
    private static readonly HashSet<string> Complementizers = new(StringComparer.Ordinal) { "que", "qu", "that", "how", "comment" };

    /// <summary>Relative pronouns after "selon": "selon lesquelles", "selon laquelle".</summary>
    private static readonly HashSet<string> Relatives = new(StringComparer.Ordinal) { "lesquelles", "lesquels", "laquelle", "lequel", "quoi" };

    private static readonly HashSet<string> Auxiliaries = new(StringComparer.Ordinal) { "a", "ont", "avait", "avaient", "has", "have", "had" };
}
