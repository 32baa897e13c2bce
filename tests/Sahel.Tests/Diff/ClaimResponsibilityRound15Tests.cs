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
}
