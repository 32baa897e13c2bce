using Sahel.Diff.Claims;
using Xunit;
using static Sahel.Tests.Diff.ClaimTolls;

namespace Sahel.Tests.Diff;

/// <summary>
/// Session 17's toll sources (round 37): Mali's armed movements (the MSA, GATIA) speaking of a toll are `armed-group`, not locals
/// as the self-defence militias are; a medium that quotes a named speaker, or that the speaker talks to, past a quantifier or an
/// adjective ("citées par plusieurs médias", "speaking to local media"), is not the source. The paradigm in French, English and
/// Arabic where it exists, with negatives. Sentences written for these tests.
/// </summary>
public sealed class ClaimSourcesRound37Tests
{
    [Theory]
    // an armed movement speaking with no statement word in the sentence (a statement word already kept it a group)
    [InlineData("Le MSA affirme que ses combattants ont tué douze assaillants près de Ménaka.")]
    [InlineData("The MSA said its fighters killed 12 attackers near Menaka.")]
    [InlineData("وقالت حركة إنقاذ أزواد إن مقاتليها قتلوا ١٢ مهاجما قرب ميناكا.")]
    [InlineData("GATIA says eight of its fighters were killed in the clash.")]
    [InlineData("Le GATIA affirme avoir perdu huit combattants dans l'accrochage.")]
    public void An_armed_movement_speaks_as_a_group(string text) => Assert.Equal(SourceKind.ArmedGroup, LastSource(text));

    [Theory]
    // its spokesman speaks for it too (the table's row), not as a member
    [InlineData("A spokesman for the MSA said eight of its men were killed near Menaka.")]
    public void An_armed_movements_spokesman_speaks_as_a_group(string text) => Assert.Equal(SourceKind.ArmedGroup, LastSource(text));

    [Theory]
    // negatives: a movement's commander or member speaking of his area speaks as locals, as a militia's member does
    [InlineData("A GATIA commander said six of his men were killed in the clash.")]
    [InlineData("Un chef local du MSA affirme que cinq bergers ont été tués.")]
    [InlineData("قتل خمسة رعاة قرب ميناكا، بحسب قائد محلي في حركة إنقاذ أزواد.")]
    public void An_armed_movements_commander_speaks_as_locals(string text) => Assert.Equal(SourceKind.Local, LastSource(text));

    [Theory]
    // negatives: self-defence militias and their men still speak as locals
    [InlineData("A CJTF commander said 12 insurgents were killed in the clash.")]
    [InlineData("Les VDP affirment avoir tué douze assaillants.")]
    public void A_self_defence_militia_still_speaks_as_locals(string text) => Assert.Equal(SourceKind.Local, LastSource(text));

    [Theory]
    // round 28's association of the people it speaks for, with more of its people (herders in Arabic, gold panners)
    [InlineData("قال رئيس جمعية المربين في المنطقة إن ستة رعاة قتلوا.", SourceKind.Local)]
    [InlineData("A gold-panners' association said four miners were killed at the site.", SourceKind.Local)]
    // negatives: a rights association stays a rights group
    [InlineData("وقالت جمعية للدفاع عن حقوق اللاجئين إن عشرين لاجئا فقدوا.", SourceKind.Ngo)]
    [InlineData("A refugees' rights association said twenty refugees were missing.", SourceKind.Ngo)]
    public void An_association_of_its_people_speaks_as_locals(string text, SourceKind kind) => Assert.Equal(kind, LastSource(text));

    [Theory]
    // a named speaker quoted by, or talking to, a medium past a quantifier or an adjective
    [InlineData("Des sources sécuritaires citées par plusieurs médias font état de douze soldats tués.", SourceKind.Security)]
    [InlineData("Un responsable de l'ONU cité par plusieurs médias parle de trente morts.", SourceKind.Un)]
    [InlineData("Security sources quoted by several local media said 12 soldiers were killed.", SourceKind.Security)]
    [InlineData("Residents speaking to local media said 30 people were killed.", SourceKind.Local)]
    public void A_medium_quoting_a_named_speaker_is_not_the_source(string text, SourceKind kind) => Assert.Equal(kind, LastSource(text));

    [Theory]
    // negatives: a medium that speaks, and one quoting no named speaker
    [InlineData("Selon plusieurs médias locaux, douze soldats ont été tués.")]
    [InlineData("Several local media reported that 12 soldiers were killed.")]
    [InlineData("Des chiffres cités par plusieurs médias font état de douze morts.")]
    public void A_medium_speaking_or_quoting_no_one_stays_the_source(string text) => Assert.Equal(SourceKind.Media, LastSource(text));
}
