namespace Sahel.Diff.Claims;

/// <summary>
/// Session 18, round 39: an Arabic speaker in the accusative. After "لكنّ", "غير أنّ", "إلا أنّ", "بيد أنّ" (inna's sisters, the
/// particle of a contrasting account: "the army announced …, but a local leader said"), the subject noun and its adjectives take
/// the accusative, which an indefinite noun writes with a final alif: "زعيما محليا", "أعيانا محليين", "عضوا في ميليشيا", "شاهدا".
/// The vocabulary holds the nominative ("زعيم محلي", "اعيان", "عضو في ميليشيا", "شاهد") and only a few accusatives written out
/// ("مسؤولا", "مصدرا"), so the other speakers of that clause were unread and the figure took the speaker named before, the
/// account it contradicts. Here the nominative is read back: the alif of each word from the particle's noun on is dropped
/// (stopping at the first word without it: "في ميليشيا" stays as written) and the vocabulary is matched on that. Bounded to
/// the word after the particle, where no mention starts already.
/// </summary>
internal sealed partial class SourceFinder
{
    /// <summary>The particles whose noun is in the accusative: one word ("لكن"), or "أن" after "غير", "إلا", "بيد".</summary>
    private static bool AfterInnaSister(IReadOnlyList<ClaimWord> words, int i) =>
        i >= 1 && words[i - 1].Text is "لكن" or "ولكن"
        || i >= 2 && words[i - 1].Text is "ان" && words[i - 2].Text is "غير" or "الا" or "بيد";

    private static void AccusativeSpeakers(IReadOnlyList<ClaimWord> words, List<Mention> mentions)
    {
        for (var i = 1; i < words.Count; i++)
        {
            if (!AfterInnaSister(words, i) || !IsAccusative(words[i].Text) || mentions.Exists(m => m.First == i))
                continue;
            // the nominative of the noun and of the accusative words that follow it, at most three
            var read = new List<ClaimWord>();
            var k = i;
            for (; k < words.Count && k < i + 3 && IsAccusative(words[k].Text); k++)
                read.Add(words[k] with { Text = words[k].Text[..^1] });
            for (var j = k; j < words.Count && j < i + 5; j++)
                read.Add(words[j]);
            if (PhraseMatch.At(read, 0, SourceVocabulary.Sources) is not { } phrase)
                continue;
            var last = i + phrase.Length - 1;
            // what the sentence's own words read inside that span (a place, a militia's name after "في") gives way to the speaker
            mentions.RemoveAll(m => m.First >= i && m.Last <= last);
            if (mentions.Exists(m => m.First <= last && i <= m.Last))
                continue;
            mentions.Add(new Mention(phrase.Value.Kind, null, i, last, phrase.Value.Self));
        }
    }

    /// <summary>An indefinite accusative: a word of four letters or more ending in the tanwin's alif (not "ى", not "اء").</summary>
    private static bool IsAccusative(string word) => word.Length >= 4 && word[^1] == 'ا' && word[^2] != 'ا';
}
