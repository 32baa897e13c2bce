using Sahel.Diff.Claims;
using Xunit;
using static Sahel.Tests.Diff.ClaimTolls;

namespace Sahel.Tests.Diff;

/// <summary>
/// Session 16's toll sources (round 35): a back reference ("وأضاف البيان", "the statement added", "le communiqué ajoute")
/// after a sentence whose issuer was not read stands for the speaker named before, not for a name inside what that sentence
/// reported ("… في هجوم شنته جماعة بوكو حرام"). The paradigm in French, English and Arabic, with negatives. Sentences written
/// for these tests.
/// </summary>
public sealed class ClaimSourcesRound35Tests
{
    private static SourceKind LastSourceTitled(string title, string text) => ClaimExtractor.Extract(title, text, null).Tolls.Last().Source!.Kind;

    [Theory]
    // the title's speaker, then a statement whose issuer is unread, reporting a group's attack; the statement going on
    [InlineData("الرئاسة تعلن مقتل ثمانية جنود في هجوم لبوكو حرام", "أعلنت رئاسة الجمهورية في بيان أن ثمانية جنود قتلوا في هجوم شنته جماعة بوكو حرام على ثكنة. وأضاف البيان أن الجيش تمكن من تحييد أربعين إرهابيا.", SourceKind.Government)]
    [InlineData("الحكومة تعلن مقتل ثمانية جنود", "وقالت في بيان إن ثمانية جنود قتلوا في هجوم شنه مسلحو تنظيم الدولة. وأضاف البيان أن الجيش قتل عشرين مسلحا.", SourceKind.Government)]
    [InlineData("Government says 8 soldiers killed", "A statement released on Monday said that eight soldiers were killed in an attack by Boko Haram fighters. The statement added that the army killed 40 militants.", SourceKind.Government)]
    [InlineData("Le gouvernement annonce la mort de huit soldats", "Un communiqué publié lundi indique que huit soldats ont été tués dans une attaque de Boko Haram. Le communiqué ajoute que l'armée a neutralisé quarante terroristes.", SourceKind.Government)]
    public void A_back_reference_skips_a_name_inside_what_was_reported(string title, string text, SourceKind kind) => Assert.Equal(kind, LastSourceTitled(title, text));

    [Theory]
    // negatives: a speaker read names the statement; a sentence with no attribution still leaves its last name; an issuer's
    // complement after a statement with no "that"
    [InlineData("Sahel", "قال الجيش إن مسلحين من بوكو حرام قتلوا خمسة جنود. وأضاف البيان أن ١٢ مهاجما قتلوا.", SourceKind.Army)]
    [InlineData("Sahel", "The army said ISWAP fighters killed five soldiers. The statement added that 12 attackers were killed.", SourceKind.Army)]
    [InlineData("Sahel", "L'armée a annoncé que des combattants du JNIM ont tué cinq soldats. Le communiqué ajoute que douze assaillants ont été tués.", SourceKind.Army)]
    [InlineData("بيان صحفي للمحكمة الجنائية في نواكشوط", "قتل جنديان في الهجوم، وفق البيان.", SourceKind.Government)]
    public void Other_back_references_keep_their_reading(string title, string text, SourceKind kind) => Assert.Equal(kind, LastSourceTitled(title, text));
}
