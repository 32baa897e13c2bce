using Sahel.Diff.Claims;
using Xunit;
using static Sahel.Tests.Diff.ClaimTolls;

namespace Sahel.Tests.Diff;

/// <summary>
/// Session 10, round 18: tolls missed and read wrongly by two writers tuned on for the first time (the ClaimsSet README,
/// "Session 10, round 18, tolls"), each cause written out in the three languages where it is said in them: a count since a
/// month after the story's own figures (background), a source's pluperfect, ordinals in a present state, not coming back, "taken from", a list
/// set off by commas, a count of acts, "one" after a toll verb, partitives with a possessive, a figure with its digits in
/// brackets, "dépasserait", "more than a hundred", "بحياة" past its subject, "أخذوا معهم". Sentences written for these tests.
/// </summary>
public sealed class ClaimTollsRound18Tests
{
    [Theory]
    // a source's pluperfect, the event of the story's own people
    [InlineData("Selon le parquet, l'attaque avait fait quinze morts.", TollKind.Killed, 15)]
    [InlineData("Leur enlèvement avait coûté la vie à trois gardes.", TollKind.Killed, 3)]
    // an ordinal in a present state
    [InlineData("Two guards were killed and a third is missing.", TollKind.Missing, 1)]
    [InlineData("Trois bergers ont été tués et un quatrième reste introuvable.", TollKind.Missing, 1)]
    [InlineData("قتل ثلاثة رعاة وفقد رابع.", TollKind.Missing, 1)]
    // not coming back, said plainly
    [InlineData("Four women who went to fetch water did not return.", TollKind.Missing, 4)]
    [InlineData("Cinq pêcheurs partis lundi ne sont pas revenus.", TollKind.Missing, 5)]
    [InlineData("وخرج ستة رعاة إلى المرعى ولم يعودوا.", TollKind.Missing, 6)]
    // taken from a place, taken along
    [InlineData("Forty pupils were taken from their school at night.", TollKind.Kidnapped, 40)]
    [InlineData("Six men in all were taken near the border post.", TollKind.Kidnapped, 6)]
    [InlineData("قتلوا ثلاثة رجال وأخذوا معهم تسع نساء.", TollKind.Kidnapped, 9)]
    // "one" as the object of a toll verb, "one of its own"
    [InlineData("Gunmen abducted two priests, killing one seminarian.", TollKind.Killed, 1)]
    [InlineData("The group said one of its own fighters had been killed.", TollKind.Killed, 1)]
    // a partitive with a possessive, joined after the verb's object
    [InlineData("Soldiers killed a commander and ten of his companions.", TollKind.Killed, 10)]
    [InlineData("قتلت القوات قياديا بارزا وعشرة من مرافقيه.", TollKind.Killed, 10)]
    [InlineData("The strike killed six of its fighters and two shepherds.", TollKind.Killed, 2)]
    // a figure in words with its digits in brackets, the preposition repeated
    [InlineData("Huit (08) soldats et trois (03) volontaires sont tombés.", TollKind.Killed, 8)]
    [InlineData("L'embuscade a coûté la vie à neuf militaires et à deux chauffeurs, et douze soldats ont été blessés.", TollKind.Killed, 2)]
    [InlineData("L'embuscade a coûté la vie à neuf militaires et à deux chauffeurs, et douze soldats ont été blessés.", TollKind.Wounded, 12)]
    // the lives taken past the subject between "أودى" and "بحياة"
    [InlineData("أودى انفجار عبوة ناسفة بحياة ١٣ شخصا.", TollKind.Killed, 13)]
    // a list set off by commas that adds up: the total
    [InlineData("Three workers, a driver and two guards, were killed in the raid.", TollKind.Killed, 3)]
    [InlineData("Des hommes armés ont enlevé quatre personnes, le chauffeur et trois passagers, selon la police.", TollKind.Kidnapped, 4)]
    // the plural past modifiers right after a verb that only counts people
    [InlineData("A patrol killed three armed smugglers near the border.", TollKind.Killed, 3)]
    [InlineData("The fighters killed 31 Nigerian and Cameroonian soldiers.", TollKind.Killed, 31)]
    // a count added with "as well as", "ainsi que", "إضافة إلى"
    [InlineData("The ambush killed fourteen soldiers as well as several drivers.", TollKind.Killed, 3)]
    [InlineData("L'embuscade a tué quatorze soldats ainsi que plusieurs chauffeurs.", TollKind.Killed, 3)]
    [InlineData("أسفر الكمين عن مقتل أربعة عشر جنديا، إضافة إلى عدد من السائقين.", TollKind.Killed, 3)]
    // twins of the negatives below
    [InlineData("Four traders were kidnapped on the road.", TollKind.Kidnapped, 4)]
    public void The_toll_is_read(string text, TollKind kind, int value) =>
        Assert.True(Reads(text, kind, value), Shown(text));

