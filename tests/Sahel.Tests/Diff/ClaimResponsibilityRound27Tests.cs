using Xunit;

namespace Sahel.Tests.Diff;

/// <summary>
/// Session 14, round 27, responsibility: who is blamed when the text names it by a relative or a group noun. Sentences
/// written for these tests.
/// </summary>
public sealed class ClaimResponsibilityRound27Tests
{
    [Theory]
    // the antecedent of an object relative is the one blamed; the relative's subject blames
    [InlineData("L'EIGS, que le gouvernement accuse d'être derrière l'attaque de Téra, n'a pas réagi.", "blamed issp by government")]
    [InlineData("Tillabéri subit les attaques de l'État islamique au Sahel (EIS), que le gouvernement accuse d'avoir tué douze soldats.", "blamed issp by government")]
    [InlineData("Le JNIM, auquel les habitants imputent l'attaque de Djenné, n'a pas réagi.", "blamed jnim by local")]
    [InlineData("Le JNIM, à qui les habitants imputent l'attaque de Djenné, n'a pas réagi.", "blamed jnim by local")]
    [InlineData("ISWAP, which residents blamed for the attack near Monguno, has not commented.", "blamed iswap by local")]
    [InlineData("ISWAP, whom the governor accused of the raid near Monguno, has not commented.", "blamed iswap by government")]
    [InlineData("Borno faces raids by the Islamic State West Africa Province (ISWAP), which residents blamed for the killing of 12 farmers.", "blamed iswap by local")]
    [InlineData("نفت جبهة تحرير أزواد، التي اتهمتها الحكومة المالية بالمشاركة في الهجوم، أي صلة لها به.", "blamed fla by government")]
    [InlineData("نفت جماعة نصرة الإسلام والمسلمين، التي يتهمها السكان بقتل الرعاة، أي صلة لها بالهجوم.", "blamed jnim by local")]
    // the pronoun after the verb's preposition: the group the sentence named before
    [InlineData("ISWAP denied killing the 12 farmers near Monguno, which local officials had blamed on it.", "blamed iswap by local")]
    public void TheAntecedentOfAnObjectRelative_IsBlamed(string text, string expected) =>
        Assert.Contains(expected, ClaimStatements.WithBlamer(text));

    [Theory]
    // a subject relative: the group blames, it is not blamed
    [InlineData("ISWAP, which blamed the army for the raid near Monguno, has not commented.", "blamed iswap")]
    // a relative on the deed: the name after the verb is the one blamed, not the noun before
    [InlineData("L'attaque, que les habitants imputent au JNIM, a fait douze morts près de Djenné.", "blamed fama")]
    // a passive participle with its deed: no one named is blamed
    [InlineData("Des hommes accusés d'avoir tué douze bergers ont été arrêtés par l'armée malienne.", "blamed fama")]
    public void NoObjectRelative_NoBlameOfTheAntecedent(string text, string unexpected) =>
        Assert.DoesNotContain(ClaimStatements.Of(text), s => s == unexpected);

    [Theory]
    // "the group" in the next sentence is the group the sentence before was about (its subject), not one its statement named
    [InlineData("JNIM denied any role in the killing of 12 herders near Djenné, blaming Dozo militias. || Local officials blamed the group for the massacre.")]
    [InlineData("Le JNIM a nié toute implication dans la mort de douze bergers, accusant les dozos. || Des élus locaux accusent pourtant le groupe d'avoir mené l'attaque.")]
    [InlineData("نفت جماعة نصرة الإسلام والمسلمين أي صلة لها بمقتل ١٢ راعيا، متهمة ميليشيات الدوزو بارتكاب المجزرة. || وكان مسؤولون محليون قد حمّلوا الجماعة المسؤولية.")]
    public void TheGroupNoun_IsTheGroupTheSentenceBeforeWasAbout(string text)
    {
        var statements = ClaimStatements.WithBlamer(text.Replace(" || ", "\n", StringComparison.Ordinal));
        Assert.Contains("blamed jnim by local", statements);
        Assert.DoesNotContain("blamed dozos by local", statements);
    }

    [Theory]
    // with no group that opens or speaks, the group named last stands
    [InlineData("The army said troops repelled an attack by ISWAP near Monguno. || Residents blamed the group for the killing of 12 farmers.", "blamed iswap by local")]
    [InlineData("Selon l'armée, l'attaque a visé un poste près de Djenné, tenu face au JNIM. || Des élus locaux accusent le groupe d'avoir tué douze bergers.", "blamed jnim by local")]
    public void TheGroupNoun_WithNoSubjectGroup_IsTheLastNamed(string text, string expected) =>
        Assert.Contains(expected, ClaimStatements.WithBlamer(text.Replace(" || ", "\n", StringComparison.Ordinal)));

    [Theory]
    // a vigilante militia's leader or unit telling who attacked speaks as locals do
    [InlineData("A Civilian JTF leader in Jere said Boko Haram insurgents killed 12 farmers on Tuesday.", "blamed boko-haram by local")]
    [InlineData("Un chef des dozos de Djenné accuse le JNIM d'avoir tué douze bergers.", "blamed jnim by local")]
    [InlineData("Un responsable des VDP de Djibo accuse l'EIGS d'avoir tué six éleveurs.", "blamed issp by local")]
    [InlineData("قال قائد في قوة المهام المشتركة المدنية إن عناصر بوكو حرام قتلوا ١٢ مزارعا في جيري.", "blamed boko-haram by local")]
    [InlineData("اتهمت قوة المهام المشتركة المدنية جماعة بوكو حرام بقتل ١٢ مزارعا في جيري.", "blamed boko-haram by local")]
    // its own statement speaks for the militia; Mali's armed movements speak as armed groups
    [InlineData("In a statement, the CJTF blamed Boko Haram for the killing of 12 farmers.", "blamed boko-haram by armed-group")]
    [InlineData("Le MSA accuse l'EIGS d'avoir tué deux bergers près de Ménaka.", "blamed issp by armed-group")]
    [InlineData("اتهمت حركة إنقاذ أزواد تنظيم الدولة بقتل راعيين قرب ميناكا.", "blamed islamic-state by armed-group")]
    // a militia blaming a state's force for its own men is a party to the fight (round 22)
    [InlineData("The CJTF in Bama said four of its members were killed by soldiers of the Nigerian army.", "blamed ng-army by armed-group")]
    public void AVigilanteMilitiaBlaming_SpeaksAsLocals(string text, string expected) =>
        Assert.Contains(expected, ClaimStatements.WithBlamer(text));

    [Theory]
    // every actor joined to a passive's agent is blamed
    [InlineData("Refugees said at least 40 people were killed by FAMa and Wagner at a well near Léré.")]
    [InlineData("Des réfugiés affirment qu'au moins quarante personnes ont été tuées par l'armée malienne et les Wagner près de Léré.")]
    [InlineData("قالت مصادر محلية إن راعيين قتلا على أيدي الجيش المالي وفاغنر قرب الحدود.")]
    public void EachActorJoinedToTheAgent_IsBlamed(string text)
    {
        var statements = ClaimStatements.WithBlamer(text);
        Assert.Contains("blamed fama by local", statements);
        Assert.Contains("blamed wagner by local", statements);
    }

    [Theory]
    // not an actor in another clause after the agent
    [InlineData("Refugees said at least 40 people were killed by FAMa near Léré, and Wagner fighters later burned the market.")]
    public void AnActorOfAnotherClause_IsNotJoinedToTheAgent(string text) =>
        Assert.DoesNotContain("blamed wagner by local", ClaimStatements.WithBlamer(text));
}
