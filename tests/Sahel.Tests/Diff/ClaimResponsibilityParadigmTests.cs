using Xunit;

namespace Sahel.Tests.Diff;

/// <summary>
/// Session 6, responsibility: each construction written out in the three languages (active, passive, nominal,
/// participial, reported speech, negated), in sentences of our own, most in forms no labelled story uses.
/// </summary>
public sealed class ClaimResponsibilityParadigmTests
{
    private static List<string> Statements(string text) => ClaimStatements.WithBlamer(text);

    // The agent of a passive deed, past the agent's men: "par des hommes de", "by fighters of", "على أيدي عناصر من", "من قبل".
    [Theory]
    [InlineData("Selon le maire, trois bergers ont été tués par des hommes de l'EIGS.", "blamed issp by local")]
    [InlineData("D'après une source sécuritaire, onze commerçants ont été enlevés par des combattants du JNIM.", "blamed jnim by security")]
    [InlineData("Six farmers were abducted by fighters of ISWAP on Monday, the governor said.", "blamed iswap by government")]
    [InlineData("A rights group said nine herders were killed by members of the Dozo militia.", "blamed dozos by ngo")]
    [InlineData("قال مسؤول محلي إن سبعة قرويين قتلوا على أيدي عناصر من جماعة نصرة الإسلام والمسلمين.", "blamed jnim by local")]
    [InlineData("وثقت منظمة العفو الدولية مقتل عشرين مدنيا في قرية قرب دوري الشهر الماضي على يد مقاتلين من تنظيم الدولة الإسلامية في الساحل.", "blamed issp by ngo")]
    [InlineData("أفادت الشرطة باختطاف ثلاثين طالبا من قبل مسلحين من جماعة لاكوراوا.", "blamed lakurawa by security")]
    // the attack itself in the passive, and who sent the attackers
    [InlineData("Selon le préfet, le poste de Bodo a été attaqué par des éléments de l'EIGS.", "blamed issp by government")]
    [InlineData("The convoy was ambushed by ISWAP fighters, a police spokesman said.", "blamed iswap by security")]
    [InlineData("The prosecutor said the two bombers had been sent by Boko Haram.", "blamed boko-haram by government")]
    [InlineData("Selon Amnesty International, les frappes ont été menées par l'armée de l'air malienne.", "blamed ml-air-force by ngo")]
    public void The_agent_of_a_passive_deed_is_blamed_by_whoever_tells_it(string text, string statement) =>
        Assert.Contains(statement, Statements(text));

    // A force's or a government's own account of a force's operation is no blame of that force.
    [Theory]
    [InlineData("Le ministère de la Défense a indiqué que les frappes ont été menées par l'armée de l'air malienne.")]
    [InlineData("The army said the raid was carried out by the Nigerian Air Force.")]
    public void A_force_s_own_operation_told_by_its_government_is_no_blame(string text) =>
        Assert.DoesNotContain(Statements(text), s => s.StartsWith("blamed", StringComparison.Ordinal));

    // Nouns naming the doers of the deed, not its victims, before a membership cue or a copula.
    [Theory]
    [InlineData("The police said the kidnappers were ISWAP fighters.", "blamed iswap by security")]
    [InlineData("Selon le gouverneur, les ravisseurs appartiennent au JNIM.", "blamed jnim by government")]
    [InlineData("Selon des habitants, les tueurs étaient des combattants de l'EIGS.", "blamed issp by local")]
    [InlineData("The prosecutor said the defendants belonged to Boko Haram.", "blamed boko-haram by government")]
    [InlineData("Le procureur a affirmé que les prévenus faisaient partie de la katiba Macina.", "blamed katiba-macina by government")]
    [InlineData("قال مصدر أمني إن الخاطفين ينتمون إلى تنظيم الدولة الإسلامية في الساحل.", "blamed issp by security")]
    [InlineData("وقالت النيابة العامة إن المتهمين ينتمون إلى جماعة بوكو حرام.", "blamed boko-haram by government")]
    [InlineData("The governor said the men were members of Lakurawa.", "blamed lakurawa by government")]
    public void The_doers_named_by_membership_are_blamed(string text, string statement) =>
        Assert.Contains(statement, Statements(text));

    // The victims' membership is no blame: "the dead were members of the VDP" names whose the dead were.
    [Theory]
    [InlineData("The mayor said the two herders were members of the VDP.")]
    [InlineData("Selon le maire, les victimes appartenaient aux VDP.")]
    public void The_victims_membership_is_no_blame(string text) =>
        Assert.DoesNotContain(Statements(text), s => s.StartsWith("blamed", StringComparison.Ordinal));

