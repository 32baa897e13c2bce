using Sahel.Diff.Claims;
using Xunit;
using static Sahel.Tests.Diff.ClaimTolls;

namespace Sahel.Tests.Diff;

/// <summary>
/// Session 11's toll sources (round 20), from the misses of fresh8 and dev9 beside the older writers: which speaker governs
/// the figure (a possessed spokesman's subject, a statement's issuer not past a comma, a statement read out by someone, an
/// Arabic relay that goes on with "أن", a statement opening its sentence past an aside, a transcript's speaker label), and
/// cells of the source-kinds table left empty in one language (associations of the people themselves, a local body's
/// official, a victim's kin, the emergency agency, the school's head). Sentences written for these tests; each cell has
/// negatives.
/// </summary>
public sealed class ClaimTollSourceRound20Tests
{
    [Theory]
    // a possessed spokesman speaks for the sentence's first speaker, also when a lexicon name stands after it
    [InlineData("أعلنت هيئة الأركان العامة للجيش المالي، في بيان تلاه الناطق باسمها، أن وحداتها قتلت عشرين إرهابيا.", SourceKind.Army)]
    [InlineData("L'état-major général des armées maliennes a annoncé, selon son porte-parole, que ses unités ont tué vingt terroristes.", SourceKind.Army)]
    [InlineData("The general staff of Mali's armed forces said, according to its spokesman, that its units had killed twenty militants.", SourceKind.Army)]
    // the government's own spokesman stays the government's
    [InlineData("أعلنت الحكومة المالية، في بيان تلاه الناطق باسمها، مقتل عشرين مدنيا.", SourceKind.Government)]
    public void A_possessed_spokesman_speaks_for_the_first_speaker(string text, SourceKind kind) => Assert.Equal(kind, LastSource(text));

    [Theory]
    // a statement's issuer stands in its own phrase, not past a comma that opens another speaker's clause
    [InlineData("ولم يعلق الجيش على البيان، فيما قال مصدر أمني إن الهجوم أسفر عن مقتل تسعة جنود.", SourceKind.Security)]
    [InlineData("L'armée n'a pas commenté le communiqué, tandis qu'une source sécuritaire a fait état de neuf soldats tués.", SourceKind.Security)]
    [InlineData("The army did not comment on the statement, while a security source said nine soldiers were killed.", SourceKind.Security)]
    // the issuer right after the statement still issues it
    [InlineData("وجاء في بيان لوزارة الدفاع أن تسعة جنود قتلوا.", SourceKind.Government)]
    [InlineData("Un communiqué de l'armée fait état de neuf soldats tués.", SourceKind.Army)]
    public void A_statements_issuer_is_not_past_a_comma(string text, SourceKind kind) => Assert.Equal(kind, LastSource(text));

    [Theory]
    // who reads a statement out issues it, whoever was named before
    [InlineData("L'armée a mené une opération près de Tiloa. Quatorze terroristes ont été neutralisés, indique le communiqué lu à la télévision nationale par le porte-parole du gouvernement.", SourceKind.Government)]
    [InlineData("The army led an operation near Tiloa. Fourteen militants were killed, said the statement read out on state television by the government spokesman.", SourceKind.Government)]
    [InlineData("نفذ الجيش عملية قرب تيلوا. وقتل أربعة عشر إرهابيا، بحسب بيان تلاه الناطق باسم الحكومة على التلفزيون.", SourceKind.Government)]
    // with no reader, the statement is the one named before
    [InlineData("L'armée a mené une opération près de Tiloa. Quatorze terroristes ont été neutralisés, indique le communiqué.", SourceKind.Army)]
    public void A_statement_read_out_is_its_readers(string text, SourceKind kind) => Assert.Equal(kind, LastSource(text));

    [Theory]
    // an Arabic relay that goes on with "أن" is told by the relayer; with "عن" by the one it relays from
    [InlineData("نقلت وكالة أعماق، مساء الأحد، أن مقاتلي التنظيم قتلوا خمسة عشر جنديا.", SourceKind.ArmedGroup)]
    [InlineData("نقلت الإذاعة الوطنية أن الهجوم أسفر عن مقتل خمسة عشر جنديا.", SourceKind.Media)]
    [InlineData("نقلت إذاعة محلية عن شهود أن المسلحين قتلوا خمسة عشر قرويا.", SourceKind.Local)]
    // "نُقل" of the bodies carried is no telling
    [InlineData("ونقلت الجثث إلى المستشفى، وقال الجيش إن خمسة عشر جنديا قتلوا.", SourceKind.Army)]
    // French and English tell it with a verb of telling
    [InlineData("Amaq reported that the group's fighters killed fifteen soldiers.", SourceKind.ArmedGroup)]
    public void An_arabic_relay_with_that_is_the_relayers(string text, SourceKind kind) => Assert.Equal(kind, LastSource(text));

