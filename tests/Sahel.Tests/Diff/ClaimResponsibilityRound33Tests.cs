using Xunit;

namespace Sahel.Tests.Diff;

/// <summary>
/// Session 16, round 33, responsibility (mechanisms shared by the mainstream dev writers). (A) the speaking force's own men named
/// by its possessive or as its one unit ("its forces", "nos hommes", "ses unités", "قواته", "وحداتها", "الوحدة"), in a sentence
/// that names the force nowhere else, are the doers of its operation: its claim. (B) an army of a country the lexicon has no
/// army of ("the Sudanese army", "l'armée soudanaise", "الجيش السوداني") is no one the set labels, not the story's army; after an
/// Arabic verb of blame it still stands as the one blamed, the name before it as the accuser. (C) a sentence opening on a month
/// and an earlier year ("En avril 2025, …", "In April 2025, …", "وفي أبريل ٢٠٢٥ …") tells of another event: its claim is
/// background, as after "In 2025,". (D) a group's kill of a foreign force's men, "عناصر من فاغنر" after its count, after the verbal
/// noun of killing or joined by "و" to the killed, names the victims' side, not the doers (the English and French cells were read
/// right already). Sentences written for these tests.
/// </summary>
public sealed class ClaimResponsibilityRound33Tests
{
    [Theory]
    // (A) the force named in the sentence before, its men by a possessive in this one
    [InlineData("The Malian army said the situation was under control. In a statement, it said its forces neutralised 18 assailants.", "claimed fama")]
    [InlineData("The Nigerien army reported an attack on a post near Tera. In a later statement, it said its soldiers killed 14 attackers.", "claimed ne-fan")]
    [InlineData("L'armée béninoise a annoncé une attaque contre un poste près du parc W. « Nos hommes ont riposté et ont neutralisé plusieurs assaillants », précise le communiqué.", "claimed bj-army")]
    [InlineData("L'armée malienne a annoncé une attaque contre un camp près de Ségou. Selon le communiqué, ses unités ont neutralisé douze assaillants.", "claimed fama")]
    [InlineData("أعلن الجيش المالي عن هجوم على دورية قرب غاو. وقال إن قواته قتلت ثمانية عشر مهاجما.", "claimed fama")]
    [InlineData("أعلنت قيادة الأركان العامة للجيوش الموريتانية أن جنديا قتل في هجوم على دورية. وأضاف البيان أن الوحدة تمكنت من قتل ثلاثة من المهاجمين.", "claimed mr-army")]
    [InlineData("أعلنت هيئة أركان الجيش النيجري عن هجوم قرب تيرا. وأضاف البيان أن وحداتها قتلت عشرة مهاجمين.", "claimed ne-fan")]
    public void TheSpeakingForcesOwnMen_ClaimItsOperation(string text, string expected) =>
        Assert.Contains(expected, ClaimStatements.Of(text));

    [Theory]
    // (A) not a group's men, not someone else's account, not the force's own dead
    [InlineData("JNIM said in a statement that its forces killed 18 soldiers near Ségou.", "claimed fama")]
    [InlineData("The Malian army reported an attack near Ségou. A resident said its soldiers killed 18 villagers.", "claimed fama")]
    [InlineData("L'armée malienne a annoncé une attaque près de Ségou. Selon elle, douze de ses hommes ont été tués.", "claimed fama")]
    [InlineData("أعلن الجيش المالي عن هجوم قرب غاو. وقال سكان إن قواته قتلت ثمانية عشر قرويا.", "claimed fama")]
    public void NotTheSpeakingForcesOperation_NoClaim(string text, string unexpected) =>
        Assert.DoesNotContain(unexpected, ClaimStatements.Of(text));

    [Theory]
    // (B) an army the lexicon has none of, in a story set in Chad: not Chad's army
    [InlineData("Nine refugees were killed in Adre, in eastern Chad. The RSF accused the Sudanese army of shelling the camp.")]
    [InlineData("Nine refugees were killed in Adre, in eastern Chad. Residents accused Sudan's army of shelling the camp, killing nine civilians.")]
    [InlineData("Neuf réfugiés ont été tués à Adré, dans l'est du Tchad. Les FSR accusent l'armée soudanaise d'avoir bombardé le camp.")]
    [InlineData("Neuf réfugiés ont été tués à Adré, dans l'est du Tchad. Des habitants accusent l'armée du Soudan d'avoir bombardé le camp.")]
    [InlineData("قتل تسعة لاجئين في أدري شرقي تشاد. واتهمت قوات الدعم السريع الجيش السوداني بقصف المخيم.")]
    [InlineData("قتل تسعة لاجئين في أدري شرقي تشاد. وقال سكان إن الجيش السوداني قصف المخيم وقتل تسعة مدنيين.")]
    public void AnArmyTheLexiconHasNoneOf_IsNotTheStorysArmy(string text)
    {
        var read = ClaimStatements.Of(text);
        Assert.DoesNotContain(read, s => s.EndsWith(" td-army", StringComparison.Ordinal));
        // the accuser named before it is not read as the one blamed
        Assert.DoesNotContain("blamed rsf-sudan", read);
    }

