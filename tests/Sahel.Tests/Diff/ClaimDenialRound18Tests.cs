using Xunit;

namespace Sahel.Tests.Diff;

/// <summary>
/// Session 10, round 18: denials and who blames, written out as paradigms in the three languages with sentences of our own
/// (never a story's): a force's claimed operation referred to again as "the strike" by those who say it hit civilians; the
/// group named again as "the group" denying; a denier accusing someone else on the way; a government denying for its own
/// army when only a foreign force was accused; a source or a firm named again blaming as the one named before; and what stays out.
/// </summary>
public sealed class ClaimDenialRound18Tests
{
    private static List<string> Statements(string text) => ClaimStatements.Of(text);
    private static List<string> WithBlamer(string text) => ClaimStatements.WithBlamer(text);

    [Theory]
    [InlineData("The Nigerian army said its jets had killed 30 ISWAP fighters near Damboa. Residents said the strike hit a market and killed 12 civilians.", "blamed ng-army by local")]
    [InlineData("L'armée malienne a annoncé que ses drones avaient neutralisé vingt terroristes près de Niono. Des habitants affirment que la frappe a touché un mariage et tué neuf civils.", "blamed fama by local")]
    [InlineData("أعلن الجيش المالي أن طائراته المسيرة قضت على عشرين إرهابيا قرب نيونو. وقال سكان إن الغارة أصابت حفل زفاف وقتلت تسعة مدنيين.", "blamed fama by local")]
    [InlineData("Niger's army said its aircraft had neutralised 40 terrorists near Tillia. A rights group said the air strike hit a village and killed 15 civilians.", "blamed ne-fan by ngo")]
    public void Those_who_say_the_forces_strike_hit_civilians_blame_the_force(string text, string statement) =>
        Assert.Contains(statement, WithBlamer(text));

    [Theory]
    // the force's own account of its strike, a security source confirming it, or attackers killed: no blame
    [InlineData("The Nigerian army said its jets had killed 30 ISWAP fighters near Damboa. A security source said the strike hit a meeting of commanders.")]
    [InlineData("The Nigerian army said its jets had killed 30 ISWAP fighters near Damboa. Residents said the strike killed at least 30 militants.")]
    [InlineData("L'armée malienne a annoncé que ses drones avaient neutralisé vingt terroristes. L'état-major précise que la frappe a touché un campement de terroristes.")]
    // no claimed operation before: "the strike" points back at nothing
    [InlineData("Residents said the strike hit a market and killed 12 civilians near Damboa.")]
    // fighters' places hit, before any civilian word
    [InlineData("The Nigerian army said its jets had killed 30 ISWAP fighters near Damboa. Residents said the strike hit a militant camp near their village.")]
    [InlineData("L'armée malienne a annoncé que ses drones avaient neutralisé vingt terroristes. Des habitants affirment que la frappe a touché un campement de jihadistes près du village.")]
    public void Without_a_claimed_operation_and_civilians_hit_there_is_no_such_blame(string text) =>
        Assert.DoesNotContain(WithBlamer(text), s => s.StartsWith("blamed", StringComparison.Ordinal));

    [Fact]
    public void The_force_blamed_in_words_of_its_own_keeps_that_blame_alone()
    {
        var statements = Statements("L'armée malienne a annoncé que ses frappes avaient neutralisé huit terroristes. Une ONG affirme que la frappe a touché un puits et tué sept civils. L'ONG tient l'armée de l'air malienne pour responsable.");
        Assert.DoesNotContain("blamed fama", statements);
    }

