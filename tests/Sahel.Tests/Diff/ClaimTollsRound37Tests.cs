using Sahel.Diff.Claims;
using Xunit;
using static Sahel.Tests.Diff.ClaimTolls;

namespace Sahel.Tests.Diff;

/// <summary>
/// Session 17, round 37 (the ClaimsSet README, "Session 17, round 37, tolls"): an earlier event dated by a month or a season
/// with its year and no day, in the forms the month-dated recall did not read. Sentences written for these tests.
/// </summary>
public sealed class ClaimTollsRound37Tests
{
    [Theory]
    // the Arabic opener with its conjunction, "وفي"/"وخلال", before a month and its year
    [InlineData("قتل أربعة جنود في كمين قرب الحدود، بحسب الجيش. وفي يونيو ٢٠٢١، قتل أكثر من ٤٠ مدنيا في المنطقة نفسها.", 40)]
    [InlineData("قتل أربعة جنود في كمين قرب الحدود، بحسب الجيش. وخلال أكتوبر ٢٠٢٣، خطف مسلحون ٢٥ مزارعا في القرية ذاتها.", 25)]
    // an Arabic event noun dated in the construct state, no preposition
    [InlineData("قتل أربعة جنود في كمين قرب الحدود، بحسب الجيش. ويذكّر الكمين بهجمات يناير ٢٠٢٢ التي خلفت نحو ستين قتيلا.", 60)]
    [InlineData("قتل أربعة جنود في كمين قرب الحدود، بحسب الجيش. وتعيد الحادثة إلى الذاكرة اشتباكات أبريل ٢٠٢٣ التي أسفرت عن مقتل ٣٥ شخصا.", 35)]
    // a season with its year, in the three languages
    [InlineData("قتل أربعة جنود في كمين قرب الحدود، بحسب الجيش. وكانت البلدة قد شهدت شتاء ٢٠٢٣ معارك خلفت عشرات القتلى.", -1)]
    [InlineData("Four soldiers were killed in an ambush near the border, the army said. The town saw heavy fighting in the summer of 2023 and again in winter 2024, when 45 people were killed.", 45)]
    [InlineData("Quatre soldats ont été tués dans une embuscade près de la frontière, selon l'armée. À l'hiver 2023, des combats ont fait 45 morts dans la même localité.", 45)]
    [InlineData("Quatre soldats ont été tués dans une embuscade près de la frontière, selon l'armée. L'été 2022, une attaque contre le marché a tué 38 personnes.", 38)]
    public void A_month_or_season_with_its_year_and_no_day_dates_another_event(string text, int recalled)
    {
        // today's four soldiers stay, the earlier event's figure (or vague count, -1) is not read
        Assert.True(ReadsExactly(text, TollKind.Killed, 4), Shown(text));
        Assert.False(recalled > 0 && Reads(text, TollKind.Killed, recalled), Shown(text));
        Assert.True(Tolls(text).Count == 1, Shown(text));
    }

    [Theory]
    // negatives: today's event dated by its day, in the three languages; a month or season with no year; "a été" before a figure
    [InlineData("وفي ١٢ مارس ٢٠٢٥، قتل ٤٠ مدنيا في هجوم على القرية، بحسب مصادر محلية.", 40)]
    [InlineData("قتل ٤٠ مدنيا في هجوم ١٢ مارس ٢٠٢٥ على القرية، بحسب مصادر محلية.", 40)]
    [InlineData("Le bilan de l'attaque du 12 mars 2025 a été porté à 40 morts, selon le gouverneur.", 40)]
    [InlineData("On March 12, 2025, gunmen killed 40 civilians in the village, residents said.", 40)]
    [InlineData("Quarante civils ont été tués cet été dans le village, selon des habitants.", 40)]
    [InlineData("This summer, gunmen killed 40 civilians in the village, residents said.", 40)]
    public void Today_s_event_dated_by_its_day_keeps_its_figure(string text, int value) =>
        Assert.True(ReadsExactly(text, TollKind.Killed, value), Shown(text));

    [Theory]
    // a recall heading and its colon: what follows is background, with or without a date the other rules read
    [InlineData("Trois gendarmes ont été tués lundi près du poste, selon l'armée.\nRappel : l'embuscade du 4 mai 2023 sur le même axe avait fait 26 morts selon des sources locales.", 26)]
    [InlineData("Trois gendarmes ont été tués lundi près du poste, selon l'armée.\nPour rappel : l'attaque contre le camp avait fait 31 morts selon un élu.", 31)]
    [InlineData("Three gendarmes were killed on Monday near the post, the army said.\nBackground: the ambush on the same road killed 26 people according to local sources.", 26)]
    [InlineData("Three gendarmes were killed on Monday near the post, the army said.\nReminder: gunmen abducted 31 travellers on this road, residents said.", 31)]
    [InlineData("قتل ثلاثة دركيين يوم الاثنين قرب المركز، بحسب الجيش.\nتذكير: قتل مسلحون ٢٦ شخصا على الطريق نفسه، بحسب مصادر محلية.", 26)]
    public void A_recall_heading_opens_background(string text, int recalled)
    {
        Assert.True(ReadsExactly(text, TollKind.Killed, 3), Shown(text));
        Assert.False(Reads(text, TollKind.Killed, recalled) || Reads(text, TollKind.Kidnapped, recalled), Shown(text));
    }

    [Theory]
    // negatives: no colon ("Pour rappel, …" may restate today's figure), another heading, the word inside a sentence
    [InlineData("Pour rappel, le bilan de l'attaque de lundi est de 12 morts, selon le gouverneur.", 12)]
    [InlineData("Bilan : 12 morts dans l'attaque de lundi, selon le gouverneur.", 12)]
    [InlineData("Le gouverneur a rappelé que l'attaque de lundi a fait 12 morts.", 12)]
    [InlineData("Update: twelve people were killed in the attack on the village, the governor said.", 12)]
    [InlineData("تحديث: قتل ١٢ شخصا في هجوم الاثنين، بحسب الحاكم.", 12)]
    public void Without_a_recall_heading_the_figure_stays(string text, int value) =>
        Assert.True(ReadsExactly(text, TollKind.Killed, value), Shown(text));
}
