namespace Sahel.Diff.Claims;

/// <summary>
/// A vocabulary of normalised phrases (one or several space-separated words) indexed by their first word, so a
/// word that begins no phrase costs one lookup instead of one joined string per phrase length and Arabic reading.
/// Built once, read-only afterwards; <see cref="PhraseMatch"/> reads it.
/// </summary>
internal sealed class PhraseVocabulary<TValue> : Dictionary<string, TValue>
{
    private readonly Dictionary<string, int> _longestByFirstWord = new(StringComparer.Ordinal);
    private AlternateLookup<ReadOnlySpan<char>> _bySpan;

    public PhraseVocabulary() : base(StringComparer.Ordinal) => _bySpan = GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Adds a phrase unless it is there already (several spellings may normalise to one phrase).</summary>
    public void AddPhrase(string phrase, TValue value)
    {
        if (!TryAdd(phrase, value))
            return;
        var space = phrase.IndexOf(' ', StringComparison.Ordinal);
        var first = space < 0 ? phrase : phrase[..space];
        var words = phrase.AsSpan().Count(' ') + 1;
        if (!_longestByFirstWord.TryGetValue(first, out var longest) || words > longest)
            _longestByFirstWord[first] = words;
    }

    /// <summary>The most words of a phrase that begins with <paramref name="firstWord"/>; 0 when none does.</summary>
    public int LongestFrom(string firstWord) => _longestByFirstWord.GetValueOrDefault(firstWord);

    /// <summary>The value of the phrase "<paramref name="first"/> words[start+1] … words[start+length-1]".</summary>
    public bool TryGetPhrase(string first, IReadOnlyList<ClaimWord> words, int start, int length, out TValue value)
    {
        if (length == 1)
            return TryGetValue(first, out value!);
        var size = first.Length;
        for (var k = start + 1; k < start + length; k++)
            size += 1 + words[k].Text.Length;
        Span<char> key = size <= 256 ? stackalloc char[size] : new char[size];
        first.AsSpan().CopyTo(key);
        var at = first.Length;
        for (var k = start + 1; k < start + length; k++)
        {
            key[at++] = ' ';
            words[k].Text.AsSpan().CopyTo(key[at..]);
            at += words[k].Text.Length;
        }
        return _bySpan.TryGetValue(key, out value!);
    }
}
