using Sahel.Diff.Claims;
using Xunit;
using static Sahel.Tests.Diff.ClaimTolls;

namespace Sahel.Tests.Diff;

/// <summary>
/// Session 13's toll sources (round 25), from the wrong-source misses of dev13 and dev14 (the mainstream registers) beside
/// dev12's arrival list: the bare "the source"/"one source" pointing back, a source inside an institution, the singular
/// humanitarian source, a statement named by its issuer's adjective or past a channel aside, an anonymous account, an army
/// official asking anonymity, a company's official, an aside of how the speaker speaks, "وفقا لما أعلنه". Sentences written for
/// these tests; each cell has negatives.
/// </summary>
public sealed class ClaimSourcesRound25Tests
{
    [Theory]
    // the article or "one" before the bare singular "source" a verb governs: the source named before
    [InlineData("Nine soldiers died in the raid, a security source said. The source said four more were wounded.", SourceKind.Security)]
    [InlineData("Military sources told reporters that six soldiers died. One source said the troops had killed several fighters.", SourceKind.Security)]
    [InlineData("Six soldats ont été tués, selon une source sécuritaire. « Quatre autres sont blessés », a précisé la source.", SourceKind.Security)]
    [InlineData("وقال مصدر أمني إن ستة جنود قتلوا. وأضاف المصدر أن أربعة آخرين أصيبوا.", SourceKind.Security)]
    public void The_bare_source_points_back(string text, SourceKind kind) => Assert.Equal(kind, LastSource(text));

    [Theory]
    // a source with a kind of its own keeps it; a source at a place is still no one's
    [InlineData("Six soldiers died, residents said. The local source said four more were wounded.", SourceKind.Local)]
    [InlineData("Selon une source à Bamako, six soldats ont été tués.", SourceKind.Unattributed)]
    // a label naming the source itself is not a source inside it
    [InlineData("Twenty militants were killed. (Source: Nigerian Army weekly bulletin)", SourceKind.Army)]
    public void Not_a_back_reference(string text, SourceKind kind) => Assert.Equal(kind, LastSource(text));

    [Theory]
    // a bare source inside an institution speaks for it (a hospital, the army's inside source is an anonymous military one)
    [InlineData("A source at the district hospital said thirty wounded were admitted.", SourceKind.Hospital)]
    [InlineData("Selon une source au sein de l'hôpital, trente blessés ont été admis.", SourceKind.Hospital)]
    [InlineData("وقال مصدر في مستشفى البلدة إن ثلاثين جريحا وصلوا.", SourceKind.Hospital)]
    [InlineData("A source within the army said six soldiers were killed.", SourceKind.Security)]
    // the singular humanitarian source, as its plural
    [InlineData("A humanitarian source in the area said thirty wounded were flown out.", SourceKind.Ngo)]
    [InlineData("Une source humanitaire dans la région a indiqué que trente blessés avaient été évacués.", SourceKind.Ngo)]
    public void A_source_inside_an_institution(string text, SourceKind kind) => Assert.Equal(kind, LastSource(text));

    [Theory]
    // a statement named by its issuer's adjective; a definite one past an aside that only tells its channel
    [InlineData("Un communiqué gouvernemental indique que quinze terroristes ont été neutralisés.", SourceKind.Government)]
    [InlineData("وقال بيان حكومي إن خمسة عشر مسلحا قتلوا.", SourceKind.Government)]
    [InlineData("The army said its units had killed 25 militants. The statement, carried by the state broadcaster, said six soldiers were killed.", SourceKind.Army)]
    [InlineData("Le gouvernement a annoncé six soldats tués. Le communiqué, lu à la télévision nationale, précise que quinze assaillants ont été neutralisés.", SourceKind.Government)]
    public void A_statements_owner(string text, SourceKind kind) => Assert.Equal(kind, LastSource(text));

    [Fact]
    // the statement with its verb right after (no aside) still points back as before this round
    public void A_statement_without_an_aside_still_points_back() =>
        Assert.Equal(SourceKind.Army, LastSource("The army said its units had killed 25 militants. The statement said six soldiers were killed."));

