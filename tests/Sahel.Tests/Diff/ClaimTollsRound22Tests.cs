using Sahel.Diff.Claims;
using Xunit;
using static Sahel.Tests.Diff.ClaimTolls;

namespace Sahel.Tests.Diff;

/// <summary>
/// Session 11, round 22: tolls missed and read in excess on a writer in new registers (dev10), each cause written out in the
/// three languages (the ClaimsSet README, "Session 11, round 22, tolls on new registers"): a part set off at the end of its
/// clause, dying told as leaving life, the Arabic dual of going missing, no critical part of the dead, "more than one hundred",
/// the dead of road accidents, the number of the dead stated past an adjunct, a partitive of a definite group, an Arabic range
/// whose high bound is a compound number, a release asked for,
/// care as a noun ("receiving treatment", "reçoivent des soins"). Sentences written
/// for these tests.
/// </summary>
public sealed class ClaimTollsRound22Tests
{
    [Theory]
    // a part set off by a comma at the end of its clause reaches its figure past the clause's adjuncts
    [InlineData("Forty people wounded in the blast at the market in the old town were taken to hospital, including 12 children.", TollKind.Wounded, 12)]
    [InlineData("Four people were killed when gunmen set fire to the clinic on Monday night, among them three patients.", TollKind.Killed, 3)]
    [InlineData("Trente blessés ont été admis à l'hôpital régional depuis l'attaque contre le marché de la ville, dont neuf enfants.", TollKind.Wounded, 9)]
    [InlineData("وقال الباحث إن أكثر من ٥٠٠ شخص اختطفوا في ولايات الشمال الغربي خلال النصف الأول من العام، بينهم ٨٠ طالبا.", TollKind.Kidnapped, 80)]
    // dying told as leaving life, breathing one's last, giving up the ghost, passing away
    [InlineData("وقال مدير المستشفى إن ثلاثة من الجرحى فارقوا الحياة صباح اليوم.", TollKind.Killed, 3)]
    [InlineData("وأفاد شهود بأن جنديين فارقا الحياة متأثرين بجروحهما.", TollKind.Killed, 2)]
    [InlineData("Deux des blessés ont rendu l'âme à l'hôpital de Dori.", TollKind.Killed, 2)]
    [InlineData("Two of the wounded passed away overnight, the hospital said.", TollKind.Killed, 2)]
    // the Arabic dual of "went missing", and a dual noun with "others" after the passive
    [InlineData("وقال مصدر أمني إن عنصرين من الشرطة فُقدا بعد الكمين.", TollKind.Missing, 2)]
    [InlineData("قتل خمسة رعاة وفُقد راعيان آخران في الهجوم.", TollKind.Missing, 2)]
    // "more than one hundred", as "more than a hundred"
    [InlineData("The bishop wrote that \"more than one hundred of our brothers and sisters\" were killed in the attack.", TollKind.Killed, 101)]
    [InlineData("More than a hundred villagers were killed.", TollKind.Killed, 101)]
    // the number of the dead stated past an adjunct of the noun
    [InlineData("وقال المصدر إن عدد القتلى من المسلحين بلغ نحو خمسين.", TollKind.Killed, 50)]
    [InlineData("وقال المصدر إن عدد الجرحى في صفوف الجنود ارتفع إلى ١٢.", TollKind.Wounded, 12)]
    [InlineData("A doctor said the number of dead among the attackers was at least 17.", TollKind.Killed, 17)]
    [InlineData("Selon un notable, le nombre de morts parmi les assaillants s'élève à 17.", TollKind.Killed, 17)]
    // a partitive of a definite group after a toll verb, as the Arabic "٢٩ من الجنود"
    [InlineData("The group said its fighters killed 29 of the apostate militia near the border.", TollKind.Killed, 29)]
    [InlineData("The group said its fighters killed 12 of the army's soldiers.", TollKind.Killed, 12)]
    [InlineData("Le groupe affirme avoir tué 29 des miliciens apostats.", TollKind.Killed, 29)]
    [InlineData("وقال التنظيم إن مقاتليه قتلوا ٢٩ من الجنود.", TollKind.Killed, 29)]
    // care as a noun, as the Arabic "يتلقون العلاج"
    [InlineData("Thirty-nine people are receiving treatment at the General Hospital, a doctor said.", TollKind.Wounded, 39)]
    [InlineData("Douze personnes reçoivent des soins à l'hôpital de Kaya.", TollKind.Wounded, 12)]
    [InlineData("وقال الطبيب إن ١٢ شخصا يتلقون العلاج في المستشفى.", TollKind.Wounded, 12)]
    public void The_toll_is_read(string text, TollKind kind, int value) =>
        Assert.True(Reads(text, kind, value), Shown(text));

