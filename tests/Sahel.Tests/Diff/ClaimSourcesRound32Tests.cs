using Sahel.Diff.Claims;
using Xunit;
using static Sahel.Tests.Diff.ClaimTolls;

namespace Sahel.Tests.Diff;

/// <summary>
/// Session 15's toll sources (round 32): an army's office named by a named operation, a rank or its media office speaks as the
/// army, not as the government a bare spokesman defaults to nor as the medium "media office" names; a statement aside between a
/// subject and its verb ("in a statement read on state television") keeps the subject, and a capital where the statement was
/// issued is a place. The paradigm in French, English and Arabic, with negatives. Sentences written for these tests.
/// </summary>
public sealed class ClaimSourcesRound32Tests
{
    [Theory]
    // the spokesman of a named operation (new)
    [InlineData("The spokesman for Operation Safe Corridor said troops killed 23 terrorists.", SourceKind.Army)]
    [InlineData("Le porte-parole de l'opération Almahou a indiqué que 23 terroristes ont été tués.", SourceKind.Army)]
    [InlineData("قال المتحدث باسم عملية \"درع الساحل\" إن القوات قتلت ٢٣ مسلحا.", SourceKind.Army)]
    [InlineData("قال المتحدث باسم عملية سانغاري إن القوات قتلت ٢٣ مسلحا.", SourceKind.Army)]
    // a spokesman titled by a rank right before him, or by the military adjective after him (new)
    [InlineData("Le général porte-parole a indiqué que 23 terroristes ont été tués.", SourceKind.Army)]
    [InlineData("The colonel spokesman said troops killed 23 terrorists.", SourceKind.Army)]
    [InlineData("قال العقيد المتحدث إن القوات قتلت ٢٣ مسلحا.", SourceKind.Army)]
    [InlineData("Le porte-parole militaire a indiqué que six soldats ont été tués.", SourceKind.Army)]
    [InlineData("قال المتحدث العسكري إن القوات قتلت ٢٣ مسلحا.", SourceKind.Army)]
    // already so (held): the English adjective is in the vocabulary
    [InlineData("A military spokesman said six soldiers were killed.", SourceKind.Army)]
    public void An_army_spokesman_by_operation_or_rank_speaks_as_the_army(string text, SourceKind kind) => Assert.Equal(kind, LastSource(text));

    [Theory]
    // negatives: an operation that is no named one, a rank that titles another office, the government's spokesman
    [InlineData("The spokesman for the rescue operation said 23 bodies were recovered.", SourceKind.Government)]
    [InlineData("قال المتحدث باسم عملية الإنقاذ إن ٢٣ جثة انتشلت.", SourceKind.Government)]
    [InlineData("Le porte-parole de l'opération de secours a indiqué que 23 corps ont été retrouvés.", SourceKind.Government)]
    [InlineData("Le colonel Abdoulaye Maïga, porte-parole du gouvernement, a indiqué que six soldats ont été tués.", SourceKind.Government)]
    [InlineData("The government spokesman said six soldiers were killed.", SourceKind.Government)]
    [InlineData("قال المتحدث باسم الحكومة إن القوات قتلت ٢٣ مسلحا.", SourceKind.Government)]
    public void Other_spokesmen_keep_their_reading(string text, SourceKind kind) => Assert.Equal(kind, LastSource(text));

    [Theory]
    // a body's media office speaks for the body (new)
    [InlineData("The army's media office said two soldiers were killed.", SourceKind.Army)]
    [InlineData("The Defence Headquarters media office said two soldiers were killed.", SourceKind.Army)]
    [InlineData("MINUSMA's media office said two peacekeepers were killed.", SourceKind.Un)]
    [InlineData("The presidency's media office said three soldiers were killed.", SourceKind.Government)]
    [InlineData("قال المكتب الإعلامي للجيش الليبي إن جنديين قتلا.", SourceKind.Army)]
    [InlineData("قال المكتب الإعلامي للقوات المسلحة إن جنديين قتلا.", SourceKind.Army)]
    // already so (held): the French office joins its body, a group's own media office is the group's
    [InlineData("La cellule de communication de l'armée a indiqué que six soldats ont été tués.", SourceKind.Army)]
    [InlineData("JNIM's media office said two soldiers were killed.", SourceKind.ArmedGroup)]
    public void A_media_office_speaks_for_its_owner(string text, SourceKind kind) => Assert.Equal(kind, LastSource(text));

    [Theory]
    // negatives: the media told, an office told
    [InlineData("قال الجيش الليبي لوسائل الإعلام إن جنديين قتلا.", SourceKind.Army)]
    [InlineData("Residents told the army's media office that two civilians were killed.", SourceKind.Local)]
    [InlineData("La télévision nationale affirme que dix civils ont été tués.", SourceKind.Media)]
    public void A_medium_told_or_speaking_keeps_its_reading(string text, SourceKind kind) => Assert.Equal(kind, LastSource(text));

    [Theory]
    // a statement aside between the subject and its verb keeps the subject, also after a live blog's time stamp (new)
    [InlineData("11:05 GMT — Niger's defence ministry, in a statement read on state television, says ten soldiers were killed.", SourceKind.Government)]
    [InlineData("Le ministère de la Défense, dans un communiqué lu à la télévision nationale, affirme que dix soldats ont été tués.", SourceKind.Government)]
    [InlineData("11h05 - Le ministère de la Défense, dans un communiqué lu à la télévision nationale, affirme que dix soldats ont été tués.", SourceKind.Government)]
    // the capital where the statement was issued is a place, when the speaker is named before it (new)
    [InlineData("L'ONG, dans un communiqué publié à Bamako, affirme que neuf civils ont été tués.", SourceKind.Ngo)]
    // already so (held; the MNJTF's spokesman was read by "MNJTF" before the capital, and still is past it)
    [InlineData("The MNJTF spokesman, in a statement in N'Djamena on Sunday, said three soldiers were killed.", SourceKind.Army)]
    [InlineData("Niger's defence ministry, in a statement read on state television, says ten soldiers were killed.", SourceKind.Government)]
    [InlineData("وقالت وزارة الدفاع، في بيان تلي على التلفزيون الرسمي، إن عشرة جنود قتلوا.", SourceKind.Government)]
    [InlineData("وقالت منظمة العفو الدولية في بيان صدر في نيامي إن تسعة مدنيين قتلوا.", SourceKind.Ngo)]
    public void A_statement_aside_keeps_the_subject(string text, SourceKind kind) => Assert.Equal(kind, LastSource(text));

    [Theory]
    // negatives: an aside of place is no statement; the capital speaking in its statement is the government
    [InlineData("Gunmen killed ten people in the village, in the north, the police said.", SourceKind.Security)]
    [InlineData("Residents in Bamako, in the north of the city, said ten people were killed.", SourceKind.Local)]
    [InlineData("Bamako a affirmé dans un communiqué que neuf soldats ont été tués.", SourceKind.Government)]
    public void Places_and_capitals_speaking_keep_their_reading(string text, SourceKind kind) => Assert.Equal(kind, LastSource(text));
}