    [Theory]
    // a possessed statement opening its sentence past an aside points back to its owner
    [InlineData("JNIM has said it carried out the attack. Its statement, posted on Tuesday, claims thirty soldiers killed.")]
    [InlineData("Le JNIM a revendiqué l'attaque. Son communiqué, publié mardi, affirme que trente soldats ont été tués.")]
    public void A_possessed_statement_past_an_aside_is_its_owners(string text) => Assert.Equal(SourceKind.ArmedGroup, LastSource(text));

    [Theory]
    // a transcript's speaker label naming a source speaks its turn, also with a complement in capitals
    [InlineData("REPRÉSENTANT DE L'ONG : Nous avons compté vingt morts dans le village.", SourceKind.Ngo)]
    [InlineData("LAWYER FOR THE RIGHTS GROUP: We counted twenty dead in the village.", SourceKind.Ngo)]
    [InlineData("المتحدث باسم الشرطة: قتل اثنا عشر شخصا في الهجوم.", SourceKind.Security)]
    // a label that names no source attributes nothing; the turn's own speaker does
    [InlineData("LE CHERCHEUR : Vingt morts ont été comptés dans le village.", SourceKind.Unattributed)]
    [InlineData("ANCHOR: The army says twelve soldiers died.", SourceKind.Army)]
    public void A_speaker_label_speaks_its_turn(string text, SourceKind kind) => Assert.Equal(kind, LastSource(text));

    [Theory]
    // the spokesman of an association of the people themselves, introduced, then speaking under his label
    [InlineData("With me is the spokesman of an association of displaced people. SPOKESMAN: Our members tell us seven drivers were killed.")]
    [InlineData("Avec nous, le porte-parole d'une association de déplacés. LE PORTE-PAROLE : Nos membres nous disent que sept chauffeurs ont été tués.")]
    public void An_associations_spokesman_speaks_as_a_local(string text) => Assert.Equal(SourceKind.Local, LastSource(text));

    [Theory]
    // an association of the people themselves speaks as locals (the source-kinds table), a rights association as an NGO
    [InlineData("Deux enseignants ont été enlevés, a déclaré le président de l'association des parents d'élèves.", SourceKind.Local)]
    [InlineData("Eleven fishermen were taken hostage, the fishermen's association said.", SourceKind.Local)]
    [InlineData("Deux enseignants ont été enlevés, selon une association de défense des droits humains.", SourceKind.Ngo)]
    public void An_association_of_local_people_speaks_as_locals(string text, SourceKind kind) => Assert.Equal(kind, LastSource(text));

    [Theory]
    // a local body's official speaks as a local, in the English compound as in French and Arabic
    [InlineData("A bus struck a mine, killing eight passengers, a transport union official said.", SourceKind.Local)]
    [InlineData("Un car a sauté sur une mine, tuant huit passagers, selon un responsable du syndicat des transporteurs.", SourceKind.Local)]
    [InlineData("انفجر لغم في حافلة فقتل ثمانية ركاب، بحسب مسؤول في نقابة الناقلين.", SourceKind.Local)]
    [InlineData("A bus struck a mine, killing eight passengers, a government official said.", SourceKind.Government)]
    public void A_local_bodys_official_speaks_as_a_local(string text, SourceKind kind) => Assert.Equal(kind, LastSource(text));

    [Theory]
    // a victim's kin speaks as locals, as his family does
    [InlineData("Les assaillants ont tué deux notables, a raconté son fils à la radio.", SourceKind.Local)]
    [InlineData("The gunmen killed two elders with him, his son told the radio.", SourceKind.Local)]
    [InlineData("وقال نجله إن المسلحين قتلوا اثنين من الأعيان.", SourceKind.Local)]
    [InlineData("A soldier's brother, whom we reached by phone, said nine men of the unit had been buried.", SourceKind.Local)]
    // kin among the dead do not speak
    [InlineData("Deux villageois ont été tués avec son fils, selon la gendarmerie.", SourceKind.Security)]
    [InlineData("Two villagers were killed along with his brother, police said.", SourceKind.Security)]
    [InlineData("قتل قرويان مع نجله، بحسب الشرطة.", SourceKind.Security)]
    public void A_victims_kin_speaks_as_a_local(string text, SourceKind kind) => Assert.Equal(kind, LastSource(text));

