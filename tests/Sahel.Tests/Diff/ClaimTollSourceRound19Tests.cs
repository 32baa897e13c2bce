using Sahel.Diff.Claims;
using Xunit;
using static Sahel.Tests.Diff.ClaimTolls;

namespace Sahel.Tests.Diff;

/// <summary>
/// Session 10's toll sources, second pass (round 19), from the misses of fresh7 and dev9 beside the older writers: the
/// gendarmerie speaking as the police, a victim's family as locals, the Arabic prosecutor, a monitor named by its generic
/// noun, the French imperfect of telling verbs, a bare periodical pointing back to a group's weekly, a first statement
/// referred back to. Sentences written for these tests; each cell has negatives.
/// </summary>
public sealed class ClaimTollSourceRound19Tests
{


    [Theory]
    // the gendarmerie by its generic name, as the police
    [InlineData("Quatre commerçants ont été enlevés près de Téra, selon la gendarmerie.")]
    [InlineData("Selon la gendarmerie nationale, deux agents ont été blessés à Kollo.")]
    [InlineData("Four traders were abducted near Tera, the gendarmerie said.")]
    [InlineData("اختطف مسلحون أربعة تجار قرب تيرا، بحسب مصدر في الدرك.")]
    [InlineData("وقال الدرك الوطني إن أربعة تجار اختطفوا قرب تيرا.")]
    public void The_gendarmerie_speaks_as_the_police(string text) => Assert.Equal(SourceKind.Security, LastSource(text));

    [Theory]
    // a gendarmerie that is a place, or gendarmes counted, does not speak
    [InlineData("Deux gendarmes ont été tués devant la brigade de gendarmerie de Kaya, selon des habitants.", SourceKind.Local)]
    [InlineData("Two gendarmes were killed outside the gendarmerie post in Kaya, residents said.", SourceKind.Local)]
    [InlineData("أعلن وزير الأمن أن الهجوم على مدرسة الدرك أسفر عن مقتل عشرة طلاب.", SourceKind.Government)]
    [InlineData("Deux passants ont été blessés près d'un poste de gendarmerie, selon la police.", SourceKind.Security)]
    public void A_gendarmerie_as_a_place_does_not_speak(string text, SourceKind kind) => Assert.Equal(kind, LastSource(text));

    [Theory]
    // a victim's or a hostage's family in the singular, as "families" and "relatives"
    [InlineData("Three guards were shot dead at the gate, his family said.")]
    [InlineData("Two nurses are still held, according to the family.")]
    [InlineData("Trois gardiens ont été abattus à l'entrée, selon sa famille.")]
    [InlineData("قتل ثلاثة حراس عند البوابة، بحسب عائلته.")]
    [InlineData("وقالت أسرة الضحية إن ثلاثة حراس قتلوا عند البوابة.")]
    public void A_victims_family_speaks_as_locals(string text) => Assert.Equal(SourceKind.Local, LastSource(text));

    [Theory]
    // a family that is counted does not speak: the one who tells is still the source
    [InlineData("Five members of one family were killed, the army said.", SourceKind.Army)]
    [InlineData("Cinq membres d'une même famille ont été tués, selon une source sécuritaire.", SourceKind.Security)]
    [InlineData("قتل خمسة من أفراد عائلة واحدة، بحسب مصدر أمني.", SourceKind.Security)]
    public void A_family_counted_does_not_speak(string text, SourceKind kind) => Assert.Equal(kind, LastSource(text));

    [Theory]
    // a village's chief in the indefinite ("شيخ قرية", "le chef d'un village"), as the definite one
    [InlineData("قتل أربعة رعاة قرب الحدود، بحسب ما أفاد به شيخ قرية مجاورة.")]
    [InlineData("قتل أربعة رعاة قرب الحدود، وفق ما أفاد به شيخ إحدى القرى المجاورة.")]
    [InlineData("Quatre bergers ont été tués près de la frontière, selon le chef d'un village voisin.")]
    [InlineData("Four herders were killed near the border, according to the head of the village.")]
    public void A_village_chief_in_the_indefinite_speaks_as_a_local(string text) => Assert.Equal(SourceKind.Local, LastSource(text));

    [Fact]
    public void A_village_that_is_a_place_does_not_speak() =>
        Assert.Equal(SourceKind.Security, LastSource("قتل أربعة رعاة قرب إحدى القرى، بحسب مصدر أمني."));

    [Theory]
    // the Arabic security source with the article in the singular, as in the plural, also past a heading's time stamp
    [InlineData("قال مصدر أمني إن جنديين قتلا. وأضاف المصدر الأمني أن ثلاثة جنود فقدوا.")]
    [InlineData("٠٩:١٥ — سكان: إطلاق نار كثيف.\n١٦:٤٥ — المصدر العسكري نفسه: فقدان الاتصال بثلاثة جنود.")]
    public void The_definite_security_source_is_security(string text) => Assert.Equal(SourceKind.Security, LastSource(text));

