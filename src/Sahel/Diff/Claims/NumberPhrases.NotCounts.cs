namespace Sahel.Diff.Claims;

/// <summary>
/// Numbers that are not counts: a unit or a date after the digits ("12 km", "le 10", "March 10"), a year, a percentage, a
/// clock time ("09:15") or a serial number ("n°047", "UPDATE 2").
/// </summary>
internal static partial class NumberPhrases
{
    private static readonly HashSet<string> NotCounts = new(StringComparer.Ordinal)
    {
        "km", "kilometres", "kilometers", "kilometre", "kilometer", "miles", "mile", "m", "metres", "h", "heures", "heure", "hours", "hour", "minutes",
        "jours", "days", "ans", "years", "year", "mois", "months", "semaines", "weeks", "pour", "percent", "cent", "degres", "c", "fcfa", "cfa", "dollars", "euros", "tonnes", "tons",
        "janvier", "fevrier", "mars", "avril", "mai", "juin", "juillet", "aout", "septembre", "octobre", "novembre", "decembre",
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
        "يناير", "فبراير", "مارس", "ابريل", "مايو", "يونيو", "يوليو", "اغسطس", "سبتمبر", "اكتوبر", "نوفمبر", "ديسمبر", "كيلومتر", "كيلومترا", "كلم", "ساعه", "ساعات", "يوما", "ايام", "عاما", "سنوات", "سنه",
        "am", "pm", "gmt", "utc", "times", "fois", "fold", "مرات", "اضعاف",
    };

    private static readonly HashSet<string> Months = new(StringComparer.Ordinal)
    {
        "january", "february", "march", "april", "june", "july", "august", "september", "october", "november", "december",
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
    };

    /// <summary>Words before a number that make it a serial, not a count: "Communiqué n°047", "No. 12", "بلاغ رقم 5".</summary>
    private static readonly HashSet<string> SerialWords = new(StringComparer.Ordinal) { "n", "no", "nos", "numero", "number", "رقم" };

    /// <summary>
    /// A clock time or a serial number: digits joined to digits by a colon ("09:15", "٠٩:١٥", "14h47" is one word
    /// already) are a time of day, as in live-blog time stamps; digits after "n°" or "No." number a document.
    /// </summary>
    private static bool IsClockOrSerial(ClaimSentence sentence, int start, CoreCount core)
    {
        var words = sentence.Words;
        if (words[start].Number is null)
            return false;
        if (start > 0 && SerialWords.Contains(words[start - 1].Text) && words[start - 1].End <= words[start].Start
            && sentence.Between(start - 1, start).Trim().Length <= 2
            && sentence.Between(start - 1, start).IndexOfAny("°º.") >= 0)
            return true;
        // round 20: a wire's update or a paragraph numbered ("UPDATE 2: Adds police toll in paragraph 3"): a label, not a count
        if (start > 0 && words[start - 1].Text is "update" or "paragraph" or "paragraphs" or "paragraphe" or "paragraphes" or "version")
            return true;
        bool Colon(int a, int b) => a >= 0 && b < words.Count && words[a].Number is not null && words[b].Number is not null
            && sentence.Between(a, b).SequenceEqual(":");
        return Colon(start - 1, start) || Colon(start, start + core.Length);
    }

    private static bool IsDateOrUnit(IReadOnlyList<ClaimWord> words, int start, CoreCount core)
    {
        if (core.Vague is not null || core.Approximate)
            return false;
        var next = start + core.Length < words.Count ? words[start + core.Length].Text : null;
        // "12 pour cent", not "douze, pour la perte de…".
        if (next is not null && NotCounts.Contains(next) && (next != "pour" || start + core.Length + 1 < words.Count && words[start + core.Length + 1].Text == "cent"))
            return true;
        if (core.Value is >= 1900 and <= 2100 && words[start].Number is not null)
            return true;
        // "March 10", "le 10", "du 10 au 12": days of the month.
        var previous = start > 0 ? words[start - 1].Text : null;
        if (previous is not null && Months.Contains(previous))
            return true;
        return previous is "le" or "du" or "au" && next is null or "et" or "au";
    }
}
