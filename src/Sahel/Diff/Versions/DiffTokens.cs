using System.Globalization;
using System.Text;
using DiffPlex;

namespace Sahel.Diff.Versions;

/// <summary>
/// Splits text into the units a word diff compares: words, single punctuation marks and runs of spaces.
/// A word keeps its French elision and inner hyphens (l'armée, d'au, peut-être, Aguel'hoc), its Arabic
/// diacritics and tatweel, and a figure its separators (1.400, 1 400, 12,5): a changed toll reads "12 → 20",
/// not a change of digits. Guillemets, Arabic comma and question mark are punctuation of their own.
/// </summary>
public sealed class DiffTokens : IChunker
{
    public static readonly DiffTokens Instance = new();

    public IReadOnlyList<string> Chunk(string text) => Split(text);

    public static List<string> Split(string text)
    {
        var tokens = new List<string>();
        var current = new StringBuilder();
        var kind = Kind.None;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            var next = KindOf(c);
            // Joiners stay inside a word or figure when a letter or digit follows them.
            if (kind == Kind.Word && IsJoiner(c, current, text.AsSpan(i + 1)))
                next = Kind.Word;
            if (next != kind || next == Kind.Punctuation)
                Flush();
            current.Append(c);
            kind = next;
        }
        Flush();
        return tokens;

        void Flush()
        {
            if (current.Length > 0)
                tokens.Add(current.ToString());
            current.Clear();
        }
    }

    private enum Kind { None, Word, Space, Punctuation }

    private static Kind KindOf(char c)
    {
        if (char.IsWhiteSpace(c))
            return Kind.Space;
        if (char.IsLetterOrDigit(c) || c == '\u0640')
            return Kind.Word;
        return CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.Format
            ? Kind.Word
            : Kind.Punctuation;
    }

    private static bool IsJoiner(char c, StringBuilder word, ReadOnlySpan<char> rest)
    {
        var following = rest.Length > 0 ? rest[0] : '\0';
        if (c is '\'' or '’' or 'ʼ' or '-' or '‑')
            return char.IsLetterOrDigit(following);
        if (word.Length == 0 || !char.IsDigit(word[^1]) || !char.IsDigit(following))
            return false;
        // Decimal and group separators: 1.400, 12,5; a space only before a group of exactly three digits
        // (1 400, the French way; spaces reach here collapsed), so "en 2025 12 morts" stays three tokens.
        return c is '.' or ',' || c == ' ' && rest.Length >= 3 && char.IsDigit(rest[1]) && char.IsDigit(rest[2])
            && (rest.Length == 3 || !char.IsLetterOrDigit(rest[3]));
    }
}
