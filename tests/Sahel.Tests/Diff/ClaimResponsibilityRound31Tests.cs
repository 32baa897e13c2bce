using Xunit;

namespace Sahel.Tests.Diff;

/// <summary>
/// Session 15, round 31, responsibility: mechanisms that three or more mainstream writers (dev17–dev20) share. (A) a force the
/// story's words blame keeps the blame its operation's other accusers give it (a second blamer, not another doer); (B) a
/// counter-account that disowns the fighters ("who had nothing to do with the militants") or floors its figure ("no fewer than")
/// still blames the force, and a dated sentence is another event's; (C) the country adjectives' whole paradigm, and countries
/// joined after a border word are across it; (D) a self-defence militia counting the dead it found or lost claims nothing
/// without its own verb before the figure; (E) a denial of one's own losses denies no responsibility. Sentences written for these tests.
/// </summary>
public sealed class ClaimResponsibilityRound31Tests
{
    [Theory]
    // (A) the residents blame the force in words; the NGO's account of the same strike blames it too
    [InlineData("The Nigerian army said its drone strike neutralised 30 bandits near Gusau. Residents said a Nigerian army strike killed 12 villagers. Amnesty International said the strike killed at least 20 civilians, including children.", "blamed ng-army by ngo")]
    [InlineData("The Nigerian army said its drone strike neutralised 30 bandits near Gusau. Residents said a Nigerian army strike killed 12 villagers. Amnesty International said the strike killed at least 20 civilians, including children.", "blamed ng-army by local")]
    [InlineData("L'armée malienne affirme que sa frappe a neutralisé trente terroristes. Des habitants accusent l'armée malienne d'avoir tué douze civils. Selon Human Rights Watch, la frappe a touché un mariage et tué vingt civils.", "blamed fama by ngo")]
    [InlineData("قال الجيش النيجيري إن غارته قتلت ثلاثين مسلحا. واتهم سكان الجيش النيجيري بقتل اثني عشر قرويا. وقالت منظمة العفو الدولية إن الغارة أصابت سوقا وقتلت عشرين مدنيا.", "blamed ng-army by ngo")]
    public void ASecondAccuserOfTheForcesOperation_KeepsItsBlame(string text, string expected) =>
        Assert.Contains(expected, ClaimStatements.WithBlamer(text));

    [Fact]
    // (A) the story's words blame another doer: the blame read from "the strike" gives way
    public void TheWordsBlameAnotherDoer_TheOperationsBlameGivesWay() =>
        Assert.DoesNotContain("blamed fama", ClaimStatements.Of(
            "L'armée malienne affirme que sa frappe a neutralisé trente terroristes. Des habitants affirment que la frappe a touché un mariage et tué douze civils. Une ONG accuse l'Africa Corps d'avoir tué ces civils."));

    [Theory]
    // (B) the dead disowned from the fighters
    [InlineData("L'armée nigérienne a annoncé avoir tué cent terroristes près d'Anzourou. Des habitants affirment toutefois que parmi les morts figurent huit bergers qui n'avaient rien à voir avec les jihadistes.", "blamed ne-fan by local")]
    [InlineData("Niger's army said it killed 100 terrorists near Anzourou. Residents said, however, that among the dead were eight herders who had nothing to do with the militants.", "blamed ne-fan by local")]
    [InlineData("أعلن الجيش النيجري أنه قتل مئة إرهابي قرب أنزورو. غير أن سكانا قالوا إن بين القتلى ثمانية رعاة لا علاقة لهم بالمسلحين.", "blamed ne-fan by local")]
    [InlineData("Niger's army said it killed 100 terrorists near Anzourou. Residents said, however, that the dead were herders with no links to the jihadists.", "blamed ne-fan by local")]
    // (B) a floor on the figure is no negation
    [InlineData("أعلن الجيش النيجري أنه قتل مئة إرهابي قرب أنزورو. لكن سكانا قالوا إن ما لا يقل عن عشرة مدنيين بين القتلى.", "blamed ne-fan by local")]
    [InlineData("Niger's army said it killed 100 terrorists near Anzourou. Residents said, however, that no fewer than ten civilians were among the dead.", "blamed ne-fan by local")]
    [InlineData("L'armée nigérienne a annoncé avoir tué cent terroristes près d'Anzourou. Des habitants affirment toutefois que pas moins de dix civils figurent parmi les morts.", "blamed ne-fan by local")]
    public void ACounterAccountThatDisownsTheFighters_BlamesTheForce(string text, string expected) =>
        Assert.Contains(expected, ClaimStatements.WithBlamer(text));

    [Theory]
    // (B) agreeing with the force: no civilians died, or the dead were fighters
    [InlineData("Niger's army said it killed 100 terrorists near Anzourou. Residents said, however, that no civilians were among the dead.")]
    [InlineData("L'armée nigérienne a annoncé avoir tué cent terroristes près d'Anzourou. Des habitants affirment toutefois qu'aucun civil ne figure parmi les morts.")]
    [InlineData("Niger's army said it killed 100 terrorists near Anzourou. Residents said, however, that the dead were fighters with links to the jihadists, not civilians.")]
    // (B) another event, dated
    [InlineData("L'armée malienne a annoncé avoir tué vingt terroristes près de Léré. En août 2024, des frappes dans la même zone avaient fait une vingtaine de morts civils selon des habitants.")]
    [InlineData("Mali's army said it killed 20 terrorists near Lere. In 2024, strikes in the same area killed 20 civilians, residents said.")]
    public void NoCounterAccount_NoBlame(string text) =>
        Assert.DoesNotContain(ClaimStatements.Of(text), s => s.StartsWith("blamed", StringComparison.Ordinal));

