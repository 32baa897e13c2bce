using System.Text.RegularExpressions;

namespace Sahel.Normalize;

/// <summary>
/// Finds and removes "last updated" stamps ("Mis à jour le 11 mars 2026 à 10h32", "Updated: March 11, 10:32 GMT",
/// "تم التحديث في ١١ مارس ٢٠٢٦"): outlets rewrite them on every save, so they say nothing about what the
/// article claims. A stamp is the marker followed only by date and time words; "Mise à jour : le bilan passe à
/// 20 morts" carries news and is kept, as is a marker inside a sentence ("le bilan a été mis à jour").
/// </summary>
public static partial class UpdateStamp
{
    // The marker must start the line, follow the end of a sentence or a separator, or open a bracket.
    [GeneratedRegex(
        @"(?<open>(?:^|(?<=[.!?؟|·•–—*:-]))\s*[(\[]?\s*|[(\[]\s*)(?<marker>(?:derni[eè]re\s+)?mise?\s+[àa]\s+jour|actualis[ée]e?|(?:last\s+)?updated?|last\s+modified|(?:تم\s+)?(?:ال)?تحديث|آخر\s+تحديث)(?!\w)",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Marker();

    /// <summary>Date and time words a stamp may contain besides figures (folded by <see cref="TextNormalizer"/>).</summary>
    private static readonly HashSet<string> DateWords = new(StringComparer.Ordinal)
    {
        // connectors and clock words
        "le", "la", "a", "at", "on", "du", "de", "des", "the", "of", "in", "et", "and", "h", "min", "heure", "heures",
        "locale", "local", "time", "gmt", "utc", "tu", "cet", "wat", "am", "pm", "er", "hier", "yesterday",
        "aujourd", "hui", "today", "il", "y", "ago", "ya", "minute", "minutes", "mins", "hour", "hours", "day", "days",
        "jour", "jours", "seconds", "secondes", "منذ", "ساعه", "ساعات", "دقيقه", "دقائق", "ايام",
        "في", "على", "الساعه", "بتاريخ", "يوم", "ص", "م", "صباحا", "مساء", "بتوقيت", "غرينتش", "امس", "اليوم",
        // months
        "janvier", "fevrier", "mars", "avril", "mai", "juin", "juillet", "aout", "septembre", "octobre", "novembre", "decembre",
        "janv", "fevr", "avr", "juil", "sept", "oct", "nov", "dec",
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
        "يناير", "فبراير", "مارس", "ابريل", "مايو", "يونيو", "يوليو", "اغسطس", "سبتمبر", "اكتوبر", "نوفمبر", "ديسمبر",
        "جانفي", "فيفري", "افريل", "ماي", "جوان", "جويليه", "اوت",
        "كانون", "الثاني", "الاول", "شباط", "اذار", "نيسان", "ايار", "حزيران", "تموز", "اب", "ايلول", "تشرين",
        // weekdays
        "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche",
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
        "mon", "tue", "wed", "thu", "fri", "sat", "sun",
        "الاثنين", "الثلاثاء", "الاربعاء", "الخميس", "الجمعه", "السبت", "الاحد",
    };

    /// <summary>The text without its update stamps; a bare "(mis à jour)" tag in brackets goes too.</summary>
    public static string Remove(string line)
    {
        if (!MayHaveMarker(line))
            return line; // most lines: no regex at all
        var result = line;
        var position = 0;
        while (position < result.Length && Marker().Match(result, position) is { Success: true } match)
        {
            var open = match.Groups["open"];
            var bracketAt = open.Value.IndexOfAny(['(', '[']);
            var marker = match.Groups["marker"];
            var end = StampEnd(result, marker.Index + marker.Length, bracket: bracketAt >= 0);
            var start = bracketAt >= 0 ? open.Index + bracketAt : marker.Index;
            var wholeLine = result[..start].Trim().Length == 0 && result[end..].Trim().Length == 0;
            if (!IsDateOnly(result[(marker.Index + marker.Length)..end], mustHaveFigure: bracketAt < 0 && !wholeLine))
            {
                position = marker.Index + marker.Length;
                continue;
            }
            // A sentence end before the stamp stays ("Texte. Mis à jour le…" keeps "Texte."); a separator goes.
            var head = result[..start].TrimEnd().TrimEnd('|', '·', '•', '–', '—', '-', '*').TrimEnd();
            result = (head + " " + result[end..].TrimStart()).Trim();
            start = head.Length;
            position = Math.Min(start, result.Length);
        }
        return result;
    }

    private static bool MayHaveMarker(string line) =>
        line.Contains("jour", StringComparison.OrdinalIgnoreCase) || line.Contains("actualis", StringComparison.OrdinalIgnoreCase)
        || line.Contains("updat", StringComparison.OrdinalIgnoreCase) || line.Contains("modified", StringComparison.OrdinalIgnoreCase)
        || line.Contains("تحديث", StringComparison.Ordinal);

    // A bracketed stamp ends at its closing bracket; otherwise at the end of the sentence (". " or the line's end).
    private static int StampEnd(string text, int from, bool bracket)
    {
        if (bracket)
        {
            var close = text.IndexOfAny([')', ']'], from);
            return close < 0 ? text.Length : close + 1;
        }
        for (var i = from; i < text.Length; i++)
        {
            if (text[i] is '.' or '!' or '?' or '؟' or '|' or '·' && (i + 1 == text.Length || char.IsWhiteSpace(text[i + 1])))
                return text[i] is '|' or '·' ? i : i + 1;
        }
        return text.Length;
    }

    private static bool IsDateOnly(string rest, bool mustHaveFigure)
    {
        var figure = false;
        foreach (var token in TextNormalizer.Tokenize(rest))
        {
            if (token.Any(char.IsDigit))
                figure = true;
            else if (!DateWords.Contains(token))
                return false;
        }
        return figure || !mustHaveFigure;
    }
}
