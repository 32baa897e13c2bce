using Xunit;

namespace Sahel.Tests.Diff;

/// <summary>
/// Session 9, round 15: cells of statements missed whole that both untuned writers (fresh6/ and dev8/), or one of them and an
/// older family, show, written out as paradigms in the three languages, each with what stays out; in sentences of our own,
/// not the labelled stories'.
/// </summary>
public sealed class ClaimResponsibilityRound15Tests
{
    private static List<string> Statements(string text) => ClaimStatements.WithBlamer(text);

    [Theory]
    // pointing at the doers: the group right after the verb, past articles, its men, "sans détour"
    [InlineData("Au marché, des commerçants désignent ouvertement l'EIGS.", "blamed issp by ")]
    [InlineData("Les rescapés ont désigné les combattants du JNIM.", "blamed jnim by local")]
    [InlineData("Une source sécuritaire évoque des éléments de l'EIGS venus du Niger.", "blamed issp by security")]
    [InlineData("Des habitants évoquaient « des hommes du JNIM » arrivés à moto.", "blamed jnim by local")]
    [InlineData("The choice of target points to JNIM, an analyst said.", "blamed jnim by ")]
    [InlineData("Residents singled out ISWAP fighters.", "blamed iswap by local")]
    [InlineData("ووجه الأهالي أصابع الاتهام إلى جماعة نصرة الإسلام والمسلمين.", "blamed jnim by local")]
    public void Pointing_at_a_group_blames_it(string text, string statement) =>
        Assert.Contains(statement, Statements(text));

    [Theory]
    // a figure or a thing pointed at, a group far after the verb, a negated pointing
    [InlineData("Des sources locales évoquent une douzaine de morts parmi les soldats maliens.", "fama")]
    [InlineData("Il ne désigne pas le JNIM, mais parle d'hommes armés.", "jnim")]
    [InlineData("The data points to a steady rise in attacks claimed by JNIM since 2023.", "jnim")]
    [InlineData("Le maire n'a pas évoqué l'EIGS.", "issp")]
    public void Pointing_at_no_group_blames_no_one(string text, string actor) =>
        Assert.DoesNotContain(Statements(text), s => s.StartsWith($"blamed {actor} ", StringComparison.Ordinal));

    [Theory]
    // the Arabic participle of accusation in each gender and number: its subject is the main clause's speaker
    [InlineData("وقال سكان محليون إن القتلى رعاة، متهمين الجيش المالي بإعدامهم.", "blamed fama by local")]
    [InlineData("ونفت الجماعة أي صلة لها بالهجوم، متهمة الجيش المالي بالوقوف وراءه.", "blamed fama by ")]
    [InlineData("وقال المتحدث باسم الحكومة إن الحصيلة ارتفعت، متهما جماعة بوكو حرام بتنفيذ الهجوم.", "blamed boko-haram by government")]
    [InlineData("وتحدثت ناشطتان عن مقتل عشرة أشخاص، متهمتين فاغنر بقتلهم.", "blamed wagner by ")]
    [InlineData("وقال شهود إن المسلحين أحرقوا السوق، محملين تنظيم الدولة الإسلامية في الساحل المسؤولية.", "blamed issp by local")]
    public void The_accusing_participle_blames_for_the_main_clause(string text, string statement) =>
        Assert.Contains(statement, Statements(text));

    [Theory]
    // the plural participle that is a noun: "the accused" counted, no comma before
    [InlineData("أصدرت المحكمة أحكاما على ثلاثة متهمين في قضية الجيش المالي.", "fama")]
    public void The_accused_as_a_noun_blame_no_one(string text, string actor) =>
        Assert.DoesNotContain(Statements(text), s => s.StartsWith($"blamed {actor} ", StringComparison.Ordinal));

    [Theory]
    // the allies joined to the one blamed, with their nationality, in quotes or not
    [InlineData("Le notable accuse l'armée malienne et « ses alliés russes de l'Africa Corps » d'avoir tiré.", "blamed africa-corps by local")]
    [InlineData("Les déplacés accusent l'armée malienne et ses instructeurs russes de Wagner.", "blamed wagner by local")]
    [InlineData("Residents accused the Malian army and its Russian partners from Africa Corps of the killings.", "blamed africa-corps by local")]
    [InlineData("اتهم الأهالي الجيش المالي وحلفاءه من الفيلق الإفريقي بقتل الرعاة.", "blamed africa-corps by local")]
    [InlineData("وقال سكان إن الجنود أعدموا الرجال، متهمين \"عناصر من الجيش المالي وحلفاءهم من فاغنر\".", "blamed wagner by local")]
    public void The_allies_joined_to_the_blamed_are_blamed(string text, string statement) =>
        Assert.Contains(statement, Statements(text));

    [Theory]
    // the English present plural of "attribute"
    [InlineData("Community leaders attribute the killings to JNIM.", "blamed jnim by local")]
    [InlineData("Many residents attribute the attack to ISWAP, not Boko Haram.", "blamed iswap by local")]
    public void The_present_plural_blames(string text, string statement) =>
        Assert.Contains(statement, Statements(text));

