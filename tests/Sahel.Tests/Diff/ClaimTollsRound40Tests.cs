using Sahel.Diff.Claims;
using Xunit;
using static Sahel.Tests.Diff.ClaimTolls;

namespace Sahel.Tests.Diff;

/// <summary>
/// Session 18, round 40 (the ClaimsSet README, "Session 18, round 40, tolls"): one Arabic person as the subject of a passive toll
/// verb ("أحد الجنود أصيب", "قُتل راكب", "سائق الشاحنة أصيب"), and a list of N names as a count of the dead. Sentences written for
/// these tests.
/// </summary>
public sealed class ClaimTollsRound40Tests
{
    [Theory]
    // "one of the X", before or after the verb
    [InlineData("وقال الجيش في بيان إن أحد الجنود قتل خلال الاشتباك مع المسلحين.", TollKind.Killed)]
    [InlineData("وأصيب أحد المزارعين بجروح في ساقه، بحسب سكان القرية.", TollKind.Wounded)]
    // the verb first, its indefinite singular subject after it
    [InlineData("وقتل راع في الهجوم على القرية فجر الأحد، وفق مصادر محلية.", TollKind.Killed)]
    [InlineData("أصيب مسافر بجروح خطيرة عندما فتح مسلحون النار على الحافلة.", TollKind.Wounded)]
    [InlineData("واختطف مهندس على الطريق المؤدي إلى المنجم، حسب الشركة.", TollKind.Kidnapped)]
    // the noun first, with its genitive or a "من" phrase
    [InlineData("قال سكان إن مؤذن المسجد قتل برصاص مسلحين مجهولين.", TollKind.Killed)]
    [InlineData("وأفادت مصادر طبية بأن سائق الشاحنة أصيب بجروح طفيفة.", TollKind.Wounded)]
    [InlineData("وقالت النقابة إن صحفيا من إذاعة خاصة قتل في الانفجار.", TollKind.Killed)]
    public void One_Arabic_person_as_the_subject_of_a_passive_toll_verb_is_a_toll_of_one(string text, TollKind kind)
    {
        Assert.True(ReadsExactly(text, kind, 1), Shown(text));
        Assert.Single(Tolls(text));
    }

    [Theory]
    // negatives: a thing "one of", a thing after the verb, a plural noun with its genitive, a doer with its object, a speaker
    [InlineData("وقال إن سيارة الإسعاف أصيبت بأضرار جسيمة في القصف.")]
    // two persons joined, a clause after the genitive
    [InlineData("واغتيل إمام وابنه برصاص مسلحين مجهولين.")]
    [InlineData("وقال قريب إن سائق الحافلة عثر عليه مصابا بالرصاص قرب الطريق.")]
    [InlineData("وأصيب مبنى البلدية بأضرار جسيمة في القصف.")]
    [InlineData("قال مسؤول محلي إن الهجوم ألحق أضرارا بالسوق.")]
    [InlineData("وقتل ركاب الحافلة في الكمين، بحسب شهود.")]
    public void No_one_person_where_the_noun_is_a_thing_a_plural_or_a_speaker(string text) =>
        Assert.False(ReadsExactly(text, TollKind.Killed, 1) || ReadsExactly(text, TollKind.Wounded, 1), Shown(text));

    [Fact]
    public void In_front_of_is_no_imam()
    {
        // "أمام" (in front of) and "إمام" (imam) are one word once the hamza is dropped
        const string text = "وخطف مسلحون طفلين أمام المدرسة، بحسب الأهالي.";
        Assert.False(ReadsExactly(text, TollKind.Kidnapped, 1), Shown(text));
    }

    [Fact]
    public void A_person_counted_before_is_not_one_more() =>
        Assert.False(ReadsExactly("قتل خمسة جنود، بينهم ضابط واحد، في الكمين.", TollKind.Killed, 1) && Tolls("قتل خمسة جنود، بينهم ضابط واحد، في الكمين.").Count > 2);

    [Theory]
    [InlineData("Une association de victimes a publié jeudi une liste de 73 noms.", 73)]
    [InlineData("A victims' collective released a list of 46 names on Monday.", 46)]
    [InlineData("ونشرت جمعية لأهالي الضحايا قائمة تضم ٣٩ اسما.", 39)]
    [InlineData("Les proches ont dressé une liste de 64 noms, dont 11 enfants.", 64)]
    public void A_list_of_names_is_a_count_of_the_dead(string text, int count)
    {
        Assert.True(ReadsExactly(text, TollKind.Killed, count), Shown(text));
    }

    [Theory]
    // negatives: a list of passengers, of candidates; a list whose people are said missing is read as missing
    [InlineData("La compagnie a publié la liste des 52 passagers du car.")]
    [InlineData("The party published a list of 40 candidates for the vote.")]
    public void A_list_of_no_names_is_no_toll(string text) => Assert.Empty(Tolls(text));

    [Fact]
    public void A_list_of_missing_people_keeps_its_kind()
    {
        const string text = "Des familles ont remis une liste de 57 personnes disparues depuis la reprise de la ville.";
        Assert.True(ReadsExactly(text, TollKind.Missing, 57), Shown(text));
        Assert.False(Reads(text, TollKind.Killed, 57), Shown(text));
    }

    [Fact]
    public void A_list_restating_a_count_given_before_is_the_same_toll()
    {
        const string text = "At least 24 men were executed, residents said. The association later published a list of 24 names, and blamed the army.";
        Assert.Single(Tolls(text));
    }
}
