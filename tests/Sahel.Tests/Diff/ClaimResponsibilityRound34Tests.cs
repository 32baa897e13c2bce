using Xunit;

namespace Sahel.Tests.Diff;

/// <summary>
/// Session 16, round 34, responsibility (dev21, dev22, dev23 and the older writers who show the same mechanisms): (A) a group that
/// denies a killing and accuses another of it blames that other itself, in the denial's sentence or the next one ("…, et accuse
/// les VDP", "The statement accused the junta…", "واتهمت الميليشيا…"): the blamer is the group, not the source the story named
/// before; (B) the Arabic "نفت X … مسؤوليتها" with the denier's name and an adverbial between is a denial, not a claim; (C) the
/// negated noun "no claim" and the Arabic "أعلن … المسؤولية عن" are claim cues (negated: unclaimed); (D) a sentence opening on
/// a verb of saying whose subject names the speaker before again ("وأوضحت المصادر أن", "The militia member added that") carries
/// that speaker to its blames; (E) "Our defence and security forces", "nos FDS" are the story's army. Sentences written
/// for these tests.
/// </summary>
public sealed class ClaimResponsibilityRound34Tests
{
    [Theory]
    // (A) the denier's counter-accusation in its own sentence, after a toll another source gave
    [InlineData("Selon des élus locaux, au moins 30 villageois ont été tués près de Bankass.\nLe JNIM a nié toute implication dans la tuerie, accusant les VDP.", "blamed vdp by armed-group")]
    [InlineData("قال مسؤول محلي إن ثلاثين قرويا قتلوا في الهجوم قرب بانكاس.\nمن جهتها، نفت جماعة نصرة الإسلام والمسلمين في تسجيل صوتي أي صلة لها بالهجوم، واتهمت ميليشيا دان نا أمباساغو بتنفيذه.", "blamed dan-na-ambassagou by armed-group")]
    // (A) in the sentence after the denial: the group's spokesman, the group's statement, a pronoun
    [InlineData("Le JNIM a nié toute implication dans la tuerie de Bankass, au Mali, où 30 villageois ont été tués selon des élus locaux.\nDans un message audio, un porte-parole du groupe accuse « l'armée et ses supplétifs » d'en être les auteurs.", "blamed fama by armed-group")]
    [InlineData("JNIM denied carrying out the attack on a bus near Djibo, Burkina Faso, in which officials say 12 people were killed.\nThe statement accused the Burkinabe army of staging the attack.", "blamed bf-army by armed-group")]
    public void AGroupsCounterAccusation_IsItsOwnBlame(string text, string expected) =>
        Assert.Contains(expected, ClaimStatements.WithBlamer(text));

    [Theory]
    // (A) the blamer the next sentence names is its own; a government's denial is no group's
    [InlineData("Le JNIM a nié toute implication dans la tuerie de Bankass, au Mali, où 30 villageois ont été tués.\nSelon des habitants, les VDP ont tué les villageois.", "blamed vdp by armed-group")]
    [InlineData("JNIM denied carrying out the attack near Djibo, Burkina Faso, in which 12 people were killed.\nResidents blamed the VDP for the killings.", "blamed vdp by armed-group")]
    [InlineData("The Burkinabe government denied that its army had killed 12 civilians near Djibo.\nIt blamed JNIM for the killings.", "blamed jnim by armed-group")]
    public void NoGroupDeniesOrTheSentenceNamesItsBlamer_NoCounterAccusation(string text, string unexpected) =>
        Assert.DoesNotContain(unexpected, ClaimStatements.WithBlamer(text));

    [Theory]
    // (B) the denial verb governs the noun of responsibility across the denier's name and an adverbial
    [InlineData("ونفت قوات الدعم السريع في بيان مسؤوليتها عن قصف المخيم.", "denied rsf-sudan")]
    [InlineData("ونفت جماعة نصرة الإسلام والمسلمين في بيان على تلغرام مسؤوليتها عن الهجوم.", "denied jnim")]
    // (B) still a claim where a verb of announcing governs it, even after another's denial in another clause
    [InlineData("أعلنت جماعة نصرة الإسلام والمسلمين في بيان مسؤوليتها عن الهجوم.", "claimed jnim")]
    [InlineData("نفى الجيش مقتل مدنيين، بينما أعلنت جماعة نصرة الإسلام والمسلمين مسؤوليتها عن الهجوم.", "claimed jnim")]
    public void TheNounOfResponsibility_TakesTheVerbThatGovernsIt(string text, string expected) =>
        Assert.Contains(expected, ClaimStatements.Of(text));