    [Theory]
    // (B) a known country's army beside it, or a bare army in that story, is still read
    [InlineData("Nine refugees were killed in Adre, in eastern Chad. The RSF accused the Chadian army of shelling the camp.", "blamed td-army")]
    [InlineData("Neuf réfugiés ont été tués à Adré, dans l'est du Tchad. Les FSR accusent l'armée tchadienne d'avoir bombardé le camp.", "blamed td-army")]
    [InlineData("قتل تسعة لاجئين في أدري شرقي تشاد. واتهمت قوات الدعم السريع الجيش التشادي بقصف المخيم.", "blamed td-army")]
    [InlineData("قتل تسعة لاجئين في أدري شرقي تشاد. واتهمت الحكومة التشادية قوات الدعم السريع بقصف المخيم.", "blamed rsf-sudan")]
    public void AKnownArmy_IsStillRead(string text, string expected) =>
        Assert.Contains(expected, ClaimStatements.Of(text));

    [Theory]
    // (C) a claim in a sentence that opens on a month and a year: another event
    [InlineData("En avril 2025, une attaque revendiquée par le JNIM avait tué 54 soldats dans la même zone.")]
    [InlineData("En mars 2024, le JNIM avait revendiqué une embuscade similaire près de Djibo.")]
    [InlineData("In April 2025, an attack claimed by JNIM killed 54 soldiers in the same area.")]
    [InlineData("In March 2024, ISSP claimed a similar ambush near Tera.")]
    [InlineData("وفي أبريل ٢٠٢٥، تبنت جماعة نصرة الإسلام والمسلمين هجوما قتل ٥٤ جنديا في المنطقة نفسها.")]
    public void AClaimInASentenceOpeningOnAMonthAndYear_IsBackground(string text) =>
        Assert.DoesNotContain(ClaimStatements.Of(text), s => s.StartsWith("claimed", StringComparison.Ordinal));

    [Theory]
    // (C) today's claim, a date inside the sentence, or a month with no year, is still read
    [InlineData("Le JNIM a revendiqué l'attaque de dimanche, qui a tué 54 soldats.", "claimed jnim")]
    [InlineData("JNIM claimed the attack in a statement dated 3 April 2025.", "claimed jnim")]
    [InlineData("In April, JNIM claimed an attack on the base at Djibo.", "claimed jnim")]
    [InlineData("تبنت جماعة نصرة الإسلام والمسلمين الهجوم في بيان.", "claimed jnim")]
    public void TodaysClaim_IsStillRead(string text, string expected) =>
        Assert.Contains(expected, ClaimStatements.Of(text));

    [Theory]
    // (D) the foe's men killed by the group: the group claims, the foe is not blamed (all three languages)
    [InlineData("أعلنت جبهة تحرير أزواد أن مقاتليها قتلوا سبعة جنود ماليين وثلاثة عناصر من فاغنر قرب أغلهوك.")]
    [InlineData("أعلنت جبهة تحرير أزواد أن مقاتليها قتلوا ثلاثة عناصر من الفيلق الإفريقي.")]
    [InlineData("تبنت جماعة نصرة الإسلام والمسلمين الهجوم، وقالت إنها قتلت العشرات من الجنود وعناصر من فاغنر.")]
    [InlineData("أعلنت جبهة تحرير أزواد مقتل عناصر من فاغنر في كمين قرب أنفيس.")]
    [InlineData("The FLA said its fighters killed seven Malian soldiers and three members of Wagner near Aguelhok.")]
    [InlineData("Le FLA a affirmé que ses combattants avaient tué sept soldats maliens et trois éléments de Wagner près d'Aguelhok.")]
    public void TheFoesMenKilled_AreNotTheDoers(string text)
    {
        var read = ClaimStatements.Of(text);
        Assert.DoesNotContain("blamed wagner", read);
        Assert.DoesNotContain("blamed africa-corps", read);
    }

    [Theory]
    // (D) the men of a group as the doers: before a verb, or in the nominal sentence after the attackers
    [InlineData("قالت مصادر محلية إن عناصر من جماعة بوكو حرام قتلوا ثلاثة مدنيين.", "blamed boko-haram")]
    [InlineData("قتل عناصر من بوكو حرام ثلاثة مدنيين، بحسب سكان.", "blamed boko-haram")]
    [InlineData("قال سكان إن المهاجمين من عناصر جماعة لاكوراوا.", "blamed lakurawa")]
    [InlineData("أعلنت جبهة تحرير أزواد أن مقاتليها قتلوا ثلاثة عناصر من فاغنر.", "claimed fla")]
    public void TheGroupsMenAsDoers_AreStillRead(string text, string expected) =>
        Assert.Contains(expected, ClaimStatements.Of(text));
}