    [Theory]
    // the group as the doer of an attack verb, described by a word of contempt or trade, past an auxiliary or an aside
    [InlineData("The governor said \"JNIM terrorists\" struck the post at dawn.", "blamed jnim by government")]
    [InlineData("The army said terrorists of the FLA had attacked the convoy.", "blamed fla by army")]
    [InlineData("Le ministre a affirmé que les mercenaires du FACT, venus de Libye, avaient attaqué la garnison.", "blamed fact by government")]
    [InlineData("Le gouvernement assure que « les terroristes de l'EIGS », basés au Mali, étaient responsables de l'embuscade.", "blamed issp by government")]
    [InlineData("The police said the terrorists of ISWAP carried out that attack.", "blamed iswap by security")]
    [InlineData("وقال الحاكم إن إرهابيي جماعة بوكو حرام قد هاجموا القرية.", "blamed boko-haram by government")]
    public void A_described_group_doing_the_deed_is_blamed(string text, string statement) =>
        Assert.Contains(statement, Statements(text));

    [Theory]
    // the group's men as victims or in its own fight, a deed negated
    [InlineData("The army said 30 JNIM terrorists were killed in the strike.", "jnim")]
    [InlineData("The governor said JNIM terrorists had not attacked the town.", "jnim")]
    [InlineData("أفاد الجيش بأن وحداته اشتبكت مع عناصر من جماعة بوكو حرام قرب ديفا.", "boko-haram")]
    public void A_described_group_not_doing_the_deed_is_not_blamed(string text, string actor) =>
        Assert.DoesNotContain(Statements(text), s => s.StartsWith($"blamed {actor} ", StringComparison.Ordinal));

    [Theory]
    // the attackers' identity: a hedged copula, "from", and the Arabic nominal sentence with no copula
    [InlineData("A security official said the attackers were in fact from ISWAP.", "blamed iswap by security")]
    [InlineData("Selon la police, les assaillants étaient bien des éléments de l'EIGS.", "blamed issp by security")]
    [InlineData("The gunmen were all from Ansaru, the police said.", "blamed ansaru by security")]
    [InlineData("وقال المتحدث باسم الشرطة إن المهاجمين من عناصر جماعة بوكو حرام.", "blamed boko-haram by security")]
    [InlineData("ورجّح مصدر أمني أن يكون الخاطفون من عناصر تنظيم الدولة الإسلامية في الساحل.", "blamed issp by security")]
    public void The_attackers_identity_hedged_or_nominal_blames(string text, string statement) =>
        Assert.Contains(statement, Statements(text));

    [Theory]
    // a hedge inside a cleft
    [InlineData("Pour le gouverneur, « ce sont bien les terroristes du JNIM qui ont commis ce massacre ».", "blamed jnim by government")]
    [InlineData("The governor said it was indeed ISWAP fighters who killed the fishermen.", "blamed iswap by government")]
    [InlineData("وقال الحاكم إن عناصر بوكو حرام هم فعلا من نصبوا الكمين.", "blamed boko-haram by government")]
    public void A_hedged_cleft_singles_out_the_doer(string text, string statement) =>
        Assert.Contains(statement, Statements(text));

    [Theory]
    // the Arabic verb before its agent, the deed or the victims as a suffix, and those joined to the agent
    [InlineData("وقالت منظمة العفو الدولية إن الهجمات التي شنتها جماعة بوكو حرام على القرى أسفرت عن مقتل مدنيين.", "blamed boko-haram by ngo")]
    [InlineData("وقال سكان إن الغارات التي نفذها الجيش المالي أصابت سوقا.", "blamed fama by local")]
    [InlineData("وقال ذووهم إن الرعاة اعتقلتهم دورية من الجيش المالي ومقاتلي فاغنر قرب ليري.", "blamed wagner by local")]
    [InlineData("وأفاد شهود بأن المختطفين اقتادهم عناصر من تنظيم الدولة الإسلامية في الساحل إلى الغابة.", "blamed issp by local")]
    public void A_suffixed_Arabic_verb_names_its_agent_after_it(string text, string statement) =>
        Assert.Contains(statement, Statements(text));

    [Theory]
    // a state telling of its own force's strikes, a verb of killing (as often a force killing attackers), a negated deed
    [InlineData("أعلن الجيش المالي أن ضربات جوية نفذها سلاح الجو المالي حيدت عشرين إرهابيا.", "ml-air-force")]
    [InlineData("وقال السكان إن المسلحين قتلتهم قوات الجيش المالي قرب القرية.", "fama")]
    [InlineData("وقالت المنظمة إن الهجوم لم تشنه جماعة بوكو حرام.", "boko-haram")]
    public void A_suffixed_Arabic_verb_blames_no_one_here(string text, string actor) =>
        Assert.DoesNotContain(Statements(text), s => s.StartsWith($"blamed {actor} ", StringComparison.Ordinal));
}
