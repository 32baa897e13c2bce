using Sahel.Diff.Claims;
using Xunit;
using static Sahel.Tests.Diff.ClaimTolls;

namespace Sahel.Tests.Diff;

/// <summary>
/// Session 9, round 16: how a toll is STATED, whatever the verb of killing, written out as a paradigm in three languages
/// (the ClaimsSet README, "Session 9, round 16, tolls"): the toll noun with a copula or a verb of reaching ("the number of dead
/// is at least 17", "le nombre de morts s'élève à 17", "بلغ عدد القتلى ١٧"), its updates ("rose to", "passé à", "ارتفع إلى"),
/// a colon ("Bilan : 12 morts"), gapped and coordinated figures, per-category lists, bounds and vague counts. Sentences written
/// for these tests. Each cell has negatives: a number after a toll noun that counts things, arrests or the displaced.
/// </summary>
public sealed class ClaimTollsRound16Tests
{
    [Theory]
    // the toll noun with a copula or a verb of reaching
    [InlineData("The death toll stands at 23, officials said.", TollKind.Killed, 23)]
    [InlineData("The number of dead is at least 17, a local official said.", TollKind.Killed, 17)]
    [InlineData("The number of people killed has reached 31.", TollKind.Killed, 31)]
    [InlineData("The number of wounded was put at 40.", TollKind.Wounded, 40)]
    [InlineData("The number of those abducted is now 52, residents said.", TollKind.Kidnapped, 52)]
    [InlineData("The number of dead from Tuesday's attack is at least 17.", TollKind.Killed, 17)]
    [InlineData("An uncle said the number of people abducted was \"closer to 35\".", TollKind.Kidnapped, 35)]
    [InlineData("Le nombre de morts de l'attaque de lundi s'élève à 17.", TollKind.Killed, 17)]
    [InlineData("Le bilan s'élève à 23 morts selon la mairie.", TollKind.Killed, 23)]
    [InlineData("Le nombre de morts s'élève à 17 selon un élu.", TollKind.Killed, 17)]
    [InlineData("Le nombre des blessés atteint désormais 40.", TollKind.Wounded, 40)]
    [InlineData("Le nombre de personnes enlevées est de 52, selon des habitants.", TollKind.Kidnapped, 52)]
    [InlineData("Le bilan est de 12 tués et 8 blessés.", TollKind.Killed, 12)]
    [InlineData("بلغ عدد القتلى ١٧ شخصا.", TollKind.Killed, 17)]
    [InlineData("وبلغ عدد الجرحى أربعين.", TollKind.Wounded, 40)]
    [InlineData("ووصل عدد المختطفين إلى ٥٢ شخصا.", TollKind.Kidnapped, 52)]
    [InlineData("وقال مسؤول إن عدد القتلى ١٢.", TollKind.Killed, 12)]
    // updates: rise to, passer à, ارتفع إلى
    [InlineData("The toll rose to 31 on Monday.", TollKind.Killed, 31)]
    [InlineData("Le bilan est passé à 31 morts lundi.", TollKind.Killed, 31)]
    [InlineData("وارتفعت حصيلة القتلى إلى ٣١.", TollKind.Killed, 31)]
    [InlineData("وارتفع عدد القتلى إلى ٣١ شخصا.", TollKind.Killed, 31)]
    // a colon
    [InlineData("Bilan : 12 morts et 8 blessés.", TollKind.Killed, 12)]
    [InlineData("Bilan : 12 morts et 8 blessés.", TollKind.Wounded, 8)]
    [InlineData("The toll: 12 dead and eight wounded.", TollKind.Killed, 12)]
    [InlineData("الحصيلة: ١٢ قتيلا و٨ جرحى.", TollKind.Killed, 12)]
    [InlineData("الحصيلة: ١٢ قتيلا و٨ جرحى.", TollKind.Wounded, 8)]
    // per-category lists: dashes, semicolons, dont, among them, بينهم
    [InlineData("Three people - two guards and a nurse - were killed.", TollKind.Killed, 3)]
    [InlineData("Trois personnes – deux gardes et une infirmière – ont été tuées.", TollKind.Killed, 3)]
    [InlineData("Three people - two guards and a nurse - were killed.", TollKind.Killed, 2)]
    [InlineData("DORI - Between 20 and 30 people were killed on Monday - two sources said.", TollKind.Killed, 25)]
    [InlineData("Twelve dead; eight wounded; four missing.", TollKind.Missing, 4)]
    [InlineData("Douze morts, dont cinq enfants.", TollKind.Killed, 5)]
    [InlineData("Twelve people were killed, among them five children.", TollKind.Killed, 5)]
    [InlineData("قتل ١٢ شخصا بينهم خمسة أطفال.", TollKind.Killed, 5)]
    [InlineData("قتل ١٢ شخصا من بينهم خمسة أطفال.", TollKind.Killed, 5)]
    // gapped and coordinated figures
    [InlineData("Seven soldiers were killed and four wounded.", TollKind.Wounded, 4)]
    [InlineData("Seven soldiers were killed and four others wounded.", TollKind.Wounded, 4)]
    [InlineData("Sept soldats ont été tués et quatre blessés.", TollKind.Wounded, 4)]
    [InlineData("Sept civils ont été tués et quatre autres blessés.", TollKind.Wounded, 4)]
    [InlineData("قتل سبعة جنود وأصيب أربعة آخرون.", TollKind.Wounded, 4)]
    // bounds and vague counts
    [InlineData("At least 12 villagers were killed.", TollKind.Killed, 12)]
    [InlineData("Au moins douze villageois ont été tués.", TollKind.Killed, 12)]
    [InlineData("قتل ما لا يقل عن ١٢ قرويا.", TollKind.Killed, 12)]
    [InlineData("قتل زهاء عشرين قرويا.", TollKind.Killed, 20)]
    [InlineData("قتل نحو عشرين قرويا.", TollKind.Killed, 20)]
    [InlineData("Quelque vingt villageois ont été tués.", TollKind.Killed, 20)]
    [InlineData("Une vingtaine de villageois ont été tués.", TollKind.Killed, 20)]
    [InlineData("Dozens of villagers were killed.", TollKind.Killed, 24)]
    [InlineData("قتل عشرات القرويين.", TollKind.Killed, 24)]
    public void A_toll_as_stated_is_read(string text, TollKind kind, int value) =>
        Assert.True(Reads(text, kind, value), string.Join("; ", Tolls(text).Select(t => $"{t.Kind} {t.Count.Min}-{t.Count.Max}")));

