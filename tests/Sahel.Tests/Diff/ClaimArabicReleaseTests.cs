using Sahel.Diff.Claims;
using Xunit;
using static Sahel.Tests.Diff.ClaimTolls;

namespace Sahel.Tests.Diff;

/// <summary>
/// Session 12, from the sample sweep: hostages set free are no toll in Arabic either, when the verb of release governs the
/// count through "عن" past words of time ("أُفرج مساء الجمعة عن اثنين"), and when a dual noun is the count ("إطلاق سراح
/// رهينتين"). English and French already read these (round 20). Sentences written for these tests.
/// </summary>
public sealed class ClaimArabicReleaseTests
{
    [Theory]
    [InlineData("أُفرج مساء اليوم الجمعة عن اثنين من التجار الذين اختُطفوا الثلاثاء قرب نيونو.")]
    [InlineData("أفرجت الجماعة صباح أمس عن ثلاثة من السائقين المختطفين.")]
    [InlineData("إطلاق سراح رهينتين في شمال بوركينا فاسو.")]
    [InlineData("Two of the traders abducted on Tuesday were released on Friday.")]
    [InlineData("Deux des commerçants enlevés mardi ont été libérés vendredi.")]
    public void HostagesSetFree_AreNoToll(string text) =>
        Assert.DoesNotContain(Tolls(text), t => t.Kind == TollKind.Kidnapped);

    [Theory]
    // the release only asked for: they are still held
    [InlineData("طالب الأهالي بالإفراج عن ثلاثة تجار اختُطفوا قرب نيونو.", 3)]
    // a kidnapping told with "عن" and no release
    [InlineData("أسفر الهجوم عن اختطاف ثلاثة تجار قرب نيونو.", 3)]
    // a release of others in an earlier clause does not free this count
    [InlineData("أفرج الخاطفون عن الشيخ، واختطفوا ثلاثة تجار آخرين.", 3)]
    // a dual kidnapped with no release
    [InlineData("اختطف مسلحون رهينتين قرب الحدود.", 2)]
    public void HostagesStillHeld_AreAToll(string text, int value) =>
        Assert.True(ReadsExactly(text, TollKind.Kidnapped, value), Shown(text));
}
