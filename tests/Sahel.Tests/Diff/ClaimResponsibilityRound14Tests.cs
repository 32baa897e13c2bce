using Xunit;

namespace Sahel.Tests.Diff;

/// <summary>
/// Session 8, round 14: cells of statements missed whole that the ninth writer (dev8/) and at least one other writer
/// show, written out as paradigms in the three languages, each with what stays out; in sentences of our own, not the
/// labelled stories'.
/// </summary>
public sealed class ClaimResponsibilityRound14Tests
{
    private static List<string> Statements(string text) => ClaimStatements.WithBlamer(text);

    [Theory]
    // the deed's marks in the plural, whole or all of them: a hedged blame, as "porte la marque", "hallmarks" are
    [InlineData("L'attaque de jeudi contre le convoi porte les marques du JNIM.", "blamed jnim by ")]
    [InlineData("Pour la rédaction, l'embuscade de Tin-Akoff portait toutes les marques de l'EIGS.", "blamed issp by media")]
    [InlineData("Tuesday's ambush bears every mark of JNIM.", "blamed jnim by ")]
    [InlineData("The raid on the Kalumbu barracks bore all the marks of ISWAP, the police said.", "blamed iswap by security")]
    [InlineData("وقال محللون إن الهجوم يحمل كل سمات تنظيم الدولة في الساحل.", "blamed issp by ")]
    [InlineData("الكمين يحمل علامات جماعة نصرة الإسلام والمسلمين.", "blamed jnim by ")]
    public void The_marks_of_a_group_blame_it(string text, string statement) =>
        Assert.Contains(statement, Statements(text));

    [Theory]
    // marks that are not a deed's signature: a group bearing marks itself, marks with no one named
    [InlineData("JNIM bears the marks of the war on its fighters.")]
    [InlineData("Les corps portaient les marques de coups, selon un médecin.")]
    [InlineData("The walls of the school bear the marks of gunfire.")]
    public void Marks_that_name_no_doer_blame_no_one(string text) =>
        Assert.DoesNotContain(Statements(text), s => s.StartsWith("blamed ", StringComparison.Ordinal));

    [Theory]
    // a side of the conflict singling out another doer with a cleft, after its own denial or not, blames it
    [InlineData("Le GSIM affirme que c'est l'EIGS qui a commis la tuerie.", "blamed issp by armed-group")]
    [InlineData("ISWAP said it was JAS fighters who killed the fishermen.", "blamed boko-haram by armed-group")]
    [InlineData("Le FLA nie toute implication et assure que ce sont les hommes de l'armée malienne qui ont tiré.", "blamed fama by armed-group")]
    [InlineData("وقالت جماعة نصرة الإسلام والمسلمين إن عناصر تنظيم الدولة في الساحل هم من قتلوا الرعاة.", "blamed issp by armed-group")]
    // the doers named by a head noun before their group, and a short aside before the relative
    [InlineData("Tout indique que ce sont les combattants du JNIM, venus de la forêt, qui ont tiré.", "blamed jnim by ")]
    public void A_cleft_singles_out_the_doer(string text, string statement) =>
        Assert.Contains(statement, Statements(text));

    [Theory]
    // the speaker's own men in a cleft is its claim, not a blame; a relative past a second clause is not the cleft's
    [InlineData("Le JNIM affirme que ce sont ses combattants qui ont mené l'attaque.", "jnim")]
    [InlineData("ISWAP said it was its fighters who killed the soldiers.", "iswap")]
    [InlineData("Ce sont les habitants de Ménaka, et non l'EIGS, qui ont donné l'alerte.", "issp")]
    public void Not_a_blame_by_cleft(string text, string actor) =>
        Assert.DoesNotContain(Statements(text), s => s.StartsWith($"blamed {actor} ", StringComparison.Ordinal));
}
