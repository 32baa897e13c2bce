namespace Sahel.Normalize;

/// <summary>
/// Arabic attaches "and", "so", "in/with", "for/to", "like" and the article to the next word (وبالجيش, للجيش).
/// A name is matched against the word as written and against these readings of it. Input is normalised.
/// </summary>
public static class ArabicProclitics
{
    public static IEnumerable<string> Readings(string token)
    {
        yield return token;
        if (token.Length < 3 || token[0] < '\u0600' || token[0] > '\u06FF')
            yield break;
        var rest = token;
        if (rest[0] is 'و' or 'ف' && rest.Length > 3)
        {
            rest = rest[1..];
            foreach (var reading in WithoutPreposition(rest))
                yield return reading;
            yield break;
        }
        foreach (var reading in WithoutPreposition(rest).Skip(1))
            yield return reading;
    }

    private static IEnumerable<string> WithoutPreposition(string word)
    {
        yield return word;
        if (word.StartsWith("لل", StringComparison.Ordinal) && word.Length > 3)
        {
            yield return "ال" + word[2..]; // ل + ال: للجيش = ل + الجيش
            yield return word[2..];
        }
        var rest = word;
        if (rest[0] is 'ب' or 'ل' or 'ك' && rest.Length > 3)
        {
            rest = rest[1..];
            yield return rest;
        }
        if (rest.StartsWith("ال", StringComparison.Ordinal) && rest.Length > 3)
            yield return rest[2..];
    }
}
