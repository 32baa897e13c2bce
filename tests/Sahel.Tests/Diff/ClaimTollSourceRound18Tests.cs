using Sahel.Diff.Claims;
using Xunit;
using static Sahel.Tests.Diff.ClaimTolls;

namespace Sahel.Tests.Diff;

/// <summary>
/// Session 10's toll sources (round 18), from the misses of the two writers nobody had tuned on (fresh7, dev9) beside the
/// older ones: an English union of a trade, a statement past its speaker's complement, "the same statement" as a pointer
/// back, a group's own outlet speaking for the group, a live blog's heading past its time stamp, Arabic residents and
/// witnesses in the accusative, and a figure waiting for the source its paragraph names later (the carry, settled on the
/// labels of every dev writer). Sentences written for these tests; each cell has negatives.
/// </summary>
public sealed class ClaimTollSourceRound18Tests
{
    private static IReadOnlyList<TollClaim> Tolls(string title, string text) => ClaimExtractor.Extract(title, text, null).Tolls;



    [Theory]
    // a trade's people or a trade right before "union", or after "union of" (fr "syndicat" and ar "نقابة" already did)
    [InlineData("Four miners were killed at the pit, the regional miners' union said.", SourceKind.Local)]
    [InlineData("Two bus drivers were abducted near Kano, the Kano Road Transport Union said on Friday.", SourceKind.Local)]
    [InlineData("The National Union of Nurses said three of its members were killed in the raid.", SourceKind.Local)]
    [InlineData("Five traders were kidnapped on the road, according to the traders union.", SourceKind.Local)]
    [InlineData("Selon le syndicat des enseignants, deux instituteurs ont été tués.", SourceKind.Local)]
    [InlineData("وقالت نقابة السائقين إن ثلاثة سائقين قتلوا.", SourceKind.Local)]
    public void A_union_of_a_trade_speaks_as_locals(string text, SourceKind kind) => Assert.Equal(kind, LastSource(text));

    [Theory]
    // a bloc of states is no trade union: its figure is not read as the locals'
    [InlineData("Seven peacekeepers were killed, the African Union said.")]
    [InlineData("Six civilians were killed, the European Union said in a statement.")]
    public void A_bloc_of_states_is_no_trade_union(string text) => Assert.NotEqual(SourceKind.Local, LastSource(text));

    [Theory]
    // the statement after the speaker's own complement is the speaker's, and "the same statement" points back to him
    [InlineData("Six soldats ont été tués, a annoncé l'état-major général des armées du Niger dans un communiqué. Selon le même communiqué, douze assaillants ont été neutralisés.")]
    [InlineData("Six soldiers were killed, the general staff of the armed forces of Benin said in a statement. According to the same statement, twelve attackers were killed.")]
    [InlineData("أعلنت هيئة الأركان العامة للجيوش في بيان مقتل ستة جنود. وبحسب البيان نفسه، قتل اثنا عشر مهاجما.")]
    public void The_same_statement_is_the_speakers(string text) => Assert.Equal(SourceKind.Army, LastSource(text));

    [Theory]
    // a group's own outlet, named alone, speaks for the group
    [InlineData("وكالة أعماق: مقاتلو الدولة الإسلامية قتلوا ١٢ جنديا في الهجوم.")]
    [InlineData("ISWAP claimed the raid in a statement published by Amaq, saying its fighters had killed 16 soldiers.")]
    [InlineData("Selon Amaq, les combattants de l'État islamique ont tué 14 soldats lors de l'assaut.")]
    public void A_groups_own_outlet_speaks_for_the_group(string text) => Assert.Equal(SourceKind.ArmedGroup, LastSource(text));

    [Fact]
    public void Another_outlet_stays_the_media() =>
        Assert.Equal(SourceKind.Media, LastSource("Selon Radio Sahel, 14 soldats ont été tués lors de l'assaut."));