    [Theory]
    // (C) the adjectives in every gender and number, French and Arabic
    [InlineData("L'état-major général des armées mauritaniennes indique que les unités ont tué trois assaillants. L'armée affirme avoir neutralisé deux autres assaillants.", "claimed mr-army")]
    [InlineData("L'armée nigériane a annoncé avoir tué vingt terroristes dans l'État de Borno.", "claimed ng-army")]
    [InlineData("L'armée nigérienne a annoncé avoir tué vingt terroristes près de Tillabéri.", "claimed ne-fan")]
    [InlineData("Les forces armées tchadiennes affirment avoir tué quarante terroristes. L'armée dit avoir neutralisé dix autres terroristes.", "claimed td-army")]
    [InlineData("أعلنت هيئة الأركان العامة للجيوش الموريتانية أن الجيش قتل ثلاثة من المهاجمين.", "claimed mr-army")]
    [InlineData("أعلنت القوات المسلحة الموريتانية أن الجيش قتل ثلاثة من المهاجمين.", "claimed mr-army")]
    // (C) countries joined after a border word are across it
    [InlineData("Twelve soldiers were killed near Tera in southwestern Niger, close to the Malian and Burkinabe borders, the army said. The army said its troops had killed 20 terrorists.", "claimed ne-fan")]
    public void TheStorysCountry_NamesItsArmy(string text, string expected) =>
        Assert.Contains(expected, ClaimStatements.Of(text));

    [Theory]
    [InlineData("Twelve soldiers were killed near Tera in southwestern Niger, close to the Malian and Burkinabe borders, the army said. The army said its troops had killed 20 terrorists.", "claimed fama")]
    [InlineData("Twelve soldiers were killed near Tera in southwestern Niger, close to the Malian and Burkinabe borders, the army said. The army said its troops had killed 20 terrorists.", "claimed bf-army")]
    public void ACountryAcrossTheBorder_IsNotTheStorysArmy(string text, string unexpected) =>
        Assert.DoesNotContain(unexpected, ClaimStatements.Of(text));

    [Theory]
    // (D) a militia counting the dead of the attack on those it defends, or its own dead
    [InlineData("A CJTF commander in Konduga told reporters that 19 bodies had been recovered from the market.")]
    [InlineData("A CJTF commander in Damboa said that at least six of his members were killed defending the town.")]
    [InlineData("Un chef des VDP joint par téléphone affirme qu'environ 90 de ses hommes ont été tués dans l'assaut.")]
    [InlineData("Un responsable des chasseurs dozos affirme que douze villageois ont été tués dans l'attaque.")]
    [InlineData("وقال أحد قادة صيادي الدوزو إن اثني عشر قرويا قتلوا في الهجوم.")]
    public void AMilitiaCountingTheDead_ClaimsNothing(string text) =>
        Assert.DoesNotContain(ClaimStatements.Of(text), s => s.StartsWith("claimed", StringComparison.Ordinal));

    [Theory]
    // (D) the militia's own verb before the figure still claims
    [InlineData("The CJTF said its members killed 13 insurgents near Mainok.", "claimed cjtf")]
    [InlineData("Les chasseurs dozos affirment avoir tué onze jihadistes près de Djenné.", "claimed dozos")]
    [InlineData("قال صيادو الدوزو إنهم قتلوا أحد عشر مسلحا قرب جينيه.", "claimed dozos")]
    public void AMilitiasOwnKilling_IsItsClaim(string text, string expected) =>
        Assert.Contains(expected, ClaimStatements.Of(text));

    [Theory]
    // (E) the losses denied, not the deed
    [InlineData("The FLA denied losing any fighter in the clash near Anefis.")]
    [InlineData("The FLA denied losing any fighter, saying its men had killed ten soldiers.")]
    [InlineData("Le FLA a démenti toute perte dans ses rangs, affirmant que ses hommes avaient tué dix soldats.")]
    [InlineData("ونفت جبهة تحرير أزواد أي خسائر في صفوفها، قائلة إن مقاتليها قتلوا عشرة جنود.")]
    public void ADenialOfItsLosses_IsNoDenial(string text) =>
        Assert.DoesNotContain(ClaimStatements.Of(text), s => s.StartsWith("denied", StringComparison.Ordinal));

    [Theory]
    // (E) the deed denied still is
    [InlineData("The FLA denied any role in the killing of the herders near Anefis.", "denied fla")]
    [InlineData("Le FLA a démenti toute implication dans la tuerie des bergers près d'Anéfis.", "denied fla")]
    [InlineData("ونفت جبهة تحرير أزواد أي علاقة لها بقتل الرعاة قرب أنفيف.", "denied fla")]
    public void ADenialOfTheDeed_StaysADenial(string text, string expected) =>
        Assert.Contains(expected, ClaimStatements.Of(text));
}
