using Sahel.Diff.Claims;
using Sahel.Render;
using Xunit;

namespace Sahel.Tests.Diff;

/// <summary>
/// Session 16, round 35, responsibility: a headline names the speaking army ("Mali: army says…", "l'armée burkinabè dit avoir
/// neutralisé…", "الجيش المالي: تحييد…") where the text tells the deed as one branch of it (the air force, a rapid intervention
/// battalion, the gendarmerie). When the text claims that branch alone, the headline's claim is the branch's: one claim. Where
/// the text claims the army too, or the headline blames rather than claims, nothing is folded. Sentences written for these tests.
/// </summary>
public sealed class ClaimResponsibilityRound35Tests
{
    private static List<string> Read(string title, string text) =>
        ClaimExtractor.Extract(title, text, null).Responsibility.Select(r => $"{ClaimsJsonWriter.PolarityName(r.Polarity)} {r.Actor}").ToList();

    public static TheoryData<string, string, string, string> BranchAlone => new()
    {
        // the air force
        { "Mali : l'armée annonce avoir neutralisé 14 terroristes près de Niono",
          "Selon un communiqué de l'état-major général des armées, l'armée de l'air malienne a neutralisé 14 terroristes lors de frappes près de Niono.",
          "claimed ml-air-force", "claimed fama" },
        { "Mali's army says it killed 14 militants in strikes near Niono",
          "The general staff said in a statement that the Malian Air Force killed 14 militants in strikes on a camp near Niono.",
          "claimed ml-air-force", "claimed fama" },
        { "الجيش المالي يعلن مقتل ١٤ إرهابيا في غارات قرب نيونو",
          "أعلنت هيئة أركان الجيش المالي في بيان أن سلاح الجو المالي قتل ١٤ إرهابيا في غارات على معسكر قرب نيونو.",
          "claimed ml-air-force", "claimed fama" },
        // the rapid intervention battalion
        { "Burkina : l'armée dit avoir neutralisé 40 terroristes dans l'Est",
          "Les unités du Bataillon d'intervention rapide ont neutralisé 40 terroristes près de Fada N'Gourma, selon l'état-major.",
          "claimed bf-bir", "claimed bf-army" },
        { "Burkina army says it neutralised 40 fighters in the East",
          "Units of the Rapid Intervention Battalion neutralised 40 fighters near Fada N'Gourma, the general staff said.",
          "claimed bf-bir", "claimed bf-army" },
    };

    [Theory]
    [MemberData(nameof(BranchAlone))]
    public void TheHeadlinesArmy_IsTheOneBranchTheTextClaims(string title, string text, string expected, string unexpected)
    {
        var read = Read(title, text);
        Assert.Contains(expected, read);
        Assert.DoesNotContain(unexpected, read);
    }

    public static TheoryData<string, string, string> NotFolded => new()
    {
        // the text claims the army itself too: both stand
        { "Burkina : l'armée dit avoir neutralisé 40 terroristes dans l'Est",
          "Les forces armées burkinabè ont neutralisé 40 terroristes dans l'Est, selon l'état-major. Le Bataillon d'intervention rapide a également détruit deux bases terroristes.",
          "claimed bf-army" },
        { "Mali's army says it killed 14 militants near Niono",
          "The Malian armed forces killed 14 militants near Niono, the general staff said. The Malian Air Force also destroyed a depot in the area.",
          "claimed fama" },
        { "الجيش المالي يعلن مقتل ١٤ إرهابيا قرب نيونو",
          "أعلنت هيئة أركان الجيش المالي أن القوات المسلحة المالية قتلت ١٤ إرهابيا قرب نيونو. ودمر سلاح الجو المالي مخزنا للوقود في المنطقة.",
          "claimed fama" },
        // a headline's blame is not folded: the rights group may mean the army
        { "Rights group accuses Malian army of killing 20 civilians near Niono",
          "Residents said a Malian Air Force drone strike killed 20 civilians at a market. The general staff said the Malian Air Force killed 14 militants in the area.",
          "blamed fama" },
        // the headline claims and the text names no branch: the army's claim stands
        { "Mali : l'armée annonce avoir neutralisé 14 terroristes près de Niono",
          "L'état-major général des armées a précisé que l'opération s'est déroulée dans la nuit de samedi.",
          "claimed fama" },
    };

    [Theory]
    [MemberData(nameof(NotFolded))]
    public void TheTextClaimsTheArmyOrNoBranch_TheHeadlinesClaimStands(string title, string text, string expected) =>
        Assert.Contains(expected, Read(title, text));

    // (B) a group telling of a strike, the dead or another force's killing: the figure of people is not its deed
    [Theory]
    [InlineData("The FLA said the strike hit a livestock market near Kidal, killing 9 civilians.", "claimed fla")]
    [InlineData("The FLA said in a statement that the army had bombed a camp of herders near Kidal, killing 9 civilians.", "claimed fla")]
    [InlineData("Le FLA affirme que la frappe a tué neuf civils sur un marché près de Kidal.", "claimed fla")]
    [InlineData("Le FLA affirme que les victimes étaient des bergers et fait état de neuf morts.", "claimed fla")]
    [InlineData("وقالت جبهة تحرير أزواد إن الغارة أصابت سوقا قرب كيدال، ما أدى إلى مقتل تسعة مدنيين.", "claimed fla")]
    [InlineData("وقالت جبهة تحرير أزواد إن القتلى رعاة، مشيرة إلى سقوط تسعة قتلى.", "claimed fla")]
    public void AGroupTellingOfAStrikeOrTheDead_ClaimsNothing(string text, string unexpected) =>
        Assert.DoesNotContain(unexpected, ClaimStatements.Of(text));

    [Theory]
    // (B) negatives: the group's own deed
    [InlineData("The FLA said its fighters killed 9 soldiers near Kidal.", "claimed fla")]
    [InlineData("Le FLA affirme avoir tué neuf soldats près de Kidal.", "claimed fla")]
    [InlineData("وقالت جبهة تحرير أزواد إن مقاتليها قتلوا تسعة جنود قرب كيدال.", "claimed fla")]
    public void AGroupTellingOfItsOwnDeed_StillClaims(string text, string expected) =>
        Assert.Contains(expected, ClaimStatements.Of(text));
}