    [Theory]
    // a live blog's heading past its time stamp, a possessive country, or "the latest toll from"
    [InlineData("09:10 GMT - Residents report gunfire.\n13:45 GMT - Mali's defence ministry: 11 soldiers killed, 9 wounded.", SourceKind.Government)]
    [InlineData("9h10 – Des habitants signalent des tirs.\n13h45 – Dernier bilan de l'état-major : onze soldats tués.", SourceKind.Army)]
    [InlineData("09:10 UTC - Residents report gunfire.\n13:45 UTC - Latest toll from the defence ministry: 11 soldiers killed.", SourceKind.Government)]
    [InlineData("٠٩:١٠ — سكان: إطلاق نار كثيف.\n١٣:٤٥ — وزارة الدفاع: مقتل أحد عشر جنديا.", SourceKind.Government)]
    public void A_live_blogs_heading_names_its_source(string text, SourceKind kind) => Assert.Equal(kind, LastSource(text));

    [Fact]
    public void A_heading_opening_on_a_place_names_no_source() =>
        // "In Niamey, hospital:" is no time stamp before a source: the figure keeps the source carried before it
        Assert.Equal(SourceKind.ArmedGroup, LastSource("10:05 GMT - JNIM says it killed 30 soldiers.\n12:30 GMT - In Niamey, the hospital: 17 soldiers killed."));

    [Theory]
    // Arabic residents and witnesses in the accusative, speaking after "أن", "إن", "لكن"
    [InlineData("أعلن الجيش مقتل عشرين إرهابيا. غير أن سكانا في القرية قالوا إن ستة مدنيين قتلوا في القصف.", SourceKind.Local)]
    [InlineData("أعلن الجيش مقتل عشرين إرهابيا. لكن شهودا أكدوا أن ستة مدنيين قتلوا.", SourceKind.Local)]
    [InlineData("أعلن الجيش مقتل عشرين إرهابيا. وذكر أن سكانا محليين أكدوا مقتل ستة مدنيين.", SourceKind.Local)]
    public void Arabic_residents_in_the_accusative_speak_as_locals(string text, SourceKind kind) => Assert.Equal(kind, LastSource(text));

    [Fact]
    public void Arabic_residents_who_act_do_not_speak() =>
        // residents as the doers, with no verb of telling: the army's sentence carries
        Assert.Equal(SourceKind.Army, LastSource("أعلن الجيش مقتل خمسة مسلحين. وأكد أن سكانا قتلوا ثلاثة لصوص."));

    [Theory]
    // a figure no source before it attributed takes the source its paragraph names later
    [InlineData("Trois soldats ont été tués lundi près de Gao. Deux autres ont été blessés, a indiqué une source sécuritaire.", SourceKind.Security)]
    [InlineData("Three soldiers were killed on Monday near Gao. Two others were wounded, a security source said.", SourceKind.Security)]
    [InlineData("قتل ثلاثة جنود الإثنين قرب غاو. وأصيب اثنان آخران، بحسب مصدر أمني.", SourceKind.Security)]
    public void A_figure_waits_for_the_source_its_paragraph_names_later(string text, SourceKind kind) => Assert.Equal(kind, FirstSource(text));

    [Theory]
    // the later speaker speaks of the toll without a figure of their own: "that toll", "the figure", a toll word
    [InlineData("Gunmen killed at least 21 soldiers in Téra. The defence ministry gave that toll on Monday.", SourceKind.Government)]
    [InlineData("Quatre soldats ont été tués jeudi près de Ouallam. Le ministère de la Défense a confirmé ce bilan.", SourceKind.Government)]
    [InlineData("قتل أربعة جنود الخميس قرب ولام. وأكدت وزارة الدفاع هذه الحصيلة.", SourceKind.Government)]
    public void A_figure_waits_for_a_later_speaker_of_its_toll(string text, SourceKind kind) => Assert.Equal(kind, FirstSource(text));

