using Sahel.Diff.Claims;
using Xunit;
using static Sahel.Tests.Diff.ClaimTolls;

namespace Sahel.Tests.Diff;

/// <summary>
/// Session 9, round 17: how a KIDNAPPING and a DISAPPEARANCE are told, written out as a paradigm in three languages (the
/// ClaimsSet README, "Session 9, round 17, kidnapped and missing"): the verbs in every voice and person, the nouns, the states
/// of captivity, the missing, with counts before and after, Arabic duals and feminine plurals, French agreement. Sentences
/// written for these tests. Negatives: hostages released, freed or exchanged; arrests; a kidnapping as a topic with no count;
/// things missing.
/// </summary>
public sealed class ClaimKidnapRound17Tests
{
    private static string Shown(string text) => string.Join("; ", Tolls(text).Select(t => $"{t.Kind} {t.Count.Min}-{t.Count.Max}"));

    [Theory]
    // English verbs, active and passive, counts before and after
    [InlineData("Gunmen abducted 12 farmers near Dori on Monday.", TollKind.Kidnapped, 12)]
    [InlineData("Twelve farmers were abducted near Dori on Monday.", TollKind.Kidnapped, 12)]
    [InlineData("Gunmen kidnapped seven teachers on the road.", TollKind.Kidnapped, 7)]
    [InlineData("Seven teachers have been kidnapped on the road.", TollKind.Kidnapped, 7)]
    [InlineData("The militants seized nine passengers from a bus.", TollKind.Kidnapped, 9)]
    [InlineData("Nine passengers were seized from a bus.", TollKind.Kidnapped, 9)]
    [InlineData("Fighters took 14 villagers hostage on Sunday.", TollKind.Kidnapped, 14)]
    [InlineData("Fourteen villagers were taken hostage on Sunday.", TollKind.Kidnapped, 14)]
    [InlineData("The attackers carried off six women.", TollKind.Kidnapped, 6)]
    [InlineData("Six women were carried off by the attackers.", TollKind.Kidnapped, 6)]
    [InlineData("Gunmen snatched five children from a school.", TollKind.Kidnapped, 5)]
    [InlineData("Five children were snatched from a school.", TollKind.Kidnapped, 5)]
    [InlineData("The attackers led away eight herders.", TollKind.Kidnapped, 8)]
    [InlineData("Eight herders were taken away by the gunmen.", TollKind.Kidnapped, 8)]
    // English nouns and states
    [InlineData("The abduction of 11 road workers shocked the region.", TollKind.Kidnapped, 11)]
    [InlineData("The group is holding 20 hostages, residents said.", TollKind.Kidnapped, 20)]
    [InlineData("Twenty hostages remain in the hands of the group.", TollKind.Kidnapped, 20)]
    [InlineData("Eight of the women are still being held.", TollKind.Kidnapped, 8)]
    [InlineData("Eight others are still held by the kidnappers.", TollKind.Kidnapped, 8)]
    [InlineData("Eight others remain in captivity.", TollKind.Kidnapped, 8)]
    [InlineData("The group said it was holding three aid workers.", TollKind.Kidnapped, 3)]
    // English missing
    [InlineData("Six soldiers are missing after the ambush.", TollKind.Missing, 6)]
    [InlineData("Six soldiers remain unaccounted for.", TollKind.Missing, 6)]
    [InlineData("Six soldiers were reported missing.", TollKind.Missing, 6)]
    [InlineData("Six soldiers never returned to the base.", TollKind.Missing, 6)]
    [InlineData("The whereabouts of four traders remain unknown.", TollKind.Missing, 4)]
    // French verbs, agreement
    [InlineData("Des hommes armés ont enlevé douze agriculteurs lundi.", TollKind.Kidnapped, 12)]
    [InlineData("Douze agriculteurs ont été enlevés lundi.", TollKind.Kidnapped, 12)]
    [InlineData("Trois femmes ont été enlevées lundi.", TollKind.Kidnapped, 3)]
    [InlineData("Sept enseignants ont été kidnappés sur la route.", TollKind.Kidnapped, 7)]
    [InlineData("Les assaillants ont pris en otage quatorze villageois.", TollKind.Kidnapped, 14)]
    [InlineData("Quatorze villageois ont été pris en otage.", TollKind.Kidnapped, 14)]
    [InlineData("Les assaillants ont emmené huit bergers.", TollKind.Kidnapped, 8)]
    [InlineData("Huit bergers ont été emmenés par les assaillants.", TollKind.Kidnapped, 8)]
    [InlineData("Six femmes ont été emmenées par les assaillants.", TollKind.Kidnapped, 6)]
    [InlineData("Cinq commerçants ont été raptés près de Kayes.", TollKind.Kidnapped, 5)]
    [InlineData("Les ravisseurs ont rapté cinq commerçants.", TollKind.Kidnapped, 5)]
    // French nouns and states
    [InlineData("L'enlèvement de onze ouvriers a choqué la région.", TollKind.Kidnapped, 11)]
    [InlineData("Le rapt de cinq commerçants près de Kayes inquiète.", TollKind.Kidnapped, 5)]
    [InlineData("Le groupe détient vingt otages, selon des habitants.", TollKind.Kidnapped, 20)]
    [InlineData("Six autres sont toujours détenus par les ravisseurs.", TollKind.Kidnapped, 6)]
    [InlineData("Six autres sont toujours retenus en captivité.", TollKind.Kidnapped, 6)]
    [InlineData("Vingt otages restent aux mains du groupe.", TollKind.Kidnapped, 20)]
    // French missing
    [InlineData("Six soldats sont portés disparus après l'embuscade.", TollKind.Missing, 6)]
    [InlineData("Six soldats sont toujours introuvables.", TollKind.Missing, 6)]
    [InlineData("Quatre commerçants sont sans nouvelles depuis lundi.", TollKind.Missing, 4)]
    [InlineData("On est sans nouvelles de quatre commerçants depuis lundi.", TollKind.Missing, 4)]
    [InlineData("Un élu évoque vingt-sept disparus.", TollKind.Missing, 27)]
    [InlineData("Vingt hommes ont été emmenés et n'ont plus été revus.", TollKind.Missing, 20)]
    [InlineData("Douze bergers ont été battus au marché de Ténenkou, emmenés vers la brousse et n'ont plus été revus.", TollKind.Missing, 12)]
    [InlineData("Twelve herders were beaten at the market in the town, led away and never seen again.", TollKind.Missing, 12)]
    [InlineData("Nine traders were abducted on the road and have not been heard from since.", TollKind.Missing, 9)]
    // Arabic verbs, active and passive, duals, feminine plurals
    [InlineData("اختطف مسلحون ١٢ مزارعا قرب دوري.", TollKind.Kidnapped, 12)]
    [InlineData("اختُطف ١٢ مزارعا قرب دوري.", TollKind.Kidnapped, 12)]
    [InlineData("خطف مسلحون سبعة معلمين.", TollKind.Kidnapped, 7)]
    [InlineData("اقتاد المسلحون ثمانية رعاة إلى جهة مجهولة.", TollKind.Kidnapped, 8)]
    [InlineData("أسر المسلحون ستة جنود.", TollKind.Kidnapped, 6)]
    [InlineData("احتجز المسلحون تسعة ركاب.", TollKind.Kidnapped, 9)]
    [InlineData("اختطف مسلحون معلمين اثنين.", TollKind.Kidnapped, 2)]
    [InlineData("اختطفت ثلاث نساء قرب القرية.", TollKind.Kidnapped, 3)]
    [InlineData("اختطف مسلحون أحد عشر شخصا، بينهم ثلاث نساء.", TollKind.Kidnapped, 11)]
    // Arabic nouns and states
    [InlineData("أدان الحاكم اختطاف ١١ عاملا.", TollKind.Kidnapped, 11)]
    [InlineData("وتحدث الحاكم عن تسعة مختطفين.", TollKind.Kidnapped, 9)]
    [InlineData("ولا يزال ٢٠ رهينة في أيدي الجماعة.", TollKind.Kidnapped, 20)]
    [InlineData("ولا يزال ستة آخرون محتجزين لدى الخاطفين.", TollKind.Kidnapped, 6)]
    [InlineData("وقالت الجماعة إنها تحتجز ستة أسرى من الجنود.", TollKind.Kidnapped, 6)]
    [InlineData("ولا يزال ستة جنود في الأسر.", TollKind.Kidnapped, 6)]
    // Arabic missing
    [InlineData("ولا يزال ستة جنود في عداد المفقودين.", TollKind.Missing, 6)]
    [InlineData("وأفادت مصادر بوجود ستة مفقودين.", TollKind.Missing, 6)]
    [InlineData("وانقطعت أخبار أربعة تجار منذ الاثنين.", TollKind.Missing, 4)]
    [InlineData("وإن مصير أربعة تجار لا يزال مجهولا.", TollKind.Missing, 4)]
    // the nouns with their people past modifiers, participles after the people, duals and feminine plurals, the fate of the missing
    [InlineData("It blamed JNIM for the kidnapping of two Chinese engineers in March.", TollKind.Kidnapped, 2)]
    [InlineData("The trial concerns the abduction of eleven road construction workers in Kogi.", TollKind.Kidnapped, 11)]
    [InlineData("The abduction of eight foreign nationals in Niger shocked the capital.", TollKind.Kidnapped, 8)]
    [InlineData("The video shows three aid workers abducted last month on the road.", TollKind.Kidnapped, 3)]
    [InlineData("Men in turbans led away six drivers at the checkpoint.", TollKind.Kidnapped, 6)]
    [InlineData("The group is holding its 20 captives in the forest.", TollKind.Kidnapped, 20)]
    [InlineData("Le groupe a diffusé une vidéo de trois humanitaires enlevés le mois dernier.", TollKind.Kidnapped, 3)]
    [InlineData("Le procès porte sur l'enlèvement de onze ouvriers chinois en juin.", TollKind.Kidnapped, 11)]
    [InlineData("Un élu fait état de six otages.", TollKind.Kidnapped, 6)]
    [InlineData("Six femmes sont portées disparues.", TollKind.Missing, 6)]
    [InlineData("Les familles de quatre bergers disparus demandent des nouvelles.", TollKind.Missing, 4)]
    [InlineData("Four fishermen have not been heard from since Monday.", TollKind.Missing, 4)]
    [InlineData("وأكد الحاكم اختطاف رهينتين.", TollKind.Kidnapped, 2)]
    [InlineData("واختطف المسلحون معلمتين.", TollKind.Kidnapped, 2)]
    [InlineData("وأسر المسلحون جنديين.", TollKind.Kidnapped, 2)]
    [InlineData("وتحتجز الجماعة أسيرين من الجيش.", TollKind.Kidnapped, 2)]
    [InlineData("واختطفت سبع نساء من القرية.", TollKind.Kidnapped, 7)]
    [InlineData("وسأل النائب عن مصير أربعة تجار اعتقلتهم دورية قبل شهر ولا يعرف أحد مكانهم.", TollKind.Missing, 4)]
    [InlineData("ولا يزال مصير أربعة رعاة مجهولا.", TollKind.Missing, 4)]
    public void A_kidnapping_or_disappearance_is_read(string text, TollKind kind, int value) =>
        Assert.True(Reads(text, kind, value), Shown(text));

