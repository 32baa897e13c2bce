using Sahel.Diff.Claims;
using Sahel.Render;
using Xunit;

namespace Sahel.Tests.Diff;

/// <summary>
/// Session 8, round 13: statements missed whole, written out as paradigms in the three languages (where a denial's reach
/// ends, the quoted denial after a colon, …), each with what stays out; in sentences of our own, not the labelled stories'.
/// </summary>
public sealed class ClaimResponsibilityRound13Tests
{
    private static List<string> Statements(string text) => ClaimStatements.WithBlamer(text);

    [Theory]
    // a statement joined after a denial with its own verb of saying: the force's own account again
    [InlineData("L'armée nigérienne dément toute perte et affirme que ses unités ont tué une vingtaine de terroristes.", "claimed ne-fan by ")]
    [InlineData("Le ministère de la Défense dément ce bilan et assure que l'armée malienne a neutralisé quinze assaillants.", "claimed fama by ")]
    [InlineData("The Nigerian Army denied losing any soldier and said its troops had killed 31 insurgents.", "claimed ng-army by ")]
    [InlineData("ونفى الجيش المالي سقوط قتلى في صفوفه، وأكد أن وحداته قتلت ثمانية إرهابيين.", "claimed fama by ")]
    public void A_claim_after_a_denial_is_seen(string text, string statement) =>
        Assert.Contains(statement, Statements(text));

    [Theory]
    // the denial goes on: a participle, or no verb of saying of its own, or the figure told before the force
    [InlineData("L'armée malienne dément toute exaction, affirmant que dix civils ont été tués par les terroristes.", "fama")]
    [InlineData("The Nigerian Army denied the report and said 31 insurgents were killed by a rival faction.", "ng-army")]
    [InlineData("L'armée nigérienne dément toute perte et affirme que vingt terroristes ont été tués.", "ne-fan")]
    public void Not_a_claim_after_a_denial(string text, string actor) =>
        Assert.DoesNotContain(Statements(text), s => s.StartsWith($"claimed {actor} ", StringComparison.Ordinal));

    [Theory]
    // the denial says its no in a quote after a colon
    [InlineData("Des éleveurs accusent les Dozos d'avoir tué quatre bergers. Les Dozos démentent : « Nous n'étions pas à Diafarabé ce jour-là. »", "denied dozos by ")]
    [InlineData("Residents accused Koglweogo members of killing six herders. Koglweogo denied it: \"We only arrested thieves.\"", "denied koglweogo by ")]
    [InlineData("اتهم سكان محليون عناصر من متطوعي الدفاع عن الوطن بقتل خمسة رعاة. ونفى متطوعو الدفاع عن الوطن: «لم نطلق النار على أي مدني».", "denied vdp by ")]
    public void A_quoted_denial_after_a_colon_is_seen(string text, string statement) =>
        Assert.Contains(statement, Statements(text));

    [Theory]
    // a colon after another verb, or a denial of a figure, denies no deed
    [InlineData("Le JNIM affirme : « Nous avons tué vingt soldats. »", "jnim")]
    [InlineData("Koglweogo said: \"We arrested six thieves.\"", "koglweogo")]
    public void Not_a_denial_after_a_colon(string text, string actor) =>
        Assert.DoesNotContain(Statements(text), s => s.StartsWith($"denied {actor} ", StringComparison.Ordinal));

    [Theory]
    // the deed on people in the passive, its agent named, with or without a figure, past the agent's means
    [InlineData("Selon des habitants, plusieurs bergers ont été exécutés par des soldats de l'armée malienne.", "blamed fama by local")]
    [InlineData("Des habitants affirment que des villageois ont été tués par une frappe de drone de l'armée burkinabè.", "blamed bf-army by local")]
    [InlineData("Residents said some of the herders were shot by Koglweogo members.", "blamed koglweogo by local")]
    [InlineData("وقال سكان إن راعيين قتلا برصاص عناصر من الجيش المالي.", "blamed fama by local")]
    public void A_passive_deed_blames_its_agent(string text, string statement) =>
        Assert.Contains(statement, Statements(text));