    [Theory]
    [InlineData("Le nombre de soldats tués dépasserait la vingtaine, selon un élu.", "more-than", 20)]
    [InlineData("Selon un élu, le nombre de soldats tués dépasserait la vingtaine.", "more-than", 20)]
    [InlineData("The army said its troops killed more than a hundred terrorists.", "more-than", 100)]
    [InlineData("Not fewer than 80 people were abducted, a senator said.", "at-least", 80)]
    public void The_bound_is_read(string text, string qualifier, int value) =>
        Assert.Contains(Tolls(text), t => t.Count.Qualifier == qualifier && (t.Count.Min == value || t.Count.Min == value + 1));

    [Theory]
    // a count since a month is background (the count of a report that opens on it too, for now: see the README)
    [InlineData("Gunmen killed six villagers on Monday. Eleven teachers have been kidnapped on this road since January.", 11)]
    // a recall in the pluperfect, no source
    [InlineData("Cette attaque intervient après celle qui avait fait 40 morts.", 40)]
    // a count of acts
    [InlineData("Police recorded four kidnappings on the road this month.", 4)]
    [InlineData("Police seized six of their vehicles at the market.", 6)]
    [InlineData("Deux enlèvements ont été signalés cette semaine.", 2)]
    // the parts of a list that adds up to its total tell the same people again
    [InlineData("Three workers, a driver and two guards, were killed in the raid.", 2)]
    [InlineData("Des hommes armés ont enlevé quatre personnes, le chauffeur et trois passagers, selon la police.", 3)]
    // the displaced joined to a toll
    [InlineData("L'ONG fait état de 12 personnes portées disparues et de quelque 2 300 déplacés.", 2300)]
    // a list of other kinds of people than the total's is no aside: its items are not the total told again
    [InlineData("Gunmen killed three soldiers, two civilians and a child, residents said.", 4)]
    // "one" that counts no one
    [InlineData("It was one of the deadliest attacks this year.", 1)]
    public void No_toll_of_that_count_is_read(string text, int value) =>
        Assert.DoesNotContain(Tolls(text), t => t.Count.Min == value);

    [Theory]
    [InlineData("The ministry did not return calls on Monday.")]
    [InlineData("لم يعد هناك أحد في القرية.")]
    [InlineData("Twelve wounded were taken to hospital in Gao.")]
    public void No_kidnapped_or_missing_toll_is_read(string text) =>
        Assert.DoesNotContain(Tolls(text), t => t.Kind is TollKind.Kidnapped or TollKind.Missing);

    [Fact]
    public void A_missing_phrase_past_that_is_another_clauses()
    {
        var tolls = Tolls("Officials said 30 villagers were taken from the market and that relatives were still counting their missing.");
        Assert.Contains(tolls, t => t.Kind == TollKind.Kidnapped && t.Count.Min == 30);
        Assert.DoesNotContain(tolls, t => t.Kind == TollKind.Missing);
    }
}
