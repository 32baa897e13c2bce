using Sahel.Diff.Versions;
using Xunit;

namespace Sahel.Tests.Diff.Versions;

public sealed class WordDiffTests
{
    [Theory]
    [InlineData("selon l'armée, 1 400 morts", "selon|l'armée|,|1 400|morts")]
    [InlineData("d’au moins 1.400 soldats ; 12,5 %", "d’au|moins|1.400|soldats|;|12,5|%")]
    [InlineData("« détruit complètement »", "«|détruit|complètement|»")]
    [InlineData("Aguel'hoc et peut-être Tin-Zaouatène", "Aguel'hoc|et|peut-être|Tin-Zaouatène")]
    [InlineData("قُتِلَ ١٢ جنديا، بحسب بيان؟", "قُتِلَ|١٢|جنديا|،|بحسب|بيان|؟")]
    [InlineData("at least 20 soldiers - sources", "at|least|20|soldiers|-|sources")]
    [InlineData("en 2025 12 morts, les 2 400 hommes", "en|2025|12|morts|,|les|2 400|hommes")]
    public void Tokens_KeepWordsAndFiguresWhole(string text, string expected)
    {
        var tokens = DiffTokens.Split(text);
        Assert.Equal(text, string.Concat(tokens));
        Assert.Equal(expected, string.Join('|', tokens.Where(t => !string.IsNullOrWhiteSpace(t))));
    }

    [Fact]
    public void AChangedFigure_IsOneReplacement()
    {
        var runs = WordDiff.Between("Au moins 12 soldats tués.", "Au moins 20 soldats tués.");
        Assert.Equal([new(DiffOp.Same, "Au moins "), new(DiffOp.Removed, "12"), new(DiffOp.Added, "20"), new DiffRun(DiffOp.Same, " soldats tués.")], runs);
    }

    [Fact]
    public void ChangesSeparatedBySpaces_AreOneReplacement()
    {
        var runs = WordDiff.Between("12 soldats tués, selon l'armée.", "20 militaires tués, a-t-on appris de sources locales.");
        Assert.Equal(
            [new(DiffOp.Removed, "12 soldats"), new(DiffOp.Added, "20 militaires"), new(DiffOp.Same, " tués,"),
             new(DiffOp.Removed, " selon l'armée"), new(DiffOp.Added, " a-t-on appris de sources locales"), new DiffRun(DiffOp.Same, ".")],
            runs);
    }

    [Theory]
    [InlineData("", "Texte ajouté.")]
    [InlineData("Texte retiré.", "")]
    [InlineData("A B C D", "A C D E")]
    [InlineData("مقتل ١٢ جنديا بحسب بيان للجيش", "مقتل ٢٠ جنديا على الأقل")]
    [InlineData("Same text.", "Same text.")]
    [InlineData("one two  three", "one  two three four")]
    public void Runs_SpellBothTexts(string before, string after)
    {
        var runs = WordDiff.Between(before, after);
        Assert.Equal(before, string.Concat(runs.Where(r => r.Op != DiffOp.Added).Select(r => r.Text)));
        Assert.Equal(after, string.Concat(runs.Where(r => r.Op != DiffOp.Removed).Select(r => r.Text)));
        Assert.Equal(before != after, WordDiff.HasChanges(runs));
    }
}