    [Theory]
    // an army killing attackers is its operation; a means with no actor; a deed negated
    [InlineData("Selon des habitants, six assaillants ont été abattus par l'armée malienne.", "fama")]
    [InlineData("Residents said two farmers were killed by a roadside bomb near the Nigerian Army base.", "ng-army")]
    [InlineData("Des habitants affirment que les bergers n'ont pas été tués par des soldats de l'armée malienne.", "fama")]
    public void Not_a_passive_blame(string text, string actor) =>
        Assert.DoesNotContain(Statements(text), s => s.StartsWith($"blamed {actor} ", StringComparison.Ordinal));

    private static List<string> Interview(string title, string text) =>
        ClaimExtractor.Extract(title, text, null).Responsibility.Select(r => $"{ClaimsJsonWriter.PolarityName(r.Polarity)} {r.Actor} by {ClaimStatements.By(r.By?.Kind)}").ToList();

    [Theory]
    // the answer's blame is the interviewee's
    [InlineData("Entretien avec le préfet de Djibo", "Q : Qui a attaqué le convoi ?\nR : Des combattants de l'État islamique au Sahel ont tendu l'embuscade.", "blamed issp by government")]
    [InlineData("Interview: the mayor of Tillia", "Q: What happened on Friday?\nA: JNIM fighters attacked the market at noon and killed six traders.", "blamed jnim by local")]
    // a group's spokesman: the answer's first person is the group's claim; "your men" in a question is the group
    [InlineData("Entretien avec le porte-parole du FLA", "Q : Que s'est-il passé à Tessalit ?\nR : Nos combattants ont tué douze soldats et saisi trois véhicules.", "claimed fla by ")]
    [InlineData("Q&A with a JNIM spokesman", "Q: The army says your fighters killed nine civilians in Diapaga.\nA: That is a lie.", "blamed jnim by army")]
    [InlineData("Q&A with a JNIM spokesman", "Q: The army says your fighters killed nine civilians in Diapaga.\nA: That is a lie.", "denied jnim by ")]
    [InlineData("حوار مع الناطق باسم جبهة تحرير أزواد", "س: تقول الحكومة إن مقاتليكم قتلوا خمسة مدنيين قرب كيدال.\nج: هذا غير صحيح.", "denied fla by ")]
    // a governor answering for the state's force
    [InlineData("Entretien avec le gouverneur de Tillabéri", "Q : Des habitants accusent des soldats des FAN d'avoir tué deux bergers.\nR : C'est totalement faux.", "denied ne-fan by ")]
    public void An_interview_is_read(string title, string text, string statement) =>
        Assert.Contains(statement, Interview(title, text));

    [Theory]
    // a "no" about a figure, a "no" to a question that blamed someone else, a "no" that goes on to say more
    [InlineData("Q&A with a JNIM spokesman", "Q: The army says it killed forty of your fighters.\nA: Forty is a lie.", "jnim")]
    [InlineData("Entretien avec le maire de Tillia", "Q : L'armée accuse l'EIGS d'avoir tué six bergers.\nR : C'est faux.", "issp")]
    [InlineData("Q&A with a JNIM spokesman", "Q: The army says your fighters killed nine civilians in Diapaga.\nA: Never mind the army, our fighters were in Diapaga and killed nine militiamen.", "jnim")]
    public void Not_an_interview_denial(string title, string text, string actor) =>
        Assert.DoesNotContain(Interview(title, text), s => s.StartsWith($"denied {actor} ", StringComparison.Ordinal));

    [Theory]
    // a self-defence militia telling of the attackers it killed claims it, as a force does
    [InlineData("Les Koglweogo de Namsiguia affirment avoir abattu sept terroristes lors d'une attaque nocturne.", "claimed koglweogo by ")]
    [InlineData("A CJTF commander said his men killed five Boko Haram fighters near Bama.", "claimed cjtf by ")]
    [InlineData("وقال متطوعو الدفاع عن الوطن إنهم قتلوا تسعة إرهابيين في هجوم على قرية.", "claimed vdp by ")]
    public void A_militia_s_operation_is_its_claim(string text, string statement) =>
        Assert.Contains(statement, Statements(text));

    [Theory]
    // the attackers killed by someone else, a rebel group's figure of attackers
    [InlineData("The CJTF said five Boko Haram fighters were killed by the army near Bama.", "cjtf")]
    [InlineData("Le FLA affirme avoir tué sept terroristes de l'EIGS.", "fla")]
    public void Not_a_militia_s_claim(string text, string actor) =>
        Assert.DoesNotContain(Statements(text), s => s.StartsWith($"claimed {actor} ", StringComparison.Ordinal));

