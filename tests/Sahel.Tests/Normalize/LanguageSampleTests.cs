using System.Runtime.CompilerServices;
using Sahel.Normalize;
using Xunit;
using Xunit.Abstractions;

namespace Sahel.Tests.Normalize;

/// <summary>
/// Accuracy of <see cref="LanguageGuesser"/> on the labelled headlines of samples/language (written for sahel, split
/// dev/test before tuning). A miss is a wrong language or no answer. Floors sit a little under the measured rates
/// (docs/benchmarks.md, "Language detection").
/// </summary>
public sealed class LanguageSampleTests(ITestOutputHelper output)
{
    private const double DevFloor = 0.95;
    private const double TestFloor = 0.90;
    /// <summary>A wrong language is worse than none: at most this share of answers may name another language.</summary>
    private const double WrongCeiling = 0.03;

    [Theory]
    [InlineData("dev.tsv", DevFloor)]
    [InlineData("test.tsv", TestFloor)]
    public void GuesserAccuracyOnTheLabelledSample(string file, double floor)
    {
        var rows = Read(file);
        var byLanguage = new SortedDictionary<string, (int Right, int Wrong, int Total)>(StringComparer.Ordinal);
        foreach (var (language, text) in rows)
        {
            var guess = LanguageGuesser.Guess(text);
            var (right, wrong, total) = byLanguage.GetValueOrDefault(language);
            byLanguage[language] = (right + (guess == language ? 1 : 0), wrong + (guess is not null && guess != language ? 1 : 0), total + 1);
            if (guess != language) output.WriteLine($"  miss {language}: «{text}» → {guess ?? "none"}");
        }
        var allRight = byLanguage.Values.Sum(v => v.Right);
        var allWrong = byLanguage.Values.Sum(v => v.Wrong);
        foreach (var (language, (right, wrong, total)) in byLanguage)
            output.WriteLine($"{file} {language}: {right}/{total} right, {wrong} wrong");
        output.WriteLine($"{file}: {allRight}/{rows.Count} = {(double)allRight / rows.Count:P1}, wrong {allWrong}");
        Assert.True((double)allRight / rows.Count >= floor, $"{file}: accuracy {(double)allRight / rows.Count:P1} under {floor:P0}");
        Assert.True((double)allWrong / rows.Count <= WrongCeiling, $"{file}: {allWrong} wrong answers");
    }

    [Fact]
    public void TheSampleHasAtLeast300HeadlinesInNineLanguages()
    {
        var rows = Read("dev.tsv").Concat(Read("test.tsv")).ToList();
        Assert.True(rows.Count >= 300);
        Assert.Equal(["ar", "de", "en", "es", "fr", "ha", "it", "pt", "tr"], rows.Select(r => r.Language).Distinct().Order(StringComparer.Ordinal));
    }

    internal static List<(string Language, string Text)> Read(string file, [CallerFilePath] string here = "")
    {
        // samples/ is read from the source tree: it is the project's own data, not a copied fixture.
        var path = Path.GetFullPath(Path.Combine(Path.GetDirectoryName(here)!, "..", "..", "..", "samples", "language", file));
        return File.ReadAllLines(path)
            .Where(l => l.Length > 0)
            .Select(l => l.Split('\t', 2))
            .Select(p => (p[0], p[1]))
            .ToList();
    }
}
