using Xunit;

namespace Sahel.Tests.Diff;

/// <summary>
/// Session 12, round 23 (responsibility on the new registers of `dev11/`): a group saying it killed or took people, with or
/// without a figure and beside its own denial; a group named right after a pronoun's verb of saying; a joined subject before
/// "were responsible"; the rest of the paradigms of belonging and of putting a deed down to someone; someone else saying an
/// actor holds the hostages. Sentences of our own, in French, English and Arabic.
/// </summary>
public sealed class ClaimResponsibilityRound23Tests
{
    private static List<string> Statements(string text) => ClaimStatements.Of(text);

    private static List<string> WithBlamer(string text) => ClaimStatements.WithBlamer(text);

    [Theory]
    [InlineData("JNIM denied attacking the convoy and said it had killed four informants.")]
    [InlineData("JNIM said in a statement that it had killed militiamen near Dori.")]
    [InlineData("The governor blamed JNIM, which said it had killed \"collaborators\" and denied targeting farmers.")]
    [InlineData("Le JNIM a démenti avoir visé des civils et affirmé avoir tué des miliciens.")]
    [InlineData("Le JNIM affirme avoir tué des supplétifs près de Djibo.")]
    [InlineData("ونفت جماعة نصرة الإسلام والمسلمين استهداف المدنيين، مؤكدة أنها قتلت عناصر من الميليشيات.")]
    [InlineData("وقالت جماعة نصرة الإسلام والمسلمين إنها قتلت عناصر من الميليشيات.")]
    [InlineData("بثت جماعة نصرة الإسلام والمسلمين تسجيلا يظهر أربعة جنود قالت إنها أسرتهم قرب دوينتزا.")]
    public void A_group_saying_it_killed_claims_it(string text) =>
        Assert.Contains("claimed jnim", Statements(text));

    [Fact]
    public void A_group_saying_it_killed_claims_it_beside_its_denial() =>
        Assert.Contains("denied jnim", Statements("JNIM denied attacking the convoy and said it had killed four informants."));

    [Theory]
    // the army speaks after the group is named; the group's denial of a killing; the deed of another; a negation
    [InlineData("JNIM accused the army, which said it had killed 20 terrorists.", "claimed jnim")]
    [InlineData("JNIM denied that it had killed the herders.", "claimed jnim")]
    [InlineData("JNIM said the army had killed five herders.", "claimed jnim")]
    [InlineData("Le JNIM affirme n'avoir tué aucun civil.", "claimed jnim")]
    [InlineData("Residents said they had killed two of the attackers.", "claimed")]
    public void Saying_what_another_did_or_denying_it_claims_nothing(string text, string claim) =>
        Assert.DoesNotContain(Statements(text), s => s == claim || claim == "claimed" && s.StartsWith("claimed", StringComparison.Ordinal));