    [Theory]
    // a spokesman possessed by a common noun speaks for the source that noun repeats (French "le porte-parole du commandement"
    // is left: the definite noun after "du" is not read against the sources before)
    [InlineData("Gunmen killed thirteen people, the state police command said. The command's spokesman told reporters that eight others were injured.", SourceKind.Security)]
    [InlineData("قتل مسلحون ثلاثة عشر شخصا، بحسب قيادة شرطة الولاية. وقال المتحدث باسم القيادة إن ثمانية آخرين أصيبوا.", SourceKind.Security)]
    // no source before repeats it, or the possessor is itself a source: the spokesman stays the government's
    [InlineData("Gunmen killed thirteen people, residents said. The spokesman told reporters that eight others were injured.", SourceKind.Government)]
    [InlineData("Gunmen killed thirteen people, residents said. The government's spokesman told reporters that eight others were injured.", SourceKind.Government)]
    public void A_spokesman_possessed_by_a_common_noun_speaks_for_what_it_repeats(string text, SourceKind kind) => Assert.Equal(kind, LastSource(text));

    [Theory]
    // an organisation named by its cause in French, as "care" and "aid" in English
    [InlineData("L'Alliance Soins du Liptako condamne l'attaque. Deux membres de notre personnel ont été tués.", SourceKind.Ngo)]
    [InlineData("Le Réseau Aide Sahel affirme que deux infirmiers ont été tués.", SourceKind.Ngo)]
    [InlineData("The Frontline Care Alliance says two nurses were killed.", SourceKind.Ngo)]
    // a name with no cause is no organisation of a cause
    [InlineData("L'Alliance du Liptako affirme que deux infirmiers ont été tués.", SourceKind.Unattributed)]
    public void An_organisation_named_by_its_cause_in_french(string text, SourceKind kind) => Assert.Equal(kind, LastSource(text));

    [Theory]
    // the state's emergency agency in the three languages, not a news agency
    [InlineData("ارتفعت حصيلة التفجير إلى عشرين قتيلا، بحسب وكالة إدارة الطوارئ في الولاية.", SourceKind.Government)]
    [InlineData("Le bilan s'élève à vingt morts, selon l'Agence de gestion des urgences.", SourceKind.Government)]
    [InlineData("The toll rose to twenty dead, the State Emergency Management Agency said.", SourceKind.Government)]
    [InlineData("ارتفعت حصيلة التفجير إلى عشرين قتيلا، بحسب وكالة أنباء محلية.", SourceKind.Media)]
    public void The_emergency_agency_is_the_states(string text, SourceKind kind) => Assert.Equal(kind, LastSource(text));

    [Theory]
    // the school's head, also in the feminine
    [InlineData("Two teachers were shot dead in the classroom, the school's headmistress told reporters.")]
    [InlineData("قتل معلمان داخل الفصل، بحسب مديرة المدرسة.")]
    [InlineData("Deux enseignants ont été abattus en classe, selon la directrice d'école.")]
    public void The_schools_head_speaks_as_a_local(string text) => Assert.Equal(SourceKind.Local, LastSource(text));

    [Theory]
    // a claim denied with the French elided "ne" alone ("personne n'a revendiqué") attributes nothing: the figure after it keeps
    // the speaker before, as with "لم"
    [InlineData("Le gouvernement parle de dix-neuf morts. L'attaque porte la marque du JNIM, même si personne n'a revendiqué. Au moins vingt-six morts sont évoqués.")]
    [InlineData("تحدثت الحكومة عن تسعة عشر قتيلا. ويحمل الهجوم بصمات الجماعة، رغم أنها لم تتبن الهجوم. وسقط ستة وعشرون قتيلا على الأقل.")]
    public void A_claim_denied_by_the_elided_ne_attributes_nothing(string text) => Assert.Equal(SourceKind.Government, LastSource(text));

    [Theory]
    // "ne … que" tells the figure it restricts; a negative subject denies the claim, the figure's own source still speaks
    [InlineData("Le gouvernement, lui, n'a reconnu la mort que de six soldats.", SourceKind.Government)]
    [InlineData("Aucun groupe n'a revendiqué l'attaque qui a fait six morts, selon des habitants.", SourceKind.Local)]
    public void Ne_que_is_no_negation(string text, SourceKind kind) => Assert.Equal(kind, LastSource(text));

