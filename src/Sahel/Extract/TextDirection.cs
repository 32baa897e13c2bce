using AngleSharp.Dom;

namespace Sahel.Extract;

/// <summary>The page's declared direction (<c>dir</c> on html or body), else the direction of its language or script.</summary>
internal static class TextDirection
{
    public static string Decide(IDocument document, string? language, string text)
    {
        var declared = document.DocumentElement?.GetAttribute("dir") ?? document.Body?.GetAttribute("dir");
        if (declared is not null && (declared.Equals("rtl", StringComparison.OrdinalIgnoreCase) || declared.Equals("ltr", StringComparison.OrdinalIgnoreCase)))
            return declared.ToLowerInvariant();
        if (language is "ar" or "fa" or "ur" or "he" or "ps" or "ckb" or "yi" or "dv")
            return "rtl";
        return MostlyRightToLeft(text) ? "rtl" : "ltr";
    }

    private static bool MostlyRightToLeft(string text)
    {
        int rtl = 0, ltr = 0;
        foreach (var c in text.Length > 4000 ? text.AsSpan(0, 4000) : text.AsSpan())
        {
            if (c is >= '\u0590' and <= '\u08FF' or >= '\uFB1D' and <= '\uFDFF' or >= '\uFE70' and <= '\uFEFF') rtl++;
            else if (char.IsLetter(c)) ltr++;
        }
        return rtl > ltr;
    }
}
