using System.Globalization;
using Sahel.Feeds;
using Xunit;

namespace Sahel.Tests.Feeds;

public sealed class FeedDateParserTests
{
    [Theory]
    // RFC 822 / 1123 and the zones feeds send
    [InlineData("Mon, 03 Mar 2025 14:05:09 GMT", "2025-03-03T14:05:09Z")]
    [InlineData("Mon, 03 Mar 2025 14:05:09 UT", "2025-03-03T14:05:09Z")]
    [InlineData("Mon, 03 Mar 2025 14:05:09 Z", "2025-03-03T14:05:09Z")]
    [InlineData("Mon, 03 Mar 2025 14:05:09 +0100", "2025-03-03T13:05:09Z")]
    [InlineData("Mon, 03 Mar 2025 14:05:09 +01:00", "2025-03-03T13:05:09Z")]
    [InlineData("Mon, 03 Mar 2025 14:05:09 EST", "2025-03-03T19:05:09Z")]
    [InlineData("Mon, 03 Mar 2025 14:05:09 EDT", "2025-03-03T18:05:09Z")]
    [InlineData("Mon, 03 Mar 2025 14:05:09 CST", "2025-03-03T20:05:09Z")]
    [InlineData("Mon, 03 Mar 2025 14:05:09 CDT", "2025-03-03T19:05:09Z")]
    [InlineData("Mon, 03 Mar 2025 14:05:09 MST", "2025-03-03T21:05:09Z")]
    [InlineData("Mon, 03 Mar 2025 14:05:09 MDT", "2025-03-03T20:05:09Z")]
    [InlineData("Mon, 03 Mar 2025 14:05:09 PST", "2025-03-03T22:05:09Z")]
    [InlineData("Mon, 03 Mar 2025 14:05:09 PDT", "2025-03-03T21:05:09Z")]
    [InlineData("Mon, 03 Mar 2025 14:05:09 WAT", "2025-03-03T13:05:09Z")]
    [InlineData("Mon, 03 Mar 2025 14:05:09 A", "2025-03-03T13:05:09Z")]
    [InlineData("Mon, 03 Mar 2025 14:05:09 N", "2025-03-03T15:05:09Z")]
    [InlineData("Mon, 03 Mar 2025 14:05 GMT", "2025-03-03T14:05:00Z")]
    [InlineData("03 Mar 2025 14:05:09 GMT", "2025-03-03T14:05:09Z")]
    [InlineData("Fri, 03 Mar 2025 14:05:09 GMT", "2025-03-03T14:05:09Z")] // wrong weekday
    [InlineData("Mon, 3 Mar 25 14:05:09 GMT", "2025-03-03T14:05:09Z")]
    [InlineData("Mon, 3 Mar 98 14:05:09 GMT", "1998-03-03T14:05:09Z")]
    [InlineData("Mon,03 March 2025 14:05:09 -0000", "2025-03-03T14:05:09Z")]
    [InlineData("Mon Mar  3 14:05:09 2025", "2025-03-03T14:05:09Z")] // asctime
    [InlineData("Mon, 03 Mar 2025 14:05:09 GMT+01:00", "2025-03-03T13:05:09Z")]
    // RFC 3339 / ISO 8601 / W3CDTF
    [InlineData("2025-03-03T14:05:09Z", "2025-03-03T14:05:09Z")]
    [InlineData("2025-03-03T14:05:09+01:00", "2025-03-03T13:05:09Z")]
    [InlineData("2025-03-03T14:05:09.123456-05:00", "2025-03-03T19:05:09.123456Z")]
    [InlineData("2025-03-03T14:05Z", "2025-03-03T14:05:00Z")]
    [InlineData("2025-03-03T14:05:09", "2025-03-03T14:05:09Z")]
    [InlineData("2025-03-03 14:05:09", "2025-03-03T14:05:09Z")]
    [InlineData("2025-03-03", "2025-03-03T00:00:00Z")]
    [InlineData("2025-03", "2025-03-01T00:00:00Z")]
    [InlineData("20250303T140509Z", "2025-03-03T14:05:09Z")]
    // French
    [InlineData("lundi 3 mars 2025 14:05", "2025-03-03T14:05:00Z")]
    [InlineData("lundi 3 mars 2025 à 14h05", "2025-03-03T14:05:00Z")]
    [InlineData("3 mars 2025", "2025-03-03T00:00:00Z")]
    [InlineData("1er février 2025", "2025-02-01T00:00:00Z")]
    [InlineData("12 févr. 2025 08:30", "2025-02-12T08:30:00Z")]
    [InlineData("12 fevrier 2025", "2025-02-12T00:00:00Z")]
    [InlineData("15 août 2024 10:00 +0000", "2024-08-15T10:00:00Z")]
    [InlineData("15 aout 2024", "2024-08-15T00:00:00Z")]
    [InlineData("Mercredi 4 déc. 2024 - 18:45", "2024-12-04T18:45:00Z")]
    [InlineData("04/12/2024 18:45", "2024-12-04T18:45:00Z")]
    [InlineData("4 juil. 2024", "2024-07-04T00:00:00Z")]
    // Arabic: Levantine/Iraqi months, Egyptian/Maghrebi months, Arabic-Indic digits
    [InlineData("الاثنين 3 آذار 2025 14:05", "2025-03-03T14:05:00Z")]
    [InlineData("٣ آذار ٢٠٢٥", "2025-03-03T00:00:00Z")]
    [InlineData("3 مارس 2025", "2025-03-03T00:00:00Z")]
    [InlineData("الأحد ١٥ كانون الثاني ٢٠٢٥ - ٠٩:٣٠", "2025-01-15T09:30:00Z")]
    [InlineData("10 تشرين الأول 2024", "2024-10-10T00:00:00Z")]
    [InlineData("20 أغسطس 2024", "2024-08-20T00:00:00Z")]
    [InlineData("20 غشت 2024", "2024-08-20T00:00:00Z")]
    [InlineData("5 جوان 2024", "2024-06-05T00:00:00Z")]
    [InlineData("الأربعاء، 4 ديسمبر 2024 - 06:45 م", "2024-12-04T18:45:00Z")]
    [InlineData("4 ديسمبر 2024م", "2024-12-04T00:00:00Z")]
    public void Parses(string text, string expectedUtc)
    {
        Assert.True(FeedDateParser.TryParse(text, out var value), $"could not parse '{text}'");
        Assert.Equal(DateTimeOffset.Parse(expectedUtc, CultureInfo.InvariantCulture), value);
        Assert.Equal(TimeSpan.Zero, value.Offset);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("demain")]
    [InlineData("Mon, 03 Foo 2025 14:05:09 GMT")]
    [InlineData("Mon, 32 Mar 2025 14:05:09 GMT")]
    [InlineData("2025-02-30")]
    [InlineData("2025-03-03T25:00:00Z")]
    [InlineData("Thu, 01 Jan 1960 00:00:00 GMT")] // before 1970: nonsense for a news item
    [InlineData("Mon, 03 Mar 2025 14:05:09 +zz:00")]
    [InlineData("2025-03-03T14:05:09-06:00Textra")]
    public void RejectsGarbage(string? text) => Assert.False(FeedDateParser.TryParse(text, out _));

    [Fact]
    public void IgnoresTheCurrentCulture()
    {
        var saved = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = new CultureInfo("ar-SA"); // Hijri calendar, Arabic digits
            Assert.True(FeedDateParser.TryParse("Mon, 03 Mar 2025 14:05:09 GMT", out var v));
            Assert.Equal(new DateTimeOffset(2025, 3, 3, 14, 5, 9, TimeSpan.Zero), v);
        }
        finally
        {
            CultureInfo.CurrentCulture = saved;
        }
    }
}
