using Sahel.Diff.Claims;
using Xunit;
using static Sahel.Tests.Diff.ClaimTolls;

namespace Sahel.Tests.Diff;

/// <summary>
/// Session 12's toll sources (round 24), from the wrong-source misses of dev12 (the mainstream registers) beside dev11: who counts
/// for a research body (researchers, an institute, a data project), the speaker of a relative aside and of a passive past a word
/// of time, a demonstrative source pointing back, a medium that interviewed the speakers, an official toll given its owner by
/// "selon", and the paradigm cells left empty (local activists, a militia's chief, a parent, the indefinite police spokesman, the
/// English present of telling, "وفق ما أعلن"). Sentences written for these tests; each cell has negatives.
/// </summary>
public sealed class ClaimSourcesRound24Tests
{
    [Theory]
    // researchers, an institute and a data project count on their own (the README's row "think tank, analyst, researcher")
    [InlineData("Researchers at the Sahel Institute put the toll at between 20 and 25.")]
    [InlineData("Researchers at the Sahel Institute estimate that 25 people were killed.")]
    [InlineData("Selon les chercheurs de l'institut, vingt-cinq personnes ont été tuées.")]
    [InlineData("According to ACLED data, more than 300 people were killed in the region.")]
    [InlineData("وبحسب مشروع بيانات النزاعات المسلحة، قتل أكثر من ثلاثمئة شخص.")]
    [InlineData("وقال باحثون في معهد الدراسات إن خمسة وعشرين شخصا قتلوا.")]
    public void A_research_body_counts_as_an_ngo(string text) => Assert.Equal(SourceKind.Ngo, LastSource(text));

    [Theory]
    // a lone researcher in a transcript's label still names no source (round 20); the bare "sources" stay no one's
    [InlineData("LE CHERCHEUR : Vingt morts ont été comptés dans le village.", SourceKind.Unattributed)]
    [InlineData("Vingt-cinq personnes ont été tuées, selon plusieurs sources.", SourceKind.Unattributed)]
    public void Not_a_research_body(string text, SourceKind kind) => Assert.Equal(kind, LastSource(text));

    [Theory]
    // the bare "sources" a named speaker's relative aside works from are its method, not a speaker
    [InlineData("Selon l'ONG Sahelwatch, qui recoupe plusieurs sources, vingt personnes ont été tuées.", SourceKind.Ngo)]
    [InlineData("The monitoring group, which cross-checks several sources, says twenty people were killed.", SourceKind.Ngo)]
    // not when the aside itself attributes ("qui, selon des sources…" keeps its own cue)
    [InlineData("Vingt personnes ont été tuées, selon des sources locales.", SourceKind.Local)]
    public void Sources_in_a_relative_aside_are_no_speaker(string text, SourceKind kind) => Assert.Equal(kind, LastSource(text));

    [Theory]
    // a passive's agent past a word of time gave the figure, as "annoncés par"
    [InlineData("Le préfet a fait état de 23 morts, contre 31 annoncés lundi par des responsables locaux.", SourceKind.Local)]
    [InlineData("The governor now speaks of 23 dead, against 31 dead given earlier by local officials.", SourceKind.Local)]
    public void A_passives_agent_past_a_time_word(string text, SourceKind kind) => Assert.Equal(kind, LastSource(text));

    [Fact]
    // without "par"/"by" the participle attributes nothing new: the governor's figure
    public void A_participle_without_agent_is_no_cue() =>
        Assert.Equal(SourceKind.Government, FirstSource("Le gouverneur a fait état de 23 morts annoncés lundi."));

    [Theory]
    // a demonstrative before the bare "source" points back as "la même source"
    [InlineData("Dix soldats ont été tués, selon une source sécuritaire. « Plusieurs blessés ont été évacués vers la capitale », a ajouté cette source.", SourceKind.Security)]
    [InlineData("Ten soldiers were killed, a security source said. \"Several wounded were flown to the capital,\" this source added.", SourceKind.Security)]
    public void A_demonstrative_source_points_back(string text, SourceKind kind) => Assert.Equal(kind, LastSource(text));

    [Fact]
    // a demonstrative before a noun of a kind of its own keeps the kind
    public void A_demonstrative_official_keeps_his_kind() =>
        Assert.Equal(SourceKind.Local, LastSource("Selon le gouverneur, dix morts. Ce responsable local parle de quinze morts."));

    [Theory]
    // a medium that interviewed the speakers is not the speaker, past its article
    [InlineData("Des proches interrogés par l'AFP évoquent au moins vingt-cinq morts.", SourceKind.Local)]
    [InlineData("Relatives of the victims interviewed by the BBC speak of at least 25 dead.", SourceKind.Local)]
    // the medium speaking on its own stays the medium
    [InlineData("Selon l'AFP, au moins vingt-cinq personnes ont été tuées.", SourceKind.Media)]
    public void A_medium_that_interviewed_the_speakers(string text, SourceKind kind) => Assert.Equal(kind, LastSource(text));