    [Theory]
    // a feed's one-paragraph summary: the minister who speaks later says something else, so the figure stays the outlet's
    [InlineData("Une cérémonie s'est tenue vendredi à Niamey à la mémoire des quatre militaires tombés jeudi près de Ouallam. Le ministre de la Défense a salué leur sacrifice et assuré que les auteurs seraient retrouvés.")]
    [InlineData("Four soldiers died in Thursday's blast near Ouallam, and a ceremony was held for them in Niamey. The defence minister praised their courage and said those responsible would be hunted down.")]
    [InlineData("أقيمت في نيامي مراسم تأبين أربعة جنود سقطوا الخميس قرب ولام. وأشاد وزير الدفاع بتضحيتهم وأكد أن المسؤولين سيلاحقون.")]
    public void A_later_speaker_who_says_something_else_takes_no_figure(string text) => Assert.Equal(SourceKind.Unattributed, FirstSource(text));

    [Fact]
    public void A_new_paragraph_does_not_name_the_source_of_the_one_before() =>
        Assert.Equal(SourceKind.Unattributed, FirstSource("Three soldiers were killed on Monday near Gao.\nTwo others were wounded, a security source said."));

    [Fact]
    public void A_source_named_before_still_carries() =>
        // a source before the figure in the text carries; a later one in the paragraph does not take it back
        Assert.Equal(SourceKind.Army, Tolls("Sahel", "The army said its base was attacked. Three soldiers were killed. Residents said two civilians died.")[0].Source!.Kind);

    [Fact]
    public void The_titles_source_still_carries() =>
        Assert.Equal(SourceKind.Army, FirstSource("Mali army says base attacked", "Three soldiers were killed. Residents said two civilians died."));

    [Theory]
    // the French inverted subject after a quote stands for the one named before
    [InlineData("Le maire de Djibo a reçu les familles. « Nous avons compté onze morts », dit-il.", SourceKind.Local)]
    [InlineData("Le maire de Djibo a reçu les familles. « Nous avons compté onze morts », a-t-il ajouté.", SourceKind.Local)]
    [InlineData("Le gouverneur de Dori était sur place. « Quatre soldats ont été tués », affirme-t-il.", SourceKind.Government)]
    public void An_inverted_pronoun_after_a_quote_is_the_one_named_before(string text, SourceKind kind) => Assert.Equal(kind, LastSource(text));

    [Fact]
    public void A_hyphenated_word_is_no_inverted_pronoun() =>
        // "au lieu-dit Tondi, il y a deux jours": no verb with its pronoun after it, nothing points back
        Assert.Equal(SourceKind.Unattributed, LastSource("Le maire de Djibo a reçu les familles. Onze soldats ont été tués au lieu-dit Tondi, il y a deux jours."));

    [Theory]
    // who raises, revises or keeps to a toll tells it; the Arabic security sources with the article are security sources
    [InlineData("Le groupe affirme avoir tué 30 soldats. Le gouvernement, lui, s'en tient à un bilan de douze soldats tués.", SourceKind.Government)]
    [InlineData("The group said it killed 30 soldiers. The defence ministry later raised the toll to 14 soldiers killed.", SourceKind.Government)]
    [InlineData("قالت الجماعة إنها قتلت ثلاثين جنديا. من جهتها، رفعت المصادر الأمنية حصيلة القتلى إلى أربعة عشر جنديا.", SourceKind.Security)]
    [InlineData("قالت الجماعة إنها قتلت ثلاثين جنديا. وقالت المصادر العسكرية إن أربعة عشر جنديا قتلوا.", SourceKind.Security)]
    public void Who_raises_or_keeps_to_a_toll_tells_it(string text, SourceKind kind) => Assert.Equal(kind, LastSource(text));

    [Fact]
    public void Raising_the_alarm_tells_nothing() =>
        Assert.Equal(SourceKind.Unattributed, LastSource("Residents raised the alarm after gunmen killed five herders near the well."));

}
