using Sahel.Diff.Claims;
using Xunit;

namespace Sahel.Tests.Diff;

/// <summary>
/// Session 17's toll sources (round 38): a text in its own first person. A document's own "our teams", "nos informations",
/// "معلوماتنا" after a cue name its issuer (they used to name no one and stop the issuer's voice); a letter (open, a reader's,
/// "رسالة من … إلى") speaks in its writers' voice, `local` when its title names no source of a kind, never its addressee's;
/// an interview's answers with no interviewee named are a private person's; "ce communiqué", "this statement" point back
/// as "le communiqué" does. Sentences written for these tests.
/// </summary>
public sealed class ClaimSourcesRound38Tests
{
    private static SourceKind LastSource(string title, string text) => ClaimExtractor.Extract(title, text, null).Tolls.Last().Source!.Kind;

    [Theory]
    [InlineData("Press release: Amnesty International condemns the attack on a school near Tera",
        "Amnesty International is shocked by the attack on the school. According to our teams, four pupils were killed.")]
    [InlineData("Communiqué de Médecins Sans Frontières sur l'attaque de Djibo", "MSF condamne l'attaque. Selon nos équipes, douze patients ont été tués.")]
    [InlineData("بيان صحفي: منظمة العفو الدولية تدين الهجوم على مدرسة", "تدين منظمة العفو الدولية الهجوم على المدرسة. وبحسب معلوماتنا، قتل أربعة تلاميذ.")]
    public void A_documents_own_first_person_names_its_issuer(string title, string text) => Assert.Equal(SourceKind.Ngo, LastSource(title, text));

    [Theory]
    [InlineData("Open letter from the Kebbi Diaspora Union to the President", "Mr President, our families are being hunted. In two months, 57 farmers were killed in their fields.")]
    [InlineData("Lettre ouverte des ressortissants de Kaya au Premier ministre", "Monsieur le Premier ministre, nous ne pouvons plus nous taire. La semaine dernière, quarante villageois ont été tués sur nos routes.")]
    [InlineData("Courrier des lecteurs : « Nos enfants meurent »", "Je suis infirmier à Djibo. La semaine dernière, sept patients ont été tués sur la route.")]
    [InlineData("رسالة من جالية غاو في نواكشوط إلى الأمين العام للأمم المتحدة", "نحن أبناء جالية غاو نخاطبكم اليوم. قتل ثلاثون مدنيا من أهلنا في القرى خلال شهرين.")]
    [InlineData("Q&A: \"They burned the market\" - a trader from Mopti", "Q: What happened that morning?\nA: They came at dawn and killed nine traders.")]
    [InlineData("Entretien : « Ils ont brûlé le marché », raconte un commerçant de Mopti", "Q : Que s'est-il passé ce matin-là ?\nR : Ils sont venus à l'aube et ont tué neuf commerçants.")]
    public void A_letters_or_an_answers_unnamed_writer_speaks_as_a_local(string title, string text) => Assert.Equal(SourceKind.Local, LastSource(title, text));

    [Theory]
    [InlineData("Attaque près de Djibo", "L'état-major a annoncé la mort de dix soldats dans un communiqué publié lundi. Selon ce communiqué, quinze assaillants ont été neutralisés.")]
    [InlineData("Attack near Djibo", "The army said in a statement on Monday that ten soldiers were killed. According to this statement, fifteen attackers were killed.")]
    public void A_demonstrative_document_points_back_to_its_issuer(string title, string text) => Assert.Equal(SourceKind.Army, LastSource(title, text));

    [Theory]
    // guard (read before this round too): the Arabic demonstrative, which the bare "البيان" already reads
    [InlineData("هجوم قرب جيبو", "أعلن الجيش في بيان مقتل عشرة جنود. وبحسب هذا البيان، قتل خمسة عشر مسلحا.", SourceKind.Army)]
    // negatives: the document's cue naming a third party keeps it; an interviewee the title names keeps his kind
    [InlineData("Press release: Amnesty International condemns the attack on a school near Tera",
        "Amnesty International is shocked by the attack. According to local residents, four pupils were killed.", SourceKind.Local)]
    [InlineData("Interview: the army spokesman on the Tessit attack", "Q: How many soldiers died?\nA: Nine soldiers were killed.", SourceKind.Army)]
    // a named issuer after the demonstrative is that issuer, not the speaker before
    [InlineData("Attaque près de Djibo", "Le gouverneur a parlé de dix morts. Selon ce communiqué de l'armée, douze soldats ont été tués.", SourceKind.Army)]
    public void Read_as_before(string title, string text, SourceKind kind) => Assert.Equal(kind, LastSource(title, text));

    [Theory]
    // negatives: no document, the outlet's own "nos informations"; a "letter from" a place with no addressee (a column);
    // a letter's addressee is not its writer
    [InlineData("Attaque à Djibo", "Amnesty International a condamné l'attaque. Selon nos informations, douze civils ont été tués.", SourceKind.Ngo)]
    [InlineData("Letter from Bamako: the markets reopen", "Twelve soldiers were killed on Monday near the border.", SourceKind.Local)]
    [InlineData("Lettre de Gao : retour au marché après l'attaque", "Douze soldats ont été tués lundi près de la frontière.", SourceKind.Local)]
    [InlineData("Open letter from Kebbi farmers to the UN Secretary-General", "Last week, 57 farmers were killed in their fields.", SourceKind.Un)]
    public void Not_read_as_that_voice(string title, string text, SourceKind kind) => Assert.NotEqual(kind, LastSource(title, text));
}
