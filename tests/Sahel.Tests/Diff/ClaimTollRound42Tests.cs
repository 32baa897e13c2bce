using Sahel.Diff.Claims;
using Xunit;
using static Sahel.Tests.Diff.ClaimTolls;

namespace Sahel.Tests.Diff;

/// <summary>
/// Session 19, round 42 (the ClaimsSet README, "Session 19, round 42, tolls"): soldiers or civilians captured beside a figure of
/// their dead, their noun left out ("killed 20 soldiers and captured four in the attack"); "manquer à l'appel" in its other tenses;
/// a private person reached by a medium speaks for himself; the bare passive "taken" closing its clause. Sentences written for these tests.
/// </summary>
public sealed class ClaimTollRound42Tests
{
    [Theory]
    // a bare count after the capture verb, before an adjunct
    [InlineData("The group said its fighters killed 18 soldiers and captured five in the raid on the post.", 5)]
    [InlineData("Le groupe affirme avoir tué onze soldats et capturé quatre lors de l'assaut contre le camp.", 4)]
    // "one" closing the clause, "a further N"
    [InlineData("The rebels said they had killed nine gendarmes and captured one.", 1)]
    [InlineData("The group said it killed 40 soldiers and captured a further 6, including a captain.", 6)]
    public void Captured_beside_a_figure_of_soldiers_takes_their_noun(string text, int value)
    {
        Assert.True(ReadsExactly(text, TollKind.Kidnapped, value), Shown(text));
        Assert.Contains(Tolls(text), t => t.Kind == TollKind.Kidnapped && t.Victims == "soldiers");
    }

    [Theory]
    // guards read before this round: the count closing its clause, the Arabic verb with its conjunction
    [InlineData("The group said its fighters killed 18 soldiers and captured five.", 5)]
    [InlineData("وقالت الجماعة إنها قتلت تسعة جنود وأسرت اثنين خلال الهجوم.", 2)]
    public void Read_as_before(string text, int value) => Assert.True(ReadsExactly(text, TollKind.Kidnapped, value), Shown(text));

    [Theory]
    // negatives: the count names its own things, "one of" a thing, a verb of arrest, another clause between
    [InlineData("The group said its fighters killed 18 soldiers and captured five pick-up trucks in the raid.")]
    [InlineData("Le groupe affirme avoir tué onze soldats et capturé quatre véhicules lors de l'assaut.")]
    [InlineData("The group said its fighters killed 18 soldiers and captured one of the army's bases.")]
    [InlineData("Gunmen killed 18 soldiers; the next day troops captured four in a village nearby.")]
    public void No_captives_where_the_count_is_not_the_figures_people(string text) =>
        Assert.DoesNotContain(Tolls(text), t => t.Kind == TollKind.Kidnapped && t.Victims == "soldiers");

    [Theory]
    [InlineData("Selon le directeur, 27 élèves manquaient à l'appel lundi matin.", 27)]
    [InlineData("Le maire évoque 15 villageois manquant à l'appel après l'attaque.", 15)]
    [InlineData("Douze pêcheurs manquent encore à l'appel, selon leur association.", 12)]
    public void Manquer_a_l_appel_in_every_tense_is_missing(string text, int value) =>
        Assert.Contains(Tolls(text), t => t.Kind == TollKind.Missing && t.Count.Max == value);

    [Theory]
    // negatives: lacking something, a call ("appel") of a count of groups
    [InlineData("Les 300 déplacés du camp manquaient de nourriture, selon l'ONG.")]
    [InlineData("Douze organisations ont lancé un appel à l'aide pour les déplacés.")]
    public void No_missing_without_the_roll_call(string text) => Assert.DoesNotContain(Tolls(text), t => t.Kind == TollKind.Missing);

    [Theory]
    [InlineData("Selon un enseignant joint par l'AFP, 27 élèves ont été enlevés dans la nuit.")]
    [InlineData("Selon un commerçant contacté par Reuters, douze personnes ont été tuées au marché.")]
    public void A_private_person_reached_by_a_medium_is_the_speaker(string text) => Assert.Equal(SourceKind.Local, FirstSource(text));

    [Theory]
    // guards and negatives: a named speaker reached (read before), a medium that reached no one
    [InlineData("Selon un habitant joint par l'AFP, 27 élèves ont été enlevés dans la nuit.", SourceKind.Local)]
    [InlineData("Selon un décompte de l'AFP, 27 élèves ont été enlevés dans la nuit.", SourceKind.Media)]
    public void Reached_speakers_as_before(string text, SourceKind kind) => Assert.Equal(kind, FirstSource(text));
    [Theory]
    [InlineData("Residents said 14 farmers were taken.", 14)]
    [InlineData("A local official said six women were also taken, and two men were shot dead.", 6)]
    [InlineData("Parents said 31 pupils had been taken and four later escaped.", 31)]
    public void The_bare_passive_taken_closing_its_clause_is_a_kidnapping(string text, int value) =>
        Assert.True(ReadsExactly(text, TollKind.Kidnapped, value), Shown(text));

    [Theory]
    // negatives: taken somewhere or into custody, things taken, "taken" with an agent and a destination
    [InlineData("Nine wounded were taken to hospital in the town, doctors said.")]
    [InlineData("Three suspects were taken into custody after the raid.")]
    [InlineData("Twelve vehicles were taken, the transporters' union said.")]
    [InlineData("The five injured were taken by ambulance to the clinic.")]
    public void No_kidnapping_where_taken_has_a_destination_or_things(string text) =>
        Assert.DoesNotContain(Tolls(text), t => t.Kind == TollKind.Kidnapped);
}