    [Theory]
    // released, freed, exchanged
    [InlineData("The kidnappers released 20 hostages on Monday.")]
    [InlineData("Twenty hostages were freed by the army.")]
    [InlineData("Twelve prisoners were exchanged for two hostages.")]
    [InlineData("Les ravisseurs ont libéré vingt otages lundi.")]
    [InlineData("Vingt otages ont été relâchés.")]
    [InlineData("أفرج الخاطفون عن ٢٠ رهينة.")]
    [InlineData("أطلق سراح ٢٠ رهينة.")]
    // arrests
    [InlineData("Police arrested 14 suspects in the operation.")]
    [InlineData("Quatorze suspects ont été interpellés.")]
    [InlineData("واعتقلت الشرطة ١٤ مشتبها.")]
    // a kidnapping as a topic with no count
    [InlineData("Kidnappings have risen in 2025, the report said.")]
    [InlineData("Les enlèvements se multiplient dans la région depuis 2024.")]
    [InlineData("تزايدت عمليات الاختطاف في المنطقة منذ ٢٠٢٤.")]
    // things missing
    [InlineData("Twelve cattle went missing after the raid.")]
    [InlineData("Trois véhicules ont disparu du camp.")]
    [InlineData("وفقدت ثلاث سيارات من المعسكر.")]
    public void No_kidnapped_or_missing_toll_is_read(string text) =>
        Assert.DoesNotContain(Tolls(text), t => t.Kind is TollKind.Kidnapped or TollKind.Missing);

