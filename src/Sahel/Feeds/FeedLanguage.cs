namespace Sahel.Feeds;

/// <summary>Language tags as sahel stores them: the lowercase primary subtag ("fr-FR" → "fr", "AR" → "ar", "en_us" → "en").</summary>
internal static class FeedLanguage
{
    public static string? Normalise(string? tag)
    {
        if (string.IsNullOrWhiteSpace(tag)) return null;
        var s = tag.AsSpan().Trim();
        var end = s.IndexOfAny('-', '_');
        var primary = end < 0 ? s : s[..end];
        if (primary.Length is < 2 or > 3) return null;
        foreach (var c in primary)
        {
            if (!char.IsAsciiLetter(c)) return null;
        }
        return primary.ToString().ToLowerInvariant();
    }
}
