using Sahel.Diff.Claims;
using Xunit;
using static Sahel.Tests.Diff.ClaimTolls;

namespace Sahel.Tests.Diff;

/// <summary>
/// Session 17: a point after an English month or title abbreviation ("Sept. 3", "Gen. Tiani") or in "No. 3" does not end a
/// sentence, so the speaker after it stays with the figure. Sentences written for these tests.
/// </summary>
public sealed class ClaimSentenceAbbreviationTests
{
    [Theory]
    [InlineData("NIAMEY, Sept. 3 (Reuters) - Gunmen killed 12 villagers near Tillaberi, a local official said.")]
    [InlineData("Gunmen killed 12 villagers on Jan. 9 near Tillaberi, residents said.")]
    [InlineData("Brig. Gen. Moussa Salaou said on Tuesday that 12 soldiers were killed.")]
    [InlineData("The No. 3 battalion lost 12 men, Lt. Col. Ibrahim Traoré's office said.")]
    public void An_abbreviation_point_does_not_end_the_sentence(string text) =>
        Assert.Single(ClaimSentence.Split(text));

    [Theory]
    [InlineData("Twelve villagers were killed near Tillaberi. Residents buried them on Sunday.", 2)]
    [InlineData("The attack came in early Dec. The army said 12 soldiers died.", 2)]
    [InlineData("U.N. officials counted 12 dead. The army gave no figure.", 2)]
    [InlineData("Asked whether troops had withdrawn, he said no. 3 units remain, the ministry later said.", 2)]
    public void A_full_stop_still_ends_a_sentence(string text, int sentences) =>
        Assert.Equal(sentences, ClaimSentence.Split(text).Count());

    [Fact]
    public void The_speaker_after_a_dateline_month_gives_the_figure_its_source()
    {
        const string text = "BAMAKO, Oct. 21 (AFP) - At least 12 civilians were killed in an attack on a market near Mopti, a local official told AFP.";
        Assert.True(ReadsExactly(text, TollKind.Killed, 12) || Reads(text, TollKind.Killed, 12), Shown(text));
        Assert.Equal(SourceKind.Local, FirstSource(text));
    }
}
