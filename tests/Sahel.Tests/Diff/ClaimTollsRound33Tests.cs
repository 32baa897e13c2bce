using Sahel.Diff.Claims;
using Xunit;
using static Sahel.Tests.Diff.ClaimTolls;

namespace Sahel.Tests.Diff;

/// <summary>
/// Session 16, round 33 (the ClaimsSet README, "Session 16, round 33, tolls"): a count governed by the word before it is not the
/// next coordinated clause's toll; a count of figures is no toll; a hospital's intake of patients or casualties is the wounded.
/// Sentences written for these tests.
/// </summary>
public sealed class ClaimTollsRound33Tests
{
    [Theory]
    // the count of a toll noun of another kind, the next noun phrase's toll word after a comma or "and"
    [InlineData("The group claimed the killing of 6 policemen, abduction of a district head.", TollKind.Killed, 6, TollKind.Kidnapped)]
    [InlineData("Le préfet a confirmé l'enlèvement de « cinq commerçants » et la mort d'un chauffeur.", TollKind.Kidnapped, 5, TollKind.Killed)]
    [InlineData("أعلنت الجماعة خطف ٧ عمال ومقتل حارس في الهجوم.", TollKind.Kidnapped, 7, TollKind.Killed)]
    public void A_count_belongs_to_the_toll_noun_that_governs_it(string text, TollKind kind, int value, TollKind other)
    {
        Assert.True(ReadsExactly(text, kind, value), Shown(text));
        Assert.DoesNotContain(Tolls(text), t => t.Kind == other && t.Count.Min == value);
    }

    [Theory]
    // the object of an arrest, the next clause's toll word after a comma or "and"
    [InlineData("Customs officers arrested 12 traffickers, and one officer was killed in the exchange of fire.", 12)]
    [InlineData("Les gendarmes ont interpellé 14 contrebandiers, et un gendarme a été tué lors de l'accrochage.", 14)]
    [InlineData("وقالت الشرطة إنها أوقفت ١٣ مهربا، وإن شرطيا قتل خلال الاشتباك.", 13)]
    [InlineData("موريتانيا: توقيف ١١ مهربا ومقتل دركي قرب الحدود", 11)]
    public void The_object_of_an_arrest_is_no_toll_of_the_next_clause(string text, int arrested) =>
        Assert.DoesNotContain(Tolls(text), t => t.Count.Min == arrested);

    [Theory]
    // negatives: the same kind restated ("la mort de sept, tués par"), "another", a count that opens its own clause
    [InlineData("Le maire a annoncé la mort de six bergers, tués selon lui par des hommes armés.", TollKind.Killed, 6)]
    [InlineData("Troops captured one gunman and killed another near the border, the ministry said.", TollKind.Killed, 1)]
    [InlineData("The gunmen killed five villagers, and 12 others were wounded.", TollKind.Wounded, 12)]
    [InlineData("Les assaillants ont tué cinq soldats, et douze autres ont été blessés.", TollKind.Wounded, 12)]
    [InlineData("قتل المسلحون خمسة قرويين، وأصيب ١٢ آخرون.", TollKind.Wounded, 12)]
    public void Other_coordinated_figures_stay_read(string text, TollKind kind, int value) =>
        Assert.True(ReadsExactly(text, kind, value), Shown(text));

    [Theory]
    // a count of figures
    [InlineData("Analysis: Gorom attack - three tolls, one massacre")]
    [InlineData("Attaque de Tessit : deux bilans pour une même embuscade")]
    [InlineData("Kaya: four different figures for the same ambush")]
    [InlineData("هجوم بوني: ثلاث حصائل لمجزرة واحدة")]
    public void A_count_of_figures_is_no_toll(string text) => Assert.Empty(Tolls(text));

    [Theory]
    // the wounded as a hospital's intake
    [InlineData("A doctor said the district hospital has received 23 casualties since the attack.", 23)]
    [InlineData("A nurse said 14 patients had been admitted to the emergency ward.", 14)]
    [InlineData("A health worker confirmed receiving eleven patients from the village.", 11)]
    [InlineData("Selon un médecin, le centre de santé a reçu 18 patients depuis l'attaque.", 18)]
    [InlineData("Un infirmier affirme que 13 patients ont été admis aux urgences.", 13)]
    [InlineData("وقال طبيب إن مستشفى المدينة استقبل ٢٢ مريضا منذ الهجوم.", 22)]
    public void A_hospitals_intake_is_the_wounded(string text, int value) =>
        Assert.True(ReadsExactly(text, TollKind.Wounded, value), Shown(text));

    [Theory]
    // negatives: patients with no intake, things received
    [InlineData("The clinic sent 12 patients home after the outbreak, the health ministry said.")]
    [InlineData("The hospital received 40 bags of blood from the capital.")]
    [InlineData("Le ministère a reçu 30 dossiers de candidature.")]
    [InlineData("The centre usually treats about 200 patients a week for malaria.")]
    public void Patients_with_no_intake_are_no_toll(string text) => Assert.Empty(Tolls(text));
}
