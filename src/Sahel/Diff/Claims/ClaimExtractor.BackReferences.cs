using Sahel.Normalize;

namespace Sahel.Diff.Claims;

public static partial class ClaimExtractor
{
    /// <summary>
    /// The sentence's attributions, each back reference standing for the source it repeats. "selon la même source", "selon son
    /// communiqué": the source named before (a named one before "selon une note": "Le HCDH a recensé 118 morts, selon une note …
    /// Il impute aussi 35 décès" is the office's), quoted with the words that named it; in its own sentence first ("L'état-major
    /// parle de 5 soldats tués … selon son communiqué"). "A human rights collective has accused… the collective said", "une
    /// organisation de défense des droits… l'organisation": a definite noun repeating a word of a source named before is that
    /// source, whatever kind the bare noun has.
    /// </summary>
    private static List<SourceFinder.Found> WithBackReferences(ClaimReadingState state, ClaimSentence sentence, List<SourceFinder.Found> read, List<SourceFinder.Mention> mentions)
    {
        // session 14, round 27: a definite noun repeating a body named earlier in its sentence ("a annoncé la mission") is that body
        var found = read.Select((f, k) => f.Back
            ? f with { Attribution = SourceFinder.BodyRepeated(sentence, f, mentions) is { } body ? body with { Text = $"{f.Attribution.Text} ({body.Text})" } : PronounForUncuedSubject(state, sentence, f, read.Take(k)) ?? PointedBack(f.Attribution, read.Take(k).Where(o => !SourceFinder.QuotedBefore(sentence, o, f.First)), state.LastAttribution, state.LastSpeakerSource) }
            : f).ToList();
        for (var k = 0; k < found.Count; k++)
            if (!found[k].Back && SameHeadAs(sentence, found[k], state.Attributions) is { } earlier)
                found[k] = found[k] with { Attribution = earlier with { Text = $"{found[k].Attribution.Text} ({earlier.Text})" } };
        return found;
    }

    /// <summary>
    /// What a back reference ("selon la même source", "selon son communiqué") stands for: a source named earlier in its own
    /// sentence (one that is not a medium first), else the last named source before it, quoted with the words that named it.
    /// </summary>
    private static Attribution PointedBack(Attribution reference, IEnumerable<SourceFinder.Found> before, Attribution? lastAttribution, Attribution? lastSource)
    {
        var named = before.Where(o => !o.Back && o.Attribution.Kind != SourceKind.Unattributed).ToList();
        var back = (named.LastOrDefault(o => o.Attribution.Kind != SourceKind.Media) ?? named.LastOrDefault())?.Attribution
            ?? NamedOrNull(lastAttribution) ?? lastSource ?? lastAttribution;
        // session 10, round 19: a bare periodical ("the newsletter says") is the group's weekly named before, else still the media
        if (reference.Kind == SourceKind.Media && back is not { Kind: SourceKind.ArmedGroup })
            return reference;
        return back is null ? reference : back with { Text = $"{reference.Text} ({back.Text})" };
    }

    /// <summary>
    /// The source named before that a definite noun in <paramref name="found"/> repeats ("the collective", "l'association", "المنظمة"
    /// after "منظمة حقوقية"), when the two differ in kind: the bare noun is generic, the first naming said who it is.
    /// </summary>
    private static Attribution? SameHeadAs(ClaimSentence sentence, SourceFinder.Found found, List<Attribution> earlier)
    {
        // "l'armée", "the army", "the group" name their force, not an ambiguous noun; the bare nouns that several
        // kinds share (collective, association, organisation, office) are read against the first naming.
        if (earlier.Count == 0 || found.Attribution.Name is not null
            || found.Attribution.Kind is SourceKind.Unattributed or SourceKind.Army or SourceKind.ArmedGroup)
            return null;
        var words = sentence.Words;
        for (var k = found.First; k <= found.Last && k < words.Count; k++)
        {
            var text = words[k].Text;
            string head;
            if (ArabicScript.Starts(text) && text.StartsWith("ال", StringComparison.Ordinal) && text.Length > 4)
                head = text[2..];
            else if (k > 0 && words[k - 1].Text is "the" or "le" or "la" or "l" && !ArabicScript.Starts(text) && text.Length > 3 && !words[k].Capital)
                head = text;
            else
                continue;
            // "Witnesses interviewed by the group said", "des témoins interrogés par l'organisation": who reached the speakers is not
            // the speaker, so the noun after "by"/"par" points back at no one (session 8).
            if (k > 1 && words[k - 2].Text is "by" or "par" or "بواسطه")
                continue;
            for (var e = earlier.Count - 1; e >= 0; e--)
                if (earlier[e] is { Kind: not SourceKind.Unattributed } candidate && candidate.Kind != found.Attribution.Kind
                    && Sahel.Normalize.TextNormalizer.Tokenize(candidate.Text).Any(w => w == head || w == "ال" + head))
                    return candidate;
        }
        return null;
    }
}