    [Theory]
    // a number after a toll noun that counts vehicles, arrests or the displaced
    [InlineData("Le bilan de l'opération : 30 motos saisies.")]
    [InlineData("The operation's toll: 14 suspects arrested.")]
    [InlineData("The number of displaced rose to 3,000.")]
    [InlineData("Le nombre de déplacés atteint 5000.")]
    [InlineData("بلغ عدد النازحين ٣٠٠٠ شخص.")]
    [InlineData("The number of schools closed stands at 120.")]
    [InlineData("Le nombre d'attaques s'élève à 40 depuis janvier.")]
    // "many" and "de nombreux" count no one
    [InlineData("He said many are wounded.")]
    [InlineData("Les familles parlent de nombreux morts sur place.")]
    public void No_toll_is_read(string text) => Assert.Empty(Tolls(text));

    [Theory]
    // a list set off by dashes: the total and its counted parts, not "a nurse" as a figure of one
    [InlineData("Three people - two guards and a nurse - were killed.", 3)]
    [InlineData("Trois personnes – deux gardes et une infirmière – ont été tuées.", 3)]
    public void A_list_set_off_by_dashes_gives_its_total_and_counted_parts(string text, int total)
    {
        var tolls = Tolls(text);
        Assert.Contains(tolls, t => t.Kind == TollKind.Killed && t.Count.Min == total);
        Assert.Contains(tolls, t => t.Kind == TollKind.Killed && t.Count.Min == 2);
        Assert.DoesNotContain(tolls, t => t.Count.Min == 1);
    }

