using Sahel.Diff.Claims;
using Xunit;

namespace Sahel.Tests.Diff;

/// <summary>
/// Session 6, denials and claims: the denial and the claim written out as paradigms in the three languages (a verb
/// family × an object family × who denies or claims), in sentences of our own, most in forms no labelled story uses;
/// and what is not a denial (a toll, losses, a rumour, entry, a comment refused).
/// </summary>
public sealed class ClaimDenialParadigmTests
{
    private static List<string> Statements(string text) => ClaimStatements.Of(text);

    // The verbs of denial, in their tenses, persons and genders, with an object of involvement, in the three languages.
    [Theory]
    [InlineData("Le JNIM a démenti toute implication dans l'attaque de Boni.", "denied jnim")]
    [InlineData("Le JNIM dément toute implication dans l'attaque.", "denied jnim")]
    [InlineData("Les combattants du FLA ont démenti toute implication dans ces tueries.", "denied fla")]
    [InlineData("Le FLA a nié toute implication dans l'enlèvement.", "denied fla")]
    [InlineData("Le FLA nie toute responsabilité dans l'enlèvement.", "denied fla")]
    [InlineData("L'EIGS a rejeté toute responsabilité dans le massacre.", "denied issp")]
    [InlineData("L'EIGS rejetait toute responsabilité dans ce massacre.", "denied issp")]
    [InlineData("Le JNIM a réfuté toute implication dans l'embuscade.", "denied jnim")]
    [InlineData("Le JNIM réfute toute participation à l'attaque.", "denied jnim")]
    [InlineData("Le FLA a contesté toute implication dans l'attaque.", "denied fla")]
    [InlineData("Le FLA s'est démarqué de l'attaque contre le marché.", "denied fla")]
    [InlineData("Le FLA se démarque de cette attaque.", "denied fla")]
    [InlineData("Le FLA s'est désolidarisé de l'attaque contre le marché.", "denied fla")]
    [InlineData("Le JNIM décline toute responsabilité dans l'explosion.", "denied jnim")]
    [InlineData("Le JNIM a décliné toute responsabilité dans l'explosion.", "denied jnim")]
    [InlineData("JNIM denied any involvement in the attack on the market.", "denied jnim")]
    [InlineData("JNIM has denied involvement in the attack.", "denied jnim")]
    [InlineData("The FLA denies any role in the killings.", "denied fla")]
    [InlineData("Islamic State Sahel Province rejected responsibility for the massacre.", "denied issp")]
    [InlineData("JNIM refuted any involvement in the ambush.", "denied jnim")]
    [InlineData("The FLA dismissed any link to the killings.", "denied fla")]
    [InlineData("The FLA disowned the attack on the market.", "denied fla")]
    [InlineData("The FLA distanced itself from the attack on the market.", "denied fla")]
    [InlineData("JNIM disclaimed any responsibility for the blast.", "denied jnim")]
    [InlineData("نفت جماعة نصرة الإسلام والمسلمين أي تورط لها في الهجوم.", "denied jnim")]
    [InlineData("نَفَتْ جماعة نصرة الإسلام والمسلمين أيَّ علاقة لها بالهجوم.", "denied jnim")]
    [InlineData("وتنفي جبهة تحرير أزواد أي صلة لها بالهجوم.", "denied fla")]
    [InlineData("ونفى الجيش المالي أي مسؤولية عن مقتل المدنيين.", "denied fama")]
    [InlineData("ورفضت جبهة تحرير أزواد أي مسؤولية عن الهجوم.", "denied fla")]
    [InlineData("وتبرأت جبهة تحرير أزواد من الهجوم على السوق.", "denied fla")]
    [InlineData("وكذبت جماعة نصرة الإسلام والمسلمين أي تورط لها في الهجوم.", "denied jnim")]
    [InlineData("ودحضت جبهة تحرير أزواد أي علاقة لها بالهجوم.", "denied fla")]
    [InlineData("وفندت جبهة تحرير أزواد الاتهامات الموجهة إليها.", "denied fla")]
    [InlineData("ونأت جبهة تحرير أزواد بنفسها عن الهجوم.", "denied fla")]
    public void The_verbs_of_denial_with_an_object_of_involvement(string text, string statement) =>
        Assert.Contains(statement, Statements(text));

