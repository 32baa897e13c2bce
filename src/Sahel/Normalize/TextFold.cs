using System.Globalization;
using System.Text;

namespace Sahel.Normalize;

/// <summary>
/// The loose form used to compare what a user typed with what an outlet wrote: case folded, Latin accents
/// removed (Ménaka = menaka), Arabic diacritics and tatweel removed and alef forms unified (أغلهوك = اغلهوك).
/// </summary>
public static class TextFold
{
    public static string Fold(string? text)
    {
        if (string.IsNullOrEmpty(text))
            return "";
        var decomposed = text.Normalize(NormalizationForm.FormKD);
        var folded = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            var category = CharUnicodeInfo.GetUnicodeCategory(c);
            if (category == UnicodeCategory.NonSpacingMark || c == '\u0640')
                continue; // accents, Arabic tashkeel, tatweel
            folded.Append(c switch
            {
                'أ' or 'إ' or 'آ' or 'ٱ' => 'ا',
                'ى' => 'ي',
                'ة' => 'ه',
                '’' or 'ʼ' or '`' => '\'',
                _ => char.ToLowerInvariant(c),
            });
        }
        return folded.ToString();
    }
}