    [Theory]
    // an Arabic verb of telling with its resumptive pronoun after "حسب ما"/"وفق ما": the one after it speaks, not people named before
    [InlineData("قتل سبعة أشخاص في شجار بين سكان قريتين، حسب ما أعلنه حاكم الإقليم.", SourceKind.Government)]
    [InlineData("قتل سبعة أشخاص في شجار بين سكان قريتين، وفق ما ذكره مصدر أمني.", SourceKind.Security)]
    [InlineData("قتل أحد عشر شخصا في اشتباكات، حسبما صرح به مسؤول محلي.", SourceKind.Local)]
    public void The_one_after_a_resumptive_telling_verb_speaks(string text, SourceKind kind) => Assert.Equal(kind, LastSource(text));

    [Theory]
    // a possessed spokesman after his own sentence's subject speaks for it
    [InlineData("L'armée a tué six assaillants lors d'un ratissage, selon son porte-parole.", SourceKind.Army)]
    [InlineData("The army killed six attackers in a sweep, according to its spokesman.", SourceKind.Army)]
    [InlineData("قتل الجيش ستة مهاجمين خلال عملية تمشيط، بحسب المتحدث باسمه.", SourceKind.Army)]
    [InlineData("Benin's government blamed JNIM for the raid that killed six soldiers, its spokesman told reporters.", SourceKind.Government)]
    public void A_possessed_spokesman_speaks_for_his_sentences_subject(string text, SourceKind kind) => Assert.Equal(kind, LastSource(text));

    [Fact]
    public void A_bare_spokesman_stays_the_states() =>
        Assert.Equal(SourceKind.Government, LastSource("L'armée a tué six assaillants lors d'un ratissage, selon le porte-parole du gouvernement."));

    [Theory]
    // the prosecutor in the three languages (French and English were read already)
    [InlineData("أكد المدعي العام أمام المحكمة أن الهجوم خلف عشرين قتيلا من المدنيين.")]
    [InlineData("Le procureur a affirmé que l'attaque avait fait vingt morts.")]
    [InlineData("The prosecutor told the court the attack killed twenty civilians.")]
    public void The_prosecutor_speaks_for_the_state(string text) => Assert.Equal(SourceKind.Government, LastSource(text));

    [Theory]
    // a monitor by its generic noun, before its name or alone, speaks as an NGO
    [InlineData("The army announced air strikes. The monitoring group Niger Peace Watch said the strike killed nine civilians.")]
    [InlineData("The army announced air strikes. The monitoring group said the strike killed nine civilians.")]
    [InlineData("A rights watchdog said the strike killed nine civilians.")]
    public void A_monitor_speaks_as_an_ngo(string text) => Assert.Equal(SourceKind.Ngo, LastSource(text));

    [Theory]
    // a monitor that relays a group's claim does not speak: the group does
    [InlineData("The Islamic State, in a claim relayed by a monitoring group, said it had killed 12 soldiers.")]
    public void A_monitor_relaying_a_claim_does_not_speak(string text) => Assert.Equal(SourceKind.ArmedGroup, LastSource(text));

    [Theory]
    // the French imperfect of telling, as its present and past
    [InlineData("Le même jour, l'armée annonçait avoir neutralisé une vingtaine de terroristes.", SourceKind.Army)]
    [InlineData("La veille, la police indiquait que trois agents avaient été blessés.", SourceKind.Security)]
    [InlineData("Le ministre affirmait alors que douze soldats avaient été tués.", SourceKind.Government)]
    public void The_french_imperfect_tells(string text, SourceKind kind) => Assert.Equal(kind, LastSource(text));

    [Fact]
    public void An_imperfect_that_tells_nothing_leaves_the_source() =>
        Assert.Equal(SourceKind.Local, LastSource("Le même jour, l'armée patrouillait près du village où trois civils ont été tués, selon des habitants."));

    [Theory]
    // a bare periodical after a group's weekly is that weekly, the group's
    [InlineData("L'État islamique a publié son hebdomadaire. Le journal affirme que douze militaires ont péri sous les balles des combattants.")]
    [InlineData("The Islamic State published its weekly al-Naba. The newsletter says twelve troops died in the raid.")]
    [InlineData("The Islamic State published a claim, then withdrew it. The first claim said dozens of soldiers were killed in the raid.")]
    public void A_bare_periodical_points_back_to_the_groups_weekly(string text) => Assert.Equal(SourceKind.ArmedGroup, LastSource(text));

    [Theory]
    // otherwise a bare periodical stays the media, even after the army
    [InlineData("The army said five soldiers were killed. The newspaper says twelve civilians were killed.")]
    [InlineData("L'armée a annoncé cinq soldats tués. Le journal affirme que douze civils ont été tués.")]
    public void A_bare_periodical_otherwise_stays_the_media(string text) => Assert.Equal(SourceKind.Media, LastSource(text));
}
