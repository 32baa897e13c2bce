using Sahel.Diff.Claims;
using Xunit;

namespace Sahel.Tests.Diff;

/// <summary>
/// Session 19's toll sources (round 42): scope rules for a speaker named in another clause than the figure. Sentences written
/// for these tests.
/// </summary>
public sealed class ClaimSourceRound42Tests
{
    private static SourceKind? SourceOf(string title, string text, string count) =>
        ClaimExtractor.Extract(title, text, null).Tolls.LastOrDefault(t => t.Count.Display == count)?.Source?.Kind;

    [Theory]
    // (a) a second account opened by a contrast after a comma: its speaker's cue attributes what follows it, not the figure
    // just before the contrast, which keeps the first account's speaker
    [InlineData("Attack", "The army put the toll at 14 dead and 30 injured, while residents said 41 people died.", "30", SourceKind.Army)]
    [InlineData("Attack", "The army said 14 soldiers were killed and 30 injured, but residents said 41 people died.", "30", SourceKind.Army)]
    [InlineData("Attack", "The governor said 14 civilians were killed and 30 injured, whereas local leaders spoke of 41 dead.", "30", SourceKind.Government)]
    [InlineData("Attaque", "Le gouverneur a fait état dimanche soir, dans un communiqué lu à la radio, de 14 morts parmi les villageois du secteur et de 30 blessés, mais des habitants affirment que 41 personnes ont péri.", "30", SourceKind.Government)]
    [InlineData("هجوم", "أعلنت وزارة الدفاع في بيان مساء الأحد مقتل ١٤ جنديا في الهجوم على الموقع العسكري قرب الحدود وفقدان ٣، في حين قال سكان إن ٤١ شخصا قتلوا.", "3", SourceKind.Government)]
    public void A_figure_before_a_second_account_keeps_the_first_speaker(string title, string text, string count, SourceKind kind) =>
        Assert.Equal(kind, SourceOf(title, text, count));

    [Theory]
    // guards and negatives: the second account's own figure is its speaker's; a trailing cue past an aside after the contrast
    // still reaches back ("…, while four were wounded, the mayor said"); no contrast, the nearest cue as before
    [InlineData("Attack", "The army said 14 soldiers were killed and 30 injured, while residents said 41 people died.", "41", SourceKind.Local)]
    // read before this round too: a figure inside the first speaker's "que"/"إن" clause is that speaker's (Reporting)
    [InlineData("Attaque", "Le gouverneur a indiqué que 14 civils ont été tués et 30 blessés, mais des habitants affirment que 41 personnes ont péri.", "30", SourceKind.Government)]
    [InlineData("Attaque", "Le gouverneur a indiqué que 14 civils ont été tués et 30 blessés, alors que des habitants affirment que 41 personnes ont péri.", "30", SourceKind.Government)]
    [InlineData("هجوم", "قال الجيش إن ١٤ جنديا قتلوا وأصيب ٣٠ آخرون، في حين قال سكان إن ٤١ شخصا قتلوا.", "30", SourceKind.Army)]
    [InlineData("هجوم", "قال المحافظ إن ١٤ مدنيا قتلوا وأصيب ٣٠ آخرون، غير أن سكانا قالوا إن ٤١ شخصا قتلوا.", "30", SourceKind.Government)]
    [InlineData("Attaque", "Le gouverneur a indiqué que 14 civils ont été tués, tandis que des habitants parlent de 41 morts.", "41", SourceKind.Local)]
    [InlineData("هجوم", "قال الجيش إن ١٤ جنديا قتلوا، بينما قال سكان إن ٤١ شخصا قتلوا.", "41", SourceKind.Local)]
    [InlineData("Attack", "Gunmen killed 12 villagers, while four others were wounded, the mayor said.", "12", SourceKind.Local)]
    [InlineData("Attaque", "Douze villageois ont été tués, tandis que quatre autres ont été blessés, a indiqué le maire.", "12", SourceKind.Local)]
    [InlineData("Attack", "The army said calm had returned. Twelve villagers were killed, residents said.", "12", SourceKind.Local)]
    public void The_second_account_and_trailing_cues_as_before(string title, string text, string count, SourceKind kind) =>
        Assert.Equal(kind, SourceOf(title, text, count));

    [Theory]
    // (b) a group's own medium described by a medium's adjectives (its period, "official", "تابعة" in the indefinite) between
    // it and its owner, and the Islamic State's Arabic weekly named with its noun: the group speaks
    [InlineData("هجوم", "نشرت القناة الرسمية لجبهة تحرير أزواد على تلغرام صورا قالت إنها لسبعة جنود أسرهم مقاتلوها.", "7")]
    [InlineData("هجوم", "قالت إذاعة تابعة لجماعة نصرة الإسلام والمسلمين إن مقاتليها قتلوا ١٢ جنديا.", "12")]
    [InlineData("هجوم", "قالت صحيفة النبأ التابعة لتنظيم الدولة الإسلامية إن مقاتليه قتلوا ستة عشر جنديا.", "16")]
    [InlineData("هجوم", "زعمت صحيفة النبأ الأسبوعية أن مقاتلي التنظيم قتلوا ستة عشر جنديا.", "16")]
    public void A_groups_own_medium_speaks_for_it(string title, string text, string count) =>
        Assert.Equal(SourceKind.ArmedGroup, SourceOf(title, text, count));

    [Theory]
    // guards and negatives: an outlet with no owner named, a medium whose adjective is followed by another name (no "ل"/"of"),
    // "النبأ" as "the news" with no noun of a medium
    [InlineData("هجوم", "قالت صحيفة محلية إن مسلحين قتلوا ستة عشر جنديا.", "16", SourceKind.Media)]
    [InlineData("Attack", "A Telegram channel affiliated with JNIM said the group's fighters killed 12 soldiers.", "12", SourceKind.ArmedGroup)]
    [InlineData("هجوم", "قال الجيش إن مسلحين قتلوا ستة عشر جنديا. وأكد مصدر محلي النبأ.", "16", SourceKind.Army)]
    public void Media_as_before(string title, string text, string count, SourceKind kind) =>
        Assert.Equal(kind, SourceOf(title, text, count));
}
