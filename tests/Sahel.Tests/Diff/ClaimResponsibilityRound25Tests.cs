using Xunit;

namespace Sahel.Tests.Diff;

/// <summary>
/// Session 13, round 25, responsibility on the mainstream registers. Sentences written for these tests.
/// </summary>
public sealed class ClaimResponsibilityRound25Tests
{
    [Theory]
    // the charge's complement names the accused: the one who denies (a ministry, a government) speaks for them
    [InlineData("Niger's interior ministry on Friday rejected the accusations against the army of shooting herders near Tahoua.", "denied ne-fan by government")]
    [InlineData("Le gouvernement nigérien a rejeté vendredi les accusations selon lesquelles des soldats nigériens auraient abattu des éleveurs.", "denied ne-fan by government")]
    [InlineData("Le ministère nigérien de la Défense dément les accusations contre l'armée dans la région de Tahoua.", "denied ne-fan by government")]
    [InlineData("نفت وزارة الدفاع في النيجر، في بيان صدر مساء الجمعة، الاتهامات الموجهة للجيش بقتل رعاة قرب تاهوا.", "denied ne-fan by government")]
    public void TheAccusedOfTheCharge_Denies(string text, string expected) =>
        Assert.Contains(expected, ClaimStatements.WithBlamer(text));

    [Theory]
    // each force the charge joins is cleared
    [InlineData("Burkina's security ministry rejected the accusations against the army and the VDP of burning a market near Djibo.")]
    [InlineData("نفت وزارة الأمن في بوركينا فاسو الاتهامات الموجهة لقوات الجيش والمتطوعين للدفاع عن الوطن بإحراق سوق قرب جيبو.")]
    public void EachJoinedAccused_Denies(string text)
    {
        var statements = ClaimStatements.Of(text);
        Assert.Contains("denied bf-army", statements);
        Assert.Contains("denied vdp", statements);
    }

    [Theory]
    // the charge's maker, named after its verb, blames the accused
    [InlineData("Le gouvernement malien a démenti mardi les accusations portées par le FLA contre l'armée malienne.")]
    [InlineData("نفت الحكومة في مالي الاتهامات التي وجهتها جبهة تحرير أزواد للجيش المالي بقصف بئر.")]
    public void TheChargesMaker_Blames(string text)
    {
        var statements = ClaimStatements.WithBlamer(text);
        Assert.Contains("denied fama by government", statements);
        Assert.Contains("blamed fama by armed-group", statements);
        Assert.DoesNotContain(statements, s => s.StartsWith("denied fla", StringComparison.Ordinal));
    }

    [Theory]
    // another complement between: the army after "by" is not the accused the charge opens on
    [InlineData("Cameroon's defence ministry rejected any allegation of abuse against civilians by the army.")]
    // no charge: a denial of news names no accused
    [InlineData("Le gouvernement malien a démenti les informations selon lesquelles un convoi aurait été attaqué.")]
    public void NoAccusedNamedByTheCharge_NoNamedDenial(string text) =>
        Assert.DoesNotContain(ClaimStatements.Of(text), s => s is "denied fama" or "denied cm-army" or "denied bf-army");

    [Theory]
    // a bare air force is the story's army's, where the lexicon names it apart: claiming, with or without a figure
    [InlineData("Malian troops were deployed to Douentza. || The general staff said the air force had destroyed a terrorist depot near Boni.")]
    [InlineData("Malian troops were deployed to Douentza. || The general staff said the air force killed 14 terrorists near Boni.")]
    [InlineData("Des soldats maliens ont été déployés à Douentza. || L'état-major affirme que l'armée de l'air a neutralisé quatorze terroristes près de Boni.")]
    [InlineData("انتشر جنود ماليون في دوينتزا. || وقالت هيئة الأركان إن سلاح الجو دمّر مخبأ إرهابيا قرب بوني.")]
    public void ABareAirForce_IsTheStoryArmysAirForce(string text) =>
        Assert.Contains("claimed ml-air-force", ClaimStatements.Of(text.Replace(" || ", "\n", StringComparison.Ordinal)));

    [Theory]
    // blamed too, by those who accuse it
    [InlineData("Malian troops were deployed to Douentza. || Herders accused the air force of bombing a well near Boni.")]
    [InlineData("Des soldats maliens ont été déployés à Douentza. || Des éleveurs accusent l'armée de l'air d'avoir bombardé un puits.")]
    public void ABareAirForce_IsBlamedAsItself(string text) =>
        Assert.Contains("blamed ml-air-force", ClaimStatements.Of(text.Replace(" || ", "\n", StringComparison.Ordinal)));

    [Theory]
    // another country's air force, which the lexicon does not name apart, stays its army's
    [InlineData("Nigerian troops were deployed to Bama. || The army said the air force had destroyed a terrorist camp near Bama.")]
    public void AnotherCountrysAirForce_IsNotMalis(string text) =>
        Assert.DoesNotContain("claimed ml-air-force", ClaimStatements.Of(text.Replace(" || ", "\n", StringComparison.Ordinal)));