    // The objects of a denial: a link, ties, a hand, complicity, the claims against one.
    [Theory]
    [InlineData("Le FLA a démenti tout lien avec les auteurs de l'attaque.", "denied fla")]
    [InlineData("Le FLA dément toute complicité avec les assaillants.", "denied fla")]
    [InlineData("The FLA denied any connection to the gunmen.", "denied fla")]
    [InlineData("The FLA denied any ties to the gunmen.", "denied fla")]
    [InlineData("JNIM denied having any hand in the attack.", "denied jnim")]
    [InlineData("JNIM denied any part in the attack.", "denied jnim")]
    [InlineData("Le JNIM a rejeté les allégations de l'ONG.", "denied jnim")]
    public void The_objects_of_denial(string text, string statement) =>
        Assert.Contains(statement, Statements(text));

    // Nominal denials: "le démenti du JNIM", "a denial by", "in a denial", "أصدرت نفيا", "في نفي".
    [Theory]
    [InlineData("Dans un démenti publié mardi, le JNIM rejette toute implication.", "denied jnim")]
    [InlineData("Le FLA a opposé un démenti formel à ces accusations.", "denied fla")]
    [InlineData("In a denial posted on Tuesday, JNIM said it had no part in the attack.", "denied jnim")]
    [InlineData("JNIM issued a denial of any involvement in the attack.", "denied jnim")]
    [InlineData("وأصدرت جبهة تحرير أزواد نفيا لأي تورط لها في الهجوم.", "denied fla")]
    public void Nominal_denials(string text, string statement) =>
        Assert.Contains(statement, Statements(text));

    // Implicit denials: having nothing to do with it, not being involved, having no link.
    [Theory]
    [InlineData("Le FLA affirme n'avoir rien à voir avec cette attaque.", "denied fla")]
    [InlineData("Le FLA assure qu'il n'a rien à voir avec l'attaque.", "denied fla")]
    [InlineData("JNIM said it had nothing to do with the attack.", "denied jnim")]
    [InlineData("JNIM said it was not involved in the attack.", "denied jnim")]
    [InlineData("JNIM said it had no role in the attack.", "denied jnim")]
    [InlineData("Le JNIM affirme n'être pour rien dans cette attaque.", "denied jnim")]
    [InlineData("Le JNIM affirme ne pas être impliqué dans l'attaque.", "denied jnim")]
    [InlineData("وقالت جبهة تحرير أزواد إنه لا علاقة لها بالهجوم.", "denied fla")]
    [InlineData("وأكدت جماعة نصرة الإسلام والمسلمين أنها لا علاقة لها بالهجوم.", "denied jnim")]
    [InlineData("وقالت جماعة نصرة الإسلام والمسلمين إنه لا صلة لها بالهجوم.", "denied jnim")]
    // the alibi
    [InlineData("A Dozo leader told the radio that his men were nowhere near the hamlet that day.", "denied dozos")]
    [InlineData("Le FLA affirme que ses combattants n'étaient pas sur les lieux.", "denied fla")]
    [InlineData("JNIM said it had no fighters in the area.", "denied jnim")]
    [InlineData("وقالت جبهة تحرير أزواد إنه لا وجود لعناصرها في المنطقة.", "denied fla")]
    // the group's own men, negated
    [InlineData("« Nos combattants n'étaient pas dans la zone », assure un porte-parole du FLA.", "denied fla")]
    [InlineData("\"Our fighters never entered that village,\" JNIM said in a statement.", "denied jnim")]
    // the group's own deed, negated
    [InlineData("The FLA said it did not carry out the attack.", "denied fla")]
    [InlineData("Le FLA affirme ne pas avoir mené cette attaque.", "denied fla")]
    [InlineData("JNIM said it had not taken part in the raid.", "denied jnim")]
    [InlineData("وقالت جبهة تحرير أزواد إنها لم تشارك في الهجوم.", "denied fla")]
    [InlineData("وأكدت جماعة نصرة الإسلام والمسلمين أنها لم تنفذ الهجوم.", "denied jnim")]
    public void Implicit_denials(string text, string statement) =>
        Assert.Contains(statement, Statements(text));

