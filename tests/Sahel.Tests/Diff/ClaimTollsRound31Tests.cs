using Sahel.Diff.Claims;
using Xunit;
using static Sahel.Tests.Diff.ClaimTolls;

namespace Sahel.Tests.Diff;

/// <summary>
/// Session 15, round 31: tolls missed and extra by mechanisms the round's writers share (the ClaimsSet README, "Session 15, round
/// 31, tolls"): hostages freed whatever pass read their count, "الأسر" (families) after a count, the Arabic went-missing wording,
/// the headline present of kidnapping, another event dated "last month", and one Arabic person as a plural verb's object.
/// Sentences written for these tests.
/// </summary>
public sealed class ClaimTollsRound31Tests
{
    [Theory]
    // a count joined to a freed one, a part of a freed whole, an aside before "were freed"
    [InlineData("وقال الجيش إن قواته حررت ست نساء وثلاثة أطفال كانوا محتجزين لدى المسلحين.")]
    [InlineData("The army said its troops freed six women and three children held by the gunmen.")]
    [InlineData("L'armée affirme avoir libéré six femmes et trois enfants détenus par les assaillants.")]
    [InlineData("وقال الجيش إن قواته حررت عشرين مختطفا، بينهم خمس نساء.")]
    [InlineData("The army said troops freed 20 hostages, including five women.")]
    [InlineData("L'armée dit avoir libéré 20 otages, dont cinq femmes.")]
    [InlineData("The army said 40 hostages, mostly women and children, had been freed.")]
    [InlineData("L'armée affirme que 40 otages, pour la plupart des femmes et des enfants, ont été libérés.")]
    // found safe, back with their unit
    [InlineData("Un commerçant enlevé la semaine dernière a été retrouvé sain et sauf, selon le maire.")]
    [InlineData("A trader kidnapped last week was found safe, the mayor said.")]
    [InlineData("Selon une source sécuritaire, plusieurs soldats portés disparus ont rejoint leur unité.")]
    [InlineData("A security source said several soldiers reported missing had rejoined their unit.")]
    public void Hostages_freed_or_found_are_no_toll(string text) =>
        Assert.DoesNotContain(Tolls(text), t => t.Kind is TollKind.Kidnapped or TollKind.Missing);

    [Theory]
    // negatives: a release asked for, a kidnapping whose part is freed later in another clause, another man found
    [InlineData("The families called for the release of 12 farmers abducted on Monday.", TollKind.Kidnapped, 12)]
    [InlineData("Gunmen kidnapped 14 passengers on Monday, and three of them have since been freed.", TollKind.Kidnapped, 14)]
    [InlineData("Le maire a évoqué six personnes enlevées et un chauffeur retrouvé sain et sauf.", TollKind.Kidnapped, 6)]
    [InlineData("Selon le préfet, trois bergers sont portés disparus et leurs troupeaux ont rejoint le village.", TollKind.Missing, 3)]
    public void A_release_asked_for_or_of_others_keeps_the_toll(string text, TollKind kind, int value) =>
        Assert.True(ReadsExactly(text, kind, value), Shown(text));

    [Theory]
    // "الأسر" after a count is the plural of "أسرة", families who flee
    [InlineData("ونزحت عشرات الأسر من القرية بعد الهجوم، بحسب مصادر محلية.")]
    [InlineData("وقال مسؤول محلي إن مئات الأسر فرت نحو المدينة.")]
    [InlineData("وأضاف أن ٣٠ من الأسر غادرت القرية.")]
    public void Families_after_a_count_are_no_hostages(string text) =>
        Assert.DoesNotContain(Tolls(text), t => t.Kind == TollKind.Kidnapped);

    [Theory]
    // capture itself stays a toll ("أسر ثلاثة جنود", "لا يزالون في الأسر")
    [InlineData("وقال التنظيم إن مقاتليه قتلوا خمسة جنود وأسروا ثلاثة آخرين.", 3)]
    [InlineData("وأعلن التنظيم أسر ثلاثة جنود خلال الهجوم.", 3)]
    public void Capture_stays_a_toll(string text, int value) =>
        Assert.True(ReadsExactly(text, TollKind.Kidnapped, value), Shown(text));

    [Theory]
    // the Arabic cells of "went missing": a nominative dual after فُقد, the trace with its pronoun, the feminine dual, an ordinal "still"
    [InlineData("وأضاف البيان أن خمسة جنود قتلوا، بينما فُقد جنديان أثناء الاشتباكات.", 2)]
    [InlineData("قال مصدر عسكري إن ستة جنود قتلوا، وإن جنديا سابعا فُقد أثره.", 1)]
    [InlineData("وأضاف المصدر أن امرأتين من القرية فقدتا منذ يوم الخميس.", 2)]
    [InlineData("قال مسؤول محلي إن راعيين قتلا في الهجوم، وإن ثالثا ما زال مفقودا.", 1)]
    [InlineData("قال مسؤول محلي إن منمّيا ثالثا لا يزال مفقودا.", 1)]
    // the cells already read in English and French
    [InlineData("A local official said two herders were killed and that a third is still missing.", 1)]
    [InlineData("Un élu local a indiqué que deux bergers ont été tués et qu'un troisième est toujours porté disparu.", 1)]
    public void Went_missing_is_read_in_every_language(string text, int value)
    {
        Assert.True(ReadsExactly(text, TollKind.Missing, value), Shown(text));
        Assert.False(ReadsExactly(text, TollKind.Killed, value), Shown(text));
    }

