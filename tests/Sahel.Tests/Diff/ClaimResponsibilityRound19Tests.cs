using Xunit;

namespace Sahel.Tests.Diff;

/// <summary>
/// Session 10, round 19: a force telling of its own operation with no figure claims it ("the army said its drone had
/// destroyed a terrorist base"), in the three languages, with sentences of our own (a " || " starts a new paragraph); and
/// what stays out: the same strike told by someone else, an operation planned, a general policy or a denial's "only
/// terrorists", a partner's or another force's operation, an operation recalled as background, a passive.
/// </summary>
public sealed class ClaimResponsibilityRound19Tests
{
    private static List<string> Statements(string text) => ClaimStatements.Of(text.Replace(" || ", "\n", StringComparison.Ordinal));

    [Theory]
    // the force itself, a pronoun, its own aircraft or units as the doer
    [InlineData("Niger's army said on Tuesday that it had destroyed a terrorist camp near Ayorou.", "claimed ne-fan")]
    [InlineData("The Nigerian army said its jets had neutralised several insurgents hiding in the Sambisa forest.", "claimed ng-army")]
    [InlineData("Mali's general staff said its drones had destroyed an ISSP hideout east of Ménaka, without giving a toll.", "claimed fama")]
    [InlineData("L'armée burkinabè affirme avoir détruit une base terroriste dans la province du Soum.", "claimed bf-army")]
    [InlineData("Selon l'état-major des armées maliennes, ses aéronefs ont neutralisé des terroristes près de Boni.", "claimed fama")]
    [InlineData("أعلن الجيش النيجري أنه دمر معسكرا للإرهابيين قرب أيورو.", "claimed ne-fan")]
    [InlineData("قالت هيئة الأركان العامة للجيوش المالية إن طائراتها حيدت عناصر إرهابية شمال تمبكتو.", "claimed fama")]
    [InlineData("أعلن الجيش البوركينابي تدمير قاعدة إرهابية في إقليم سوم.", "claimed bf-army")]
    // a ministry naming its force as the doer
    [InlineData("Le ministère nigérien de la Défense affirme que les Forces armées nigériennes ont détruit un repaire de terroristes près de Tillabéri.", "claimed ne-fan")]
    // beside an accuser's clause and a denial of harm to civilians
    [InlineData("Le FLA accuse l'armée d'avoir bombardé un puits, tandis que l'armée malienne affirme avoir neutralisé des terroristes dans la zone.", "claimed fama")]
    [InlineData("اتهمت جبهة تحرير أزواد الجيش المالي بقصف سوق، بينما أعلن الجيش المالي أنه حيد عناصر إرهابية في المنطقة مؤكدا أنه لم يستهدف أي مدني.", "claimed fama")]
    public void A_force_telling_of_its_own_operation_without_a_figure_claims_it(string text, string statement) =>
        Assert.Contains(statement, Statements(text));

