using Sahel.Diff.Claims;
using Xunit;

namespace Sahel.Tests.Diff;

/// <summary>
/// Session 18's toll sources (round 41): a pronoun standing for a speaker ("Selon lui", "Ils parlent de", "They say",
/// "according to them", "حسب قولهم") takes the subject of the sentence just before when that subject opened it with a verb
/// that is not read as saying ("maintient que", "décrivent", "blame", "insist"), not the attribution read before it nor a name
/// inside what the subject said. Sentences written for these tests.
/// </summary>
public sealed class ClaimSourcesRound41Tests
{
    private static SourceKind LastSource(string title, string text) => ClaimExtractor.Extract(title, text, null).Tolls.Last().Source!.Kind;

    [Theory]
    [InlineData("Attaque", "Le maire de la commune maintient que les assaillants étaient des hommes du JNIM. Selon lui, dix-huit villageois sont portés disparus.")]
    [InlineData("Attaque", "Le ministère a indiqué que deux bergers ont été tués. Des habitants décrivent des hommes en uniforme. Ils parlent de trois morts.")]
    [InlineData("Attack", "The ministry said two herders were killed. Relatives of the victims blame Malian soldiers. They say three people died.")]
    public void A_pronoun_takes_the_unread_speaker_before(string title, string text) => Assert.Equal(SourceKind.Local, LastSource(title, text));

    [Theory]
    // the same subject in its own sentence: a verb of maintaining one's version (or describing, contending) that the vocabulary
    // does not read as saying, with its "que"/"that"/"أن" clause holding the figure
    [InlineData("Frappes", "Le ministère a démenti que des frappes aient tué des civils. Des habitants du village soutiennent au contraire que onze pêcheurs ont péri.")]
    [InlineData("Frappes", "Le ministère a démenti que des frappes aient tué des civils. Le maire de la commune maintient que onze pêcheurs ont péri.")]
    [InlineData("Strikes", "The ministry denied that its strikes had killed civilians. Residents of the island insist that eleven fishermen died.")]
    [InlineData("Strikes", "The ministry denied that its strikes had killed civilians. Local leaders contend that eleven fishermen died.")]
    [InlineData("غارات", "نفت وزارة الدفاع أن تكون الغارات قد قتلت مدنيين. ويصر السكان على أن ١١ صيادا قتلوا.")]
    public void An_unread_verb_of_maintaining_gives_the_subjects_figure(string title, string text) => Assert.Equal(SourceKind.Local, LastSource(title, text));

    [Theory]
    // guards, read before this round too (checked with the base commit's CLI): the pronoun after a verb of saying read, "selon lui"
    // after a mayor who "a dit", "according to them" after an opening subject (read on the base through the last source)
    [InlineData("Attaque", "Le maire de la commune a dit que les assaillants étaient des hommes du JNIM. Selon lui, dix-huit villageois sont portés disparus.", SourceKind.Local)]
    [InlineData("Attack", "The mayor said the attackers were JNIM fighters. He added that 18 villagers are missing.", SourceKind.Local)]
    [InlineData("Attack", "The army said two herders were killed. Residents describe men in uniform on motorbikes. According to them, nine people died.", SourceKind.Local)]
    [InlineData("هجوم", "قال رئيس البلدية إن المهاجمين من جماعة نصرة الإسلام والمسلمين. وأضاف أن ١٨ قرويا ما زالوا مفقودين.", SourceKind.Local)]
    public void Read_as_before(string title, string text, SourceKind kind) => Assert.Equal(kind, LastSource(title, text));

    [Theory]
    // negatives: the sentence before read its own speaker (the army), so "Il" is the army's, not the subject that opens the
    // sentence before it; a pronoun in the sentence after an opening speaker's attribution keeps that attribution
    [InlineData("Attaque", "Les habitants ont fui le village. L'armée a indiqué que le calme était revenu. Elle affirme que dix assaillants ont été tués.", SourceKind.Local)]
    [InlineData("Attack", "Residents fled the village. The army said calm had returned. It says ten attackers were killed.", SourceKind.Local)]
    [InlineData("Attack", "The mayor describes a night of panic. The army said ten attackers were killed.", SourceKind.Local)]
    // an opening subject in a sentence whose own speaker is read further on does not speak: the speaker read does
    [InlineData("Frappes", "Des habitants craignent que onze pêcheurs aient péri, selon le ministère de la Défense.", SourceKind.Local)]
    [InlineData("Strikes", "Residents fear that eleven fishermen died, the defence ministry said.", SourceKind.Local)]
    // a "that" after the verb's object noun says what that report says ("rejected the claim that", "a rejeté le rapport qui")
    [InlineData("Attack", "The mayor said calm had returned. The army rejected the claim that twelve soldiers died.", SourceKind.Army)]
    public void Not_the_subject_before(string title, string text, SourceKind kind) => Assert.NotEqual(kind, LastSource(title, text));
}
