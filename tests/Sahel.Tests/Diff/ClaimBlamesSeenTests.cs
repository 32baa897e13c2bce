using Xunit;

namespace Sahel.Tests.Diff;

/// <summary>
/// Session 7, round 12: blames and claims seen at all, written out as a paradigm before reading dev (suspicion and
/// presumption, the deed's mode, the group as the attackers' identity, the agent of a nominal, the writer's own voice,
/// headlines), with what is not a blame; in sentences of our own, in forms no labelled story uses.
/// </summary>
public sealed class ClaimBlamesSeenTests
{
    private static List<string> Statements(string text) => ClaimStatements.WithBlamer(text);

    [Theory]
    // suspicion and presumption
    [InlineData("Des hommes armés présumés du JNIM ont incendié le marché de Diapaga, selon des habitants.", "blamed jnim by local")]
    [InlineData("Suspected ISWAP fighters torched a health centre in Gajiram, residents said.", "blamed iswap by local")]
    [InlineData("Alleged Boko Haram militants stormed the camp at dawn, a police spokesman said.", "blamed boko-haram by security")]
    [InlineData("وقال سكان إن مسلحين يشتبه في انتمائهم إلى تنظيم داعش هاجموا القرية.", "blamed islamic-state by local")]
    [InlineData("وقالت مصادر أمنية إنه يُرجح أن تكون جماعة نصرة الإسلام والمسلمين وراء الهجوم.", "blamed jnim by security")]
    // the deed's mode
    [InlineData("Selon une source sécuritaire, le mode opératoire rappelle celui de l'EIGS.", "blamed issp by security")]
    [InlineData("The modus operandi points to JNIM, a security source said.", "blamed jnim by security")]
    // the group as the attackers' identity
    [InlineData("Les assaillants, des éléments de l'EIGS, ont ouvert le feu sur la foule, a indiqué le maire.", "blamed issp by local")]
    [InlineData("The attackers, who belonged to Ansaru, fled towards the forest, police said.", "blamed ansaru by security")]
    [InlineData("وقال مسؤول محلي إن المهاجمين الذين ينتمون إلى جماعة بوكو حرام فروا نحو الغابة.", "blamed boko-haram by local")]
    // the agent of a passive or a nominal
    [InlineData("Le préfet a condamné l'attaque menée par le JNIM contre le poste de Tessit.", "blamed jnim by government")]
    [InlineData("An attack by JNIM militants on a convoy near Djibo killed eleven soldiers, the army said.", "blamed jnim by army")]
    [InlineData("وقال الجيش إن هجوما لتنظيم داعش على ثكنة أسفر عن مقتل جنديين.", "blamed islamic-state by army")]
    [InlineData("Le gouverneur a évoqué une attaque attribuée à l'EIGS.", "blamed issp by government")]
    [InlineData("The ambush was blamed on JNIM by security sources.", "blamed jnim by security")]
    [InlineData("L'embuscade est imputée au JNIM par l'armée.", "blamed jnim by army")]
    [InlineData("ونُسب الهجوم إلى تنظيم داعش.", "blamed islamic-state by ")]
    // the writer's own voice
    [InlineData("Tout indique que l'EIGS est derrière ce massacre.", "blamed issp by ")]
    [InlineData("All signs point to ISWAP.", "blamed iswap by ")]
    // the doers described, identified or linked
    [InlineData("Un porte-parole du gouvernement a décrit les ravisseurs comme des combattants d'Ansaroul Islam.", "blamed ansarul-islam by government")]
    [InlineData("Les ravisseurs, que la police identifie comme des membres de Boko Haram, ont exigé une rançon.", "blamed boko-haram by security")]
    [InlineData("A military spokesman described the gunmen as fighters of ISWAP.", "blamed iswap by army")]
    [InlineData("The governor has linked the abductions to Lakurawa.", "blamed lakurawa by government")]
    // the writer's own account of a group's attack: a blame with no one named
    [InlineData("Un poste de gendarmerie a été attaqué par des combattants de l'EIGS dans la nuit de lundi.", "blamed issp by ")]
    [InlineData("وأسفر هجوم مسلحي تنظيم داعش على الثكنة عن خسائر كبيرة.", "blamed islamic-state by ")]
    // the ones blamed singled out of a general noun
    [InlineData("Le rapport de l'ONG attribue ces enlèvements à des groupes armés, notamment Ansaroul Islam.", "blamed ansarul-islam by ngo")]
    [InlineData("Des habitants accusent des hommes armés, en particulier des combattants du JNIM, d'avoir brûlé les greniers.", "blamed jnim by local")]
    public void A_blame_is_seen(string text, string statement) =>
        Assert.Contains(statement, Statements(text));

