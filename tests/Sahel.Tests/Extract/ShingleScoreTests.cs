using Sahel.Bench.Extraction;
using Xunit;

namespace Sahel.Tests.Extract;

/// <summary>The benchmark metric, checked by hand on small texts (the numbers are worked out in the comments).</summary>
public sealed class ShingleScoreTests
{
    [Fact]
    public void Tokens_AreThoseOfPythonsWordPattern()
    {
        // Letters, digits and '_' join; punctuation, spaces and combining marks split (Python's \w has no marks).
        Assert.Equal(["l", "armée", "a_b", "٣٤", "e"], ShingleScore.Tokens("l’armée a_b, ٣٤ e\u0301"));
    }

    [Fact]
    public void SameText_ScoresOne()
    {
        var page = ShingleScore.Page("one two three four five", "one two three four five");
        Assert.Equal((1.0, 1.0), (page.Precision, page.Recall));
    }

    [Fact]
    public void ExtraAndMissingShingles_AreCountedAsTheBenchmarkDoes()
    {
        // truth: a b c d e → shingles abcd, bcde; predicted: a b c d x → abcd, bcdx. tp 1, fp 1, fn 1.
        var page = ShingleScore.Page("a b c d e", "a b c d x");
        Assert.Equal(0.5, page.Precision, 6);
        Assert.Equal(0.5, page.Recall, 6);
    }

    [Fact]
    public void ShortTexts_AreOneShingle()
    {
        // Fewer than four tokens: the whole token list is the only shingle.
        var page = ShingleScore.Page("a b", "a b");
        Assert.Equal(1.0, page.Precision);
    }

    [Fact]
    public void EmptyExtraction_CountsInRecallOnly()
    {
        var pages = new[] { ShingleScore.Page("a b c d e", ""), ShingleScore.Page("a b c d e", "a b c d e") };
        var summary = ShingleScore.Summarise(pages);

        Assert.Equal(1.0, summary.Precision, 6); // the empty page has tp+fp = 0: left out of precision
        Assert.Equal(0.5, summary.Recall, 6);
        Assert.Equal(2 * 0.5 / 1.5, summary.F1, 6);
    }
}
