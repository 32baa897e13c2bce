using Xunit;

namespace Sahel.Tests.Diff;

/// <summary>
/// Session 14, round 28, responsibility: a blame told as the area's habit is none; the second actor of a coordination named
/// with its own head noun is blamed as well. Sentences written for these tests.
/// </summary>
public sealed class ClaimResponsibilityRound28Tests
{
    [Theory]
    // a habit of the area, in the actor's clause: background, not a blame of this attack
    [InlineData("Aucun groupe n'a revendiqué l'embuscade. La région de Téra est régulièrement frappée par l'État islamique au Sahel.", "blamed issp")]
    [InlineData("Les enlèvements dans ce secteur sont généralement attribués au JNIM.", "blamed jnim")]
    [InlineData("Les villages autour de Djibo sont souvent visés par le JNIM.", "blamed jnim")]
    [InlineData("No group has claimed the ambush. The area around Tera is regularly attacked by Islamic State Sahel Province.", "blamed issp")]
    [InlineData("Kidnappings on this road are usually blamed on JNIM.", "blamed jnim")]
    [InlineData("Roadside bombs in the region are typically attributed to ISWAP.", "blamed iswap")]
    [InlineData("لم تعلن أي جهة مسؤوليتها عن الكمين، لكن الهجمات في هذه المنطقة تنسب عادة إلى جماعة نصرة الإسلام والمسلمين.", "blamed jnim")]
    [InlineData("وغالبا ما تُنسب عمليات الخطف في المنطقة إلى تنظيم ولاية غرب إفريقيا.", "blamed iswap")]
    public void AHabitOfTheArea_IsNoBlame(string text, string unexpected) =>
        Assert.DoesNotContain(ClaimStatements.Of(text), s => s.StartsWith(unexpected, StringComparison.Ordinal));

    [Theory]
    // the habit is told of another clause or of someone else: the blame of this attack stands
    [InlineData("Le JNIM, qui frappe souvent la zone, a été accusé par le gouverneur d'avoir tué neuf civils.", "blamed jnim by government")]
    [InlineData("The governor, who often speaks to reporters, blamed ISWAP for the killing of nine farmers.", "blamed iswap by government")]
    [InlineData("Residents usually keep silent, but this time they blamed JNIM for the killing of nine herders.", "blamed jnim by local")]
    [InlineData("قال الحاكم الذي يتحدث عادة إلى الصحفيين إن جماعة نصرة الإسلام والمسلمين قتلت تسعة رعاة.", "blamed jnim by government")]
    public void AHabitElsewhere_LeavesTheBlame(string text, string expected) =>
        Assert.Contains(expected, ClaimStatements.WithBlamer(text));

    [Theory]
    // the second actor joined with a head noun of its own: its fighters, its group
    [InlineData("A rights group said nine herders were executed by Malian soldiers and foreign fighters of the Wagner group.", "blamed wagner by ngo")]
    [InlineData("Selon des habitants, les bergers ont été tués par des soldats maliens et des combattants du groupe Wagner.", "blamed wagner by local")]
    [InlineData("وقالت مصادر محلية إن تسعة مدنيين قتلوا على أيدي الجيش المالي ومقاتلين من مجموعة فاغنر.", "blamed wagner by local")]
    [InlineData("وقال سكان إن المسلحين يعتقد أنهم من الجيش المالي ومجموعة فاغنر.", "blamed wagner by local")]
    // the joined one named by its men's nationality, then by its name: the name stands
    [InlineData("وروى نازحون لإذاعة محلية أن عناصر من الجيش المالي ومقاتلين روسا من فاغنر قتلوا تسعة مدنيين.", "blamed wagner by local")]
    public void AJoinedActorWithItsHeadNoun_IsBlamedToo(string text, string expected)
    {
        var statements = ClaimStatements.WithBlamer(text);
        Assert.Contains(expected, statements);
        Assert.Contains(statements, s => s.StartsWith("blamed fama", StringComparison.Ordinal));
    }

    [Theory]
    // "Russian fighters from Wagner" is Wagner, not Russia's other force beside it
    [InlineData("وروى نازحون لإذاعة محلية أن عناصر من الجيش المالي ومقاتلين روسا من فاغنر قتلوا تسعة مدنيين.", "blamed africa-corps")]
    // the victims' side joined after a deed is no doer: a head noun does not join across a clause
    [InlineData("Residents said JNIM fighters killed nine soldiers, and the group of VDP who came to help fled.", "blamed vdp")]
    public void NoJoinedHead_NoSecondBlame(string text, string unexpected) =>
        Assert.DoesNotContain(ClaimStatements.Of(text), s => s.StartsWith(unexpected, StringComparison.Ordinal));

    [Theory]
    // suspicion in Arabic, feminine and plural; pointing at a group by its head noun
    [InlineData("لم تتبن أي جهة الهجوم، لكن الشرطة تشتبه في تورط جماعة نصرة الإسلام والمسلمين.", "blamed jnim by security")]
    [InlineData("ويشتبهون في أن مقاتلين من جماعة بوكو حرام نفذوا الهجوم، حسب ما قال سكان.", "blamed boko-haram")]
    [InlineData("Aucune revendication. Des habitants évoquent le groupe Ansarul Islam, actif dans le secteur.", "blamed ansarul-islam by local")]
    [InlineData("No claim yet. Residents point to the group Ansarul Islam, active in the area.", "blamed ansarul-islam by local")]
    public void SuspicionAndPointingAtAGroup_Blame(string text, string expected) =>
        Assert.Contains(ClaimStatements.WithBlamer(text), s => s.StartsWith(expected, StringComparison.Ordinal));

