using System.Text;
using Sahel.Extract;
using Xunit;

namespace Sahel.Tests.Extract;

/// <summary>HTTP charset, meta charset, BOM and sniffing: legacy Arabic and French pages must read right.</summary>
public sealed class ArticleEncodingTests
{
    static ArticleEncodingTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    private const string ArabicSentence = "قالت مصادر محلية في منطقة كيدال إن 12 جنديا ماليا على الأقل قتلوا";

    [Fact]
    public void Windows1256_NamedOnlyInMeta_IsDecoded()
    {
        var article = PageFixtures.Extract("ar-akhbarrimal-anefis-1256");

        Assert.Equal("windows-1256", article.Encoding);
        Assert.StartsWith(ArabicSentence, article.Text);
    }

    [Fact]
    public void Windows1256_WithNoDeclarationAtAll_IsSniffed()
    {
        var bytes = Encoding.Latin1.GetString(PageFixtures.Bytes("ar-akhbarrimal-anefis-1256"))
            .Replace("<meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1256\">", "", StringComparison.Ordinal);
        var article = ArticleExtractor.Extract(Encoding.Latin1.GetBytes(bytes), null, null, null);

        Assert.Equal("windows-1256", article.Encoding);
        Assert.StartsWith(ArabicSentence, article.Text);
    }

    [Fact]
    public void Windows1252_WithNoDeclaration_IsSniffed()
    {
        var article = PageFixtures.Extract("fr-koriinfo-canicule-1252");

        Assert.Equal("windows-1252", article.Encoding);
        Assert.Contains("La Direction de la météorologie nationale prévoit des températures", article.Text);
    }

    [Fact]
    public void Windows1252_MislabelledUtf8ByHttp_IsStillReadRight()
    {
        var article = ArticleExtractor.Extract(PageFixtures.Bytes("fr-koriinfo-canicule-1252"), "utf-8", null, null);

        Assert.NotEqual("utf-8", article.Encoding);
        Assert.Contains("les personnes âgées et les jeunes enfants", article.Text);
    }

    [Fact]
    public void HttpCharset_WinsOverNothing()
    {
        var article = ArticleExtractor.Extract(PageFixtures.Bytes("fr-koriinfo-canicule-1252"), "windows-1252", null, null);

        Assert.Equal("windows-1252", article.Encoding);
        Assert.Contains("privés de ventilateurs", article.Text);
    }

    [Fact]
    public void Utf8Bom_IsHonouredAndNotPartOfTheText()
    {
        var page = PageFixtures.Bytes("fr-letamarinier-embuscade");
        var withBom = new byte[] { 0xEF, 0xBB, 0xBF }.Concat(page).ToArray();
        var article = ArticleExtractor.Extract(withBom, "windows-1252", null, null);

        Assert.Equal("utf-8", article.Encoding);
        Assert.StartsWith("Un convoi de ravitaillement des Forces armées maliennes", article.Text);
    }
}