    // Who denies: in apposition, through its spokesman, in a communiqué, and as "the group" after a sentence naming it.
    [Theory]
    [InlineData("Le JNIM, groupe lié à al-Qaïda, a démenti toute implication.", "denied jnim")]
    [InlineData("Un porte-parole du FLA a démenti toute implication.", "denied fla")]
    [InlineData("A spokesman for JNIM denied any involvement.", "denied jnim")]
    [InlineData("Dans un communiqué, le FLA a démenti toute implication.", "denied fla")]
    [InlineData("In a statement, the FLA denied any involvement in the killings.", "denied fla")]
    [InlineData("وفي بيان، نفت جبهة تحرير أزواد أي تورط لها.", "denied fla")]
    [InlineData("Residents blamed JNIM for the attack. The group denied any involvement.", "denied jnim")]
    [InlineData("Des habitants accusent le JNIM. Le groupe a démenti toute implication.", "denied jnim")]
    [InlineData("اتهم سكان جماعة نصرة الإسلام والمسلمين بالهجوم. ونفت الجماعة أي تورط لها.", "denied jnim")]
    // who says they had no part, left as a pronoun: the subject of the sentence before
    [InlineData("JNIM published a statement on Tuesday. Its fighters, it said, had nothing to do with the killings.", "denied jnim")]
    [InlineData("Le FLA a publié un communiqué mardi. Il assure que ses combattants n'ont rien à voir avec ces tueries.", "denied fla")]
    public void Who_denies(string text, string statement) =>
        Assert.Contains(statement, Statements(text));

    // A denial answering a blame named earlier, in the passive and with a demonstrative.
    [Theory]
    [InlineData("Residents blamed the Malian army for the killings, which the army denied.", "denied fama")]
    [InlineData("Des habitants accusent l'armée malienne, ce que l'armée dément.", "denied fama")]
    [InlineData("اتهم سكان الجيش المالي بقتل المدنيين، وهو ما نفاه الجيش.", "denied fama")]
    public void A_denial_answering_a_blame_before_it(string text, string statement) =>
        Assert.Contains(statement, Statements(text));

    // Not denials of responsibility: a toll, losses, a rumour of a leader's death, entry, a comment refused.
    [Theory]
    [InlineData("The army denied that 40 soldiers had died, putting its losses at 12.")]
    [InlineData("L'armée a démenti le bilan de 40 morts avancé par des habitants.")]
    [InlineData("JNIM denied reports of the death of its leader.")]
    [InlineData("Le JNIM a démenti la mort de son chef.")]
    [InlineData("نفت جماعة نصرة الإسلام والمسلمين مقتل زعيمها.")]
    [InlineData("The army denied journalists entry to the town.")]
    [InlineData("The Malian army refused to comment on the attack.")]
    [InlineData("L'armée malienne a refusé de commenter l'attaque.")]
    [InlineData("ورفض الجيش المالي التعليق على الهجوم.")]
    [InlineData("Le FLA a rejeté l'offre de dialogue du gouvernement.")]
    [InlineData("ونفى الجيش المالي سقوط قتلى في صفوفه.")]
    // denying losses of its own is no denial of responsibility
    [InlineData("The army said it had no soldiers killed.")]
    // the accused's lawyers deny for them, not for the group they are said to belong to
    [InlineData("قالت النيابة إن المتهمين ينتمون إلى جماعة نصرة الإسلام والمسلمين، وهو ما نفاه محاموهم.")]
    [InlineData("Selon le parquet, les prévenus appartiennent au JNIM, ce que leurs avocats contestent.")]
    public void What_is_not_a_denial_of_responsibility(string text) =>
        Assert.DoesNotContain(Statements(text), s => s.StartsWith("denied", StringComparison.Ordinal));

