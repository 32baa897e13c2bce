using Sahel.Model;
using Sahel.Normalize;

namespace Sahel.Diff.Claims;

/// <summary>
/// Finds in one sentence whom statements are attributed to: a source (the army, "des sources locales", a lexicon
/// actor) next to a word that attributes (selon / according to / بحسب before it; annonce / said / قالت beside it;
/// communiqué / statement / بيان naming its issuer), or a source that attributes on its own ("sources locales").
/// </summary>
internal sealed class SourceFinder(EntityRecognizer recognizer)
{
    /// <summary>A source named in the sentence, and the words it spans.</summary>
    public sealed record Mention(SourceKind Kind, string? Name, int First, int Last, bool Self);

    /// <summary>
    /// An attribution and the words it spans, to tell which figure it is nearest to. <paramref name="Back"/> when it
    /// refers to the source named before ("la même source", "selon le communiqué"): the caller knows which that was.
    /// </summary>
    public sealed record Found(Attribution Attribution, int First, int Last, bool Back = false);

    public List<Mention> Mentions(ClaimSentence sentence, string? lastGroup)
    {
        var words = sentence.Words;
        var mentions = new List<Mention>();
        foreach (var match in recognizer.Recognize(words.Select(w => w.Token).ToList()))
        {
            if (match.Actor is not { } actor)
                continue;
            var kind = actor.Kind switch
            {
                "jihadist" or "separatist" or "militia" => SourceKind.ArmedGroup,
                "un" => SourceKind.UnOrNgo,
                _ => SourceKind.ArmyOrGovernment,
            };
            mentions.Add(new Mention(kind, actor.Id, match.Start, match.Start + match.Length - 1, false));
        }
        for (var i = 0; i < words.Count; i++)
        {
            if (mentions.Any(m => m.First <= i && i <= m.Last))
                continue;
            if (words[i] is { Text: "un", Upper: true })
            {
                mentions.Add(new Mention(SourceKind.UnOrNgo, null, i, i, false));
                continue;
            }
            if (lastGroup is not null && words[i].Text is var noun && ArabicProclitics.Readings(noun).Any(SourceVocabulary.GroupNouns.Contains)
                && (i == 0 || words[i - 1].Text is "le" or "the" or "l" or "ce" or "this" || noun.StartsWith("ال", StringComparison.Ordinal) || noun.StartsWith("لل", StringComparison.Ordinal)))
            {
                mentions.Add(new Mention(SourceKind.ArmedGroup, lastGroup, i, i, false));
                continue;
            }
            // "la même source" is the source named before, not a new one.
            if (PhraseMatch.At(words, i, SourceVocabulary.SameSource) is { } same)
            {
                i += same.Length - 1;
                continue;
            }
            if (PhraseMatch.At(words, i, SourceVocabulary.Sources) is not { } phrase)
                continue;
            var last = i + phrase.Length - 1;
            if (mentions.Any(m => m.First <= last && i <= m.Last))
                continue;
            mentions.Add(new Mention(phrase.Value.Kind, null, i, last, phrase.Value.Self));
            i = last;
        }
        mentions.Sort((a, b) => a.First.CompareTo(b.First));
        return mentions;
    }

