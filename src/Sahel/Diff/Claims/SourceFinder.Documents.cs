using Sahel.Model;

namespace Sahel.Diff.Claims;

/// <summary>
/// Documents and their authors. Round 33: the Arabic statement aside. Round 34: a figure carried by a document or a toll whose owner is named with it, inside another speaker's
/// sentence ("the government rejected a Human Rights Watch report accusing the army of killing 32 civilians", "le rapport du
/// Haut-Commissariat faisant état de 41 civils tués", "خلافا لحصيلة الحكومة البالغة ٢١ قتيلا", "a UN assessment put the figure at
/// 600"): the figure is the owner's, not the one who rejects, takes note of or contradicts the document.
/// </summary>
internal sealed partial class SourceFinder
{
    /// <summary>Nouns of a document or a toll that carries a figure its owner gives (normalised: no accents, ة as ه).</summary>
    private static readonly HashSet<string> OwnedDocumentNouns = new(StringComparer.Ordinal)
    {
        "report", "reports", "assessment", "toll", "tally", "count", "estimate", "figures",
        "rapport", "rapports", "bilan", "decompte", "estimation",
        "تقرير", "تقريرا", "التقرير", "حصيله", "لحصيله", "بحصيله", "الحصيله", "تقديرات",
    };

    /// <summary>Words that may stand between a document noun and its owner after it: "report by", "rapport du", "de la".</summary>
    private static readonly HashSet<string> OwnerLinks = new(StringComparer.Ordinal) { "by", "of", "from", "de", "du", "des", "d", "la", "l", "par", "منظمه", "لمنظمه" };

    /// <summary>An event between a toll and a group names whose attack it is, not who counts ("the toll of the ISWAP attack").</summary>
    private static readonly HashSet<string> EventNouns = new(StringComparer.Ordinal)
    {
        "attack", "attacks", "raid", "ambush", "assault", "strike", "strikes", "offensive", "attaque", "attaques", "embuscade", "frappe", "frappes",
        "هجوم", "الهجوم", "غاره", "كمين",
    };

    /// <summary>Adds an attribution for each document or toll named with an owner the walk left unused, over the noun and its owner.</summary>
    private static void OwnedDocuments(ClaimSentence sentence, List<Mention> mentions, List<Found> found, HashSet<Mention> used)
    {
        var words = sentence.Words;
        foreach (var owner in mentions.Where(m => !used.Contains(m) && m.Kind is not (SourceKind.Unattributed or SourceKind.Media)).ToList())
        {
            if (OwnedNoun(sentence, owner) is not (var first, var last))
                continue;
            // the document's figure must follow it in the sentence: "rejected the UN report" with nothing after gives nothing
            var end = DocumentParticiple(sentence, last);
            if (last + 1 >= words.Count || found.Exists(f => f.First <= first && last <= f.Last && f.Last != end))
                continue;
            used.Add(owner);
            // the document's own participle ("faisant état de", "accusing", "documenting") was read as the clause speaker's going
            // on, the span from its subject to the participle: it is the document's, and the speaker keeps its own words before it
            if (end >= 0 && found.FindIndex(f => f.Last == end) is var going and >= 0)
            {
                var speaker = found[going];
                if (speaker.First < first)
                    found[going] = speaker with { Last = first - 1 };
                else
                    found.RemoveAt(going);
                last = end;
            }
            found.Add(new Found(new Attribution { Kind = owner.Kind, Name = owner.Name, Text = sentence.Quote(first, last) }, first, last));
        }
    }

    /// <summary>
    /// The last word of a participle going on from the document whose owner ends at <paramref name="ownerLast"/>, past the rest of
    /// the owner's name ("du Haut-Commissariat des Nations unies aux droits de l'homme faisant état de"), else -1.
    /// </summary>
    private static int DocumentParticiple(ClaimSentence sentence, int ownerLast)
    {
        var words = sentence.Words;
        for (var k = ownerLast + 1; k < words.Count && k <= ownerLast + 10; k++)
        {
            if (sentence.Between(k - 1, k).IndexOfAny(",;:،؛\"«»()") >= 0)
                return -1;
            if (PhraseMatch.At(words, k, SourceVocabulary.Participles) is { } participle)
                return k + participle.Length - 1;
        }
        return -1;
    }

    /// <summary>The span of a document noun and its <paramref name="owner"/> when the owner names it, else null.</summary>
    private static (int First, int Last)? OwnedNoun(ClaimSentence sentence, Mention owner)
    {
        var words = sentence.Words;
        // the owner before the noun, English only: "a Human Rights Watch report", "a UN security assessment" (one modifier between)
        for (var k = owner.Last + 1; k <= owner.Last + 2 && k < words.Count; k++)
        {
            if (sentence.Between(k - 1, k).Trim().Length > 0 || words[k].Text == "s")
                break;
            if (OwnedDocumentNouns.Contains(words[k].Text) && !ArabicScript.Starts(words[k].Text)
                && owner.First > 0 && words[owner.First - 1].Text is "a" or "an" or "the" or "its" or "their")
                return (owner.First - 1, k);
        }
        // the noun before the owner: "report by HRW", "le rapport du Haut-Commissariat", "حصيلة الحكومة", "تقريرا لمنظمة العفو"
        var noun = owner.First - 1;
        while (noun >= 0 && owner.First - noun <= 3 && OwnerLinks.Contains(words[noun].Text))
            noun--;
        if (noun < 0 || !OwnedDocumentNouns.Contains(words[noun].Text) || sentence.Between(noun, owner.First).IndexOfAny(",;:،؛\"«»") >= 0)
            return null;
        // "the toll of the ISWAP attack", "حصيلة هجوم": the group's attack, not its count; "the ISWAP's" is a possessor of something else
        if (owner.Last + 1 < words.Count && (EventNouns.Contains(words[owner.Last + 1].Text) || words[owner.Last + 1].Text == "s"))
            return null;
        return (noun, owner.Last);
    }

    /// <summary>
    /// Session 16, round 33: whether the statement at <paramref name="statement"/> opens an Arabic aside between the verb's subject
    /// (read as <paramref name="last"/>) and what is said ("أعلن المفوض المكلف بالأمن في حكومة الولاية، في بيان صحفي، أن"): a comma
    /// and "في" before it, a comma and "أن/إن/بأن" within eight words after it, and no figure or toll word since the speaker; the
    /// aside round 32 read between an English or French subject and its verb, where Arabic puts it after the subject.
    /// </summary>
    private static bool ArabicStatementAside(ClaimSentence sentence, Found last, int statement)
    {
        var words = sentence.Words;
        if (statement < 2 || words[statement - 1].Text != "في" || !sentence.CommaBefore(statement - 1) || last.Attribution.Kind == SourceKind.Unattributed
            || last.Last >= statement - 1 || statement - last.Last > 16)
            return false;
        for (var k = last.Last + 1; k < statement; k++)
            if (words[k].Number is not null || PhraseMatch.At(words, k, ClaimVocabulary.TollWords) is not null)
                return false;
        for (var k = statement + 1; k < words.Count && k <= statement + 8; k++)
            if (sentence.CommaBefore(k))
                return words[k].Text is "ان" or "إن" or "أن" or "بان" or "بأن";
        return false;
    }
}