    [Theory]
    // the dead of road accidents are no toll of violence
    [InlineData("L'agence a recensé 96 morts dans des accidents de la route en juillet.", 96)]
    [InlineData("Douze personnes sont mortes dans un accident de la circulation près de Kaya.", 12)]
    [InlineData("The agency recorded 58 deaths in road crashes on the highway in October.", 58)]
    [InlineData("وسجلت الوكالة ٤٠ وفاة في حوادث السير خلال الشهر.", 40)]
    // a partitive of things is no toll
    [InlineData("The fire destroyed 12 of the houses.", 12)]
    [InlineData("Les assaillants ont brûlé 12 des maisons du village.", 12)]
    public void No_toll_of_that_count_is_read(string text, int value) =>
        Assert.False(Tolls(text).Any(t => (t.Count.Min ?? 0) <= value && value <= (t.Count.Max ?? int.MaxValue)), Shown(text));

    [Theory]
    // a killing near a road is a toll, whatever the road
    [InlineData("Cinq passagers ont été tués par des hommes armés sur la route de Gorom.", TollKind.Killed, 5)]
    [InlineData("Gunmen killed two drivers on the road near Benisheikh, police said.", TollKind.Killed, 2)]
    [InlineData("قتل خمسة ركاب في كمين على الطريق.", TollKind.Killed, 5)]
    public void A_killing_on_a_road_stays_a_toll(string text, TollKind kind, int value) =>
        Assert.True(Reads(text, kind, value), Shown(text));

    [Theory]
    // an Arabic range whose high bound is a unit joined to its tens ("بين عشرين وخمسة وعشرين"), beside the bounds read before
    [InlineData("وقال سكان إن عدد القتلى يتراوح بين عشرين وخمسة وعشرين.", 20, 25)]
    [InlineData("قتل بين ثلاثين وخمسة وثلاثين مدنيا.", 30, 35)]
    [InlineData("قتل ما بين خمسة وعشرة أشخاص.", 5, 10)]
    [InlineData("قتل ما بين عشرة وخمسة عشر شخصا.", 10, 15)]
    public void An_arabic_range_is_read_whole(string text, int min, int max) =>
        Assert.Contains(Tolls(text), t => t.Count.Min == min && t.Count.Max == max);

    [Theory]
    // a release asked for is no release: the people are still held
    [InlineData("أطلقت المنظمة نداء عاجلا للإفراج عن سبعة وثلاثين تلميذة اختطفن من مدرستهن.", TollKind.Kidnapped, 37)]
    [InlineData("Amnesty called for the release of 12 farmers abducted last week.", TollKind.Kidnapped, 12)]
    [InlineData("L'ONG appelle à la libération de douze bergers enlevés la semaine dernière.", TollKind.Kidnapped, 12)]
    public void A_release_asked_for_keeps_the_kidnapping(string text, TollKind kind, int value) =>
        Assert.True(Reads(text, kind, value), Shown(text));

    [Theory]
    // a release done ends the kidnapping (round 20's rule stands)
    [InlineData("Troops rescued 12 farmers abducted last week.", 12)]
    [InlineData("L'armée a libéré douze bergers enlevés la semaine dernière.", 12)]
    [InlineData("أفرج المسلحون عن ١٢ رهينة.", 12)]
    public void A_release_done_is_no_kidnapping(string text, int value) =>
        Assert.DoesNotContain(Tolls(text), t => t.Kind == TollKind.Kidnapped && t.Count.Min == value);

    [Fact]
    public void The_wounded_who_died_are_dead_and_a_critical_part_is_not()
    {
        var tolls = Tolls("قال مدير المستشفى إن المستشفى استقبل ٢٧ جريحا. وأضاف أن ثلاثة من الجرحى فارقوا الحياة، وأن حالة اثنين منهم حرجة.");
        Assert.Contains(tolls, t => t.Kind == TollKind.Killed && t.Count.Min == 3);
        Assert.DoesNotContain(tolls, t => t.Kind == TollKind.Killed && t.Count.Min == 2);
        Assert.DoesNotContain(tolls, t => t.Kind == TollKind.Wounded && t.Count.Min == 3);
    }

    [Fact]
    public void A_loss_of_soldiers_stays_a_toll_of_dead()
    {
        Assert.True(Reads("وفقد الجيش جنديين في الكمين.", TollKind.Killed, 2), Shown("وفقد الجيش جنديين في الكمين."));
    }
}