    [Theory]
    // negatives: the active "lost" with its object in the accusative or "of his soldiers" stays a toll of dead; a third attack is no person
    [InlineData("وقال الجيش إنه فقد جنديين في الاشتباكات.", TollKind.Killed, 2)]
    [InlineData("وقال الجيش إنه فقد ثلاثة من جنوده في الكمين.", TollKind.Killed, 3)]
    public void Lost_in_the_active_stays_dead(string text, TollKind kind, int value) =>
        Assert.True(ReadsExactly(text, kind, value), Shown(text));

    [Fact]
    public void A_third_attack_is_no_person() =>
        Assert.Empty(Tolls("وقال مسؤول إن هجوما ثالثا استهدف القرية ولا يزال التحقيق جاريا."));

    [Theory]
    // the headline present of kidnapping, as "kill" and "kidnap": the count is the first verb's, not the second's
    [InlineData("Gunmen abduct 14 farmers in Zamfara, kill village head")]
    [InlineData("Des hommes armés enlèvent 14 cultivateurs et tuent le chef du village")]
    [InlineData("مسلحون يخطفون ١٤ مزارعا ويقتلون زعيم القرية")]
    public void The_headline_present_of_kidnapping_is_read(string title)
    {
        var tolls = ClaimExtractor.Extract(title, "", null).Tolls;
        Assert.Contains(tolls, t => t.Kind == TollKind.Kidnapped && t.Count.Min == 14);
        Assert.DoesNotContain(tolls, t => t.Kind == TollKind.Killed && t.Count.Min == 14);
    }

    [Theory]
    // the period before this one, fronted at the start or after a colon, the pluperfect after it: another event
    [InlineData("Le maire a confirmé deux morts. Plusieurs attaques ont été signalées : le mois dernier, six bergers avaient été tués près de Djibo.")]
    [InlineData("The mayor confirmed two dead. Several attacks have been reported: last month, six herders had been killed near Djibo.")]
    [InlineData("وأكد العمدة مقتل شخصين. الشهر الماضي، كان ستة رعاة قد قتلوا قرب جيبو.")]
    [InlineData("The army said two soldiers were killed. In March, a similar raid on a base near Kareto killed six soldiers, according to the army.")]
    public void Last_month_in_the_pluperfect_is_another_event(string text) =>
        Assert.DoesNotContain(Tolls(text), t => t.Count.Min == 6);

    [Theory]
    // negatives: last month in the perfect is today's story; "last Monday" is no period before this one
    [InlineData("Le mois dernier, six bergers ont été tués près de Djibo, a indiqué le maire.")]
    [InlineData("Lundi dernier, six bergers ont été tués près de Djibo.")]
    public void Last_month_in_the_perfect_stays_a_toll(string text) =>
        Assert.True(ReadsExactly(text, TollKind.Killed, 6), Shown(text));

    [Theory]
    // one Arabic person as the accusative object of a plural toll verb, past "also", as in English and French
    [InlineData("وقال مصدر أمني إن المسلحين قتلوا أيضا سائقا وخطفوا خمسة مسافرين.", TollKind.Killed)]
    [InlineData("وقال مصدر إن المسلحين خطفوا مزارعا من القرية.", TollKind.Kidnapped)]
    [InlineData("A security source said the gunmen also killed a driver.", TollKind.Killed)]
    [InlineData("Selon une source sécuritaire, les assaillants ont également tué un chauffeur.", TollKind.Killed)]
    public void One_person_as_the_object_is_one(string text, TollKind kind) =>
        Assert.True(ReadsExactly(text, kind, 1), Shown(text));

    [Theory]
    // negatives: a count after "also" is that count; "in front of" (أمام) is no person
    [InlineData("وقال مصدر محلي إن المهاجمين قتلوا أيضا ثلاثة رعاة.", 3)]
    public void A_count_after_also_keeps_its_value(string text, int value) =>
        Assert.True(ReadsExactly(text, TollKind.Killed, value), Shown(text));

    [Fact]
    public void In_front_of_is_no_person() =>
        Assert.Empty(Tolls("وقال شهود إن المسلحين تجمعوا أمام المسجد قبل أن يغادروا."));

    [Theory]
    // "two dozen" multiplies: about 24, not a dozen; "a dozen" stays about 12
    [InlineData("A local outlet reported about two dozen soldiers killed.", 24)]
    [InlineData("Un média local a fait état de deux douzaines de soldats tués.", 24)]
    [InlineData("A local outlet reported a dozen soldiers killed.", 12)]
    public void Dozens_multiply_the_units_before_them(string text, int value) =>
        Assert.True(Reads(text, TollKind.Killed, value) && !Reads(text, TollKind.Killed, value == 24 ? 12 : 24), Shown(text));
}
