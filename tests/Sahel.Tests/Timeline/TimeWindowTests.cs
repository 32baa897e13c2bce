using Sahel.Timeline;
using Xunit;

namespace Sahel.Tests.Timeline;

public sealed class TimeWindowTests
{
    private static readonly DateTimeOffset Now = new(2026, 3, 12, 6, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData("24h", "2026-03-11T06:00:00Z")]
    [InlineData("7d", "2026-03-05T06:00:00Z")]
    [InlineData("90m", "2026-03-12T04:30:00Z")]
    [InlineData("2w", "2026-02-26T06:00:00Z")]
    [InlineData("2026-03-01", "2026-03-01T00:00:00Z")]
    [InlineData("2026-03-01T07:30:00+01:00", "2026-03-01T06:30:00Z")]
    [InlineData("2026-03-01T06:30Z", "2026-03-01T06:30:00Z")]
    [InlineData("2026-03-01 06:30:00", "2026-03-01T06:30:00Z")]
    public void Parses(string text, string expected)
    {
        Assert.True(TimeWindow.TryParse(text, Now, out var value));
        Assert.Equal(DateTimeOffset.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), value);
    }

    [Theory]
    [InlineData("3x")]
    [InlineData("yesterday")]
    [InlineData("01/03/2026")]
    [InlineData("2026-13-01")]
    [InlineData("")]
    public void Refuses(string text) => Assert.False(TimeWindow.TryParse(text, Now, out _));

    [Fact]
    public void IgnoresTheCurrentCulture()
    {
        var saved = System.Globalization.CultureInfo.CurrentCulture;
        try
        {
            System.Globalization.CultureInfo.CurrentCulture = new System.Globalization.CultureInfo("ar-SA");
            Assert.True(TimeWindow.TryParse("2026-03-01", Now, out var value));
            Assert.Equal(2026, value.Year);
        }
        finally
        {
            System.Globalization.CultureInfo.CurrentCulture = saved;
        }
    }
}
