using Sahel.Diff.Claims;
using Xunit;
using static Sahel.Tests.Diff.ClaimTolls;

namespace Sahel.Tests.Diff;

/// <summary>
/// Session 14, round 27: tolls missed (the ClaimsSet README, "Session 14, round 27, tolls"): a count with the article after its
/// definite noun ("الجرحى التسعين", "the abduction of the five"), and a toll stated past the adjunct that names its victims ("the
/// toll among soldiers was 15"). Sentences written for these tests.
/// </summary>
public sealed class ClaimTollsRound27Tests
{
    [Theory]
    // Arabic: the number word with the article after a definite noun of people, after a toll noun or a verbal noun, or as a subject
    [InlineData("وأوضح الطبيب أن الجرحى الخمسين نقلوا إلى العاصمة.", TollKind.Wounded, 50)]
    [InlineData("وأكدت منظمة الصحة العالمية خطف الممرضين الأربعة، داعية إلى الإفراج عنهم.", TollKind.Kidnapped, 4)]
    [InlineData("وقال الجيش إن الجنود الستة مفقودون منذ الكمين.", TollKind.Missing, 6)]
    [InlineData("وشيع السكان جثامين الرعاة السبعة الذين قتلوا في الهجوم.", TollKind.Killed, 7)]
    // French and English: the count after a toll noun and "of the" / "des"
    [InlineData("Le gouverneur a confirmé l'enlèvement des cinq employés de l'ONG.", TollKind.Kidnapped, 5)]
    [InlineData("The governor confirmed the abduction of the five aid workers.", TollKind.Kidnapped, 5)]
    public void A_count_after_its_definite_noun_is_a_figure(string text, TollKind kind, int value) =>
        Assert.True(ReadsExactly(text, kind, value), Shown(text));

    [Theory]
    [InlineData("وقال الجيش إن الجنود الستة مفقودون منذ الكمين.", "soldiers")]
    [InlineData("وأكدت منظمة الصحة العالمية خطف الممرضين الأربعة، داعية إلى الإفراج عنهم.", "civilians")]
    public void The_definite_noun_says_who(string text, string victims) =>
        Assert.Equal(victims, Tolls(text).Single().Victims);

    [Theory]
    // a time, places, acts: the number word counts them, not people
    [InlineData("وقتل مدنيان خلال الأيام الثلاثة الماضية بحسب السكان.", 3)]
    [InlineData("وقتل أكثر من ألف شخص في الدول الثلاث هذا العام.", 3)]
    [InlineData("وأصيب جنديان في الهجمات الأربع على مواقع الجيش.", 4)]
    // the verb's definite object points back at people counted before ("killed the two men")
    [InlineData("وقالت جمعية إن المسلحين أعدموا الرهائن الخمسة بعد أسبوع.", 5)]
    [InlineData("The gunmen killed the five men before fleeing.", 5)]
    // the accused of a trial, counted by the definite number word, are no victims of the deed they are charged with
    [InlineData("ومثل المتهمون الثلاثة أمام المحكمة بتهمة قتل جنود.", 3)]
    public void A_definite_count_of_something_else_or_pointing_back_is_no_figure(string text, int value) =>
        Assert.DoesNotContain(Tolls(text), t => t.Count.Min == value && t.Count.Max == value);

    [Fact]
    public void A_part_after_the_group_closed_by_its_count() =>
        Assert.True(ReadsExactly("وقالت مصادر طبية إن من بين المصابين الأربعين ١٢ طفلا.", TollKind.Wounded, 40)
            && ReadsExactly("وقالت مصادر طبية إن من بين المصابين الأربعين ١٢ طفلا.", TollKind.Wounded, 12),
            Shown("وقالت مصادر طبية إن من بين المصابين الأربعين ١٢ طفلا."));

    [Theory]
    // the toll past the adjunct that says whose it is, closed by a copula or by a bound said with a verb
    [InlineData("A police source said the toll among officers was at least five.", 5, "soldiers")]
    [InlineData("A police source said the death toll among officers \"did not exceed five\".", 5, "soldiers")]
    [InlineData("Selon une source policière, le bilan des morts parmi les policiers « ne dépasse pas cinq ».", 5, "soldiers")]
    [InlineData("Selon une source policière, le nombre de morts parmi les policiers s'élève à cinq.", 5, "soldiers")]
    [InlineData("وقال مصدر أمني إن حصيلة القتلى في صفوف الشرطة \"لا تتجاوز خمسة\".", 5, "soldiers")]
    [InlineData("وقال مصدر أمني إن حصيلة القتلى في صفوف الشرطة بلغت خمسة.", 5, "soldiers")]
    public void A_toll_stated_past_its_victims_adjunct(string text, int value, string victims) =>
        Assert.Contains(Tolls(text), t => t.Kind == TollKind.Killed && (t.Count.Min == value || t.Count.Max == value) && t.Victims == victims);

    [Theory]
    // an adjunct holding a count or another toll word, or a verb of something else after it, states no toll
    [InlineData("The toll among officers who were wounded in March remains unclear; 12 are still in hospital.")]
    [InlineData("Le bilan des morts parmi les policiers inquiète les syndicats, qui comptent cinq grévistes.")]
    [InlineData("وقال مصدر إن حصيلة القتلى في صفوف الشرطة تثير قلق خمسة نواب.")]
    public void No_toll_stated_past_an_adjunct_of_something_else(string text) =>
        Assert.DoesNotContain(Tolls(text), t => t.Kind == TollKind.Killed && t.Count.Min == 5 || t.Kind == TollKind.Killed && t.Count.Min == 12);

    [Theory]
    // a part list ending on an Arabic dual, its own count and noun, as "trois femmes et deux enfants" and "three women and two children"
    [InlineData("قال مسؤولون محليون إن عشرة مدنيين قتلوا بينهم ثلاث نساء وطفلان.")]
    [InlineData("وأوضح رئيس البلدية أن من بين القتلى العشرة ثلاث نساء وطفلين.")]
    [InlineData("Selon des élus locaux, dix civils ont été tués, dont trois femmes et deux enfants.")]
    [InlineData("Local officials said ten civilians were killed, including three women and two children.")]
    public void A_dual_ending_a_part_list_is_two(string text) =>
        Assert.True(ReadsExactly(text, TollKind.Killed, 3) && ReadsExactly(text, TollKind.Killed, 2), Shown(text));

    [Fact]
    public void A_dual_joined_to_no_toll_is_no_count() =>
        Assert.DoesNotContain(Tolls("وقتل ثلاثة جنود في الهجوم. وزار الوزير المدينة ومعه مستشاران."), t => t.Count.Min == 2);
}