    [Theory]
    // the group named again as "the group" denies for the group the story accused
    [InlineData("Des éleveurs accusent le JNIM d'avoir volé leur bétail. Le groupe affirme ne « rien avoir à faire » avec ces vols.", "denied jnim")]
    [InlineData("Des éleveurs accusent le JNIM d'avoir volé leur bétail. Le groupe, joint par téléphone, affirme ne rien avoir à voir avec ces vols.", "denied jnim")]
    [InlineData("Herders accused JNIM of stealing their cattle. The group said it had nothing to do with the raids.", "denied jnim")]
    [InlineData("اتهم رعاة جماعة نصرة الإسلام والمسلمين بسرقة مواشيهم. لكن الجماعة قالت إنها لا علاقة لها بالسرقة.", "denied jnim")]
    // its men absent
    [InlineData("Le JNIM est revenu sur sa revendication de l'attaque du marché de Niono. Dans un nouveau message, le groupe affirme que « nos combattants n'étaient pas présents ».", "denied jnim")]
    public void The_group_named_again_denies_for_itself(string text, string statement) =>
        Assert.Contains(statement, Statements(text));

    [Theory]
    // the one the denier accuses on the way is not the one it clears
    [InlineData("اتهم سكان جماعة نصرة الإسلام والمسلمين بقتل أربعة رعاة. لكن الجماعة قالت إنها لا علاقة لها بالهجوم، متهمة ميليشيا دان نا أمباساغو بالوقوف وراءه.")]
    [InlineData("Residents accused JNIM of killing four herders near Boni. The group denied any role, accusing Dan Na Ambassagou of being behind the killings.")]
    [InlineData("Des habitants accusent le JNIM d'avoir tué quatre bergers. Le groupe a démenti toute implication, accusant la milice Dan Na Ambassagou.")]
    public void A_denier_accusing_another_clears_itself_not_the_other(string text)
    {
        var statements = Statements(text);
        Assert.Contains("denied jnim", statements);
        Assert.DoesNotContain("denied dan-na-ambassagou", statements);
        Assert.Contains("blamed dan-na-ambassagou", statements);
    }

    [Theory]
    // a chief saying soldiers were absent speaks for no one: no denial
    [InlineData("Des habitants accusent les FAMa d'avoir tué deux bergers. Le chef du village affirme que les soldats n'étaient pas présents ce jour-là.")]
    public void Absence_told_by_a_witness_is_no_denial(string text) =>
        Assert.DoesNotContain(Statements(text), s => s.StartsWith("denied", StringComparison.Ordinal));

    [Theory]
    [InlineData("Des familles accusent des éléments de l'Africa Corps d'avoir tué deux orpailleurs. Bamako a nié toute implication de ses forces.")]
    [InlineData("Une ONG accuse l'Africa Corps d'avoir exécuté vingt civils près de Niono. Le gouvernement malien a rejeté le rapport.")]
    [InlineData("Families accused the Africa Corps of killing two miners near the border. Mali's government denied any involvement of its forces.")]
    [InlineData("اتهمت عائلات عناصر من الفيلق الإفريقي بقتل منقبين اثنين. ونفت الحكومة المالية أي تورط لقواتها.")]
    public void A_government_denies_for_its_own_army_not_a_foreign_force(string text)
    {
        var statements = Statements(text);
        Assert.Contains("denied fama", statements);
        Assert.DoesNotContain("denied africa-corps", statements);
    }

    [Fact]
    public void The_foreign_force_denying_for_itself_stays_its_own_denial() =>
        Assert.Contains("denied africa-corps", Statements("Residents accused the Africa Corps of killing five herders. The Africa Corps denied any involvement in a statement on Telegram."));

    [Theory]
    [InlineData("قال مصدر أمني نيجري إن مسلحين اختطفوا ثلاثة عمال صينيين. ورجّح المصدر أن يكون الخاطفون من عناصر تنظيم الدولة الإسلامية في الساحل.", "blamed issp by security")]
    [InlineData("A Nigerien security source said gunmen abducted three Chinese workers from an oil site. The source said the kidnappers were probably members of ISSP.", "blamed issp by security")]
    [InlineData("Une source sécuritaire nigérienne a indiqué que des hommes armés ont enlevé trois ouvriers chinois. La source estime que les ravisseurs appartiennent à l'EIGS.", "blamed issp by security")]
    public void A_source_named_again_blames_as_the_one_named_before(string text, string statement) =>
        Assert.Contains(statement, WithBlamer(text));

