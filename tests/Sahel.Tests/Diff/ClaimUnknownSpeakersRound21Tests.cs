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
}
