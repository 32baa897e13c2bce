namespace Sahel.Diff.Claims;

/// <summary>
/// Round 38: one person taken earlier and still missing, the participle of the taking right after the noun (a reduced relative)
/// and the clause's own verb a state of the missing: "a catechist abducted in May was still missing", "A fourth colleague
/// abducted with them remains missing", "un enseignant enlevé en mai est toujours porté disparu". The participle tells how the
/// person came to be missing, not a kidnapping of the story's (the writers label one missing person); read with it, the
/// passive rule of <see cref="SingularSubjectOfToll"/> stopped at the participle, which has no auxiliary, and read no one.
/// </summary>
internal static partial class NumberPhrases
{
    /// <summary>Singular verbs of a state before the missing word: "is/was/remains (still) missing", "est/reste (toujours) porté disparu".</summary>
    private static readonly HashSet<string> StateVerbs = new(StringComparer.Ordinal)
    {
        "is", "was", "remains", "remained", "est", "etait", "reste", "restait", "demeure",
    };

    /// <summary>
    /// Whether the toll word at <paramref name="participle"/> is the participle of a taking right after a singular person told by
    /// "a/an/one/un/une" (up to two words between: "a third student", "un jeune enseignant"), whose clause goes on within six
    /// words to a singular state of the missing. Not "was abducted" (an auxiliary before: the passive itself), not a plural, not
    /// a taking whose person is said freed or dead after it ("a pastor abducted in May was freed"), not past a comma or a count.
    /// </summary>
    internal static bool TakenBeforeStillMissing(IReadOnlyList<ClaimWord> words, int participle)
    {
        if (participle < 2 || ArabicScript.Starts(words[participle].Text) || PhraseMatch.At(words, participle, ClaimVocabulary.TollWords) is not { Value: TollKind.Kidnapped })
            return false;
        // the person before: "a/an/one/un/une", then one to three words of the noun phrase, no auxiliary, count or toll word
        var opener = -1;
        for (var k = participle - 1; k >= Math.Max(0, participle - 4); k--)
        {
            if (OneWords.Contains(words[k].Text) && k < participle - 1)
            {
                opener = k;
                break;
            }
            if (words[k].Number is not null || words[k].Capital && k > 0 || PassiveOfBeing.Contains(words[k].Text) || words[k].Text is "has" or "had" or "have" or "a" or "ont" or "were"
                || PhraseMatch.Is(words[k], ClaimVocabulary.TollWords) || Prepositions.Contains(words[k].Text))
                return false;
        }
        if (opener < 0)
            return false;
        // the clause's own verb: a singular state, "still"/"toujours" at most between, then a word of the missing
        for (var k = participle + 1; k < words.Count && k <= participle + 6; k++)
        {
            if (words[k].Number is not null || ClauseOpeners.Contains(words[k].Text))
                return false;
            if (!StateVerbs.Contains(words[k].Text))
                continue;
            var next = k + 1 < words.Count && words[k + 1].Text is "still" or "toujours" ? k + 2 : k + 1;
            return next < words.Count && PhraseMatch.At(words, next, ClaimVocabulary.TollWords) is { Value: TollKind.Missing };
        }
        return false;
    }
}
