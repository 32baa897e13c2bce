using Sahel.Model;

namespace Sahel.Feeds;

/// <summary>
/// The internal subset of a DOCTYPE, read for its entity declarations only. Feeds have no use for a DTD beyond the
/// odd named character (&lt;!ENTITY nbsp "&amp;#160;"&gt;), so an external entity (SYSTEM or PUBLIC: XXE, a way to
/// make sahel read local files or call other hosts) is refused, and an internal one is refused when its full
/// expansion would exceed <see cref="FeedLimits.MaxEntityExpansion"/> characters or refers to itself.
/// </summary>
internal static class DtdCheck
{
    /// <summary>Checks the DOCTYPE starting at <paramref name="start"/>; returns the index just after it, or -1 when it is unterminated.</summary>
    public static int Check(string text, int start)
    {
        var open = text.IndexOfAny(['[', '>'], start);
        if (open < 0) return -1;
        if (text[open] == '>') return open + 1; // no internal subset: an external DTD id is never fetched
        var close = text.IndexOf("]>", open, StringComparison.Ordinal);
        var subsetEnd = close < 0 ? text.Length : close;
        var entities = new Dictionary<string, string>(StringComparer.Ordinal);
        var i = open;
        while ((i = text.IndexOf("<!ENTITY", i, subsetEnd - i, StringComparison.Ordinal)) >= 0)
        {
            i += 8;
            SkipSpace(text, ref i, subsetEnd);
            var parameter = i < subsetEnd && text[i] == '%';
            if (parameter) { i++; SkipSpace(text, ref i, subsetEnd); }
            var nameStart = i;
            while (i < subsetEnd && !char.IsWhiteSpace(text[i]) && text[i] is not ('"' or '\'' or '>')) i++;
            var name = text[nameStart..i];
            SkipSpace(text, ref i, subsetEnd);
            if (i >= subsetEnd) break;
            var q = text[i];
            if (q is not ('"' or '\''))
            {
                throw new FeedParseException($"the document declares an external entity \"{Short(name)}\" (XXE): refused");
            }
            var valueEnd = text.IndexOf(q, i + 1, subsetEnd - i - 1);
            if (valueEnd < 0) break;
            if (parameter)
            {
                // A parameter entity can only add declarations; sahel has no use for them and they hide expansions.
                throw new FeedParseException($"the document declares a parameter entity \"%{Short(name)}\": refused");
            }
            entities.TryAdd(name, text[(i + 1)..valueEnd]);
            i = valueEnd + 1;
        }
        if (entities.Count > 0) CheckExpansions(entities);
        return close < 0 ? -1 : close + 2;
    }

    private static void CheckExpansions(Dictionary<string, string> entities)
    {
        var sizes = new Dictionary<string, long>(StringComparer.Ordinal);
        var inProgress = new HashSet<string>(StringComparer.Ordinal);
        foreach (var name in entities.Keys)
        {
            if (Size(name, entities, sizes, inProgress) > FeedLimits.MaxEntityExpansion)
            {
                throw new FeedParseException(
                    $"entity \"{Short(name)}\" expands to more than {FeedLimits.MaxEntityExpansion} characters (entity expansion attack): refused");
            }
        }
    }

    /// <summary>The expanded length of an entity, capped just over the limit so a billion laughs costs microseconds.</summary>
    private static long Size(string name, Dictionary<string, string> entities, Dictionary<string, long> sizes, HashSet<string> inProgress)
    {
        if (sizes.TryGetValue(name, out var known)) return known;
        if (!inProgress.Add(name)) throw new FeedParseException($"entity \"{Short(name)}\" refers to itself: refused");
        var value = entities[name];
        long size = 0;
        var i = 0;
        while (i < value.Length)
        {
            var amp = value.IndexOf('&', i);
            if (amp < 0) { size += value.Length - i; break; }
            size += amp - i;
            var semi = value.IndexOf(';', amp + 1);
            if (semi < 0) { size += value.Length - amp; break; }
            var reference = value[(amp + 1)..semi];
            size += reference.StartsWith('#') || !entities.ContainsKey(reference)
                ? semi - amp + 1
                : Size(reference, entities, sizes, inProgress);
            if (size > FeedLimits.MaxEntityExpansion) { size = FeedLimits.MaxEntityExpansion + 1L; break; }
            i = semi + 1;
        }
        inProgress.Remove(name);
        sizes[name] = size;
        return size;
    }

    private static void SkipSpace(string text, ref int i, int end)
    {
        while (i < end && char.IsWhiteSpace(text[i])) i++;
    }

    private static string Short(string name) => name.Length <= 40 ? name : name[..40] + "…";
}
