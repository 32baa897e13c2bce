using Sahel.Diff.Claims;
using Xunit;
using static Sahel.Tests.Diff.ClaimTolls;

namespace Sahel.Tests.Diff;

/// <summary>
/// Session 14's toll sources (round 27): mechanisms, not phrases, of a right figure given the wrong source. A body named right
/// before its spokesman, a medium citing its source further on in its clause, a definite noun repeating a body named earlier in
/// its own sentence, an outlet told by its periodical noun, "selon qui" / "according to whom", the medium told after "auprès
/// de", the Arabic official in the accusative. The paradigm in French, English and Arabic, with negatives. Sentences written for these tests.
/// </summary>
public sealed class ClaimSourcesRound27Tests
{
    [Theory]
    // the English pre-modifier or possessor before a spokesman (new for a group's name): he speaks for that body
    [InlineData("A JNIM spokesman said the group killed 14 soldiers.", SourceKind.ArmedGroup)]
    [InlineData("In a video, an ISWAP spokesman also claimed that its fighters had killed 14 soldiers.", SourceKind.ArmedGroup)]
    [InlineData("ISWAP's spokesman said its fighters killed 9 soldiers.", SourceKind.ArmedGroup)]
    [InlineData("An MSF spokeswoman said 9 patients were wounded.", SourceKind.Ngo)]
    [InlineData("A UN spokesperson said 9 civilians were killed.", SourceKind.Un)]
    // the French and Arabic word order, the body after him (held before this round)
    [InlineData("Le porte-parole du JNIM a affirmé que le groupe avait tué quatorze soldats.", SourceKind.ArmedGroup)]
    [InlineData("وقال المتحدث باسم جماعة نصرة الإسلام والمسلمين إن الجماعة قتلت ١٤ جنديا.", SourceKind.ArmedGroup)]
    // negatives: a government's or an army's spokesman stays theirs
    [InlineData("A government spokesman said 9 soldiers were killed.", SourceKind.Government)]
    [InlineData("An army spokesman said 9 soldiers were killed.", SourceKind.Army)]
    public void A_body_named_before_its_spokesman(string text, SourceKind kind) => Assert.Equal(kind, LastSource(text));

    [Theory]
    // a medium's figure with its source cited further on in the clause (new): the one cited ("another outlet quoting someone")
    [InlineData("Radio Kano reports at least 12 dead, citing local sources.", SourceKind.Local)]
    [InlineData("Twelve villagers were killed, the newspaper reported, citing hospital sources.", SourceKind.Hospital)]
    [InlineData("La radio Studio Kalangou fait état d'au moins douze morts, citant des sources locales.", SourceKind.Local)]
    [InlineData("Douze civils ont été tués, rapporte le journal L'Événement, qui cite des sources sécuritaires.", SourceKind.Security)]
    [InlineData("ذكرت صحيفة محلية أن ١٢ جنديا قتلوا، نقلا عن مصادر أمنية.", SourceKind.Security)]
    // the citing right after the medium (held before this round)
    [InlineData("Al Jazeera, citing a security source, said 12 soldiers were killed.", SourceKind.Security)]
    [InlineData("Le site Aïr Info, citant des habitants, rapporte que douze civils ont été tués.", SourceKind.Local)]
    [InlineData("ونقلت إذاعة محلية عن سكان أن ١٢ مدنيا قتلوا.", SourceKind.Local)]
    [InlineData("وذكرت صحيفة محلية، نقلا عن مصادر أمنية، أن ١٢ جنديا قتلوا.", SourceKind.Security)]
    public void A_medium_citing_its_source(string text, SourceKind kind) => Assert.Equal(kind, LastSource(text));

    [Theory]
    // negatives: a medium citing no one stays the medium; another voice's "citing" after "mais"/"but" is not the medium's
    [InlineData("Radio Kano reports at least 12 dead.", SourceKind.Media)]
    [InlineData("Le journal fait état de douze morts, mais des élus, citant des habitants, parlent de vingt morts.", SourceKind.Media)]
    public void A_medium_citing_no_one(string text, SourceKind kind) => Assert.Equal(kind, FirstSource(text));