    [Theory]
    // the deed denied in the infinitive or the gerund, by the one accused
    [InlineData("L'armée accuse le JNIM. Le JNIM a démenti avoir tiré sur le car.", "denied jnim")]
    [InlineData("L'armée accuse des terroristes du GSIM. Dans un message audio, le GSIM nie avoir attaqué le car.", "denied jnim")]
    [InlineData("The army blamed JNIM. JNIM denied having fired on the bus.", "denied jnim")]
    [InlineData("The army blamed JNIM for the attack. JNIM denied attacking the bus.", "denied jnim")]
    [InlineData("اتهم الجيش جماعة نصرة الإسلام والمسلمين. ونفت الجماعة إطلاق النار على الحافلة.", "denied jnim")]
    public void The_deed_denied_as_an_infinitive_or_a_gerund(string text, string statement) =>
        Assert.Contains(statement, Statements(text));

    [Theory]
    // round 16 stands: an event denied with nobody accused says nothing
    [InlineData("The army said the town of Boni had not fallen. It denied that the camp was attacked.")]
    [InlineData("L'armée dément que le camp ait été attaqué.")]
    public void An_event_denied_with_nobody_accused_says_nothing(string text) =>
        Assert.DoesNotContain(Statements(text), s => s.StartsWith("denied", StringComparison.Ordinal));

    [Theory]
    // a force's men named by their force as the doers, in each language
    [InlineData("قالت منظمة حقوقية إن جنودا من الجيش البوركينابي قتلوا ثلاثة وستين مدنيا في قرية قرب تيتاو.", "blamed bf-army by ngo")]
    [InlineData("A rights group said soldiers of the Burkinabe army killed at least 63 civilians.", "blamed bf-army by ngo")]
    [InlineData("Des habitants affirment que des soldats de l'armée burkinabè ont tué douze villageois.", "blamed bf-army by local")]
    // "people" killed by a force, as an NGO tells it
    [InlineData("Une ONG affirme que des soldats maliens ont exécuté au moins vingt-quatre hommes peuls.", "blamed fama by ngo")]
    // the men of the one joined ("et des éléments de l'Africa Corps")
    [InlineData("Une ONG affirme que des soldats maliens et des éléments de l'Africa Corps ont exécuté au moins vingt-quatre civils.", "blamed fama by ngo")]
    [InlineData("Une ONG affirme que des soldats maliens et des éléments de l'Africa Corps ont exécuté au moins vingt-quatre civils.", "blamed africa-corps by ngo")]
    public void A_forces_men_told_as_the_doers_blame_the_force(string text, string statement) =>
        Assert.Contains(statement, WithBlamer(text));

    [Theory]
    // the force's own dead named by their force, and the force's own operation: no blame
    [InlineData("قُتل جنديان من الجيش المالي في هجوم قرب بوني، بحسب مصدر أمني.")]
    [InlineData("L'armée malienne affirme avoir tué vingt-quatre personnes lors d'une opération.")]
    public void A_forces_own_dead_or_operation_blames_no_one(string text) =>
        Assert.DoesNotContain(Statements(text), s => s.StartsWith("blamed", StringComparison.Ordinal));

    [Theory]
    // the charge denied in Arabic by one who speaks for the accused
    [InlineData("اتهم سكان صيادي الدوزو بقتل سبعة رعاة. ونفى مسؤول في جمعية الدوزو التهمة.", "denied dozos")]
    [InlineData("Residents accused Dozo hunters of killing seven herders. An official of the Dozo association denied the charge.", "denied dozos")]
    public void The_charge_denied(string text, string statement) =>
        Assert.Contains(statement, Statements(text));
}