    // A speaker left implicit (a pronoun, an Arabic verb of saying with "أن") is the subject of the sentence before.
    [Theory]
    [InlineData("The governor of Borno visited the village on Monday. He said the abductors were ISWAP fighters.", "blamed iswap by government")]
    [InlineData("Le chef de canton a reçu notre correspondant. Il affirme que les ravisseurs sont des combattants de Boko Haram.", "blamed boko-haram by local")]
    [InlineData("Amnesty International published its findings on Tuesday. It said the killers were members of the Dozo militia.", "blamed dozos by ngo")]
    [InlineData("زار والي الولاية القرية المنكوبة يوم الاثنين. وأضاف أن المهاجمين ينتمون إلى جماعة لاكوراوا.", "blamed lakurawa by government")]
    public void An_implicit_speaker_is_the_subject_of_the_sentence_before(string text, string statement) =>
        Assert.Contains(statement, Statements(text));

    // A claim of other events: earlier ones in the pluperfect past adverbs, a bare year, "previous", a count of attacks.
    [Theory]
    [InlineData("JNIM has claimed previous attacks in the area, but not this one.")]
    [InlineData("Le JNIM a revendiqué en 2024 plus de 200 attaques dans la région.")]
    [InlineData("L'EIGS avait déjà revendiqué des attaques précédentes contre ce poste.")]
    [InlineData("ISWAP has claimed dozens of attacks on army bases, analysts note.")]
    [InlineData("The group had, after all, claimed the March 2024 raids on the same town.")]
    [InlineData("تبنت جماعة نصرة الإسلام والمسلمين عشرات الهجمات في المنطقة.")]
    [InlineData("وتبنت جماعة نصرة الإسلام والمسلمين هجمات سابقة على المعسكر نفسه.")]
    public void A_claim_of_other_events_is_not_this_one_s(string text) =>
        Assert.DoesNotContain(Statements(text), s => s.StartsWith("claimed", StringComparison.Ordinal));

    [Theory]
    [InlineData("Le JNIM a revendiqué l'attaque du 12 mars 2025 contre le poste de Boni.", "claimed jnim by ")]
    [InlineData("JNIM claimed the attack on Tuesday.", "claimed jnim by ")]
    [InlineData("تبنت جماعة نصرة الإسلام والمسلمين الهجوم على المعسكر.", "claimed jnim by ")]
    // the reflexive in its compound tenses
    [InlineData("L'EIGS s'est attribué l'embuscade de Tillia.", "claimed issp by ")]
    [InlineData("Les combattants du JNIM se sont attribué l'attaque.", "claimed jnim by ")]
    // a possessive makes the lower-case name a common noun
    [InlineData("Le JNIM a revendiqué l'attaque sur sa plateforme de propagande.", "claimed jnim by ")]
    public void This_event_s_claim_is_still_read(string text, string statement) =>
        Assert.Contains(statement, Statements(text));

    [Fact]
    public void A_possessed_common_noun_is_no_group() =>
        Assert.DoesNotContain(Statements("Le JNIM a revendiqué l'attaque sur sa plateforme de propagande."), s => s.Contains("plateforme", StringComparison.Ordinal));

    // A sentence that reports speech without naming its speaker (a relay, a pronoun) goes on with the speaker before.
    [Theory]
    [InlineData("قال مصدر أمني إن دورية تعرضت لكمين قرب كانتشاري. ونقلت الإذاعة عن المصدر قوله إن عناصر جماعة نصرة الإسلام والمسلمين هم من نصبوا الكمين.", "blamed jnim by security")]
    [InlineData("A police officer said a patrol was ambushed near Kantchari. The station quoted him as saying it was JNIM fighters who set the ambush.", "blamed jnim by security")]
    [InlineData("Le préfet de Tillabéri s'est rendu à Tillia mardi. Interrogé sur place, il tient l'EIGS pour responsable de l'embuscade.", "blamed issp by government")]
    [InlineData("سئل الوالي عن الجهة التي تقف وراء الهجوم. فأجاب أن عناصر جماعة نصرة الإسلام والمسلمين هم من نفذوه.", "blamed jnim by government")]
    public void A_relayed_or_pronoun_speaker_goes_on_from_the_sentence_before(string text, string statement) =>
        Assert.Contains(statement, Statements(text));

    [Fact]
    public void The_writer_s_own_voice_is_not_the_speaker_before() =>
        Assert.DoesNotContain("blamed issp by local", Statements("Le maire a parlé de douze morts. Tout le monde sait que c'est l'EIGS qui a fait le coup."));