    [Theory]
    // a group of people that is no actor, or a suspicion of no one named
    [InlineData("Des habitants évoquent un groupe de deux cents hommes armés venus à moto.", "blamed")]
    [InlineData("وتشتبه الشرطة في ثلاثة رجال اعتقلوا قرب السوق.", "blamed")]
    public void NoActorAfterTheCue_NoBlame(string text, string unexpected) =>
        Assert.DoesNotContain(ClaimStatements.Of(text), s => s.StartsWith(unexpected, StringComparison.Ordinal));

    [Theory]
    // a force joined to the soldiers a group says it killed is one more of its victims: the group's claim, no blame of the force
    [InlineData("JNIM said its fighters killed 40 soldiers and VDP and took five prisoners.", "claimed jnim", "blamed vdp")]
    [InlineData("Le JNIM affirme avoir tué 40 soldats et VDP et fait cinq prisonniers.", "claimed jnim", "blamed vdp")]
    [InlineData("وقالت جماعة نصرة الإسلام والمسلمين إن مقاتليها قتلوا ٤٠ جنديا ومتطوعي الدفاع عن الوطن وأسروا خمسة آخرين.", "claimed jnim", "blamed vdp")]
    public void AForceJoinedToTheSoldiersKilled_IsAVictim(string text, string expected, string unexpected)
    {
        var statements = ClaimStatements.Of(text);
        Assert.Contains(expected, statements);
        Assert.DoesNotContain(unexpected, statements);
    }

    [Theory]
    // the soldiers and their auxiliaries killed by a group named as the agent: the group is still blamed
    [InlineData("Residents said 12 soldiers and VDP were killed by JNIM fighters near Djibo.", "blamed jnim")]
    [InlineData("Selon des habitants, douze soldats et VDP ont été tués par des combattants du JNIM près de Djibo.", "blamed jnim")]
    public void TheAgentOfSoldiersAndAuxiliariesKilled_StaysBlamed(string text, string expected) =>
        Assert.Contains(ClaimStatements.Of(text), s => s.StartsWith(expected, StringComparison.Ordinal));

    [Theory]
    // the force's own account first, a second source's figure after a contrast: the force's claim
    [InlineData("The Chadian army said it had killed 250 terrorists near Bol, while regional security sources spoke of about 80 dead among the militants.", "claimed td-army")]
    [InlineData("La présidence tchadienne affirme que l'armée tchadienne a tué 250 terroristes près de Bol, tandis que des sources sécuritaires parlent d'environ 80 morts.", "claimed td-army")]
    [InlineData("L'armée tchadienne affirme avoir tué 250 terroristes près de Bol, alors que des sources locales parlent d'environ 80 morts.", "claimed td-army")]
    [InlineData("أعلن الجيش التشادي أنه قتل ٢٥٠ إرهابيا قرب بول، بينما تتحدث مصادر أمنية إقليمية عن نحو ثمانين قتيلا.", "claimed td-army")]
    // the contrast in front: the first account runs to its comma, and a group may speak in the second
    [InlineData("While the Chadian army said it had killed 250 terrorists near Bol, Boko Haram said its fighters killed 40 soldiers.", "claimed td-army")]
    [InlineData("Alors que l'armée tchadienne affirme avoir tué 250 terroristes près de Bol, Boko Haram dit avoir tué 40 soldats.", "claimed td-army")]
    [InlineData("فبينما أعلن الجيش التشادي أنه قتل ٢٥٠ إرهابيا قرب بول، قالت جماعة بوكو حرام إن مقاتليها قتلوا ٤٠ جنديا.", "claimed td-army")]
    public void TheForcesAccountBeforeAContrast_IsItsClaim(string text, string expected) =>
        Assert.Contains(expected, ClaimStatements.Of(text));

    [Theory]
    // a figure before the verb is still no claim; someone else's account of the force is still no claim of it
    [InlineData("The Chadian army said 250 terrorists were neutralised near Bol, while regional security sources spoke of about 80 dead.", "claimed td-army")]
    [InlineData("Une ONG affirme que l'armée tchadienne a tué 25 civils près de Bol, tandis que l'armée parle de terroristes.", "claimed td-army")]
    [InlineData("قالت منظمة حقوقية إن الجيش التشادي قتل ٢٥ مدنيا قرب بول، بينما يتحدث الجيش عن إرهابيين.", "claimed td-army")]
    [InlineData("While residents said the Chadian army had killed 25 civilians near Bol, Boko Haram said its fighters killed 40 soldiers.", "claimed td-army")]
    public void NoOwnDeedBeforeTheContrast_NoClaim(string text, string unexpected) =>
        Assert.DoesNotContain(unexpected, ClaimStatements.Of(text));
}
