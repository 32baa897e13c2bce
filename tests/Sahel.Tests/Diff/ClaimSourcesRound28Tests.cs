using Sahel.Diff.Claims;
using Xunit;
using static Sahel.Tests.Diff.ClaimTolls;

namespace Sahel.Tests.Diff;

/// <summary>
/// Session 14's toll sources (round 28): a force named in what is said is not who says it (past a definite subject, "it",
/// "que"/"that", a quotation the verb closes; the opener past its own aside), a definite statement and "selon le texte" point
/// back, an ethnic community's association speaks as locals, a kin noun in construct with one of the counted, a private person
/// after a live blog's time stamp. The paradigm in French, English and Arabic, with negatives. Sentences written for these tests.
/// </summary>
public sealed class ClaimSourcesRound28Tests
{
    [Theory]
    // a definite noun as the verb's subject (new): the force named after the verb is in what is said; the noun points back
    [InlineData("The ministry of defence said on Sunday that its posts were attacked. The statement said the army had captured 9 assailants.", SourceKind.Government)]
    [InlineData("The ministry of defence said on Sunday that its posts were attacked. The statement said one VDP volunteer was killed.", SourceKind.Government)]
    // "it" as the verb's subject (new), as "he"/"she" were
    [InlineData("The governor said the town was attacked. It confirms three military deaths.", SourceKind.Government)]
    // "qui indique que" (new): past the complementizer, what is said
    [InlineData("Le gouvernement dément toute bavure. Seuls des terroristes ont été visés, affirme le communiqué, qui indique que l'armée a neutralisé neuf terroristes.", SourceKind.Government)]
    // the opener past its own aside (new), also the medium that cites it and a live blog's time stamp
    [InlineData("The junta, in a statement, says the defence forces killed 9 terrorists.", SourceKind.Government)]
    [InlineData("09:40 - The Malian government, in a statement, says the army killed 9 terrorists.", SourceKind.Government)]
    [InlineData("The JNIM statement, signed by its spokesman, said its fighters had ambushed an army convoy, killing 9 soldiers.", SourceKind.ArmedGroup)]
    [InlineData("L'armée, citée par l'agence nationale d'information, affirme avoir neutralisé neuf terroristes.", SourceKind.Army)]
    // a name inside the quotation the verb closes is not its speaker (new)
    [InlineData("Le gouvernement a publié un communiqué. « Seuls des combattants de Boko Haram ont été visés », affirme le texte, qui parle de neuf terroristes tués.", SourceKind.Government)]
    public void A_force_named_in_what_is_said_is_not_the_speaker(string text, SourceKind kind) => Assert.Equal(kind, LastSource(text));

    [Theory]
    // negatives: the inverted subject after what is said still speaks; a name right before the verb speaks
    [InlineData("Nine soldiers were killed, said the army.", SourceKind.Army)]
    [InlineData("Boko Haram fighters, the army said, killed 9 villagers.", SourceKind.Army)]
    [InlineData("« Nous avons tué neuf soldats », a affirmé le porte-parole du JNIM.", SourceKind.ArmedGroup)]
    [InlineData("The army said 9 soldiers were killed.", SourceKind.Army)]
    [InlineData("Residents, speaking by phone, said the army killed 9 civilians.", SourceKind.Local)]
    public void The_speaker_of_an_inverted_or_plain_verb_stays(string text, SourceKind kind) => Assert.Equal(kind, LastSource(text));

    [Theory]
    // a definite statement naming no issuer points back (new): "the statement adds", "selon le texte"
    [InlineData("The army said in a statement that its units repelled the attack. Nine soldiers were killed, the statement adds.", SourceKind.Army)]
    [InlineData("Le FLA a affirmé samedi, dans un communiqué, avoir repoussé une attaque. Selon le texte, neuf soldats maliens ont été tués.", SourceKind.ArmedGroup)]
    [InlineData("أعلن الجيش في بيان أنه صد الهجوم. وأضاف البيان أن تسعة جنود قتلوا.", SourceKind.Army)]
    // the Arabic medical source with the article (new), as the security source had it
    [InlineData("قال مسؤول محلي إن الهجوم وقع فجرا. وأضاف المصدر الطبي أن تسعة جرحى نقلوا إلى المستشفى.", SourceKind.Hospital)]
    [InlineData("وقالت المصادر الطبية إن تسعة مدنيين قتلوا.", SourceKind.Hospital)]
    // a pronoun subject past an opening adverbial (new)
    [InlineData("The army says the situation is under control. In a statement, it says its forces killed 9 assailants.", SourceKind.Army)]
    [InlineData("L'armée dit contrôler la situation. Dans un communiqué, elle affirme avoir neutralisé neuf assaillants.", SourceKind.Army)]
    // negatives: an indefinite statement is still no one's; "selon le communiqué de l'armée" names its issuer
    [InlineData("Nine soldiers were killed, according to a statement.", SourceKind.Unattributed)]
    [InlineData("Des habitants parlent de pillages. Selon le communiqué de l'armée, neuf soldats ont été tués.", SourceKind.Army)]
    public void A_definite_statement_points_back(string text, SourceKind kind) => Assert.Equal(kind, LastSource(text));

    [Theory]
    // an ethnic community's association speaks as locals (new; the table's community row, dev13–dev16)
    [InlineData("Une association peule parle de quarante civils tués.", SourceKind.Local)]
    [InlineData("Des associations de la communauté peule avancent le chiffre de quarante civils tués.", SourceKind.Local)]
    [InlineData("A Fulani association said 40 herders were killed.", SourceKind.Local)]
    [InlineData("وقالت جمعية للفولاني إن ٤٠ راعيا قتلوا.", SourceKind.Local)]
    // negatives: a rights association stays an NGO, whatever people it defends
    [InlineData("A Fulani rights association said 40 herders were killed.", SourceKind.Ngo)]
    [InlineData("Une association de défense des droits humains parle de quarante morts.", SourceKind.Ngo)]
    [InlineData("وقالت جمعية حقوقية إن ٤٠ مدنيا قتلوا.", SourceKind.Ngo)]
    public void An_ethnic_communitys_association(string text, SourceKind kind) => Assert.Equal(kind, LastSource(text));

    [Theory]
    // a kin noun in construct with one of the counted (new), as "son père", "والدته"
    [InlineData("وقال والد أحد التلاميذ إن ١٧ تلميذا خطفوا من المدرسة.", SourceKind.Local)]
    [InlineData("Le père d'une des élèves a affirmé que dix-sept filles avaient été enlevées.", SourceKind.Local)]
    // a private person after a live blog's time stamp (new)
    [InlineData("11:15 - A teacher who escaped tells a local paper that 87 pupils are missing.", SourceKind.Local)]
    [InlineData("11h15 - Une enseignante affirme que 87 élèves sont portés disparus.", SourceKind.Local)]
    // a private person past a longer aside (new)
    [InlineData("Un pêcheur de la localité, joint par Radio Kledu, a pourtant affirmé que six pêcheurs étaient morts.", SourceKind.Local)]
    // negative: a counted person is no speaker
    [InlineData("11:15 - A teacher and 87 pupils are missing, the police said.", SourceKind.Security)]
    public void A_private_person_speaking(string text, SourceKind kind) => Assert.Equal(kind, LastSource(text));
}
