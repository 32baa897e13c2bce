using Sahel.Diff.Claims;
using Xunit;
using static Sahel.Tests.Diff.ClaimTolls;

namespace Sahel.Tests.Diff;

/// <summary>
/// Session 14's toll sources (round 29): who the next sentence's pronoun stands for when the speaker opened its sentence past an
/// aside naming its statement ("The junta, in a statement, says the army …. It confirms …"), and a verb of saying inside a
/// quotation attributed after it ("« L'armée a répondu …, tuant 30 terroristes », a déclaré le ministère"). The paradigm in
/// French, English and Arabic, with negatives. Sentences written for these tests.
/// </summary>
public sealed class ClaimSourcesRound29Tests
{
    [Theory]
    // the opener past an aside naming its statement: the next "It"/"Elle" is the opener, not the force named in what it said (new)
    [InlineData("The junta, in a statement, says the army neutralised 20 terrorists. It confirms four military deaths.", SourceKind.Government)]
    [InlineData("The ministry, in a communique, says the army \"neutralised 20 terrorists\". It confirms four military deaths.", SourceKind.Government)]
    [InlineData("La junte, dans un communiqué, affirme que l'armée a neutralisé 20 terroristes. Elle confirme quatre morts parmi les militaires.", SourceKind.Government)]
    [InlineData("Le FLA, dans un communiqué, affirme que l'armée a perdu 20 hommes. Il confirme la mort de quatre de ses combattants.", SourceKind.ArmedGroup)]
    [InlineData("قال المجلس العسكري، في بيان، إن الجيش حيّد ٢٠ إرهابيا. وأكد مقتل أربعة جنود.", SourceKind.Government)]
    // already so without the aside
    [InlineData("The junta says the army neutralised 20 terrorists. It confirms four military deaths.", SourceKind.Government)]
    public void A_pronoun_after_an_opener_and_its_statement_is_the_opener(string text, SourceKind kind) => Assert.Equal(kind, LastSource(text));

    [Theory]
    // negatives: a named subject in the next sentence speaks for itself; a statement with no issuer stays unnamed
    [InlineData("The junta, in a statement, says the army neutralised 20 terrorists. The army confirms four military deaths.", SourceKind.Army)]
    [InlineData("A statement said nine soldiers were killed.", SourceKind.Unattributed)]
    [InlineData("La junte a publié un communiqué. Selon l'armée, neuf soldats ont été tués.", SourceKind.Army)]
    public void A_named_subject_or_an_unnamed_statement_stays(string text, SourceKind kind) => Assert.Equal(kind, LastSource(text));

    [Theory]
    // a verb of saying inside a quotation attributed after it is a word of what is said (new)
    [InlineData("Nine soldiers were killed, the ministry said. \"The army responded firmly, killing 30 terrorists,\" the ministry said.", SourceKind.Government)]
    [InlineData("\"The army responded firmly, killing 30 terrorists,\" the ministry said.", SourceKind.Government)]
    [InlineData("« L'armée a répondu vigoureusement, tuant 30 terroristes », a déclaré le ministère.", SourceKind.Government)]
    [InlineData("« L'armée a répondu avec vigueur et neutralisé 30 terroristes », affirme le communiqué du gouvernement.", SourceKind.Government)]
    [InlineData("«ردّ الجيش بقوة وقتل ٣٠ إرهابيا»، قال وزير الدفاع.", SourceKind.Government)]
    public void A_verb_inside_a_quotation_attributed_after_it_does_not_speak(string text, SourceKind kind) => Assert.Equal(kind, LastSource(text));

    [Theory]
    // negatives: a quotation with no attribution after it keeps its own speaker; the speaker before a quotation speaks
    [InlineData("« Nous avons tué neuf soldats », a affirmé le porte-parole du JNIM.", SourceKind.ArmedGroup)]
    [InlineData("The army said it had killed 30 terrorists.", SourceKind.Army)]
    [InlineData("Le ministre a déclaré : « neuf soldats ont été tués ».", SourceKind.Government)]
    [InlineData("\"Nine of our men were killed,\" the militia leader said, adding that the army had responded.", SourceKind.Local)]
    public void A_speaker_outside_a_quotation_stays(string text, SourceKind kind) => Assert.Equal(kind, LastSource(text));

    [Theory]
    // a figure before any source takes the first source after it in its paragraph that confirms "the information" (new)
    [InlineData("Trois bergers ont été tués lundi près de Gao. L'information a été confirmée à une radio locale par le maire de la commune.", SourceKind.Local)]
    [InlineData("Trois bergers ont été tués lundi près de Gao. Le maire de la commune a confirmé l'information à une radio locale.", SourceKind.Local)]
    [InlineData("Three herders were killed on Monday near Gao. The information was confirmed to a local radio by the town's mayor.", SourceKind.Local)]
    [InlineData("قتل ثلاثة رعاة الاثنين قرب غاو. وأكد رئيس البلدية هذه المعلومات لإذاعة محلية.", SourceKind.Local)]
    public void A_figure_before_its_source_takes_who_confirms_the_information(string text, SourceKind kind) => Assert.Equal(kind, FirstSource(text));

    [Theory]
    // negatives: a later speaker who says something else, or speaks of the attack only, does not take the figure
    [InlineData("Trois bergers ont été tués lundi près de Gao. Selon le maire, l'attaque a eu lieu vers midi.", SourceKind.Unattributed)]
    [InlineData("Six people were wounded in Kaya. The governor praised the rescuers.", SourceKind.Unattributed)]
    [InlineData("Trois bergers ont été tués lundi près de Gao. Le maire a demandé plus d'informations aux autorités.", SourceKind.Unattributed)]
    public void A_later_speaker_of_something_else_does_not_take_it(string text, SourceKind kind) => Assert.Equal(kind, FirstSource(text));
}
