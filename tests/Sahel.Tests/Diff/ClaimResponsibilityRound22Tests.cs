using Xunit;

namespace Sahel.Tests.Diff;

/// <summary>
/// Session 11, round 22 (responsibility on the new registers of `dev10/`): an army's "our forces" in its own post or quote;
/// the one accused as an Arabic verb's suffix or a French or English object pronoun; a force's statement read on television;
/// the agent of a passive a group tells of its own men's loss; an adverb between the doers and their deed. Sentences of our
/// own, in French, English and Arabic.
/// </summary>
public sealed class ClaimResponsibilityRound22Tests
{
    private static List<string> Statements(string text) => ClaimStatements.Of(text);

    private static List<string> WithBlamer(string text) => ClaimStatements.WithBlamer(text);

    [Theory]
    [InlineData("« Nos forces ont repoussé une attaque contre le poste et ont neutralisé une vingtaine d'assaillants », écrit l'armée nigérienne sur sa page.", "claimed ne-fan")]
    [InlineData("Le porte-parole de l'armée tchadienne a annoncé la mort de six soldats. « Nos forces ont riposté et abattu douze terroristes », a-t-il ajouté.", "claimed td-army")]
    [InlineData("\"Our forces killed 14 terrorists,\" Nigeria's army spokesman said.", "claimed ng-army")]
    [InlineData("قال الجيش المالي في منشور: \"تمكنت قواتنا من تحييد عشرين إرهابيا\".", "claimed fama")]
    public void Our_forces_in_an_army_s_own_words_claim_its_operation(string text, string statement) =>
        Assert.Contains(statement, Statements(text));

    [Fact]
    public void Our_forces_in_a_minister_s_words_are_no_army_s_claim() =>
        Assert.DoesNotContain(Statements("« Nos forces ont neutralisé une vingtaine de terroristes », a déclaré le ministre de la Communication."), s => s.StartsWith("claimed", StringComparison.Ordinal));

    [Theory]
    [InlineData("وكان تنظيم الدولة الإسلامية في الساحل قد تبنى الهجوم، واتهمته الحكومة في بيانها بتنفيذه.", "blamed issp by government")]
    [InlineData("تبنت جماعة نصرة الإسلام والمسلمين الهجوم، واتهمتها السلطات المحلية بتنفيذه.", "blamed jnim by local")]
    [InlineData("Le JNIM a revendiqué l'attaque, et le gouvernement l'a accusé d'avoir tué des civils.", "blamed jnim by government")]
    [InlineData("JNIM claimed the attack, and the government accused it of killing civilians.", "blamed jnim by government")]
    public void The_one_accused_as_a_pronoun_is_the_actor_named_before(string text, string statement) =>
        Assert.Contains(statement, WithBlamer(text));

    [Theory]
    // "them" are men, not the group in their deed; a name after the suffix is in the deed
    [InlineData("اعتقل الجيش ثلاثة رجال، واتهمهم بالتعاون مع تنظيم الدولة.")]
    [InlineData("واتهمته الحكومة بالتعاون مع الجيش المالي.")]
    public void A_suffixed_accusation_blames_no_name_in_its_deed(string text) =>
        Assert.DoesNotContain(Statements(text), s => s.StartsWith("blamed", StringComparison.Ordinal));

    [Theory]
    [InlineData("Niger's army said its units had killed more than 40 militants, in a statement read on state television.", "claimed ne-fan")]
    [InlineData("Niger's army said its units had killed more than 40 militants in a statement broadcast on national radio.", "claimed ne-fan")]
    [InlineData("L'armée nigérienne a affirmé que ses unités avaient neutralisé une quarantaine de terroristes, dans un communiqué lu à la télévision nationale.", "claimed ne-fan")]
    [InlineData("وقال الجيش النيجري في بيان بثه التلفزيون الرسمي إن وحداته قتلت أكثر من أربعين مسلحا.", "claimed ne-fan")]
    public void A_force_s_statement_read_on_television_is_still_its_own(string text, string statement) =>
        Assert.Contains(statement, Statements(text));

    [Theory]
    [InlineData("The Dozo association said nine of its members were killed by soldiers of the Malian army.", "blamed fama by armed-group")]
    [InlineData("L'association des chasseurs dozos affirme que neuf de ses membres ont été tués par des soldats des FAMa.", "blamed fama by armed-group")]
    [InlineData("JNIM said five of its fighters were killed by Russian mercenaries of Africa Corps.", "blamed africa-corps by armed-group")]
    public void A_group_telling_of_its_men_killed_by_another_blames_the_agent(string text, string statement)
    {
        var read = WithBlamer(text);
        Assert.Contains(statement, read);
        Assert.DoesNotContain(read, s => s.StartsWith("claimed", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("JNIM said five of its fighters were killed in the clashes.")]
    [InlineData("Le JNIM affirme que cinq de ses combattants ont été tués lors des combats.")]
    public void A_group_s_loss_with_no_agent_blames_no_one(string text) =>
        Assert.DoesNotContain(Statements(text), s => s.StartsWith("blamed", StringComparison.Ordinal));

    [Theory]
    [InlineData("The mayor said JNIM fighters had also abducted a teacher.", "blamed jnim by local")]
    [InlineData("وقال رئيس البلدية إن عناصر من جماعة نصرة الإسلام والمسلمين اختطفوا أيضا معلما.", "blamed jnim by local")]
    public void An_adverb_between_the_doers_and_their_deed(string text, string statement) =>
        Assert.Contains(statement, WithBlamer(text));

    [Fact]
    public void An_adverb_before_no_deed_blames_no_one() =>
        Assert.DoesNotContain(Statements("The mayor said JNIM fighters had also been seen near the market."), s => s.StartsWith("blamed", StringComparison.Ordinal));
}