    // Not a blame: a group merely mentioned, its past attacks, a group as the victim of another, a hypothesis denied.
    [Theory]
    [InlineData("La zone est connue pour la présence du JNIM depuis 2018.", "jnim")]
    [InlineData("JNIM has been active in the region for years, analysts say.", "jnim")]
    [InlineData("Des combattants de l'EIGS ont été tués par le JNIM lors d'affrontements, selon des sources locales.", "issp")]
    [InlineData("Le mode opératoire ne rappelle pas celui du JNIM, selon une source sécuritaire.", "jnim")]
    [InlineData("The governor described the attack as barbaric and said JNIM had been active in the area for years.", "jnim")]
    [InlineData("Un poste de gendarmerie n'a pas été attaqué par le JNIM, contrairement aux rumeurs.", "jnim")]
    [InlineData("Analyse : pourquoi les attaques de l'EIGS se multiplient dans le Liptako.", "issp")]
    [InlineData("Djibo : poste attaqué, attaque revendiquée par le JNIM.", "jnim")]
    public void Not_a_blame(string text, string actor) =>
        Assert.DoesNotContain(Statements(text), s => s.StartsWith($"blamed {actor} ", StringComparison.Ordinal));

    [Theory]
    [InlineData("Le JNIM a revendiqué l'attaque dans un message audio diffusé jeudi.", "claimed jnim by ")]
    [InlineData("ISWAP said it was behind the attack on the base in Malam Fatori.", "claimed iswap by ")]
    [InlineData("وأعلن تنظيم داعش مسؤوليته عن الهجوم في بيان.", "claimed islamic-state by ")]
    [InlineData("وأعلنت جماعة نصرة الإسلام والمسلمين مسؤوليتها عن الكمين.", "claimed jnim by ")]
    [InlineData("« Nos moudjahidines ont attaqué le camp de Boulkessi », affirme le JNIM dans un communiqué.", "claimed jnim by ")]
    [InlineData("Les otages sont toujours aux mains de l'EIGS, qui avait revendiqué l'enlèvement.", "claimed issp by ")]
    [InlineData("Ansaru, which had claimed the kidnapping, has not set a ransom.", "claimed ansaru by ")]
    [InlineData("Lakurawa said it had blown up a bridge near Tangaza.", "claimed lakurawa by ")]
    [InlineData("Le FLA affirme que ses unités ont attaqué un convoi de ravitaillement près de Tessalit.", "claimed fla by ")]
    [InlineData("A video released on Monday showed ISWAP fighters claiming the abduction of the teachers.", "claimed iswap by ")]
    public void A_claim_is_seen(string text, string statement) =>
        Assert.Contains(statement, Statements(text));

    // Not this story's claim: an earlier deed claimed in the pluperfect.
    [Theory]
    [InlineData("Le JNIM, qui avait revendiqué l'attaque de Tiloa en mars, n'a rien dit cette fois.", "jnim")]
    [InlineData("ISWAP, which had claimed a similar attack last year, has been silent.", "iswap")]
    [InlineData("JNIM had claimed the attack on Inates in 2019.", "jnim")]
    [InlineData("Un article a affirmé à tort que le JNIM avait revendiqué l'attaque.", "jnim")]
    public void Not_this_storys_claim(string text, string actor) =>
        Assert.DoesNotContain(Statements(text), s => s.StartsWith($"claimed {actor} ", StringComparison.Ordinal));
}