    [Theory]
    // the denial as the relative of the clause before: the one that clause told did it denies, and that clause blames
    [InlineData("Des habitants affirment que des soldats de l'armée burkinabè ont tué six bergers, ce que l'armée dément.", "denied bf-army by ")]
    [InlineData("Des habitants affirment que des soldats de l'armée burkinabè ont tué six bergers, ce que l'armée dément.", "blamed bf-army by local")]
    [InlineData("Residents said Koglweogo members killed four herders, which the militia denied.", "denied koglweogo by ")]
    [InlineData("وقال سكان إن عناصر من الجيش المالي قتلوا خمسة رعاة، وهو ما نفاه الجيش.", "denied fama by ")]
    public void A_relative_denial_answers_its_clause(string text, string statement) =>
        Assert.Contains(statement, Statements(text));

    [Theory]
    // the clause before names no doer: no one is cleared by name
    [InlineData("Des habitants affirment que six bergers ont été tués près du camp de l'armée burkinabè, ce que l'armée dément.", "bf-army")]
    public void Not_a_relative_denial_of_a_doer(string text, string actor) =>
        Assert.DoesNotContain(Statements(text), s => s.StartsWith($"blamed {actor} ", StringComparison.Ordinal));

    [Theory]
    // denying being a party to it; the Algerian army under its own name
    [InlineData("ونفت جبهة تحرير أزواد أن تكون عناصرها طرفا في الهجوم على القافلة.", "denied fla by ")]
    [InlineData("Le FLA nie avoir été partie prenante à l'attaque du convoi.", "denied fla by ")]
    [InlineData("Algeria's defence ministry said troops of the National People's Army had killed three terrorists near Bordj Badji Mokhtar.", "claimed dz-anp by ")]
    public void Round13_cells_are_read(string text, string statement) =>
        Assert.Contains(statement, Statements(text));

    [Theory]
    // the accused force saying it harmed no civilian: the accusation told after it, the accuser in a clause before it
    [InlineData("Chad's army said its strike had killed 14 terrorists on the islands and that no civilian was harmed. Fishermen's leaders blamed the Chadian army for the deaths of five fishermen.", "denied td-army by army")]
    [InlineData("وحمّلت جبهة تحرير أزواد الجيش المالي المسؤولية عن القصف، بينما أكد الجيش المالي في بيان أنه لم يستهدف أي مدني.", "denied fama by army")]
    public void The_accused_force_harmed_no_civilian(string text, string statement) =>
        Assert.Contains(statement, Statements(text));

    [Theory]
    // after a jihadist attack the same words deny nothing; the accuser speaking after the words is no force
    [InlineData("The army said no civilian was harmed when JNIM fighters attacked the base. Residents blamed JNIM for the attack.", "jnim")]
    public void Not_a_harmless_denial(string text, string actor) =>
        Assert.DoesNotContain(Statements(text), s => s.StartsWith($"denied {actor} ", StringComparison.Ordinal));

    [Theory]
    // suspicion with the suspects named first; the identity presumed in the conditional
    [InlineData("The police say Lakurawa militants are suspected.", "blamed lakurawa by security")]
    [InlineData("Selon un élu local, les ravisseurs seraient des éléments de l'EIGS.", "blamed issp by local")]
    [InlineData("وقال مسؤول محلي إن الخاطفين يرجح أنهم من جماعة أنصار الإسلام.", "blamed ansarul-islam by local")]
    public void A_suspicion_is_seen(string text, string statement) =>
        Assert.Contains(statement, Statements(text));

    [Theory]
    // suspects who are no group; the conditional with no group after it
    [InlineData("Two soldiers of the Nigerian Army are suspected of killing the herders, police said.", "ng-army")]
    [InlineData("Les ravisseurs seraient en route vers le Niger, selon un élu local.", "ne-fan")]
    public void Not_a_suspicion_blame(string text, string actor) =>
        Assert.DoesNotContain(Statements(text), s => s.StartsWith($"blamed {actor} ", StringComparison.Ordinal));
}
