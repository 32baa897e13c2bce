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

    /// <summary>An attribution and the words it spans, to tell which figure it is nearest to.</summary>
    public sealed record Found(Attribution Attribution, int First, int Last);

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
                source = Nearest(mentions, used, i - 5, i - 1, after: false) ?? Nearest(mentions, used, i + cueLength, i + cueLength + 3, after: true);
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
            found.Add(new Found(new Attribution { Kind = source.Kind, Name = source.Name, Text = sentence.Quote(first, last) }, first, last));
            i = Math.Max(i, cueLast);
        }
        foreach (var mention in mentions.Where(m => m.Self && !used.Contains(m)))
            found.Add(new Found(new Attribution { Kind = mention.Kind, Name = mention.Name, Text = sentence.Quote(mention.First, mention.Last) }, mention.First, mention.Last));
        // A statement and the verb beside it can both name the same source: keep one.
        return found.GroupBy(f => (f.Attribution.Kind, f.Attribution.Name, f.First)).Select(g => g.First()).OrderBy(f => f.First).ToList();
    }

    private static Mention? Nearest(List<Mention> mentions, HashSet<Mention> used, int from, int to, bool after) =>
        mentions.Where(m => !used.Contains(m) && (after ? m.First >= from && m.First <= to : m.Last >= from && m.Last <= to))
            .OrderBy(m => after ? m.First - from : to - m.Last).FirstOrDefault();
}