    // The verbs of claiming, in their tenses and forms, the noun, and the passive.
    [Theory]
    [InlineData("Le JNIM a revendiqué l'attaque de Boni.", "claimed jnim")]
    [InlineData("Le JNIM revendique l'attaque de Boni.", "claimed jnim")]
    [InlineData("L'attaque a été revendiquée par le JNIM.", "claimed jnim")]
    [InlineData("Dans une revendication publiée mardi, le JNIM affirme avoir tué douze soldats.", "claimed jnim")]
    [InlineData("JNIM claimed the attack on the convoy.", "claimed jnim")]
    [InlineData("JNIM has claimed responsibility for the attack.", "claimed jnim")]
    [InlineData("The attack was claimed by JNIM.", "claimed jnim")]
    [InlineData("تبنت جماعة نصرة الإسلام والمسلمين الهجوم.", "claimed jnim")]
    [InlineData("وتبنّى تنظيم الدولة الإسلامية في الساحل الهجوم.", "claimed issp")]
    [InlineData("وأعلنت جماعة نصرة الإسلام والمسلمين مسؤوليتها عن الهجوم.", "claimed jnim")]
    [InlineData("وفي بيان تبنت جماعة نصرة الإسلام والمسلمين الهجوم.", "claimed jnim")]
    [InlineData("وأعلن تنظيم الدولة الإسلامية في الساحل تبنيه للهجوم.", "claimed issp")]
    [InlineData("وأعلنت جماعة نصرة الإسلام والمسلمين تبنيها للهجوم في بيان.", "claimed jnim")]
    [InlineData("JNIM took credit for the ambush.", "claimed jnim")]
    [InlineData("ISWAP admitted carrying out the attack.", "claimed iswap")]
    [InlineData("L'EIGS a reconnu être l'auteur de l'attaque.", "claimed issp")]
    [InlineData("Le JNIM a endossé l'attaque.", "claimed jnim")]
    public void The_verbs_of_claiming(string text, string statement) =>
        Assert.Contains(statement, Statements(text));

    // A claim through an outlet or a monitor, and a claim told as a result the group says it obtained.
    [Theory]
    [InlineData("Le JNIM a revendiqué l'attaque via Az-Zallaqa.", "claimed jnim")]
    [InlineData("Selon SITE, le JNIM a revendiqué l'attaque.", "claimed jnim")]
    [InlineData("JNIM claimed the attack through its Az-Zallaqa outlet.", "claimed jnim")]
    [InlineData("JNIM says it killed 14 soldiers in the attack.", "claimed jnim")]
    [InlineData("Le JNIM affirme avoir tué 14 soldats.", "claimed jnim")]
    [InlineData("The FLA said its fighters had shot down a drone.", "claimed fla")]
    [InlineData("أعلنت جماعة نصرة الإسلام والمسلمين مقتل ١٤ جنديا في الهجوم.", "claimed jnim")]
    [InlineData("قالت جبهة تحرير أزواد إن مقاتليها قتلوا ١٤ جنديا.", "claimed fla")]
    public void Claims_through_an_outlet_or_as_a_result(string text, string statement) =>
        Assert.Contains(statement, Statements(text));

    // Not claims: the claim's absence, and a claim refused.
    [Theory]
    [InlineData("L'attaque n'a pas été revendiquée.", "unclaimed ")]
    [InlineData("No group has claimed the attack.", "unclaimed ")]
    [InlineData("لم تتبن أي جهة الهجوم.", "unclaimed ")]
    [InlineData("Le FLA nie toute revendication de l'attaque.", "denied fla")]
    public void A_claim_negated(string text, string statement) =>
        Assert.Contains(statement, Statements(text));

    // The denied deed as a clause or an infinitive, the denial in the passive, and "not responsible" / "not behind".
    [Theory]
    [InlineData("JNIM denied carrying out the attack on the market.", "denied jnim")]
    [InlineData("The FLA denied that its fighters had killed civilians.", "denied fla")]
    [InlineData("Le FLA a nié que ses combattants aient tué des civils.", "denied fla")]
    [InlineData("Le JNIM a démenti avoir mené l'attaque.", "denied jnim")]
    [InlineData("Le JNIM dément être l'auteur de l'attaque.", "denied jnim")]
    [InlineData("Les accusations ont été rejetées par le FLA.", "denied fla")]
    [InlineData("The accusations were rejected by the FLA.", "denied fla")]
    [InlineData("JNIM said it was not behind the attack.", "denied jnim")]
    [InlineData("JNIM said it was not responsible for the attack.", "denied jnim")]
    [InlineData("Le FLA affirme qu'il n'est pas responsable de l'attaque.", "denied fla")]
    [InlineData("وأكدت جبهة تحرير أزواد أنها غير مسؤولة عن الهجوم.", "denied fla")]
    [InlineData("ونفت جبهة تحرير أزواد أن تكون قد نفذت الهجوم.", "denied fla")]
    [InlineData("ونفى المتحدث باسم جبهة تحرير أزواد أي تورط للجبهة في الهجوم.", "denied fla")]
    [InlineData("Mohamed Ag Ali, a spokesman for the FLA, denied any involvement.", "denied fla")]
    [InlineData("The FLA, in a statement, denied any involvement in the killings.", "denied fla")]
    public void The_denied_deed_and_the_passive(string text, string statement) =>
        Assert.Contains(statement, Statements(text));