    [Theory]
    // someone else tells of the force's strike: a blame, not its claim
    [InlineData("Residents said the Malian army had destroyed a terrorist base near their village.")]
    [InlineData("Selon des habitants, l'armée burkinabè a détruit une base terroriste près de Djibo.")]
    [InlineData("قال سكان إن الجيش المالي دمر قاعدة إرهابية قرب القرية.")]
    // an operation planned or announced for the future
    [InlineData("Niger's army said it will launch an operation to destroy terrorist camps near Ayorou.")]
    [InlineData("L'armée burkinabè a annoncé une offensive pour neutraliser les terroristes du Soum.")]
    [InlineData("أعلن الجيش النيجري إطلاق عملية لتدمير معسكرات الإرهابيين قرب أيورو.")]
    [InlineData("أعلن الجيش النيجري عملية تهدف إلى تحييد الإرهابيين قرب أيورو.")]
    // a general policy, or the "only terrorists" that answers an accusation: a denial, not a claim
    [InlineData("The Malian army says its strikes target terrorists only.")]
    [InlineData("The army rejected the report, saying its strike destroyed only terrorist hideouts.")]
    [InlineData("L'état-major affirme que seuls des terroristes ont été neutralisés lors de l'opération.")]
    [InlineData("قالت هيئة الأركان إن ضرباتها استهدفت حصرا عناصر إرهابية.")]
    // a passive: a result the force reports, not a deed it names itself doing
    [InlineData("The Burkinabe army said terrorists were neutralised during the operation.")]
    [InlineData("قال الجيش المالي إنه تم تدمير قاعدة إرهابية.")]
    // another force's operation told by an army, and a group's deed the army tells
    [InlineData("Chad's army said Nigerien troops had destroyed a terrorist camp near Bosso.")]
    [InlineData("The Malian army said JNIM fighters had destroyed a bridge used by terrorists.")]
    // a man of the group killed: a figure of one, not an operation told without a figure
    [InlineData("The Malian army said in a statement that Russian troops had killed a JNIM emir near Douentza.")]
    // an operation recalled as background
    [InlineData("The ambush came a week after the Malian army said it had destroyed a terrorist base near Boni.")]
    [InlineData("Depuis que l'armée burkinabè a annoncé avoir détruit une base terroriste, les attaques ont repris.")]
    // the government's own word of an operation with no force named
    [InlineData("The government said the operation neutralised terrorists in the area.")]
    [InlineData("Le porte-parole du gouvernement a nié que l'armée ait visé des civils, assurant que l'opération avait neutralisé des terroristes.")]
    [InlineData("نفى المتحدث باسم الحكومة أن يكون الجيش قد قصف مدنيين، مؤكدا أن العملية حيدت إرهابيين.")]
    // a channel relaying a force's deed
    [InlineData("A Telegram channel close to Africa Corps units wrote that Russian troops had destroyed a JNIM hideout near Douentza.")]
    public void What_is_no_force_s_claim_without_a_figure(string text) =>
        Assert.DoesNotContain(Statements(text), s => s.StartsWith("claimed", StringComparison.Ordinal) && s != "claimed jnim");

    [Fact]
    public void A_partner_of_the_operation_is_not_its_claimant()
    {
        var read = Statements("L'armée burkinabè affirme que ses unités, en coopération avec les FAMa, ont détruit une base terroriste près de la frontière.");
        Assert.Contains("claimed bf-army", read);
        Assert.DoesNotContain("claimed fama", read);
    }

    [Fact]
    public void A_figure_keeps_the_rule_with_the_figure()
    {
        // "12 terrorists were neutralised": a figure before its verb is no claim, and the rule without a figure does not add one
        Assert.DoesNotContain(Statements("The Nigerien army said 12 terrorists were neutralised and a camp was destroyed near Ayorou."), s => s.StartsWith("claimed", StringComparison.Ordinal));
        Assert.Contains("claimed ne-fan", Statements("The Nigerien army said it had killed 12 terrorists and destroyed their camp near Ayorou."));
    }

    [Theory]
    // a group attributing the attack to its own men credits itself
    [InlineData("Dans une vidéo, le JNIM a attribué l'attaque du poste de Diafarabé à ses combattants.", "claimed jnim")]
    [InlineData("In a video, Boko Haram attributed the raid on the Marte base to its own fighters.", "claimed boko-haram")]
    [InlineData("وفي تسجيل مصور، نسبت جماعة نصرة الإسلام والمسلمين الهجوم على ثكنة ديافارابي إلى مقاتليها.", "claimed jnim")]
    public void A_group_attributing_the_attack_to_its_own_men_claims_it(string text, string statement)
    {
        var read = Statements(text);
        Assert.Contains(statement, read);
        Assert.DoesNotContain("blamed" + statement["claimed".Length..], read);
    }

    [Theory]
    // someone attributing the attack to a group's fighters blames the group
    [InlineData("Residents attributed the raid on the Marte base to Boko Haram fighters.", "blamed boko-haram")]
    [InlineData("Les habitants attribuent l'attaque du poste aux combattants du JNIM.", "blamed jnim")]
    [InlineData("ونسب السكان الهجوم على الثكنة إلى مقاتلي جماعة نصرة الإسلام والمسلمين.", "blamed jnim")]
    public void Attributing_the_attack_to_a_group_s_men_still_blames_it(string text, string statement) =>
        Assert.Contains(statement, Statements(text));

