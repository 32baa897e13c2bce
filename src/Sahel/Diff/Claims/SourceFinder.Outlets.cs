namespace Sahel.Diff.Claims;

/// <summary>
/// Outlets and periodicals the vocabulary does not list: a newspaper named only by its title, an article and capitalised
/// words, next to a verb of telling ("rapporte Le Flambeau de Tahoua", "The Sahel Post reported"); bare periodical nouns
/// ("le journal", "the weekly"); and a periodical named with its issuer ("le bulletin mensuel de l'Association X"), which is
/// the issuer speaking.
/// </summary>
internal sealed partial class SourceFinder
{
    /// <summary>Verbs and openings that make the title after them an outlet's: "rapporte Le Flambeau de Tahoua", "Pour L'Éclaireur du Nord", "writes The Sahel Post".</summary>
    private static readonly HashSet<string> OutletOpeners = new(StringComparer.Ordinal)
    {
        "rapporte", "rapportait", "ecrit", "ecrivait", "titre", "titrait", "pour", "selon", "reports", "reported", "writes", "wrote",
    };

    /// <summary>Verbs of an outlet as the subject: "Le Quotidien du Fleuve affirme", "L'Horizon du Sahel, whose correspondent…", "The Sahel Post reported".</summary>
    private static readonly HashSet<string> OutletVerbs = new(StringComparer.Ordinal)
    {
        "affirme", "rapporte", "ecrit", "titre", "indique", "assure", "evoque", "cite", "reports", "reported", "writes", "wrote", "quoting", "citing", "qui", "whose",
    };

    /// <summary>Nouns that make a title an organisation's, not an outlet's: "The Sahel Accountability Project", "Le Collectif des victimes".</summary>
    private static readonly HashSet<string> OrganisationNouns = new(StringComparer.Ordinal)
    {
        "project", "network", "initiative", "watch", "foundation", "coalition", "committee", "centre", "center", "institute", "council", "association", "union",
        "observatoire", "observatory", "collectif", "reseau", "comite", "conseil", "mouvement", "movement", "front", "coordination", "groupe", "group", "alliance",
        "forum", "fondation", "institut", "ligue", "league", "programme", "program", "office", "bureau", "ministere", "ministry", "army", "armee", "forces", "police",
        "gendarmerie", "commission", "agence", "agency", "mission", "fund", "fonds", "croix", "cross", "croissant", "crescent", "plateforme", "platform",
    };

    /// <summary>
    /// session 7: an outlet named only by its title, an article and capitalised words ("rapporte Le Flambeau de Tahoua", "Pour
    /// L'Éclaireur du Nord, qui cite…", "Le Quotidien du Fleuve affirme", "L'Horizon du Sahel, whose correspondent…"): the media,
    /// when a verb of telling stands right before it or right after it and nothing else is named there.
    /// </summary>
    private static void OutletsByTitle(ClaimSentence sentence, List<Mention> mentions)
    {
        var words = sentence.Words;
        for (var i = 0; i + 1 < words.Count; i++)
        {
            if (!(words[i].Capital && words[i].Text is "le" or "la" or "l" or "the" && words[i + 1].Capital && !words[i + 1].Upper && !ArabicScript.Starts(words[i + 1].Text)))
                continue;
            var last = i + 1;
            while (last + 1 < words.Count && (words[last + 1].Capital && !words[last + 1].Upper
                || last + 2 < words.Count && words[last + 1].Text is "du" or "de" or "des" or "d" or "of" && words[last + 2].Capital && !words[last + 2].Upper))
                last += words[last + 1].Capital ? 1 : 2;
            var before = i > 0 && OutletOpeners.Contains(words[i - 1].Text) && (words[i - 1].Text != "to" || i > 1 && words[i - 2].Text == "according");
            var after = last + 1 < words.Count && OutletVerbs.Contains(words[last + 1].Text) || last + 2 < words.Count && words[last + 1].Text is "a" or "has" or "had" && OutletVerbs.Contains(words[last + 2].Text);
            if ((before || after) && last > i && !mentions.Any(m => m.First <= last && i <= m.Last)
                // the head noun: first in French ("La Voix du Centre"), last in English ("The Sahel Accountability Project")
                && !OrganisationNouns.Contains(words[words[i].Text == "the" ? last : i + 1].Text)
                && PhraseMatch.At(words, i + 1, SourceVocabulary.Sources) is null)
                mentions.Add(new Mention(SourceKind.Media, null, i, last, false));
            i = last;
        }
    }

    /// <summary>Bare nouns of a periodical: "le journal", "l'hebdomadaire", "the newsletter", "the weekly".</summary>
    private static readonly HashSet<string> PeriodicalNouns = new(StringComparer.Ordinal)
    {
        "journal", "bulletin", "hebdomadaire", "magazine", "newsletter", "weekly", "newspaper", "publication",
    };

    /// <summary>Periodicals an organisation issues, which a vocabulary may hold as a kind of their own (an army's "bulletin", a medium's "النشرة").</summary>
    private static readonly HashSet<string> IssuedPeriodicals = new(StringComparer.Ordinal) { "bulletin", "bulletins", "newsletter", "نشره", "النشره" };

    /// <summary>
    /// Session 12, round 23: a periodical named with its issuer ("le bulletin mensuel de l'Association X", "the weekly newsletter
    /// of the X network", "النشرة الشهرية لجمعية X") is the issuer speaking: one mention of the issuer's kind over both, so that
    /// the noun's own kind (an army's bulletin, a medium's newsletter) does not stand for a document whose owner is named.
    /// </summary>
    private static void OwnedDocuments(ClaimSentence sentence, List<Mention> mentions)
    {
        var words = sentence.Words;
        for (var k = mentions.Count - 2; k >= 0; k--)
        {
            if (mentions[k] is not { Name: null } document || !Enumerable.Range(document.First, document.Last - document.First + 1).Any(j => IssuedPeriodicals.Contains(words[j].Text)))
                continue;
            var owner = mentions[k + 1];
            if (owner.Kind == SourceKind.Unattributed || owner.First - document.Last > 4 || CommaBetween(sentence, document.Last, owner.First)
                || Enumerable.Range(document.Last + 1, owner.First - document.Last - 1).Any(j => words[j].Number is not null || PhraseMatch.At(words, j, SourceVocabulary.Verbs) is not null))
                continue;
            // joined as its owner: "de"/"of" before the owner, or the Arabic "ل" on it
            var joined = owner.First > 0 && words[owner.First - 1].Text is "de" or "du" or "des" or "d" or "of"
                || owner.First > 1 && words[owner.First - 1].Text is "l" or "la" or "le" or "the" && words[owner.First - 2].Text is "de" or "d" or "of"
                || ArabicScript.Starts(words[owner.First].Text) && words[owner.First].Text.StartsWith('ل') && !words[owner.First].Text.StartsWith("ال", StringComparison.Ordinal);
            if (!joined)
                continue;
            mentions[k] = owner with { First = document.First };
            mentions.RemoveAt(k + 1);
        }
    }
}