    // Not a claim: a group saying it was not behind the attack denies it; "no group said it was behind" is unclaimed.
    [Theory]
    [InlineData("No group has said it was behind the attack.", "unclaimed ")]
    [InlineData("Aucun groupe n'a dit être derrière l'attaque.", "unclaimed ")]
    public void The_absence_of_a_claim_is_no_denial(string text, string statement) =>
        Assert.Contains(statement, Statements(text));

    // A claim as the group's word about what it did: "affirme être derrière", "dit avoir mené", "said it had carried out".
    [Theory]
    [InlineData("Le JNIM affirme être derrière l'attaque de Boni.", "claimed jnim")]
    [InlineData("Le JNIM dit avoir mené l'attaque de Boni.", "claimed jnim")]
    [InlineData("Le JNIM a démenti mardi, dans un texte diffusé par ses canaux habituels, être à l'origine de l'incendie.", "denied jnim")]
    [InlineData("JNIM said it had carried out the attack on the convoy.", "claimed jnim")]
    [InlineData("وقالت جماعة نصرة الإسلام والمسلمين إنها نفذت الهجوم على القافلة.", "claimed jnim")]
    [InlineData("وأعلنت جماعة نصرة الإسلام والمسلمين عبر مؤسسة الزلاقة مسؤوليتها عن الهجوم.", "claimed jnim")]
    [InlineData("« Nos moudjahidines ont attaqué le camp », affirme le JNIM.", "claimed jnim")]
    [InlineData("JNIM said in a video that our fighters had stormed the base.", "claimed jnim")]
    [InlineData("L'attaque a été revendiquée mardi soir sur les réseaux sociaux par le JNIM.", "claimed jnim")]
    [InlineData("The ambush was claimed on Tuesday evening by ISWAP.", "claimed iswap")]
    [InlineData("JNIM issued a statement claiming the attack.", "claimed jnim")]
    [InlineData("Dans une revendication attribuée au JNIM, le groupe affirme avoir tué 14 soldats.", "claimed jnim")]
    public void A_claim_as_the_group_s_word(string text, string statement) =>
        Assert.Contains(statement, Statements(text));

    // A denial and the reason given for it are one statement.
    [Theory]
    [InlineData("The FLA denied any involvement, saying its fighters were nowhere near the town.")]
    [InlineData("Le FLA a démenti toute implication, assurant que ses combattants n'étaient pas sur place.")]
    public void A_denial_and_its_reason_are_one_statement(string text) =>
        Assert.Single(Statements(text), s => s == "denied fla");

    // Not claims, or not another's: a toll ("claimed the lives of"), a document attributed to a group, the agent of the deed
    // a group claims.
    [Theory]
    [InlineData("The JNIM attack claimed the lives of 20 soldiers.", "claimed jnim")]
    [InlineData("Le FLA affirme ne pas avoir mené cette attaque.", "claimed fla")]
    [InlineData("Amnesty said soldiers killed 30 men. Local VDP auxiliaries took part in the killings, the report said.", "claimed vdp")]
    [InlineData("« Nos combattants n'étaient pas dans la zone », assure un porte-parole du FLA.", "claimed fla")]
    // "the group" may stand for another group than the last one named: no denial for that one
    [InlineData("JNIM blamed the army and Dan Na Ambassagou for the killings.\n\"Our fighters did not enter those villages,\" the group said.", "denied dan-na-ambassagou")]
    [InlineData("Dans une revendication attribuée au JNIM, le groupe affirme avoir tué 14 soldats.", "blamed jnim")]
    [InlineData("Le JNIM a revendiqué l'attaque menée mardi par la katiba Macina.", "claimed katiba-macina")]
    public void What_is_not_a_claim(string text, string statement) =>
        Assert.DoesNotContain(statement, Statements(text));