    [Theory]
    // a claim in a relative (Arabic with its resumptive pronoun, "تبنته") attributes only what follows it: the figure before is
    // the one who tells it
    [InlineData("ارتفع عدد القتلى إلى اثني عشر جنديا في الهجوم الذي تبنته جماعة أنصار الإسلام في بيان، حسب مصدر أمني.", SourceKind.Security)]
    [InlineData("The toll rose to twelve soldiers in the attack that JNIM claimed in a statement, a security source said.", SourceKind.Security)]
    // the figure after the claim, in the claimant's words, is the group's
    [InlineData("وهو الهجوم الذي تبنته جماعة أنصار الإسلام، مؤكدة مقتل اثني عشر جنديا.", SourceKind.ArmedGroup)]
    public void A_claim_in_a_relative_attributes_what_follows(string text, SourceKind kind) => Assert.Equal(kind, LastSource(text));

    [Theory]
    // "according to them" in the Arabic plural is the sentence's subject, as "selon eux", "according to them"
    [InlineData("نظم أهالي ثمانية عشر مفقودا وقفة، وهم الذين اعتقلتهم بحسب قولهم قوات الجيش خلال مداهمة.", SourceKind.Local)]
    [InlineData("Les familles disent que dix-huit hommes ont disparu après avoir été arrêtés, selon elles, par l'armée.", SourceKind.Local)]
    [InlineData("The families say eighteen men went missing after they were detained, according to them, by the army.", SourceKind.Local)]
    [InlineData("قال الجيش إن ثمانية عشر مسلحا قتلوا، بحسب قولهم.", SourceKind.Army)]
    public void According_to_them_is_the_subjects(string text, SourceKind kind) => Assert.Equal(kind, LastSource(text));

    [Theory]
    // who demands protection after an attack tells its toll, as who condemns it (not French "réclame": also a kidnapper's ransom)
    [InlineData("طالبت النقابة الوطنية للمعلمين بحماية المدارس بعد هجوم أسفر عن مقتل معلمين اثنين.", SourceKind.Local)]
    [InlineData("The teachers' union called for the protection of schools after an attack that killed two teachers.", SourceKind.Local)]
    // who demands and is no source names no one: the figure's own source speaks
    [InlineData("The kidnappers called for a ransom for the twelve hostages, residents said.", SourceKind.Local)]
    public void Who_demands_after_an_attack_tells_its_toll(string text, SourceKind kind) => Assert.Equal(kind, LastSource(text));

    [Theory]
    // the clergy as an anonymous source speaks as locals (the source-kinds table), security sources as security
    [InlineData("Une quinzaine de fidèles ont été enlevés à la sortie de la messe, selon des sources paroissiales.", SourceKind.Local)]
    [InlineData("About fifteen worshippers were abducted after mass, church sources said.", SourceKind.Local)]
    [InlineData("اختطف نحو خمسة عشر من المصلين بعد القداس، بحسب مصادر كنسية.", SourceKind.Local)]
    [InlineData("Une quinzaine de fidèles ont été enlevés à la sortie de la messe, selon des sources sécuritaires.", SourceKind.Security)]
    public void Church_sources_speak_as_locals(string text, SourceKind kind) => Assert.Equal(kind, LastSource(text));

    [Theory]
    // a UN under-secretary-general by title speaks for the UN; a union's secretary-general for his union
    [InlineData("Devant le Conseil de sécurité, la sous-secrétaire générale aux affaires humanitaires a indiqué que 300 enfants avaient été enlevés.", SourceKind.Un)]
    [InlineData("The Under-Secretary-General for Humanitarian Affairs told the Security Council that 300 children had been abducted.", SourceKind.Un)]
    [InlineData("وقال وكيل الأمين العام للشؤون الإنسانية إن ٣٠٠ طفل اختطفوا.", SourceKind.Un)]
    [InlineData("Le secrétaire général du syndicat a indiqué que 300 enfants avaient été enlevés.", SourceKind.Local)]
    public void An_under_secretary_general_speaks_for_the_un(string text, SourceKind kind) => Assert.Equal(kind, LastSource(text));

    [Fact]
    public void The_apostrophe_of_a_name_is_no_negation() =>
        Assert.Equal(SourceKind.Local, LastSource("A gendarme's brother, whom we reached in Fada N'Gourma, told us eleven men of the post had been buried."));
}
