using Sahel.Diff.Claims;
using Xunit;

namespace Sahel.Tests.Diff;

/// <summary>The claims cache's bytes give back the claims they were made from, field for field.</summary>
public sealed class ClaimsCodecTests
{
    [Theory]
    [InlineData("Embuscade près d'Anéfis : au moins 12 militaires tués, selon des sources locales",
        "<p>Le GSIM a revendiqué l'attaque. L'armée a annoncé cinq soldats tués et neuf blessés, tandis que des sources locales évoquent au moins douze morts.</p>")]
    [InlineData("مصادر محلية: مقتل ١٢ جنديا ماليا على الأقل في كمين أنفيس", "وأعلنت جبهة تحرير أزواد مسؤوليتها عن الهجوم، فيما قال الجيش إن خمسة جنود قتلوا.")]
    [InlineData("Heatwave grips Sahel capitals", null)]
    public void ClaimsRoundTripThroughTheCache(string title, string? text)
    {
        var claims = ClaimExtractor.Extract(title, text, null);
        var bytes = ClaimsCodec.Encode(claims);
        var decoded = ClaimsCodec.Decode(bytes);

        Assert.NotNull(decoded);
        Assert.Equal(bytes, ClaimsCodec.Encode(decoded));
        Assert.Equal(claims.Tolls, decoded.Tolls);
        Assert.Equal(claims.Responsibility, decoded.Responsibility);
    }

    [Fact]
    public void ClaimsOfAnotherCodecVersionAreReadAgain()
    {
        var bytes = ClaimsCodec.Encode(StoryClaims.Empty);
        bytes[0] = ClaimsCodec.Version + 1;
        Assert.Null(ClaimsCodec.Decode(bytes));
        Assert.Null(ClaimsCodec.Decode([]));
    }
}