    [Theory]
    // a force's own operation, then a blame that names no one the lexicon knows: still the force's claim
    [InlineData("Niger's defence minister said the army had killed 31 bandits near Tillia and accused smuggling networks of arming them.", "claimed ne-fan")]
    [InlineData("Le ministre nigérien de la Défense a affirmé que l'armée avait neutralisé 31 bandits près de Tillia, et a accusé des réseaux de trafiquants de les armer.", "claimed ne-fan")]
    [InlineData("قال وزير الدفاع النيجري إن الجيش قتل ٣١ إرهابيا قرب تيليا، واتهم شبكات التهريب بتسليحهم.", "claimed ne-fan")]
    public void AnOwnOperation_BeforeABlameOfNoKnownActor_IsClaimed(string text, string expected) =>
        Assert.Contains(expected, ClaimStatements.Of(text));

    [Theory]
    // someone else telling of the force's operation, then blaming: no claim of the force
    [InlineData("A local chief said the army had killed 31 herders near Tillia and accused informants of misleading the troops.")]
    [InlineData("Un chef local a affirmé que l'armée avait tué 31 éleveurs près de Tillia, et a accusé des informateurs d'avoir trompé les soldats.")]
    public void SomeoneElsesAccount_BeforeABlame_IsNoClaim(string text) =>
        Assert.DoesNotContain(ClaimStatements.Of(text), s => s.StartsWith("claimed", StringComparison.Ordinal));

    [Theory]
    // the countries listed across a border are not the country whose army a bare "the army" means
    [InlineData("Nine soldiers were killed in northern Togo near the borders with Benin and Burkina Faso, the government said. || The minister said the army had killed 15 assailants.", "claimed tg-army")]
    [InlineData("Neuf soldats ont été tués dans le nord du Togo, près des frontières avec le Niger et le Burkina Faso, selon le gouvernement. || Le ministre a affirmé que l'armée avait neutralisé quinze assaillants.", "claimed tg-army")]
    [InlineData("قُتل تسعة جنود في شمال توغو قرب الحدود مع النيجر وبوركينا فاسو، بحسب الحكومة. || وقال الوزير إن الجيش قتل خمسة عشر مهاجما.", "claimed tg-army")]
    // a country named after "and" that ends a border phrase is still the story's
    [InlineData("Troops patrolled the border, and Burkina Faso's army said it had killed 15 assailants.", "claimed bf-army")]
    public void CountriesListedAcrossABorder_AreNotTheStorysArmy(string text, string expected)
    {
        var statements = ClaimStatements.Of(text.Replace(" || ", "\n", StringComparison.Ordinal));
        Assert.Contains(expected, statements);
        Assert.Equal(1, statements.Count(s => s.StartsWith("claimed", StringComparison.Ordinal)));
    }

    [Theory]
    // forces joined by "and" as the doer of a force's claimed operation: each claims it
    [InlineData("Burkina's general staff said BIR and VDP units had killed 26 terrorists near Gorom-Gorom.")]
    [InlineData("L'état-major burkinabè a annoncé que des unités du BIR et des VDP avaient neutralisé 26 terroristes près de Gorom-Gorom.")]
    [InlineData("أعلن الجيش البوركيني أن كتائب التدخل السريع ووحدات متطوعي الدفاع عن الوطن قتلت ٢٦ إرهابيا قرب غوروم غوروم.")]
    public void ForcesJoinedByAnd_EachClaim(string text)
    {
        var statements = ClaimStatements.Of(text);
        Assert.Contains("claimed bf-bir", statements);
        Assert.Contains("claimed vdp", statements);
    }

    [Theory]
    // a partner fighting alongside claims nothing
    [InlineData("Burkina's general staff said BIR units, alongside VDP fighters, had killed 26 terrorists near Gorom-Gorom.")]
    [InlineData("L'état-major burkinabè a annoncé que des unités du BIR, avec des VDP, avaient neutralisé 26 terroristes.")]
    public void APartner_ClaimsNothing(string text)
    {
        var statements = ClaimStatements.Of(text);
        Assert.Contains("claimed bf-bir", statements);
        Assert.DoesNotContain("claimed vdp", statements);
    }

    [Theory]
    // a sentence opening on an earlier year tells another event's claim: background, no claim of this story
    [InlineData("Last year, JNIM claimed the kidnapping of two engineers on the same road.")]
    [InlineData("L'année dernière, l'EIGS avait revendiqué l'exécution de trois otages.")]
    [InlineData("وفي العام الماضي، تبنت جماعة نصرة الإسلام والمسلمين خطف مهندسين على الطريق نفسه.")]
    [InlineData("In 2022, JNIM claimed an ambush on the same convoy route.")]
    public void AClaimOpeningOnAnEarlierYear_IsBackground(string text) =>
        Assert.DoesNotContain(ClaimStatements.Of(text), s => s.StartsWith("claimed", StringComparison.Ordinal));

    [Theory]
    // this week's claim, or a date within it, is the story's
    [InlineData("Last week, JNIM claimed the kidnapping of two engineers on the road to Kayes.", "claimed jnim")]
    [InlineData("Le JNIM a revendiqué mardi l'enlèvement de deux ingénieurs.", "claimed jnim")]
    public void ARecentClaim_IsKept(string text, string expected) =>
        Assert.Contains(expected, ClaimStatements.Of(text));
}