    [Theory]
    // the English noun as what a group published
    [InlineData("Hours after the ambush near Tessit, the Islamic State Sahel Province put out its own claim.", "claimed issp")]
    [InlineData("ISWAP issued a claim on Telegram for the raid on the Marte barracks.", "claimed iswap")]
    public void A_claim_a_group_put_out_is_its_claim(string text, string statement) =>
        Assert.Contains(statement, Statements(text));

    [Theory]
    // the noun of a claim that someone makes about another, and an army's figure called a claim
    [InlineData("JNIM rejected a claim that its fighters had burned the market in Diafarabé.")]
    [InlineData("The army dismissed the group's claim as propaganda.")]
    public void The_noun_otherwise_claims_nothing(string text) =>
        Assert.DoesNotContain(Statements(text), s => s.StartsWith("claimed", StringComparison.Ordinal));

    [Theory]
    // a group's own deed told after its blame of a rival, by the same speaker or by the rival
    [InlineData("ISWAP accused Boko Haram of raiding its camps near Kukawa and said its fighters had killed 21 of the attackers.", "claimed iswap", "blamed boko-haram")]
    [InlineData("L'EIGS accuse le JNIM d'avoir attaqué ses positions près de Ménaka et affirme que ses combattants ont tué 14 assaillants.", "claimed issp", "blamed jnim")]
    [InlineData("اتهمت ولاية غرب إفريقيا جماعة بوكو حرام بمهاجمة معسكراتها، وقالت إن مقاتليها قتلوا ٢١ من المهاجمين.", "claimed iswap", "blamed boko-haram")]
    [InlineData("اتهمت جماعة نصرة الإسلام والمسلمين تنظيم الدولة في الساحل بمهاجمة مواقعها، بينما قال تنظيم الدولة في الساحل إن مقاتليه قتلوا ١٤ من عناصر الجماعة.", "claimed issp", "blamed issp")]
    public void A_group_s_own_deed_after_its_blame_of_a_rival_is_its_claim(string text, string claim, string blame)
    {
        var read = Statements(text);
        Assert.Contains(claim, read);
        Assert.Contains(blame, read);
    }

    [Theory]
    // residents blaming, then the rival's men killing: no claim for anyone
    [InlineData("Residents accused ISWAP of the raid and said its fighters had killed 12 villagers.")]
    // the group denies its men killed anyone
    [InlineData("ISWAP accused Boko Haram of the raid and said its fighters had not killed 12 villagers.")]
    public void A_blame_with_no_group_s_own_statement_after_it_claims_nothing(string text) =>
        Assert.DoesNotContain(Statements(text), s => s.StartsWith("claimed", StringComparison.Ordinal));

    [Theory]
    // the Lake Chad force's Arabic name with the article on its adjective, and the men it killed or captured "from" a group
    [InlineData("قالت القوة المشتركة المتعددة الجنسيات إن قواتها أسرت ستة مقاتلين من جماعة بوكو حرام قرب دورون باغا.", "claimed mnjtf", "blamed boko-haram")]
    [InlineData("أعلن الجيش التشادي أن وحداته قتلت تسعة عناصر من بوكو حرام في جزر البحيرة.", "claimed td-army", "blamed boko-haram")]
    public void A_force_s_captives_from_a_group_do_not_blame_the_group(string text, string claim, string not)
    {
        var read = Statements(text);
        Assert.Contains(claim, read);
        Assert.DoesNotContain(not, read);
    }

    [Theory]
    // the group's men as the doers, with no force before them
    [InlineData("هاجم خمسون مقاتلا من بوكو حرام قرية قرب باغا، حسب سكان.")]
    public void The_group_s_men_as_doers_still_blame_it(string text) =>
        Assert.Contains("blamed boko-haram", Statements(text));
}

