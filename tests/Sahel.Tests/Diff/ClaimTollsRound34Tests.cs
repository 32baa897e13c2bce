using Sahel.Diff.Claims;
using Xunit;
using static Sahel.Tests.Diff.ClaimTolls;

namespace Sahel.Tests.Diff;

/// <summary>
/// Session 16, round 34 (the ClaimsSet README, "Session 16, round 34, tolls"): the Arabic feminine units in the indefinite
/// accusative inside a compound number; fighters arrested in the list of a fight's toll; the whole of a figure reaching its verb
/// past an aside of its parts joined by "and". Sentences written for these tests.
/// </summary>
public sealed class ClaimTollsRound34Tests
{
    [Theory]
    // the feminine unit with the tanwin's alif before the tens: the whole compound, not its tens
    [InlineData("خطف مسلحون أربعًا وعشرين تلميذة من مدرسة داخلية، بحسب الشرطة.", TollKind.Kidnapped, 24)]
    [InlineData("قال الحاكم إن المسلحين خطفوا خمسا وثلاثين امرأة من القرية.", TollKind.Kidnapped, 35)]
    [InlineData("قتل المسلحون سبعا وعشرين امرأة في السوق، وفق مصادر محلية.", TollKind.Killed, 27)]
    [InlineData("قتل المسلحون ثمانيًا وأربعين امرأة وطفلة، وفق مصادر محلية.", TollKind.Killed, 48)]
    // the masculine and the nominative forms read as before
    [InlineData("قتل المسلحون ثلاثة وعشرين قرويا، وفق مصادر محلية.", TollKind.Killed, 23)]
    [InlineData("خطف مسلحون أربع وعشرين تلميذة، بحسب الشرطة.", TollKind.Kidnapped, 24)]
    public void An_Arabic_feminine_unit_in_the_accusative_is_read_with_its_tens(string text, TollKind kind, int value)
    {
        Assert.True(ReadsExactly(text, kind, value), Shown(text));
        Assert.DoesNotContain(Tolls(text), t => t.Count.Min == value - value % 10 && t.Count.Max == value - value % 10);
    }

    [Theory]
    // fighters arrested in the fight whose dead were just counted: the list's comma, the sentence's end, an adjunct after
    [InlineData("Le bilan provisoire fait état de cinq assaillants neutralisés, six interpellés sur place et deux gendarmes blessés.", 5, 6)]
    [InlineData("The ministry said 14 gunmen were killed and 9 arrested.", 14, 9)]
    [InlineData("The ministry said 14 gunmen were killed, 9 arrested and two soldiers wounded.", 14, 9)]
    [InlineData("The ministry said 14 gunmen were killed and 9 arrested; it gave no toll for the troops.", 14, 9)]
    [InlineData("The army said its troops killed 14 gunmen and arrested 9 near the border.", 14, 9)]
    [InlineData("وأعلنت وزارة الدفاع أن وحدة للجيش قضت على خمسة إرهابيين وأوقفت ثلاثة آخرين خلال اشتباك قرب الحدود.", 5, 3)]
    public void Fighters_arrested_beside_their_dead_are_taken_in_the_fight(string text, int dead, int taken)
    {
        Assert.True(ReadsExactly(text, TollKind.Killed, dead), Shown(text));
        Assert.Contains(Tolls(text), t => t.Kind == TollKind.Kidnapped && t.Count.Min == taken && t.Victims == "attackers");
    }

    [Theory]
    // negatives: an arrest away from a fight, suspects named, a list of civilians
    [InlineData("Police arrested 14 suspects after the market was looted.")]
    [InlineData("La police a interpellé huit suspects sur les lieux, selon le procureur.")]
    [InlineData("وأوقفت الشرطة ثلاثة مشتبه بهم في المدينة.")]
    [InlineData("Gunmen killed five villagers, 12 arrested later were released.")]
    public void An_arrest_away_from_a_fight_is_no_toll(string text) =>
        Assert.DoesNotContain(Tolls(text), t => t.Kind == TollKind.Kidnapped);

    [Theory]
    // the whole of a figure before an aside of its parts joined by "and", the verb after the aside
    [InlineData("Residents said at least 21 people, including three women and two children, were killed in the strike.", 21, 3, 2)]
    [InlineData("Officials said 30 people, among them 4 soldiers and 6 women, died in the attack.", 30, 4, 6)]
    [InlineData("Selon des habitants, au moins 21 personnes, dont trois femmes et deux enfants, ont été tuées dans la frappe.", 21, 3, 2)]
    [InlineData("قال سكان إن ٢١ شخصا على الأقل، بينهم ثلاث نساء وطفلان، قُتلوا في الغارة.", 21, 3, 2)]
    // the aside after the verb and the aside of one part read as before
    [InlineData("The strike killed 21 people, including three women and two children, residents said.", 21, 3, 2)]
    public void The_whole_reaches_its_verb_past_its_parts(string text, int whole, int first, int second)
    {
        Assert.True(Reads(text, TollKind.Killed, whole), Shown(text));
        Assert.True(ReadsExactly(text, TollKind.Killed, first), Shown(text));
        Assert.True(ReadsExactly(text, TollKind.Killed, second), Shown(text));
    }

    [Theory]
    // negatives: with no whole before the aside its parts are the verb's; a part not joined stays the only part
    [InlineData("Les otages, dont sept femmes et quatre enfants, avaient été enlevés en mai.", TollKind.Kidnapped, 7, 4)]
    [InlineData("The hostages, including seven women and four children, had been abducted in May.", TollKind.Kidnapped, 7, 4)]
    public void With_no_whole_the_parts_are_read(string text, TollKind kind, int first, int second)
    {
        Assert.True(ReadsExactly(text, kind, first), Shown(text));
        Assert.True(ReadsExactly(text, kind, second), Shown(text));
    }

    [Theory]
    // a figure told with its bound, then bare by a speaker of the same kind: one figure
    [InlineData("Gunmen killed at least 12 villagers overnight, residents said. \"We buried 12 people this morning,\" one resident said.", 12)]
    [InlineData("Au moins douze civils ont été tués samedi, selon des habitants. « Nous avons enterré douze personnes », a déclaré un habitant.", 12)]
    public void A_figure_restated_bare_after_its_bound_is_one_figure(string text, int value) =>
        Assert.Single(Tolls(text), t => t.Kind == TollKind.Killed && t.Count.Min == value);

    [Theory]
    // negatives: another kind of source, another value
    [InlineData("At least 12 villagers were killed, residents said. The police said 12 people were killed in the raid.", 12, 2)]
    [InlineData("At least 12 villagers were killed, residents said. \"We buried 15 people,\" one resident said.", 15, 1)]
    public void Another_source_or_value_stays(string text, int value, int count) =>
        Assert.Equal(count, Tolls(text).Count(t => t.Kind == TollKind.Killed && t.Count.Min == value));

    [Theory]
    // a group's figure of militiamen, in quotes or not (the French "miliciens" read already)
    [InlineData("The group said its fighters killed \"more than 60 militiamen\" in the raid.", 61)]
    [InlineData("The group said at the time it had killed around 300 \"militiamen\".", 300)]
    [InlineData("In a statement, the group claimed an attack that it said killed 12 militiamen.", 12)]
    [InlineData("Le groupe affirme avoir tué « plus de 60 miliciens » lors du raid.", 61)]
    public void Militiamen_are_counted(string text, int value) =>
        Assert.True(Reads(text, TollKind.Killed, value), Shown(text));
}