    [Theory]
    // an official toll given its owner by "selon/according to" after it is that owner's
    [InlineData("Le bilan officiel reste de quatre policiers tués, selon la police.", SourceKind.Security)]
    [InlineData("The official toll stands at four police officers killed, according to the police.", SourceKind.Security)]
    // with no owner, or another voice after a comma, the official toll stays the state's
    [InlineData("Le bilan officiel reste de quatre policiers tués.", SourceKind.Government)]
    [InlineData("Le bilan officiel est de douze morts, tandis que des habitants parlent de trente.", SourceKind.Government)]
    public void An_official_toll_and_its_owner(string text, SourceKind kind) => Assert.Equal(kind, FirstSource(text));

    [Theory]
    // a communiqué's opening "informe" names its issuer; the issuer named again keeps its document
    [InlineData("Le Gouvernement informe que le convoi escorté par les forces armées nationales a été attaqué. Le bilan fait état de dix civils tués.", SourceKind.Government)]
    [InlineData("The ministry informs the public that twelve civilians were killed.", SourceKind.Government)]
    // "fait état" past the adverb of a revision
    [InlineData("Le gouverneur fait désormais état de 23 morts.", SourceKind.Government)]
    public void A_communiques_opening(string text, SourceKind kind) => Assert.Equal(kind, LastSource(text));

    [Theory]
    // the paradigm of local voices: local activists, a militia's chief, a pupil's parent
    [InlineData("Ten people were killed in the village, a group of local activists said.", SourceKind.Local)]
    [InlineData("Dix personnes ont été tuées, selon des militants locaux.", SourceKind.Local)]
    [InlineData("وقال ناشطون محليون إن عشرة أشخاص قتلوا.", SourceKind.Local)]
    [InlineData("Vingt personnes ont été tuées, a indiqué un chef de milice.", SourceKind.Local)]
    [InlineData("Twenty people were killed, a militia leader said.", SourceKind.Local)]
    [InlineData("وقال قائد في ميليشيا محلية إن عشرين شخصا قتلوا.", SourceKind.Local)]
    [InlineData("The state government said ten students were freed. A parent, Musa Bello, told the Daily Trust that four students were still missing.", SourceKind.Local)]
    // rights activists stay an NGO
    [InlineData("Ten people were killed in the village, rights activists said.", SourceKind.Ngo)]
    public void Local_voices(string text, SourceKind kind) => Assert.Equal(kind, LastSource(text));

    [Theory]
    // an Arabic plural participle goes on with the plural subject, as the singular
    [InlineData("وحمّل ناشطون محليون الجماعة المسؤولية، مشيرين إلى مقتل عشرة أشخاص.", SourceKind.Local)]
    [InlineData("وكان ناشطون محليون قد حمّلوا الجماعة المسؤولية، مشيرين إلى فقدان نحو عشرين شخصا آخرين.", SourceKind.Local)]
    public void A_plural_participle(string text, SourceKind kind) => Assert.Equal(kind, LastSource(text));

    [Theory]
    // the spokesman of an institution: "وفق ما أعلن" as "حسب ما أعلن", the indefinite police spokesman as the definite one
    [InlineData("قتل عشرة أشخاص في هجوم شنه مسلحو بوكو حرام على قرية، وفق ما أعلن المتحدث باسم الحكومة.", SourceKind.Government)]
    [InlineData("قتل عشرة أشخاص في هجوم على سوق، حسب ما أفاد متحدث باسم الشرطة.", SourceKind.Security)]
    [InlineData("Ten people were killed by Boko Haram fighters in the village, a government spokesman said.", SourceKind.Government)]
    // an anonymous administrative source stays the state's, also "locale"; a local administrative official is local
    [InlineData("Deux gardes ont été tués, selon une source administrative locale.", SourceKind.Government)]
    [InlineData("Deux gardes ont été tués, selon un responsable administratif local.", SourceKind.Local)]
    public void Institutions_and_their_spokesmen(string text, SourceKind kind) => Assert.Equal(kind, LastSource(text));

    [Theory]
    // the English present of the wire's headline tense
    [InlineData("The Kaduna State Police Command confirms the abduction of eight worshippers.", SourceKind.Security)]
    [InlineData("The army says the situation is under control. The government gives its first toll: twelve gendarmes killed.", SourceKind.Government)]
    public void The_present_of_telling(string text, SourceKind kind) => Assert.Equal(kind, LastSource(text));

    [Theory]
    // an office holder speaks for the institution named after him, also past its office or branch and one word of its own
    [InlineData("قال مسؤول في مركز الإيواء التابع للمنظمة الدولية للهجرة إن ثمانية مهاجرين لقوا حتفهم.", SourceKind.Un)]
    [InlineData("قال مسؤول في مكتب منظمة أطباء بلا حدود إن ثمانية مهاجرين لقوا حتفهم.", SourceKind.Ngo)]
    [InlineData("Un responsable du bureau de l'OIM a indiqué que huit migrants sont morts.", SourceKind.Un)]
    [InlineData("An official at the transit centre run by the IOM said eight migrants died.", SourceKind.Un)]
    // as before, right after him
    [InlineData("قال مسؤول في المنظمة الدولية للهجرة إن ثمانية مهاجرين لقوا حتفهم.", SourceKind.Un)]
    // an office with no institution after it leaves the official the state's
    [InlineData("قال مسؤول في مكتب الوالي إن ثمانية أشخاص قتلوا.", SourceKind.Government)]
    public void An_official_of_an_institutions_office(string text, SourceKind kind) => Assert.Equal(kind, LastSource(text));
}