    [Theory]
    [InlineData("ونفت قوات الدعم السريع في بيان مسؤوليتها عن قصف المخيم.", "claimed rsf-sudan")]
    [InlineData("ونفت جماعة نصرة الإسلام والمسلمين في بيان على تلغرام مسؤوليتها عن الهجوم.", "claimed jnim")]
    public void ADeniedResponsibility_IsNoClaim(string text, string unexpected) =>
        Assert.DoesNotContain(unexpected, ClaimStatements.Of(text));

    [Theory]
    // (C) the negated English noun, and the Arabic definite noun after a verb of announcing (the French noun was read before)
    [InlineData("There was no claim for Sunday's ambush near Tera.", "unclaimed ")]
    [InlineData("Villagers blamed the Lakurawa group, though the group issued no claim.", "unclaimed ")]
    [InlineData("No claim has been made so far.", "unclaimed ")]
    [InlineData("Aucune revendication n'a été publiée.", "unclaimed ")]
    [InlineData("ولم تعلن أي جهة المسؤولية عن الهجوم.", "unclaimed ")]
    [InlineData("لم تعلن أي جهة حتى الآن المسؤولية عن الكمين.", "unclaimed ")]
    [InlineData("وأعلنت جماعة نصرة الإسلام والمسلمين المسؤولية عن الهجوم.", "claimed jnim")]
    public void ANounOfClaiming_IsACue(string text, string expected) =>
        Assert.Contains(expected, ClaimStatements.Of(text));

    [Theory]
    // (C) "no claim" about something else; "المسؤولية" as the blame's word, even under a verb of announcing
    [InlineData("The army made no claim that it had retaken the town.", "unclaimed ")]
    [InlineData("وحملت الحكومة جماعة نصرة الإسلام والمسلمين المسؤولية عن الهجوم.", "claimed jnim")]
    [InlineData("وأعلنت الحكومة أنها تحمل جماعة نصرة الإسلام والمسلمين المسؤولية عن الهجوم.", "claimed jnim")]
    public void NoNounOfClaiming_NoClaimRead(string text, string unexpected) =>
        Assert.DoesNotContain(unexpected, ClaimStatements.Of(text));

    [Theory]
    // (D) the speaker named again by a noun the source reader does not know
    [InlineData("قال عضو في ميليشيا محلية إن مسلحين قتلوا عشرين مزارعا قرب دامبوا.\nوأضاف عضو الميليشيا أن خمسة آخرين مفقودون، مرجحا أن المهاجمين ينتمون إلى تنظيم الدولة الإسلامية في غرب أفريقيا.", "blamed iswap by local")]
    [InlineData("خطف مسلحون عشرين راكبا، حسبما أفادت مصادر أمنية الأحد.\nوأوضحت المصادر أن الخاطفين أفرجوا عن النساء، مرجحة أن يكون عناصر من جماعة نصرة الإسلام والمسلمين وراء العملية.", "blamed jnim by security")]
    [InlineData("A local militia member said gunmen killed 20 farmers near Damboa.\nThe militia member added that the attackers belonged to ISWAP.", "blamed iswap by local")]
    public void TheSpeakerNamedAgain_Blames(string text, string expected) =>
        Assert.Contains(expected, ClaimStatements.WithBlamer(text));

    [Theory]
    // (D) a sentence naming its own speaker keeps it
    [InlineData("A local militia member said gunmen killed 20 farmers near Damboa.\nThe attackers belonged to ISWAP, the army said.", "blamed iswap by local")]
    public void ASpeakerNamedAnew_IsNotTheOneBefore(string text, string unexpected) =>
        Assert.DoesNotContain(unexpected, ClaimStatements.WithBlamer(text));
    [Theory]
    // (E) the generic FDS with the speaker's possessive is the story's army
    [InlineData("Eight Chadian soldiers were killed in the incursion, the government spokesman said.\n\"Our defence and security forces killed 50 assailants,\" he told state television.", "claimed td-army")]
    [InlineData("Huit soldats tchadiens ont été tués, a annoncé le porte-parole du gouvernement.\n« Nos forces de défense et de sécurité ont abattu 50 assaillants », a-t-il déclaré.", "claimed td-army")]
    public void OurDefenceAndSecurityForces_AreTheStorysArmy(string text, string expected) =>
        Assert.Contains(expected, ClaimStatements.Of(text));

    [Theory]
    // (E) the bare FDS stays the lexicon's fds
    [InlineData("The defence and security forces killed 50 assailants, the Chadian government said.", "claimed td-army")]
    public void TheBareDefenceAndSecurityForces_StayFds(string text, string unexpected) =>
        Assert.DoesNotContain(unexpected, ClaimStatements.Of(text));
}