    [Theory]
    // a definite noun pointing back that repeats a body named earlier in its own sentence (new): that body
    [InlineData("Three peacekeepers of the UN mission in Mali were wounded on Tuesday, the mission said in a statement.", SourceKind.Un)]
    [InlineData("Trois Casques bleus de la MINUSMA ont été blessés mardi, a annoncé la mission.", SourceKind.Un)]
    [InlineData("أصيب ثلاثة من جنود حفظ السلام التابعين لبعثة الأمم المتحدة في مالي، بحسب ما أعلنت البعثة.", SourceKind.Un)]
    // negatives: a definite noun repeating no body of its sentence, and a pronoun, point back to the speaker before
    [InlineData("Residents said the town was attacked. Twelve soldiers of the Malian army were killed, the office said.", SourceKind.Local)]
    [InlineData("Residents said the town was attacked. Twelve soldiers were killed, according to him.", SourceKind.Local)]
    [InlineData("Des habitants ont signalé l'attaque. Douze soldats de l'armée malienne ont été tués, selon le bureau.", SourceKind.Local)]
    [InlineData("وقال سكان إن البلدة تعرضت لهجوم. وقتل ١٢ جنديا من الجيش المالي، بحسب المكتب.", SourceKind.Local)]
    public void A_definite_noun_repeating_a_body_of_its_sentence(string text, SourceKind kind) => Assert.Equal(kind, LastSource(text));
    [Theory]
    // an outlet named by a title the vocabulary does not know, told by its periodical noun, wherever its verb stands (new)
    [InlineData("A village chief said 40 people died. The Lagos Sentinel newspaper, based on its own count, reports 35 dead.", SourceKind.Media)]
    [InlineData("A village chief said 40 people died. The Nigerian daily Lagos Sentinel says 35 people died.", SourceKind.Media)]
    [InlineData("Un chef de village a évoqué quarante morts. Le quotidien nigérian Lagos Sentinel, sur la base de ses propres décomptes, parle de trente-cinq morts.", SourceKind.Media)]
    [InlineData("Un chef de village a évoqué quarante morts. Le site Sahel Matin parle de trente-cinq morts.", SourceKind.Media)]
    [InlineData("وقال زعيم قرية إن أربعين شخصا قتلوا. وقالت صحيفة لاغوس سنتينل النيجيرية إن ٣٥ شخصا قتلوا.", SourceKind.Media)]
    [InlineData("وقال زعيم قرية إن أربعين شخصا قتلوا. وذكرت صحيفة محلية أن ٣٥ شخصا قتلوا.", SourceKind.Media)]
    // negatives: the medium told is not the speaker; a periodical noun with no title names no outlet
    [InlineData("A village chief told the Lagos Sentinel newspaper that 35 people died.", SourceKind.Local)]
    [InlineData("Un chef de village a déclaré au quotidien Lagos Sentinel que trente-cinq personnes ont été tuées.", SourceKind.Local)]
    [InlineData("Un chef de village a évoqué quarante morts sur le site de l'attaque, dont trente-cinq civils.", SourceKind.Local)]
    public void An_outlet_told_by_its_periodical_noun(string text, SourceKind kind) => Assert.Equal(kind, LastSource(text));

    [Theory]
    // the relative pronoun after "selon" / "according to" stands for the speaker just named (new), as "selon lui" does (held)
    [InlineData("« Ils ont rassemblé les hommes sur la place », a raconté un conseiller municipal, selon qui vingt-deux corps ont été inhumés.", SourceKind.Local)]
    [InlineData("Un conseiller municipal a décrit l'attaque, d'après qui vingt-deux corps ont été inhumés.", SourceKind.Local)]
    [InlineData("\"They gathered the men in the square,\" said a local councillor, according to whom 22 bodies were buried.", SourceKind.Local)]
    [InlineData("Un conseiller municipal a décrit l'attaque. Selon lui, vingt-deux corps ont été inhumés.", SourceKind.Local)]
    [InlineData("وصف عضو في المجلس البلدي الهجوم، وبحسب قوله دفنت ٢٢ جثة.", SourceKind.Local)]
    // negative: "qui" as the subject of a relative names no one ("des hommes armés, qui ont tué …" is what is said)
    [InlineData("Un conseiller municipal a indiqué que des hommes armés, qui ont tué vingt-deux villageois, ont fui.", SourceKind.Local)]
    public void A_relative_after_selon_is_the_speaker_before(string text, SourceKind kind) => Assert.Equal(kind, LastSource(text));

    [Theory]
    // the medium told after "auprès de" is not the speaker (new), as after "à" / "told" / "ل" (held)
    [InlineData("Huit soldats ont été tués, a annoncé l'armée. Une source sécuritaire a fait état auprès de l'AFP d'un bilan plus lourd, d'au moins douze morts.", SourceKind.Security)]
    [InlineData("Un élu local a affirmé auprès de Reuters que douze civils avaient été tués.", SourceKind.Local)]
    [InlineData("Un élu local a déclaré à l'AFP que douze civils avaient été tués.", SourceKind.Local)]
    [InlineData("A security source told AFP that at least 12 soldiers were killed.", SourceKind.Security)]
    [InlineData("وقال مصدر أمني لوكالة فرانس برس إن ١٢ جنديا قتلوا.", SourceKind.Security)]
    // negatives: the one a medium learnt from after "auprès de" speaks
    [InlineData("Douze civils ont été tués, a appris l'AFP auprès d'un élu local.", SourceKind.Local)]
    [InlineData("Douze civils ont été tués, a appris notre correspondant auprès d'habitants.", SourceKind.Local)]
    public void The_medium_told_after_aupres(string text, SourceKind kind) => Assert.Equal(kind, LastSource(text));

    [Theory]
    // the Arabic official in the accusative after "لكن" / "غير أن" (new), as in the nominative (held)
    [InlineData("غير أن مسؤولا في الجيش النيجيري، تحدث شريطة عدم نشر اسمه، قال إن خمسة جنود فقط قتلوا.", SourceKind.Security)]
    [InlineData("وقال مسؤول في الجيش النيجيري، تحدث شريطة عدم نشر اسمه، إن خمسة جنود قتلوا.", SourceKind.Security)]
    [InlineData("لكن مسؤولا محليا قال إن خمسة مدنيين قتلوا.", SourceKind.Local)]
    [InlineData("غير أن مسؤولا أمنيا قال إن خمسة جنود قتلوا.", SourceKind.Security)]
    [InlineData("لكن مسؤولا في الجيش قال إن خمسة جنود قتلوا.", SourceKind.Army)]
    // negative: "responsible for" is no speaker ("اعتبروا الجيش مسؤولا عن الهجوم")
    [InlineData("قال سكان إن خمسة مدنيين قتلوا، واعتبروا الجيش مسؤولا عن الهجوم.", SourceKind.Local)]
    public void The_arabic_official_in_the_accusative(string text, SourceKind kind) => Assert.Equal(kind, LastSource(text));
}
