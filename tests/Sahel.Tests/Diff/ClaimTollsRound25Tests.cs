using Sahel.Diff.Claims;
using Xunit;
using static Sahel.Tests.Diff.ClaimTolls;

namespace Sahel.Tests.Diff;

/// <summary>
/// Session 13, round 25: tolls missed and read in excess on two mainstream writers (the ClaimsSet README, "Session 13, round 25,
/// tolls missed and extra"): fighters captured or arrested in the fight just counted with their noun left out, a sentence that
/// tells another event by what opens it, one of a toll's people told apart. Sentences written for these tests.
/// </summary>
public sealed class ClaimTollsRound25Tests
{
    private static bool ReadsCaptured(string text, int value) =>
        Tolls(text).Any(t => t.Kind == TollKind.Kidnapped && t.Victims == "attackers" && t.Count.Min == value && t.Count.Max == value);

    [Theory]
    // the capture verb before a bare count: closing its clause, before an adjunct, "others"
    [InlineData("The army said its units killed 12 militants and captured 7 near the river.", 7)]
    [InlineData("Troops killed 30 insurgents and arrested 5, the governor said.", 5)]
    [InlineData("Soldiers neutralised 18 terrorists and apprehended 6 others during the sweep.", 6)]
    [InlineData("Les soldats ont abattu neuf assaillants et capturé quatre lors du ratissage.", 4)]
    [InlineData("L'armée a neutralisé 14 terroristes et interpellé 3 autres.", 3)]
    [InlineData("قتلت القوات ١٤ مسلحا وأسرت ٥ آخرين قرب الحدود.", 5)]
    [InlineData("أعلن الجيش قتل ٢٠ إرهابيا واعتقال ٦ آخرين في العملية.", 6)]
    // the count before its participle, joined to the figure of fighters
    [InlineData("Thirty assailants were killed and 8 arrested, the ministry said.", 8)]
    [InlineData("Vingt assaillants ont été neutralisés et 5 interpellés, selon l'état-major.", 5)]
    // one fighter: an ordinal, or "un"/"one" closing the clause
    [InlineData("Le détachement a abattu deux terroristes et capturé un troisième, selon le ministère.", 1)]
    [InlineData("The patrol killed two gunmen and captured a third, the army said.", 1)]
    [InlineData("La riposte a permis de neutraliser huit assaillants et d'en capturer un.", 1)]
    public void Fighters_taken_alive_in_the_fight_are_kidnapped_attackers(string text, int value) =>
        Assert.True(ReadsCaptured(text, value), Shown(text));

    [Theory]
    // an arrest of named people, away from a figure of fighters, stays no toll
    [InlineData("Police arrested 14 suspects in Kano on Monday.")]
    [InlineData("Troops killed 12 terrorists and arrested 30 suspected suppliers.")]
    [InlineData("La gendarmerie a interpellé 9 trafiquants à la frontière.")]
    [InlineData("واعتقلت الشرطة ١١ مشتبها في المدينة.")]
    // a capture joined to civilians or soldiers killed is not a capture of fighters
    [InlineData("Gunmen killed 5 villagers and captured 3 near the market.")]
    [InlineData("Les assaillants ont tué deux soldats et capturé trois lors de l'attaque.")]
    public void No_fighters_taken_alive_are_read(string text) =>
        Assert.DoesNotContain(Tolls(text), t => t.Kind == TollKind.Kidnapped && t.Victims == "attackers");

    [Theory]
    // fronted by a date before today's event, told in the pluperfect
    [InlineData("Dix jours plus tôt, onze fidèles avaient été tués dans une autre localité.")]
    [InlineData("Trois semaines auparavant, six gendarmes avaient péri près de Kantchari.")]
    [InlineData("En mars, quatorze soldats avaient été tués dans une embuscade au même endroit.")]
    [InlineData("A week earlier, nine traders had been killed on the same road.")]
    [InlineData("In June, 20 soldiers had died in an ambush near the border.")]
    [InlineData("وقبل عشرة أيام، كان ١٢ جنديا قد قتلوا في هجوم على موقع قريب.")]
    // another or a dated attack named up front, whatever the tense
    [InlineData("In a separate attack on Sunday, 15 people were killed in a nearby village.")]
    [InlineData("Dans une autre attaque, sept civils ont été tués à Djibo.")]
    [InlineData("In the Solhan attack of 2021, more than 130 people were killed.")]
    [InlineData("وفي هجوم آخر، قتل ثمانية مدنيين في قرية مجاورة.")]
    [InlineData("وفي هجوم سابق على البلدة نفسها عام ٢٠٢٣، قتل ٣٠ شخصا.")]
    // an attack like this one, in the pluperfect
    [InlineData("وكانت الجماعة قد أعلنت قتل ١٠ جنود في كمين مماثل قرب غاو.")]
    [InlineData("Le groupe avait revendiqué la mort de 9 soldats dans une embuscade similaire en mai.")]
    [InlineData("The group had killed 11 soldiers in a similar ambush in the same area.")]
    public void Another_event_gives_no_toll(string text) =>
        Assert.Empty(Tolls(text));