    [Theory]
    // a noun of number with no count of its own, a count past a comma
    [InlineData("The number of dead is unknown, but 40 houses burned.", 40)]
    [InlineData("Le nombre de morts reste inconnu et 40 maisons ont brûlé.", 40)]
    [InlineData("The number of dead in 40 villages is unknown.", 40)]
    [InlineData("The number of dead from the attack in Gao was not given and 40 shops were closed.", 40)]
    // a count after ", and" with a verb of its own is that clause's; a label with a count before it lists parts
    [InlineData("Gunmen killed five villagers, and 200 in the town fled.", 200)]
    [InlineData("Gunmen killed five villagers, and 200 from the town walked to Dori.", 200)]
    [InlineData("Killed: 2019 and 2020 were the worst years.", 2019)]
    public void A_count_of_another_clause_is_not_read(string text, int value) =>
        Assert.DoesNotContain(Tolls(text), t => t.Count.Min == value);

    [Theory]
    // labels with a colon, statements of counting, a toll noun with its count, a figure gapped in a second clause
    [InlineData("Killed: 12; wounded: 8.", TollKind.Wounded, 8)]
    [InlineData("Morts : 12 ; blessés : 8.", TollKind.Killed, 12)]
    [InlineData("Morts : 12 ; blessés : 8.", TollKind.Wounded, 8)]
    [InlineData("القتلى: ١٢، الجرحى: ٨.", TollKind.Killed, 12)]
    [InlineData("القتلى: ١٢، الجرحى: ٨.", TollKind.Wounded, 8)]
    [InlineData("The dead numbered 17, a nurse said.", TollKind.Killed, 17)]
    [InlineData("The dead number at least 17, a nurse said.", TollKind.Killed, 17)]
    [InlineData("Le bilan provisoire fait état de 12 morts.", TollKind.Killed, 12)]
    [InlineData("On dénombre 12 morts et 8 blessés.", TollKind.Wounded, 8)]
    [InlineData("On compte au moins 12 morts.", TollKind.Killed, 12)]
    [InlineData("Douze morts sont à déplorer.", TollKind.Killed, 12)]
    [InlineData("There were 12 dead and eight wounded.", TollKind.Wounded, 8)]
    [InlineData("The attack left a toll of 17 dead.", TollKind.Killed, 17)]
    [InlineData("L'attaque a fait un bilan de 17 morts.", TollKind.Killed, 17)]
    [InlineData("وبلغت الحصيلة ١٢ قتيلا.", TollKind.Killed, 12)]
    [InlineData("ويقدر عدد القتلى بنحو عشرين.", TollKind.Killed, 20)]
    [InlineData("القتلى ١٢ والجرحى ٨.", TollKind.Wounded, 8)]
    [InlineData("Thirty-one people were killed by the militia, and at least 19 in army operations.", TollKind.Killed, 19)]
    [InlineData("Trente et une personnes ont été tuées par la milice, et au moins 19 lors d'opérations de l'armée.", TollKind.Killed, 19)]
    [InlineData("Sept tués et quatre blessés côté civil.", TollKind.Wounded, 4)]
    [InlineData("The dead included 12 children.", TollKind.Killed, 12)]
    [InlineData("Parmi les morts figurent 12 enfants.", TollKind.Killed, 12)]
    [InlineData("ومن بين القتلى ١٢ طفلا.", TollKind.Killed, 12)]
    [InlineData("Le nombre de tués s'élevait à une vingtaine.", TollKind.Killed, 20)]
    [InlineData("The number killed stands at 40.", TollKind.Killed, 40)]
    [InlineData("Le nombre total de morts atteint 40.", TollKind.Killed, 40)]
    [InlineData("The total number of dead is 40.", TollKind.Killed, 40)]
    [InlineData("The death toll is now 40.", TollKind.Killed, 40)]
    [InlineData("Casualties: 12 dead, 8 injured.", TollKind.Wounded, 8)]
    public void A_label_a_gapped_figure_and_the_other_statements_are_read(string text, TollKind kind, int value) =>
        Assert.True(Reads(text, kind, value), string.Join("; ", Tolls(text).Select(t => $"{t.Kind} {t.Count.Min}-{t.Count.Max}")));
}