    [Theory]
    [InlineData("A Djibo resident spoke to his brother by phone. He said JNIM fighters also abducted three women near the well.", "blamed jnim by local")]
    [InlineData("The UN envoy spoke to reporters in Niamey. He said ISSP and JNIM were responsible for the killings.", "blamed jnim by un")]
    public void A_group_after_a_pronoun_s_verb_of_saying_is_what_is_said(string text, string statement)
    {
        var read = WithBlamer(text);
        Assert.Contains(statement, read);
        Assert.DoesNotContain(read, s => s.StartsWith("claimed", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("The UN envoy spoke to reporters in Niamey. He said ISSP and JNIM were responsible for the killings.", "blamed issp", "blamed jnim")]
    [InlineData("قال نائب إن الجيش المالي والفاغنر مسؤولان عن مقتل ثلاثة رعاة.", "blamed fama", "blamed wagner")]
    [InlineData("Selon le maire, l'EIGS et le JNIM sont responsables de ces tueries.", "blamed issp", "blamed jnim")]
    public void Each_one_of_a_joined_subject_before_responsible_is_blamed(string text, string first, string second)
    {
        var read = Statements(text);
        Assert.Contains(first, read);
        Assert.Contains(second, read);
    }

    [Fact]
    public void An_official_is_no_word_of_responsibility() =>
        Assert.DoesNotContain(Statements("قال مسؤول عن الأمن في المنطقة إن الجيش المالي انتشر في القرية."), s => s.StartsWith("blamed", StringComparison.Ordinal));

    [Fact]
    public void A_report_not_naming_who_is_responsible_says_nothing_of_a_claim() =>
        Assert.DoesNotContain("unclaimed ", Statements("وأشار التقرير إلى نزوح آلاف الأشخاص، ولم يحدد الجهة المسؤولة عن الهجمات."));

    [Theory]
    [InlineData("Deux commerçants ont été enlevés près de Djibo. Selon une source sécuritaire, les ravisseurs appartiendraient au JNIM.", "blamed jnim by security")]
    [InlineData("Le conseil des notables a condamné l'enlèvement de deux chefs, imputant l'acte à la katiba Macina.", "blamed katiba-macina")]
    [InlineData("La coordination des éleveurs a dénoncé la tuerie, attribuant l'attaque au JNIM.", "blamed jnim")]
    public void Belonging_and_putting_it_down_to_in_every_form_blame(string text, string statement) =>
        Assert.Contains(statement, statement.Contains(" by ", StringComparison.Ordinal) ? WithBlamer(text) : Statements(text));

    [Theory]
    [InlineData("A village chief said JNIM is holding the five herders near the border.", "blamed jnim by local")]
    [InlineData("Un chef de village affirme que le JNIM détient les cinq bergers depuis une semaine.", "blamed jnim by local")]
    [InlineData("وقال زعيم قبلي إن جماعة نصرة الإسلام والمسلمين تحتجزهم منذ أسبوع.", "blamed jnim by local")]
    public void Someone_else_saying_an_actor_holds_the_hostages_blames_it(string text, string statement) =>
        Assert.Contains(statement, WithBlamer(text));

    [Theory]
    [InlineData("JNIM said it is holding the five herders.", "claimed jnim")]
    [InlineData("Le JNIM affirme détenir les cinq bergers.", "claimed jnim")]
    public void A_group_saying_it_holds_them_still_claims(string text, string statement)
    {
        var read = Statements(text);
        Assert.Contains(statement, read);
        Assert.DoesNotContain(read, s => s.StartsWith("blamed", StringComparison.Ordinal));
    }

    [Fact]
    public void A_negated_holding_blames_no_one() =>
        Assert.DoesNotContain(Statements("A village chief said JNIM is not holding the herders."), s => s.StartsWith("blamed", StringComparison.Ordinal));

    [Theory]
    [InlineData("Dix soldats tchadiens ont été tués dans la nuit par des combattants de Boko Haram près de Bol, a annoncé le porte-parole de l'armée.", "blamed boko-haram by army")]
    [InlineData("A farmer said his two brothers had been kidnapped from their farm near Djenne by fighters of Katiba Macina.", "blamed katiba-macina by local")]
    [InlineData("Four traders were abducted on Sunday by Lakurawa fighters, a local chief said.", "blamed lakurawa by local")]
    public void A_time_or_a_place_before_the_agent_keeps_the_agent(string text, string statement) =>
        Assert.Contains(statement, WithBlamer(text));

    [Theory]
    // a second verb, or a clause of its own, between the deed and "by"
    [InlineData("Three herders were killed near Menaka and their cattle were taken by Dozo hunters, a chief said.")]
    [InlineData("Three herders were killed near Menaka, a week after a raid by Dozo hunters, a chief said.")]
    public void An_agent_past_a_second_clause_is_not_the_first_verb_s(string text) =>
        Assert.DoesNotContain(Statements(text), s => s == "blamed dozos");

    [Theory]
    [InlineData("Local volunteer defenders (VDP) said two of their men died pursuing the attackers.", "claimed vdp")]
    [InlineData("Les VDP de Kaya affirment que deux de leurs hommes sont morts en poursuivant les assaillants.", "claimed vdp")]
    [InlineData("وقالت جماعة نصرة الإسلام والمسلمين إن اثنين من عناصرها قتلا في الاشتباك.", "claimed jnim")]
    public void A_group_counting_its_own_dead_claims_nothing(string text, string claim) =>
        Assert.DoesNotContain(claim, Statements(text));

    [Fact]
    public void A_group_counting_the_dead_it_made_still_claims() =>
        Assert.Contains("claimed jnim", Statements("JNIM said its fighters killed 12 soldiers of the army near Boni."));

    [Theory]
    [InlineData("Five passengers were killed by gunmen who police say belong to JNIM.", "blamed jnim by security")]
    [InlineData("Cinq passagers ont été tués par des hommes armés, que les policiers disent appartenir au JNIM.", "blamed jnim by security")]
    [InlineData("قتل خمسة ركاب على يد مسلحين تقول الشرطة إنهم ينتمون إلى جماعة نصرة الإسلام والمسلمين.", "blamed jnim by security")]
    public void Doers_said_to_belong_to_a_group_are_its_men(string text, string statement) =>
        Assert.Contains(statement, WithBlamer(text));

    [Fact]
    public void Weapons_said_to_belong_to_an_army_are_no_doers() =>
        Assert.DoesNotContain(Statements("La police a saisi des armes que les enquêteurs disent appartenir au JNIM."), s => s.StartsWith("blamed", StringComparison.Ordinal));
}
