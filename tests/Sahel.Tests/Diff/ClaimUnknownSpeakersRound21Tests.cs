using Sahel.Diff.Claims;
using Xunit;
using static Sahel.Tests.Diff.ClaimTolls;

namespace Sahel.Tests.Diff;

/// <summary>
/// Session 11, round 21: speakers the source vocabulary does not know, read by the head of the phrase a reporting verb,
/// "selon/according to/بحسب" or a document's owner governs (a cluster, a firm, a university, a committee, a candidate, a
/// researcher, a union), in French, English and Arabic. Sentences written for these tests; each cell has negatives.
/// </summary>
public sealed class ClaimUnknownSpeakersRound21Tests
{
    [Theory]
    // a humanitarian cluster speaks for the UN, also past an aside, and by its document
    [InlineData("Le cluster Protection, piloté par le HCR, signale six femmes enlevées près de Kaya.")]
    [InlineData("The Protection Cluster's monthly note records six women abducted near Kaya.")]
    [InlineData("سجلت مجموعة الحماية في مذكرتها الشهرية اختطاف ست نساء قرب كايا.")]
    public void A_cluster_speaks_as_the_un(string text) => Assert.Equal(SourceKind.Un, LastSource(text));

    [Theory]
    // a firm, a university, a committee, a candidate speak as locals, as the subject or the owner of their document
    [InlineData("La compagnie Sahel Transit indique que trois chauffeurs ont été tués sur l'axe Kaya-Dori.")]
    [InlineData("The insurer's quarterly report records three drivers killed on the Kaya-Dori road.")]
    [InlineData("أفاد تقرير سنوي لشركة نقل بأن ثلاثة سائقين قتلوا على طريق كايا.")]
    [InlineData("L'université de Maroua déplore deux étudiants tués sur la route du campus.")]
    [InlineData("نعت جامعة ديفا طالبين قتلا على طريق الحرم الجامعي.")]
    [InlineData("The camp committee wrote that two refugees had been killed near the wells.")]
    [InlineData("« Quatre de nos militants ont été tués », a lancé dimanche le candidat Abdou Sani.")]
    [InlineData("Deux commerçants ont été enlevés à Téra, selon le comité de gestion du marché.")]
    public void A_firm_a_university_a_committee_a_candidate_speak_as_locals(string text) => Assert.Equal(SourceKind.Local, LastSource(text));

    [Theory]
    // a researcher with a count of his own speaks as an NGO
    [InlineData("يقدر الباحث في مركز دراسات الساحل أن أكثر من ٣٠٠ شخص اختطفوا هذا العام.")]
    [InlineData("Un chercheur indépendant estime que 300 personnes ont été enlevées cette année.", SourceKind.Ngo)]
    public void A_researcher_speaks_as_an_ngo(string text, SourceKind kind = SourceKind.Ngo) => Assert.Equal(kind, LastSource(text));

    [Theory]
    // a known speaker after a verb the vocabulary did not hold ("ندد", "condemned")
    [InlineData("ندد إمام المسجد الكبير بمقتل خمسة مصلين في هجوم على القرية.")]
    public void A_known_speaker_of_an_unknown_verb_speaks(string text) => Assert.Equal(SourceKind.Local, LastSource(text));

    [Theory]
    // not a speaker: a firm, a university, a committee that is a place or what is told, or counted
    [InlineData("Des hommes armés ont tué cinq employés de la compagnie minière près d'Essakane, selon l'armée.", SourceKind.Army)]
    [InlineData("Gunmen killed five staff of the university near Maiduguri, the police said.", SourceKind.Security)]
    [InlineData("قتل مسلحون خمسة موظفين في شركة تعدين قرب إساكان، بحسب مصدر أمني.", SourceKind.Security)]
    // the verb of another clause: the unknown phrase is inside what the known speaker says
    [InlineData("Des habitants affirment que le comité de crise a compté sept morts au marché.", SourceKind.Local)]
    [InlineData("Residents said the company had counted seven dead at the market.", SourceKind.Local)]
    public void An_unknown_phrase_that_does_not_speak_leaves_the_source(string text, SourceKind kind) => Assert.Equal(kind, LastSource(text));

    [Fact]
    // a figure before a later, unrelated speaker keeps the source before it
    public void A_figure_before_an_unrelated_unknown_speaker_keeps_its_source() =>
        Assert.Equal(SourceKind.Army, FirstSource("L'armée a annoncé la mort de neuf assaillants. La compagnie de téléphonie signale par ailleurs des coupures de réseau."));

    [Fact]
    // no class fits: left as before (no default to "local")
    public void An_unclassified_subject_stays_unattributed() =>
        Assert.Equal(SourceKind.Unattributed, LastSource("The weekly digest records six civilians killed near Djibo."));

    [Theory]
    // an association of the people themselves speaks as locals; a rights association stays an NGO
    [InlineData("L'association des femmes maraîchères de Kaya affirme que quatre de ses membres ont été tuées.", SourceKind.Local)]
    [InlineData("The Kaya herders' association said four of its members were killed.", SourceKind.Local)]
    [InlineData("قالت جمعية مزارعي القرية إن أربعة من أعضائها قتلوا.", SourceKind.Local)]
    [InlineData("L'association burkinabè des droits de l'homme affirme que quatre détenus ont été tués.", SourceKind.Ngo)]
    public void An_association_of_the_people_speaks_as_locals(string text, SourceKind kind) => Assert.Equal(kind, LastSource(text));

    [Theory]
    // a possessed title of the organisation named before speaks for it
    [InlineData("Le syndicat des transporteurs a tenu une assemblée. Son président a indiqué que six chauffeurs ont été enlevés.", SourceKind.Local)]
    [InlineData("The traders' union met on Monday. Its chairman said six drivers were abducted.", SourceKind.Local)]
    [InlineData("عقدت نقابة الناقلين اجتماعا، وقال رئيسها إن ستة سائقين اختطفوا.", SourceKind.Local)]
    public void A_possessed_title_speaks_for_its_organisation(string text, SourceKind kind) => Assert.Equal(kind, LastSource(text));

    [Theory]
    // kin of a victim speak as locals
    [InlineData("وقال نجله إن المسلحين قتلوا اثنين من الحراس.")]
    [InlineData("His widow said the gunmen killed two guards as well.")]
    public void A_victims_kin_speak_as_locals(string text) => Assert.Equal(SourceKind.Local, LastSource(text));

    [Fact]
    // an Arabic plural verb of recording has its subject before it
    public void An_arabic_plural_verb_of_recording_has_its_subject_before() =>
        Assert.Equal(SourceKind.Ngo, LastSource("وذكرت المذكرة أن شركاء الحماية وثقوا مقتل تسعة مدنيين."));
}