    // "without" and a verb of naming: the speaker named no one, which is no statement that no one claimed it.
    [Theory]
    [InlineData("وقالت الوزارة إن خمسة مهاجمين قتلوا، من دون أن تحدد الجهة التي تقف وراء الهجوم.")]
    [InlineData("The ministry said five attackers were killed, without saying who was behind the raid.")]
    [InlineData("Le ministère a fait état de cinq assaillants tués, sans préciser qui est derrière l'attaque.")]
    public void Without_naming_who_was_behind_is_not_unclaimed(string text) =>
        Assert.DoesNotContain(Statements(text), s => s.StartsWith("unclaimed", StringComparison.Ordinal));

    [Theory]
    [InlineData("No group has said it was behind the raid.")]
    [InlineData("ولم تعلن أي جهة أنها تقف وراء الهجوم.")]
    public void Nobody_saying_it_was_behind_is_still_unclaimed(string text) =>
        Assert.Contains(Statements(text), s => s.StartsWith("unclaimed", StringComparison.Ordinal));

    // A group's word before a toll claims it only when the group did it: not when its own men are the victims, nor when
    // the killing is another deed's result.
    [Theory]
    [InlineData("The Azawad Liberation Front said an air strike on a market had killed nine traders.")]
    [InlineData("Le FLA affirme qu'une frappe de drone a tué sept bergers près d'Anéfis.")]
    [InlineData("قالت جبهة تحرير أزواد إن غارة جوية على سوق قتلت تسعة تجار.")]
    [InlineData("The local paper, quoting the governor, reported 12 soldiers and VDP killed in the ambush.")]
    public void A_toll_that_is_not_the_group_s_deed_is_no_claim(string text) =>
        Assert.DoesNotContain(Statements(text), s => s.StartsWith("claimed", StringComparison.Ordinal));

    [Theory]
    [InlineData("The Azawad Liberation Front said its strike on the convoy had killed nine soldiers.", "claimed fla by ")]
    [InlineData("Le FLA affirme que ses frappes ont tué sept soldats près d'Anéfis.", "claimed fla by ")]
    [InlineData("JNIM said it killed 14 soldiers near Boni.", "claimed jnim by ")]
    public void The_group_s_own_deed_is_still_its_claim(string text, string statement) =>
        Assert.Contains(statement, Statements(text));

    // A frame ("Pour X,", "For X,", "Pour lui,") and an identification ("il s'agit de", "the work of", "الأمر يتعلق بـ").
    [Theory]
    [InlineData("Pour le maire, l'attaque est l'œuvre de l'EIGS.", "blamed issp by local")]
    [InlineData("For the governor, the raid was the work of ISWAP.", "blamed iswap by government")]
    [InlineData("Le préfet de Téra s'est rendu sur place. Pour lui, l'embuscade est l'œuvre du JNIM.", "blamed jnim by government")]
    [InlineData("Selon le préfet, il s'agirait plutôt de la branche rivale, l'EIGS.", "blamed issp by government")]
    [InlineData("Selon des habitants, il s'agissait sans doute du JNIM.", "blamed jnim by local")]
    [InlineData("وقال مسؤول محلي إن الأمر يتعلق بجماعة نصرة الإسلام والمسلمين.", "blamed jnim by local")]
    public void A_framed_identification_is_a_blame_by_whose_view_it_gives(string text, string statement) =>
        Assert.Contains(statement, Statements(text));

    [Fact]
    public void An_identification_of_something_else_blames_no_one() =>
        Assert.DoesNotContain(Statements("Selon le maire, il s'agit de la troisième attaque depuis que le JNIM contrôle la zone."), s => s.StartsWith("blamed jnim", StringComparison.Ordinal));

    // The accused deny for themselves, not for the group they are said to belong to.
    [Theory]
    [InlineData("Prosecutors say the defendants belong to Boko Haram; they deny the charges.")]
    [InlineData("Selon le parquet, les prévenus appartiennent au JNIM. Les prévenus, eux, ont nié toute participation.")]
    [InlineData("The court heard that the bombers were sent by ISWAP. Two of the defendants denied any role in the attack.")]
    public void The_accused_deny_for_themselves(string text) =>
        Assert.DoesNotContain(Statements(text), s => s.StartsWith("denied", StringComparison.Ordinal));

    [Fact]
    public void A_group_s_own_denial_is_still_read() =>
        Assert.Contains("denied boko-haram by ", Statements("Prosecutors say the defendants belong to Boko Haram. Boko Haram denied any role in the attack."));
}
