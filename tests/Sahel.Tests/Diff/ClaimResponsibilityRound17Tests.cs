using Xunit;

namespace Sahel.Tests.Diff;

/// <summary>
/// Session 9, round 17: how a doer claims, written out as a paradigm in the three languages and independent of the verb
/// "claim" (a group's statement of its own results, an army's bulletin of its own operation, a claim relayed by an outlet,
/// the passive claim, a headline, a video or an audio message, a claim withdrawn), with sentences of our own; and what
/// stays out.
/// </summary>
public sealed class ClaimResponsibilityRound17Tests
{
    private static List<string> Statements(string text) => ClaimStatements.Of(text);

    [Theory]
    // a group's statement of its own results, its men as the doers
    [InlineData("Le JNIM affirme que ses combattants ont tué douze soldats près de Djibo.", "claimed jnim")]
    [InlineData("JNIM said its fighters had killed 12 soldiers near Djibo.", "claimed jnim")]
    [InlineData("وقالت جماعة نصرة الإسلام والمسلمين إن مقاتليها قتلوا ١٢ جنديا قرب جيبو.", "claimed jnim")]
    [InlineData("« Nos moudjahidines ont tué douze soldats », affirme le JNIM.", "claimed jnim")]
    [InlineData("ISWAP said its men had killed 12 soldiers near Damboa.", "claimed iswap")]
    [InlineData("Le JNIM affirme que ses hommes ont tué douze soldats près de Djibo.", "claimed jnim")]
    [InlineData("وقالت جماعة نصرة الإسلام والمسلمين إن عناصرها قتلوا ١٢ جنديا قرب جيبو.", "claimed jnim")]
    // the group's statement through its outlet
    [InlineData("ISWAP said in a statement carried by Amaq that its fighters had killed 20 soldiers.", "claimed iswap")]
    [InlineData("L'EIGS affirme, dans un communiqué relayé par Amaq, que ses combattants ont tué vingt soldats.", "claimed issp")]
    [InlineData("وقال تنظيم الدولة في الساحل عبر صحيفة النبأ إن مقاتليه قتلوا ٢٠ جنديا.", "claimed issp")]
    [InlineData("وقال تنظيم الدولة عبر وكالة أعماق إن مقاتليه قتلوا ٢٠ جنديا.", "claimed islamic-state")]
    // the group saying it killed, no men named
    [InlineData("JNIM said it had killed 12 soldiers near Djibo.", "claimed jnim")]
    [InlineData("Le JNIM affirme avoir tué douze soldats près de Djibo.", "claimed jnim")]
    [InlineData("وقالت جماعة نصرة الإسلام والمسلمين إنها قتلت ١٢ جنديا قرب جيبو.", "claimed jnim")]
    // in a video, in an audio message
    [InlineData("In a video released on Friday, a JNIM commander said the group's fighters had killed 12 soldiers.", "claimed jnim")]
    [InlineData("Dans un message audio, un porte-parole du JNIM affirme que ses combattants ont tué douze soldats.", "claimed jnim")]
    // the passive claim
    [InlineData("L'attaque a été revendiquée par le JNIM.", "claimed jnim")]
    [InlineData("The attack was claimed by JNIM.", "claimed jnim")]
    [InlineData("وهو الهجوم الذي تبنته جماعة نصرة الإسلام والمسلمين.", "claimed jnim")]
    public void A_group_claims_its_own_results(string text, string statement) =>
        Assert.Contains(statement, Statements(text));

    [Theory]
    // an army's bulletin of its own operation
    [InlineData("Les FAMa ont neutralisé dix-sept terroristes près de Boni.", "claimed fama")]
    [InlineData("The Malian army said its troops had killed 17 terrorists near Boni.", "claimed fama")]
    [InlineData("وقال الجيش المالي إن قواته قتلت ١٧ إرهابيا قرب بوني.", "claimed fama")]
    [InlineData("Burkina Faso's armed forces say they killed 100 terrorists.", "claimed bf-army")]
    [InlineData("L'armée burkinabè affirme avoir neutralisé une centaine de terroristes, selon un bulletin lu à la télévision publique.", "claimed bf-army")]
    public void An_army_claims_its_own_operation(string text, string statement) =>
        Assert.Contains(statement, Statements(text));

    [Theory]
    // someone else's account of a killing is a blame, never the doer's claim
    [InlineData("A resident said the Malian army killed five herders near Boni.", "claimed fama")]
    [InlineData("Selon des habitants, les FAMa ont tué cinq bergers près de Boni.", "claimed fama")]
    // a group telling of a killing another force did, named or not, claims nothing (round 17)
    [InlineData("JNIM said the army had killed five herders.", "claimed jnim")]
    [InlineData("Le JNIM affirme que l'armée a tué cinq bergers.", "claimed jnim")]
    [InlineData("وقالت جماعة نصرة الإسلام والمسلمين إن الجيش قتل خمسة رعاة.", "claimed jnim")]
    // a group's own losses blame the side they belonged to for nothing (round 17)
    [InlineData("ISWAP said its fighters had killed 29 \"Khawarij\", its term for Boko Haram members, and lost four of their own.", "blamed boko-haram")]
    [InlineData("L'EIGS affirme que ses combattants ont tué vingt « apostats », des membres du JNIM, et perdu trois des siens.", "blamed jnim")]
    [InlineData("وقال تنظيم الدولة في الساحل إن مقاتليه قتلوا ٢٧ من عناصر جماعة نصرة الإسلام والمسلمين وخسر ثلاثة من عناصره.", "blamed jnim")]
    // a group's men negated is its denial
    [InlineData("« Nos combattants n'étaient pas dans la zone », affirme le JNIM.", "claimed jnim")]
    public void Others_accounts_claim_nothing(string text, string statement) =>
        Assert.DoesNotContain(statement, Statements(text));

    [Theory]
    // the group still claims what its own men did, with an army named in the deed or its own losses after (round 17)
    [InlineData("JNIM said it attacked an army post and killed 12 soldiers.", "claimed jnim")]
    [InlineData("ISWAP said its fighters had killed 29 \"Khawarij\", its term for Boko Haram members, and lost four of their own.", "claimed iswap")]
    [InlineData("L'EIGS affirme que ses combattants ont tué vingt « apostats », des membres du JNIM, et perdu trois des siens.", "claimed issp")]
    [InlineData("وقال تنظيم الدولة في الساحل إن مقاتليه قتلوا ٢٧ من عناصر جماعة نصرة الإسلام والمسلمين وخسر ثلاثة من عناصره.", "claimed issp")]
    public void The_group_still_claims_its_own_deed(string text, string statement) =>
        Assert.Contains(statement, Statements(text));
}
