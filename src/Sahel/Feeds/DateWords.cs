using System.Globalization;
using System.Text;

namespace Sahel.Feeds;

/// <summary>
/// The words dates are written with in Sahel feeds: English, French and Arabic month names (Levantine/Iraqi
/// "آذار" style, Egyptian "مارس" style, Moroccan "غشت" and Algerian/Tunisian "جوان" style), and time-zone names.
/// Lookups use a folded form (lowercase, no accents, no final dot, Arabic letter variants unified).
/// </summary>
internal static class DateWords
{
    private static readonly Dictionary<string, int> Months = BuildMonths();

    /// <summary>Offsets in minutes. Ambiguous abbreviations (IST, BST…) keep their common English-language meaning.</summary>
    private static readonly Dictionary<string, int> Zones = new(StringComparer.Ordinal)
    {
        ["ut"] = 0, ["utc"] = 0, ["gmt"] = 0, ["z"] = 0, ["etc/gmt"] = 0, ["etc/utc"] = 0, ["wet"] = 0,
        ["est"] = -300, ["edt"] = -240, ["cst"] = -360, ["cdt"] = -300, ["mst"] = -420, ["mdt"] = -360,
        ["pst"] = -480, ["pdt"] = -420, ["ast"] = -240, ["adt"] = -180, ["akst"] = -540, ["akdt"] = -480,
        ["hst"] = -600, ["at"] = -240, ["et"] = -300, ["ct"] = -360, ["mt"] = -420, ["pt"] = -480,
        ["cet"] = 60, ["cest"] = 120, ["met"] = 60, ["mest"] = 120, ["wat"] = 60, ["west"] = 60, ["bst"] = 60,
        ["eet"] = 120, ["eest"] = 180, ["cat"] = 120, ["eat"] = 180, ["sast"] = 120, ["msk"] = 180,
        ["ist"] = 330, ["jst"] = 540, ["kst"] = 540, ["aest"] = 600, ["aedt"] = 660, ["nzst"] = 720, ["nzdt"] = 780,
    };

    public static bool TryMonth(string folded, out int month) => Months.TryGetValue(folded, out month);

    public static bool TryZone(string folded, out int minutes)
    {
        if (Zones.TryGetValue(folded, out minutes)) return true;
        // RFC 822 military zones: A–I = +1..+9, K–M = +10..+12, N–Y = −1..−12 (J is unused).
        if (folded.Length == 1 && folded[0] is >= 'a' and <= 'y' and not 'j')
        {
            var c = folded[0];
            minutes = 60 * (c <= 'i' ? c - 'a' + 1 : c <= 'm' ? c - 'a' : -(c - 'n' + 1));
            return true;
        }
        return false;
    }

    /// <summary>Lowercase, strip diacritics and Arabic vowel marks, unify alef/yeh/teh-marbuta forms, drop a final '.'.</summary>
    public static string Fold(string word)
    {
        var sb = new StringBuilder(word.Length);
        foreach (var ch in word.Normalize(NormalizationForm.FormD))
        {
            var cat = CharUnicodeInfo.GetUnicodeCategory(ch);
            if (cat == UnicodeCategory.NonSpacingMark || ch == '\u0640') continue; // accents, harakat, tatweel
            sb.Append(ch switch
            {
                'أ' or 'إ' or 'آ' or 'ٱ' => 'ا',
                'ى' => 'ي',
                'ة' => 'ه',
                _ => char.ToLowerInvariant(ch),
            });
        }
        while (sb.Length > 0 && sb[^1] == '.') sb.Length--;
        return sb.ToString();
    }

    private static Dictionary<string, int> BuildMonths()
    {
        string[] names =
        [
            // English
            "jan january", "feb february", "mar march", "apr april", "may", "jun june", "jul july",
            "aug august", "sep sept september", "oct october", "nov november", "dec december",
        ];
        string[] french =
        [
            "janv janvier", "fevr fev fevrier", "mars", "avr avril", "mai", "juin", "juil juillet",
            "aout", "sept septembre", "oct octobre", "nov novembre", "dec decembre",
        ];
        // Egyptian/Gulf, Moroccan and Algerian/Tunisian spellings, then Levantine/Iraqi (Syriac-derived).
        string[] arabic =
        [
            "يناير جانفي كانون_الثاني", "فبراير فبراير فيفري شباط", "مارس اذار", "ابريل افريل نيسان",
            "مايو ماي ايار", "يونيو يونيه جوان حزيران", "يوليو يوليه يوليوز جويليه جويلية تموز",
            "اغسطس غشت اوت اب", "سبتمبر شتنبر ايلول", "اكتوبر تشرين_الاول", "نوفمبر نونبر تشرين_الثاني",
            "ديسمبر دجنبر كانون_الاول",
        ];
        var map = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var table in new[] { names, french, arabic })
        {
            for (var m = 0; m < 12; m++)
            {
                foreach (var n in table[m].Split(' ')) map[Fold(n.Replace('_', ' '))] = m + 1;
            }
        }
        return map;
    }
}