    [Theory]
    // an anonymous account speaks as no one, and stops the carry; the group it is close to does not speak
    [InlineData("Selon une source locale, six soldats ont été tués. Un compte Telegram anonyme présenté comme proche de l'EIGS affirme que « 40 soldats » ont été tués.", SourceKind.Unattributed)]
    [InlineData("A security source said six soldiers were killed. An anonymous account on X claimed that 90 people were killed.", SourceKind.Unattributed)]
    [InlineData("وقال مصدر أمني إن ستة جنود قتلوا. حساب مجهول على منصة إكس يتداول رقم ٩٠ قتيلا.", SourceKind.Unattributed)]
    public void An_anonymous_account(string text, SourceKind kind) => Assert.Equal(kind, LastSource(text));

    [Fact]
    // a group's own account, not anonymous, is no such speaker: the carry stays
    public void A_named_account_is_not_anonymous() =>
        Assert.NotEqual(SourceKind.Unattributed, LastSource("A security source said six soldiers were killed. The group's account on Telegram claimed that 90 soldiers were killed."));

    [Theory]
    // an army official asking anonymity is an anonymous military source (the README's table)
    [InlineData("An army official, speaking on condition of anonymity, said six soldiers were killed.", SourceKind.Security)]
    [InlineData("Un responsable de l'armée, sous couvert d'anonymat, a indiqué que six soldats avaient été tués.", SourceKind.Security)]
    [InlineData("وقال مسؤول في الجيش، تحدث شريطة عدم نشر اسمه، إن ستة جنود قتلوا.", SourceKind.Security)]
    // a long aside of how he speaks keeps the speaker before it as the verb's subject
    [InlineData("Two workers were taken, the embassy said. A security official, speaking on condition of anonymity because he was not allowed to talk to the press, said two guards were killed.", SourceKind.Security)]
    public void An_official_asking_anonymity(string text, SourceKind kind) => Assert.Equal(kind, LastSource(text));

    [Fact]
    // not anonymous: the army's official keeps the kind read before (the README's table is silent on a named army official)
    public void An_army_official_without_anonymity_is_unchanged() =>
        Assert.NotEqual(SourceKind.Security, LastSource("An army official said six soldiers were killed."));

    [Theory]
    // a company's official speaks as a local (the README's row "company"); the indefinite Arabic police spokesman for the police
    [InlineData("وأضاف مسؤول في الشركة أن حارسين قتلا.", SourceKind.Local)]
    [InlineData("An official of the company said two guards were killed.", SourceKind.Local)]
    [InlineData("وقال متحدث باسم شرطة الولاية إن شخصين قتلا.", SourceKind.Security)]
    // the indefinite Arabic prosecutor; "وفقا لما أعلنه" reaches the speaker after it, not a party in the clause before
    [InlineData("وكان مدعٍ عام قد أعلن فتح تحقيق، مشيرا إلى نحو ثمانين قتيلا.", SourceKind.Government)]
    [InlineData("لقي ثمانية أشخاص حتفهم في اشتباكات بين رعاة ومزارعين، وفقا لما أعلنه حاكم الولاية.", SourceKind.Government)]
    public void Office_holders_and_arabic_cells(string text, SourceKind kind) => Assert.Equal(kind, LastSource(text));

    [Fact]
    // the government's own spokesman, indefinite, stays the government's
    public void The_indefinite_government_spokesman() =>
        Assert.Equal(SourceKind.Government, LastSource("وقال متحدث باسم الحكومة إن شخصين قتلا."));

    [Theory]
    // the outlet's own verbs of finding out and counting; health services as the table's health district staff
    [InlineData("Our correspondent counts at least nine bodies at the morgue.", SourceKind.Media)]
    [InlineData("At least nine people were killed in the raid, our correspondent has learnt.", SourceKind.Media)]
    [InlineData("Selon les services de santé, neuf personnes ont été tuées.", SourceKind.Hospital)]
    public void The_outlets_own_finding(string text, SourceKind kind) => Assert.Equal(kind, LastSource(text));

    [Fact]
    // a figure counted in a passive names no speaker
    public void A_passive_count_is_no_speaker() =>
        Assert.Equal(SourceKind.Unattributed, LastSource("Nine bodies were counted at the morgue."));
}