    public List<Found> Find(ClaimSentence sentence, List<Mention> mentions)
    {
        var words = sentence.Words;
        var found = new List<Found>();
        var used = new HashSet<Mention>();
        for (var i = 0; i < words.Count; i++)
        {
            if (mentions.Any(m => m.First <= i && i <= m.Last))
                continue;
            Mention? source = null;
            int cueLength;
            var statement = false;
            if (PhraseMatch.At(words, i, SourceVocabulary.Prepositions) is { } preposition)
            {
                cueLength = preposition.Length;
                source = Nearest(mentions, used, i + cueLength, i + cueLength + 4, after: true);
            }
            else if (PhraseMatch.At(words, i, SourceVocabulary.Verbs) is { } verb)
            {
                cueLength = verb.Length;
                if (Negated(words, i))
                {
                    i += cueLength - 1;
                    continue;
                }
                // Arabic puts the subject after its verb (قالت مصادر محلية), or leaves it to the sentence's subject (وقالت إنها…).
                // A verb with "and" attached (وتحدثت، وقالت) continues the sentence's subject.
                source = IsArabic(words[i].Text)
                    ? words[i].Text.StartsWith('و') && !SourceVocabulary.Verbs.ContainsKey(words[i].Text)
                        ? Nearest(mentions, used, i + cueLength, i + cueLength + 1, after: true) ?? Subject(mentions, used, i)
                        : Nearest(mentions, used, i - 2, i - 1, after: false) ?? Nearest(mentions, used, i + cueLength, i + cueLength + 1, after: true) ?? Subject(mentions, used, i)
                    // "The army blamed Boko Haram and said…", "l'armée, qui affirme…": the verb's subject is the sentence's.
                    : i > 0 && words[i - 1].Text is "and" or "et" or "qui" or "who" or "which"
                        ? Subject(mentions, used, i) ?? Nearest(mentions, used, i + cueLength, i + cueLength + 3, after: true)
                    : AfterComma(sentence, i)
                        ? Nearest(mentions, used, i + cueLength, i + cueLength + 3, after: true) ?? Nearest(mentions, used, i - 6, i - 1, after: false)
                        : Nearest(mentions, used, i - 6, i - 1, after: false) ?? Nearest(mentions, used, i + cueLength, i + cueLength + 3, after: true);
            }
            else if (PhraseMatch.At(words, i, SourceVocabulary.Participles) is { } participle)
            {
                cueLength = participle.Length;
                source = Subject(mentions, used, i);
            }
            else if (PhraseMatch.At(words, i, SourceVocabulary.Statements) is { } noun)
            {
                cueLength = noun.Length;
                statement = true;
                source = Nearest(mentions, used, i + cueLength, i + cueLength + 3, after: true) ?? Nearest(mentions, used, i - 2, i - 1, after: false);
            }
            else
                continue;
            var cueLast = i + cueLength - 1;
            if (source is null && statement && found.Count > 0 && found[^1].Last >= i - 6)
            {
                // "قالت هيئة الأركان في بيان", "a indiqué l'état-major dans un communiqué": the statement of the source just named.
                found[^1] = found[^1] with { Last = cueLast };
                i = cueLast;
                continue;
            }
            if (source is null && Enumerable.Range(cueLast + 1, 3).FirstOrDefault(k => PhraseMatch.At(words, k, SourceVocabulary.SameSource) is not null, -1) is var same and >= 0)
            {
                var sameLast = same + PhraseMatch.At(words, same, SourceVocabulary.SameSource)!.Value.Length - 1;
                found.Add(new Found(new Attribution { Kind = SourceKind.Unattributed, Text = sentence.Quote(i, sameLast) }, i, sameLast, Back: true));
                i = sameLast;
                continue;
            }
            if (source is null)
            {
                // "selon un bilan provisoire", "بحسب بيان": attributed, but to no one named.
                if (statement || PhraseMatch.At(words, i, SourceVocabulary.Prepositions) is not null)
                    found.Add(new Found(new Attribution { Kind = SourceKind.Unattributed, Text = sentence.Quote(i, Math.Min(cueLast + (statement ? 0 : 2), words.Count - 1)) }, i, cueLast));
                i = cueLast;
                continue;
            }
            used.Add(source);
            // "Doctors at the hospital said": the words naming the same kind of source just before belong to it.
            while (mentions.FirstOrDefault(m => m.Kind == source.Kind && m.Name == source.Name && m.Last < source.First && source.First - m.Last <= 3 && !used.Contains(m)) is { } before)
            {
                used.Add(before);
                source = source with { First = before.First };
            }
            var first = Math.Min(i, source.First);
            var last = Math.Max(cueLast, source.Last);
            // A subject far from its verb is quoted as the two ends: "جماعة نصرة الإسلام والمسلمين … وقالت".
            var quote = last - first > 6
                ? source.First < i ? $"{sentence.Quote(source.First, source.Last)} … {sentence.Quote(i, cueLast)}" : $"{sentence.Quote(i, cueLast)} … {sentence.Quote(source.First, source.Last)}"
                : sentence.Quote(first, last);
            found.Add(new Found(new Attribution { Kind = source.Kind, Name = source.Name, Text = quote }, first, last));
            i = Math.Max(i, cueLast);
        }
        // A title that opens with its source: "الجيش المالي: خمسة قتلى", "Mali army: five killed".
        foreach (var mention in mentions.Where(m => !m.Self && !used.Contains(m) && m.First <= 2 && m.Last + 1 < words.Count
            && sentence.Text.AsSpan(words[m.Last].End, words[m.Last + 1].Start - words[m.Last].End).Contains(':')))
        {
            used.Add(mention);
            found.Add(new Found(new Attribution { Kind = mention.Kind, Name = mention.Name, Text = sentence.Quote(mention.First, mention.Last) }, mention.First, mention.Last));
        }
        foreach (var mention in mentions.Where(m => m.Self && !used.Contains(m)))
            found.Add(new Found(new Attribution { Kind = mention.Kind, Name = mention.Name, Text = sentence.Quote(mention.First, mention.Last) }, mention.First, mention.Last));
        // A statement and the verb beside it can both name the same source: keep one.
        return found.GroupBy(f => (f.Attribution.Kind, f.Attribution.Name, f.First)).Select(g => g.First()).OrderBy(f => f.First).ToList();
    }

    private static readonly HashSet<string> Auxiliaries = new(StringComparer.Ordinal) { "a", "ont", "avait", "avaient", "has", "have", "had" };

    /// <summary>", a annoncé le porte-parole", ", indique la même source": an inverted verb after a comma names its source after it.</summary>
    private static bool AfterComma(ClaimSentence sentence, int cue)
    {
        var words = sentence.Words;
        var start = cue > 0 && Auxiliaries.Contains(words[cue - 1].Text) ? cue - 1 : cue;
        return start > 0 && sentence.Text.AsSpan(words[start - 1].End, words[start].Start - words[start - 1].End).Contains(',');
    }

    // "n'avait pas confirmé", "did not confirm", "لم يؤكد": the two words before the verb.
    private static bool Negated(IReadOnlyList<ClaimWord> words, int cue) =>
        (cue > 0 && SourceVocabulary.Negations.Contains(words[cue - 1].Text)) || (cue > 1 && SourceVocabulary.Negations.Contains(words[cue - 2].Text));

    private static bool IsArabic(string word) => word.Length > 0 && word[0] is >= '\u0600' and <= '\u06FF';

    /// <summary>The first source of the sentence, before the cue: the subject a participle or a bare Arabic verb refers to.</summary>
    private static Mention? Subject(List<Mention> mentions, HashSet<Mention> used, int cue) =>
        mentions.FirstOrDefault(m => m.Last < cue && m.Kind != SourceKind.Unattributed);

    private static Mention? Nearest(List<Mention> mentions, HashSet<Mention> used, int from, int to, bool after) =>
        mentions.Where(m => !used.Contains(m) && (after ? m.First >= from && m.First <= to : m.Last >= from && m.Last <= to))
            .OrderBy(m => after ? m.First - from : to - m.Last).FirstOrDefault();
}
