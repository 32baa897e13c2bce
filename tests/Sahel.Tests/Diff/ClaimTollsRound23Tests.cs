using Sahel.Diff.Claims;
using Xunit;
using static Sahel.Tests.Diff.ClaimTolls;

namespace Sahel.Tests.Diff;

/// <summary>
/// Session 12, round 23: tolls missed and read in excess on a writer in new registers (dev11), each cause written out in the
/// three languages where it is said in them (the ClaimsSet README, "Session 12, round 23, tolls missed and extra"): a missing
/// state dated by "since", one more person sharing the count's fate (a death with companions, a singular person joined by
/// "and"), the accused of a trial, killed and wounded at once, a list whose items carry their own toll words, the earlier
/// figure named as such and the first figure of a rise, a part fronted by its group, captives a killing verb counts, KIA/WIA,
/// "lost" with a qualified count of others. Sentences written for these tests.
/// </summary>
public sealed class ClaimTollsRound23Tests
{
    [Theory]
    // "since" after a state of being missing dates the disappearance; it counts over no period
    [InlineData("Le syndicat affirme qu'un quatrième infirmier est porté disparu depuis janvier.", TollKind.Missing, 1)]
    [InlineData("The union said a seventh driver has been missing since March.", TollKind.Missing, 1)]
    [InlineData("L'armée confirme la disparition de quatre soldats depuis juin.", TollKind.Missing, 4)]
    [InlineData("The army confirmed the disappearance of four soldiers since June.", TollKind.Missing, 4)]
    // one more person sharing the count's fate: a death with companions
    [InlineData("Le lieutenant Traoré est mort avec cinq de ses hommes lors d'une embuscade.", TollKind.Killed, 6)]
    [InlineData("Le sergent Diallo est mort le 12 juin avec quatre de ses hommes près de Djibo.", TollKind.Killed, 5)]
    [InlineData("Corporal Musa Ali died alongside four comrades when their truck hit a mine.", TollKind.Killed, 5)]
    [InlineData("توفي العريف أحمد علي مع أربعة من رفاقه في كمين قرب الحدود.", TollKind.Killed, 5)]
    // and a singular person joined by "and" before the count
    [InlineData("A farmer said his brother and three cousins had been abducted near the river.", TollKind.Kidnapped, 4)]
    [InlineData("Un habitant affirme que son père et ses deux oncles ont été enlevés.", TollKind.Kidnapped, 3)]
    // a list whose items carry their own toll words is three figures, whatever they add up to
    [InlineData("The bulletin recorded 30 civilians killed, 18 wounded and 12 abducted in the district.", TollKind.Wounded, 18)]
    [InlineData("The bulletin recorded 30 civilians killed, 18 wounded and 12 abducted in the district.", TollKind.Kidnapped, 12)]
    [InlineData("Le bulletin recense 30 civils tués, 18 blessés et 12 enlevés dans la province.", TollKind.Wounded, 18)]
    // the earlier figure named as such, and the first figure of a rise
    [InlineData("The toll was revised to 90 civilians killed, up from an earlier figure of 51.", TollKind.Killed, 51)]
    [InlineData("Le ministère a annoncé 25 morts, contre un bilan initial de 11.", TollKind.Killed, 11)]
    [InlineData("The ministry said the toll rose from 12 to 30 dead.", TollKind.Killed, 12)]
    [InlineData("The ministry said the toll rose from 12 to 30 dead.", TollKind.Killed, 30)]
    [InlineData("قالت الوزارة إن عدد القتلى ارتفع من ١٢ إلى ٣٠ قتيلا.", TollKind.Killed, 12)]
    // a part fronted by its group, the toll word before the comma
    [InlineData("The ministry said 60 people were wounded. Of the wounded, 25 were children.", TollKind.Wounded, 25)]
    [InlineData("Le ministère fait état de 60 blessés. Parmi les blessés, 25 sont des enfants.", TollKind.Wounded, 25)]
    [InlineData("وقالت الوزارة إن ٦٠ شخصا أصيبوا. ومن بين الجرحى، ٢٥ طفلا.", TollKind.Wounded, 25)]
    // captives right after the count a killing verb takes are the dead
    [InlineData("قال المدعي العام إن الجنود أعدموا ١٢ أسيرا.", TollKind.Killed, 12)]
    [InlineData("The gunmen executed three hostages, police said.", TollKind.Killed, 3)]
    [InlineData("Les ravisseurs ont exécuté trois otages.", TollKind.Killed, 3)]
    // the military abbreviations of an incident note
    [InlineData("Incident note: five guards KIA, three WIA.", TollKind.Killed, 5)]
    [InlineData("Incident note: five guards KIA, three WIA.", TollKind.Wounded, 3)]
    // Arabic "lost" with a qualified count of others is the passive, "went missing"
    [InlineData("قال مسؤول إن ستة مهاجرين لقوا حتفهم وفقد نحو عشرين آخرين في الصحراء.", TollKind.Missing, 20)]
    public void The_toll_is_read(string text, TollKind kind, int value) =>
        Assert.True(Reads(text, kind, value), Shown(text));

