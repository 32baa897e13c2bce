using Sahel.Diff.Claims;
using Xunit;
using static Sahel.Tests.Diff.ClaimTolls;

namespace Sahel.Tests.Diff;

/// <summary>
/// Session 18's toll sources (round 39): a private person (a passenger, a traveller, a trader, a farmer, a teacher, a relative)
/// whom a cue of telling governs speaks as a local, the labelling rules' residents and witnesses: after "selon/according
/// to/حسب", as the subject after an Arabic verb past "أحد", and as an inverted subject with an indefinite article ("a raconté un
/// agriculteur"). The reading knew such a person only as the subject opening its clause. Negatives: the same nouns counted,
/// governed by another noun, as adjectives, or as the subject of an English object clause. Sentences written for these tests.
/// </summary>
public sealed class ClaimSourcesRound39Tests
{
    [Theory]
    // after a preposition of telling
    [InlineData("Deux personnes ont été tuées mardi sur la route de Koro, selon des passagers du car.")]
    [InlineData("Selon des voyageurs, quatre civils ont été enlevés près de Téra.")]
    [InlineData("Three people were killed on the road to Kaya, according to passengers on the bus.")]
    [InlineData("Four herders were abducted near the well, according to travellers who fled the area.")]
    [InlineData("خطف مسلحون أربعة رعاة، حسب ما أكده أحد أقاربهم.")]
    // the subject after an Arabic verb, past "أحد" or bare and indefinite
    [InlineData("قال أحد المسافرين إن مسلحين قتلوا ثلاثة أشخاص على الطريق.")]
    [InlineData("وأفاد تاجر في السوق بأن خمسة مدنيين قتلوا في الهجوم.")]
    [InlineData("وقال مزارع من القرية إن ستة أشخاص قتلوا.")]
    // an inverted subject with an indefinite article
    [InlineData("Trois bergers ont été tués dimanche, a raconté un agriculteur du village voisin.")]
    [InlineData("Five farmers were killed near the river on Sunday, said a shopkeeper from the town.")]
    public void A_private_person_governed_by_a_cue_speaks_as_a_local(string text) => Assert.Equal(SourceKind.Local, LastSource(text));

    [Theory]
    // negatives: counted, never speaking
    [InlineData("Cinq passagers ont été tués mardi près de Koro.", SourceKind.Unattributed)]
    [InlineData("Trois voyageurs ont été enlevés, a-t-on appris lundi.", SourceKind.Unattributed)]
    [InlineData("قتل مسلحون خمسة تجار في السوق يوم الاثنين.", SourceKind.Unattributed)]
    [InlineData("Six students were abducted from their hostel on Monday, it was reported.", SourceKind.Unattributed)]
    // another speaker governs the cue
    [InlineData("Gunmen killed four traders at the market, the army said.", SourceKind.Army)]
    [InlineData("وقال مصدر أمني إن ثلاثة مسافرين خطفوا على الطريق.", SourceKind.Security)]
    // an adjective, not a person ("voisin": neighbouring; "civils" counted after "de")
    [InlineData("Selon une source sécuritaire, les assaillants venaient du Niger voisin. Trois soldats sont portés disparus, a ajouté cette source.", SourceKind.Security)]
    [InlineData("Health sources in Kaya say at least 12 people, mostly civilians, have been admitted with wounds.", SourceKind.Hospital)]
    public void A_private_person_not_speaking_gives_no_source(string text, SourceKind kind) => Assert.Equal(kind, LastSource(text));

    [Fact]
    // negative: an English object clause without "that" ("said a driver was wounded"): the driver is its subject, not the speaker
    public void A_person_in_an_object_clause_is_not_an_inverted_speaker() =>
        Assert.NotEqual(SourceKind.Local, LastSource("The charity, which asked not to be named for safety reasons, said a driver was wounded in the attack."));

    [Fact]
    // negative: persons governed by another noun ("massacre de commerçants") are not the speaker of the sentence
    public void A_person_governed_by_another_noun_is_not_the_speaker() =>
        Assert.Equal(SourceKind.Army, LastSource("Les accusations de massacre de commerçants sont fausses, affirme l'état-major, selon lequel ses unités ont neutralisé une trentaine de terroristes."));
}