    [Theory]
    // a kidnapping and a disappearance counted apart stay apart
    [InlineData("Trois hommes ont été enlevés et deux autres sont portés disparus.", 3, 2)]
    [InlineData("Three men were abducted and two others are missing.", 3, 2)]
    [InlineData("اختطف ثلاثة رجال وفقد اثنان آخران.", 3, 2)]
    public void Kidnapped_and_missing_counted_apart_stay_apart(string text, int kidnapped, int missing)
    {
        var tolls = Tolls(text);
        Assert.Contains(tolls, t => t.Kind == TollKind.Kidnapped && t.Count.Min == kidnapped);
        Assert.Contains(tolls, t => t.Kind == TollKind.Missing && t.Count.Min == missing);
    }

    [Theory]
    // the chain of predicates reads only its own subject: not past a relative clause or a count of its own
    [InlineData("Twelve herders were beaten at the market where gunmen later abducted a trader, residents said.")]
    [InlineData("Douze bergers ont été battus au marché par des hommes qui ont ensuite enlevé un commerçant.")]
    // the modifiers before the people's noun: not a count of things
    [InlineData("Police reported the abduction of 12 cattle trucks on the road.")]
    public void A_chain_of_predicates_stops_at_another_clause(string text) =>
        Assert.DoesNotContain(Tolls(text), t => t.Count.Min == 12);
}
