using Sahel.Diff.Claims;
using Xunit;

namespace Sahel.Tests.Diff;

/// <summary>
/// A vocabulary's phrase is read whatever its length: until session 8 the phrase matcher stopped at four words, so
/// every longer phrase of every vocabulary was silently never read.
/// </summary>
public sealed class PhraseLengthTests
{
    [Theory]
    [InlineData("Douze passagers sont entre les mains de leurs ravisseurs depuis lundi.", 12)]
    [InlineData("Twelve passengers are in the hands of their abductors since Monday.", 12)]
    public void A_phrase_of_more_than_four_words_is_read(string text, int value)
    {
        var toll = Assert.Single(ClaimExtractor.Extract("Sahel", text, null).Tolls);
        Assert.Equal((TollKind.Kidnapped, value), (toll.Kind, toll.Count.Min));
    }
}