    [Theory]
    // today's event told with a time word stays a toll
    [InlineData("Dix jours plus tard, les autorités ont annoncé que neuf civils avaient été tués.", TollKind.Killed, 9)]
    [InlineData("On Monday, 12 soldiers were killed in an ambush near Tillabéri, the army said.", TollKind.Killed, 12)]
    [InlineData("Three days earlier, the army said, 12 soldiers were killed near Djibo.", TollKind.Killed, 12)]
    [InlineData("En mars, huit soldats ont été tués dans l'attaque de Boni, selon l'armée.", TollKind.Killed, 8)]
    [InlineData("L'attaque menée la semaine dernière avait fait 24 morts, selon le maire.", TollKind.Killed, 24)]
    [InlineData("قتل ١٢ جنديا في هجوم على موقع للجيش الشهر الماضي بحسب مصدر أمني.", TollKind.Killed, 12)]
    public void Todays_event_dated_stays_a_toll(string text, TollKind kind, int value) =>
        Assert.True(ReadsExactly(text, kind, value), Shown(text));

    [Theory]
    // one of a toll's people told apart, in the three languages
    [InlineData("Nine people were wounded. One of the wounded, a girl, is in critical condition.", TollKind.Wounded)]
    [InlineData("Un responsable a indiqué que l'un des blessés était dans un état grave.", TollKind.Wounded)]
    [InlineData("Selon le médecin, un des blessés a été évacué vers Niamey.", TollKind.Wounded)]
    [InlineData("وأضاف المصدر أن أحد المصابين في حالة حرجة.", TollKind.Wounded)]
    [InlineData("A police officer said one of the hostages was a foreign engineer.", TollKind.Kidnapped)]
    public void One_of_the_toll_counts_one(string text, TollKind kind) =>
        Assert.True(ReadsExactly(text, kind, 1), Shown(text));

    [Theory]
    // one of them who speaks is a witness; "one of the deadliest" counts no one
    [InlineData("One of the wounded told reporters that the gunmen came at dawn.")]
    [InlineData("وقال أحد المصابين إن المسلحين وصلوا فجرا.")]
    [InlineData("It was one of the deadliest attacks of the year.")]
    [InlineData("C'est l'une des attaques les plus meurtrières de l'année.")]
    public void One_of_them_who_speaks_is_no_toll(string text) =>
        Assert.DoesNotContain(Tolls(text), t => t.Count.Min == 1 && t.Count.Max == 1);

    [Theory]
    // an Arabic one or two before "و" and the tens is the unit of the compound, also after a plural noun in "ين"
    [InlineData("وقال المتحدث إن المخطوفين اثنان وأربعون، وإن البحث جار.", TollKind.Kidnapped, 42)]
    [InlineData("وأكد المسؤول أن القتلى واحد وثلاثون شخصا.", TollKind.Killed, 31)]
    [InlineData("أسفر الهجوم عن مقتل اثنين وعشرين مدنيا.", TollKind.Killed, 22)]
    // and the dual's two stays two
    [InlineData("قتل المسلحون جنديين اثنين وأصابوا خمسة.", TollKind.Killed, 2)]
    public void Arabic_one_or_two_of_a_compound_count(string text, TollKind kind, int value) =>
        Assert.True(ReadsExactly(text, kind, value), Shown(text));

    [Theory]
    // who the victims are is not read past "that" opening another clause
    [InlineData("وقال المتحدث إن المخطوفين اثنان وأربعون، وإن الشرطة تلاحق الخاطفين.")]
    [InlineData("The spokesman said the abducted numbered 42, and that police were tracking the gang.")]
    public void Victims_are_not_read_past_another_clause(string text) =>
        Assert.DoesNotContain(Tolls(text), t => t.Victims == "soldiers");

    [Theory]
    // a count of the outlets that report is no toll
    [InlineData("Le gouvernement dément les informations de plusieurs médias faisant état de morts.")]
    [InlineData("Several outlets reported deaths at the market on Friday.")]
    [InlineData("ونقلت عدة وسائل إعلام مقتل مدنيين في السوق.")]
    public void Outlets_counted_are_no_toll(string text) =>
        Assert.Empty(Tolls(text));

    [Theory]
    // the people of the media killed stay a toll
    [InlineData("Trois journalistes ont été tués dans l'embuscade, selon leur rédaction.", TollKind.Killed, 3)]
    [InlineData("Plusieurs médias ont rapporté la mort de cinq civils.", TollKind.Killed, 5)]
    public void Reporters_and_reported_tolls_stay(string text, TollKind kind, int value) =>
        Assert.True(ReadsExactly(text, kind, value), Shown(text));
}