    // The accused side calling the accusation false: "called the accusations baseless", "a qualifié ces accusations de
    // mensongères", "ووصف الجيش الاتهامات بأنها باطلة"; named, or resolved to the actor the story reported accused.
    [Theory]
    [InlineData("Residents accused the Malian army of killing 12 herders.\nThe army called the accusations baseless.", "denied fama")]
    [InlineData("Residents accused the Malian army of killing 12 herders.\nThe army described the allegations as false.", "denied fama")]
    [InlineData("Des habitants accusent l'armée malienne d'avoir tué 12 bergers.\nL'armée a qualifié ces accusations de mensongères.", "denied fama")]
    [InlineData("Des habitants accusent l'armée malienne d'avoir tué 12 bergers.\nLe gouvernement parle d'« accusations infondées ».", "denied fama")]
    [InlineData("اتهم سكان الجيش المالي بقتل ١٢ راعيا.\nووصف الجيش المالي هذه الاتهامات بأنها باطلة.", "denied fama")]
    [InlineData("اتهم سكان الجيش المالي بقتل ١٢ راعيا.\nواعتبر الجيش المالي أن هذه الاتهامات لا أساس لها من الصحة.", "denied fama")]
    [InlineData("Residents accused JNIM of the attack.\nJNIM said the accusations were \"lies\".", "denied jnim")]
    public void An_accusation_called_false_by_the_accused(string text, string statement) =>
        Assert.Contains(statement, Statements(text));

    // Not by the accusers or a third party: residents or a rights group calling something false deny nothing.
    [Theory]
    [InlineData("JNIM accused the army of the massacre.\nResidents said the army's accusations against the herders were false.")]
    [InlineData("Amnesty International said the army's report on the operation was false.")]
    public void An_accusation_called_false_by_others_is_no_denial(string text) =>
        Assert.DoesNotContain(Statements(text), s => s.StartsWith("denied", StringComparison.Ordinal));

    // A denial with no object, after the accusation it answers; the relative of the clause before; the accusers' account.
    [Theory]
    [InlineData("Des habitants accusent l'armée malienne d'avoir tué 12 bergers.\nBamako dément.", "denied fama")]
    [InlineData("Des habitants accusent l'armée malienne d'avoir tué 12 bergers.\nL'armée, elle, dément.", "denied fama")]
    [InlineData("Des habitants accusent le JNIM.\nLe JNIM, de son côté, dément formellement.", "denied jnim")]
    [InlineData("Des habitants accusent le JNIM.\nDémenti du JNIM.", "denied jnim")]
    [InlineData("Residents blamed JNIM.\nJNIM flatly denies.", "denied jnim")]
    [InlineData("أنباء عن اتهام جماعة نصرة الإسلام والمسلمين بالهجوم.\nالجماعة تنفي.", "denied jnim")]
    [InlineData("اتهم سكان الجيش المالي بقتل ١٢ راعيا.\nوهو ما ينفيه الجيش.", "denied fama")]
    [InlineData("Residents accused the Malian army of killing 12 herders.\nThe army rejected the version of events given by residents.", "denied fama")]
    [InlineData("Des habitants accusent l'armée malienne d'avoir tué 12 bergers.\nL'armée conteste cette version des faits.", "denied fama")]
    public void A_bare_denial_answers_the_accusation_before_it(string text, string statement) =>
        Assert.Contains(statement, Statements(text));

    // With no accusation before it, a bare denial says nothing.
    [Theory]
    [InlineData("The army has not commented. It later denied.")]
    public void A_bare_denial_with_nothing_to_answer_is_nothing(string text) =>
        Assert.DoesNotContain(Statements(text), s => s.StartsWith("denied", StringComparison.Ordinal));

    [Fact]
    public void A_group_s_bare_denial_has_no_speaker_but_itself()
    {
        var denial = Assert.Single(ClaimExtractor.Extract("Chad", "Chad blames FACT rebels for attack on army post; group denies", null).Responsibility,
            r => r.Polarity == ResponsibilityPolarity.Denied);
        Assert.Equal(("fact", (Attribution?)null), (denial.Actor, denial.By));
    }
}
