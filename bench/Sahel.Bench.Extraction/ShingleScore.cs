using System.Globalization;
using System.Text;

namespace Sahel.Bench.Extraction;

/// <summary>
/// The article-extraction-benchmark metric, exactly: texts become Python-regex <c>\w+</c> tokens, tokens become
/// 4-token shingles counted as a multiset, each page yields true positives, false positives and false negatives
/// normalised to sum 1; precision is averaged over pages with tp+fp &gt; 0, recall over pages with tp+fn &gt; 0,
/// and F1 is the harmonic mean of those two averages.
/// </summary>
public static class ShingleScore
{
    private const int ShingleSize = 4;

    public readonly record struct PageCounts(double TruePositives, double FalsePositives, double FalseNegatives)
    {
        public double Precision => FalsePositives == 0 && FalseNegatives == 0 ? 1 : TruePositives == 0 && FalsePositives == 0 ? 0 : TruePositives / (TruePositives + FalsePositives);
        public double Recall => FalsePositives == 0 && FalseNegatives == 0 ? 1 : TruePositives == 0 && FalseNegatives == 0 ? 0 : TruePositives / (TruePositives + FalseNegatives);
    }

    public readonly record struct Summary(double Precision, double Recall, double F1);

    public static PageCounts Page(string truth, string predicted)
    {
        var expected = Shingles(truth);
        var actual = Shingles(predicted);
        double tp = 0, fp = 0, fn = 0;
        foreach (var (key, count) in expected)
        {
            var got = actual.GetValueOrDefault(key);
            tp += Math.Min(count, got);
            fn += Math.Max(0, count - got);
        }
        foreach (var (key, count) in actual)
            fp += Math.Max(0, count - expected.GetValueOrDefault(key));
        var sum = tp + fp + fn;
        return sum > 0 ? new PageCounts(tp / sum, fp / sum, fn / sum) : new PageCounts(0, 0, 0);
    }

    public static Summary Summarise(IReadOnlyCollection<PageCounts> pages)
    {
        var precisions = pages.Where(p => p.TruePositives + p.FalsePositives > 0).Select(p => p.Precision).ToList();
        var recalls = pages.Where(p => p.TruePositives + p.FalseNegatives > 0).Select(p => p.Recall).ToList();
        var precision = precisions.Count == 0 ? 0 : precisions.Average();
        var recall = recalls.Count == 0 ? 0 : recalls.Average();
        var f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        return new Summary(precision, recall, f1);
    }

    /// <summary>The benchmark's n-grams: every window of 4 tokens, or the whole token list when it is shorter.</summary>
    private static Dictionary<string, int> Shingles(string text)
    {
        var tokens = Tokens(text);
        var shingles = new Dictionary<string, int>(StringComparer.Ordinal);
        var windows = Math.Max(1, tokens.Count - ShingleSize + 1);
        for (var i = 0; i < windows; i++)
        {
            var take = Math.Min(ShingleSize, tokens.Count - i);
            if (take <= 0)
                break;
            var key = string.Join('\u0001', tokens.GetRange(i, take));
            shingles[key] = shingles.GetValueOrDefault(key) + 1;
        }
        return shingles;
    }

    /// <summary>Python's <c>re.findall(r'\w+')</c> on str: letters (L*), numbers (Nd, Nl, No) and '_'; combining marks split words.</summary>
    public static List<string> Tokens(string text)
    {
        var tokens = new List<string>();
        var current = new StringBuilder();
        foreach (var rune in text.EnumerateRunes())
        {
            if (IsWordRune(rune))
            {
                current.Append(rune.ToString());
            }
            else if (current.Length > 0)
            {
                tokens.Add(current.ToString());
                current.Clear();
            }
        }
        if (current.Length > 0)
            tokens.Add(current.ToString());
        return tokens;
    }

    private static bool IsWordRune(Rune rune) =>
        rune.Value == '_' || Rune.GetUnicodeCategory(rune) is UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter
            or UnicodeCategory.TitlecaseLetter or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter
            or UnicodeCategory.DecimalDigitNumber or UnicodeCategory.LetterNumber or UnicodeCategory.OtherNumber;
}