    [Theory]
    // the dead man with his companions is one toll, not his companions alone
    [InlineData("Le lieutenant Traoré est mort avec cinq de ses hommes lors d'une embuscade.", TollKind.Killed, 5)]
    [InlineData("Corporal Musa Ali died alongside four comrades when their truck hit a mine.", TollKind.Killed, 4)]
    // a list's items are figures of their own, not the parts of its first figure
    [InlineData("The bulletin recorded 30 civilians killed, 18 wounded and 12 abducted in the district.", TollKind.Killed, 18)]
    [InlineData("قال المدعي العام إن الجنود أعدموا ١٢ أسيرا.", TollKind.Kidnapped, 12)]
    [InlineData("The gunmen executed three hostages, police said.", TollKind.Kidnapped, 3)]
    public void Not_this_figure(string text, TollKind kind, int value) =>
        Assert.False(ReadsExactly(text, kind, value), Shown(text));

    [Theory]
    // a count kept over months stays out (the events, not the state)
    [InlineData("Vingt-trois personnes ont disparu depuis janvier dans la région.", 23)]
    [InlineData("Fourteen aid workers have been kidnapped since January.", 14)]
    // the accused of a trial are no toll
    [InlineData("Five men were arraigned over the abduction of road workers.", 5)]
    [InlineData("Trois prévenus jugés pour l'enlèvement d'un commerçant ont été condamnés.", 3)]
    [InlineData("أدانت المحكمة ثلاثة متهمين بالضلوع في اختطاف سائحين.", 3)]
    // killed and wounded at once is a count of neither
    [InlineData("The group said its fighters had killed and wounded 40 soldiers.", 40)]
    [InlineData("Le groupe affirme avoir tué et blessé 40 militaires.", 40)]
    public void No_toll_of_that_count_is_read(string text, int value) =>
        Assert.False(Tolls(text).Any(t => (t.Count.Min ?? 0) <= value && value <= (t.Count.Max ?? int.MaxValue)), Shown(text));

    [Theory]
    // the rules above do not reach: a killing with weapons, an apposition to an ordinal, two joined figures with counts between,
    // a count of people who are not accused, "a soldier and two civilians" (two figures)
    [InlineData("The gunmen killed 12 villagers with their rifles, a resident said.", TollKind.Killed, 12)]
    [InlineData("Les assaillants ont tué 8 civils avec des machettes.", TollKind.Killed, 8)]
    [InlineData("Deux enseignants ont été abattus et un troisième, le directeur, a été emmené par les assaillants.", TollKind.Kidnapped, 1)]
    [InlineData("Twelve soldiers were killed and 20 wounded in the attack.", TollKind.Wounded, 20)]
    [InlineData("Troops killed three people accused of collaborating with the militants.", TollKind.Killed, 3)]
    [InlineData("Gunmen killed a soldier and two civilians, a resident said.", TollKind.Killed, 2)]
    public void The_figure_stays_as_it_was(string text, TollKind kind, int value) =>
        Assert.True(ReadsExactly(text, kind, value), Shown(text));
}
