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

    /// <summary>Nouns of a periodical that tell the title beside them is an outlet's: "le quotidien Sidwaya", "the Daily Trust newspaper".</summary>
    private static readonly HashSet<string> PeriodicalHeads = new(StringComparer.Ordinal)
    {
        "quotidien", "journal", "hebdomadaire", "magazine", "site", "daily", "newspaper", "weekly", "website", "صحيفه", "وصحيفه", "جريده", "وجريده",
    };

    /// <summary>
    /// Session 14, round 27: an outlet named by a title the vocabulary does not know, told by its periodical noun wherever the verb
    /// stands ("Le quotidien nigérian Daily Trust, sur la base de ses propres décomptes, parle de", "The Daily Trust newspaper
    /// reports", "the Nigerian daily Daily Trust", "وتحدثت صحيفة ديلي تراست"): the media, over the article, the noun and the title.
    /// </summary>
    /// <remarks>
    /// <see cref="OutletsByTitle"/> needs a verb of telling beside the title; the periodical noun says it on its own, as "Radio X"
    /// does. The title is a run of capitalised words (not an acronym alone: "the JNIM weekly" is the group's) right after the noun
    /// past at most two lower-case adjectives (French), or right before it (English "newspaper", "daily", "weekly", "website");
    /// Arabic has no capitals: the noun with a word after it that has no article ("صحيفة محلية" too; "صحيفة النبأ" is left to the
    /// lexicon). A medium told ("a déclaré au quotidien X", "told the X newspaper") is removed later as any medium told is.
    /// </remarks>
    private static void PeriodicalTitles(ClaimSentence sentence, List<Mention> mentions)
    {
        var words = sentence.Words;
        bool TitleWord(int k) => k >= 0 && k < words.Count && words[k].Capital && !words[k].Upper && !ArabicScript.Starts(words[k].Text)
            && words[k].Text is not ("the" or "le" or "la" or "l" or "les");
        bool Free(int first, int last) => !mentions.Exists(m => m.First <= last && first <= m.Last);
        int WithArticle(int k) => k > 0 && words[k - 1].Text is "le" or "la" or "l" or "the" ? k - 1 : k;
        for (var i = 0; i < words.Count; i++)
        {
            // a capitalised noun is part of a title ("The Daily Sahel", "Le Journal du Mali"), which OutletsByTitle reads
            if (!PeriodicalHeads.Contains(words[i].Text) || words[i].Capital && !ArabicScript.Starts(words[i].Text))
                continue;
            if (ArabicScript.Starts(words[i].Text))
            {
                if (i + 1 < words.Count && ArabicScript.Starts(words[i + 1].Text) && !words[i + 1].Text.StartsWith("ال", StringComparison.Ordinal) && words[i + 1].Number is null && Free(i, i + 1))
                    mentions.Add(new Mention(SourceKind.Media, null, i, i + 1, false));
                continue;
            }
            // the title after the noun: "le quotidien (nigérian) Daily Trust", "the daily Punch"
            var start = i + 1;
            while (start < words.Count && start - i <= 2 && !words[start].Capital && !ArabicScript.Starts(words[start].Text) && words[start].Number is null && words[start].Text.Length > 3
                && words[start].Text is not ("de" or "du" or "des" or "of" or "qui" or "which" or "que" or "that"))
                start++;
            if (TitleWord(start))
            {
                var last = start;
                while (TitleWord(last + 1))
                    last++;
                if (Free(WithArticle(i), last))
                    mentions.Add(new Mention(SourceKind.Media, null, WithArticle(i), last, false));
                continue;
            }
            // the title before the English noun: "The Daily Trust newspaper"
            if (words[i].Text is "newspaper" or "daily" or "weekly" or "website" && TitleWord(i - 1))
            {
                var first = i - 1;
                while (first > 0 && TitleWord(first - 1) && words[first - 1].Text != "the")
                    first--;
                if (Free(WithArticle(first), i))
                    mentions.Add(new Mention(SourceKind.Media, null, WithArticle(first), i, false));
            }
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
