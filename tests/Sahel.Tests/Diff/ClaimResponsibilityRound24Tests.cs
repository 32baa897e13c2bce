using Xunit;

namespace Sahel.Tests.Diff;

/// <summary>
/// Session 12, round 24 (responsibility on the mainstream registers of `dev12/`): where a denial's object ends (a statement
/// joined after it with its own verb of saying, in the past or the present); "par ailleurs" is no passive's agent; armed
/// smugglers a force kills are attackers; an army is not blamed by itself; bare soldiers as the doers others tell of are the
/// story's army; a partitive naming the attackers after a count. Sentences of our own, in French, English and Arabic.
/// </summary>
public sealed class ClaimResponsibilityRound24Tests
{
    private static List<string> Statements(string text) => ClaimStatements.Of(text);

    private static List<string> WithBlamer(string text) => ClaimStatements.WithBlamer(text);

    [Theory]
    [InlineData("Mali's army denied losing any men and said its forces had killed six terrorists in the clash.")]
    [InlineData("L'armée malienne dément toute perte et assure que ses unités ont neutralisé six terroristes.")]
    [InlineData("الجيش المالي ينفي الخسائر ويؤكد أن قواته قتلت ستة إرهابيين.")]
    [InlineData("نفى الجيش المالي الخسائر ويؤكد أن قواته قتلت ستة إرهابيين.")]
    public void A_force_denying_its_losses_and_telling_its_operation_claims_it_and_denies_nothing(string text)
    {
        var read = Statements(text);
        Assert.Contains("claimed fama", read);
        Assert.DoesNotContain("denied fama", read);
    }

    [Theory]
    // the accusation stands before the joined statement: still a denial
    [InlineData("Mali's army denied killing civilians and said its forces had killed six terrorists.")]
    [InlineData("L'armée malienne dément avoir tué des civils et assure que ses unités ont neutralisé six terroristes.")]
    [InlineData("ونفى الجيش المالي قتل مدنيين وأكد أن قواته قتلت ستة إرهابيين.")]
    public void A_denial_of_the_accusation_before_the_joined_statement_stays_a_denial(string text)
    {
        var read = Statements(text);
        Assert.Contains("denied fama", read);
        Assert.Contains("claimed fama", read);
    }

    [Theory]
    [InlineData("Le FLA affirme avoir tué sept soldats près de Kidal. Le mouvement accuse par ailleurs l'armée malienne d'avoir tué deux civils.")]
    [InlineData("Le FLA affirme avoir tué sept soldats près de Kidal. Le FLA accuse par ailleurs l'armée malienne d'avoir tué deux civils.")]
    [InlineData("Le FLA affirme avoir tué sept soldats près de Kidal. Le FLA accuse par contre l'armée malienne d'avoir tué deux civils.")]
    public void Par_ailleurs_after_a_verb_of_blame_is_no_passive_agent(string text)
    {
        var read = WithBlamer(text);
        Assert.Contains("blamed fama by armed-group", read);
        Assert.DoesNotContain("blamed fla by army", read);
    }

    [Theory]
    [InlineData("L'attaque a été imputée par les habitants au JNIM.", "blamed jnim by local")]
    [InlineData("The attack was blamed by residents on JNIM.", "blamed jnim by local")]
    public void A_true_passive_agent_still_blames(string text, string statement) =>
        Assert.Contains(statement, WithBlamer(text));

    [Theory]
    [InlineData("Mauritania's army said its troops had killed two armed smugglers in a shootout.")]
    [InlineData("L'armée mauritanienne a annoncé que ses unités avaient abattu deux trafiquants armés près de la frontière.")]
    public void A_force_killing_armed_smugglers_claims_it(string text) =>
        Assert.Contains("claimed mr-army", Statements(text));

    [Theory]
    [InlineData("Niger police said they had arrested 14 smugglers near Agadez.")]
    [InlineData("La police a interpellé douze trafiquants à Gao.")]
    public void An_arrest_of_smugglers_claims_nothing(string text) =>
        Assert.DoesNotContain(Statements(text), s => s.StartsWith("claimed", StringComparison.Ordinal));

    [Theory]
    [InlineData("Mauritania's army said its troops had killed two armed smugglers in a shootout. Eleven other suspects were arrested, the army said.", "blamed mr-army")]
    [InlineData("قال الجيش المالي إن عبوة ناسفة قتلت خمسة مدنيين وجنديين قرب دوينتزا. وحمّل الجيش الجماعات الإرهابية المسؤولية.", "blamed fama")]
    public void An_army_is_not_blamed_by_itself(string text, string statement) =>
        Assert.DoesNotContain(statement, Statements(text));

    [Theory]
    [InlineData("In central Mali, Human Rights Watch said soldiers killed 14 civilians near Mopti.", "blamed fama by ngo")]
    [InlineData("Au Mali, une organisation de défense des droits humains affirme que vingt villageois ont été exécutés par des soldats près de Ségou.", "blamed fama by ngo")]
    [InlineData("Au Burkina Faso, des habitants affirment que des militaires ont tué sept civils à Djibo.", "blamed bf-army by local")]
    [InlineData("في مالي، قالت منظمة حقوقية إن جنودا أعدموا ١٢ مدنيا قرب موبتي.", "blamed fama by ngo")]
    public void Bare_soldiers_as_the_doers_others_tell_of_are_the_story_s_army(string text, string statement) =>
        Assert.Contains(statement, WithBlamer(text));

    [Theory]
    // soldiers counted among the dead; soldiers in another clause; an army telling of its own soldiers' operation
    [InlineData("In central Mali, residents said four soldiers were killed when JNIM fighters attacked the camp.")]
    [InlineData("In central Mali, residents said JNIM fighters killed 12 villagers after soldiers left the area.")]
    [InlineData("في مالي، قال سكان إن ١٢ جنديا قتلوا في هجوم شنه مسلحون.")]
    public void Soldiers_who_are_victims_or_bystanders_are_not_blamed(string text) =>
        Assert.DoesNotContain(Statements(text), s => s is "blamed fama");

    [Theory]
    [InlineData("أعلنت وزارة الداخلية أن الحرس الوطني النيجري تدخل وقتل عنصرين من المهاجمين.")]
    [InlineData("Niger's National Guard intervened and killed two of the attackers, the interior ministry said.")]
    [InlineData("Selon le ministère, la Garde nationale nigérienne est intervenue et a abattu deux des assaillants.")]
    public void A_count_of_the_attackers_by_a_partitive_is_the_force_s_operation(string text) =>
        Assert.Contains("claimed ne-garde-nationale", Statements(text));

    [Theory]
    [InlineData("Residents said gunmen killed two of the herders near Diffa.")]
    [InlineData("قال سكان إن مسلحين قتلوا اثنين من الرعاة قرب ديفا.")]
    public void A_partitive_of_civilians_claims_nothing(string text) =>
        Assert.DoesNotContain(Statements(text), s => s.StartsWith("claimed", StringComparison.Ordinal));

    [Theory]
    [InlineData("Fifty soldiers were killed in Soum, security sources said. JNIM did not claim the attack.")]
    [InlineData("Fifty soldiers were killed in Soum, security sources said. JNIM, which operates in the area, did not immediately claim the attack.")]
    [InlineData("Fifty soldiers were killed in Soum, security sources said. The group did not yet claim the attack.")]
    public void Claim_after_a_negated_auxiliary_is_the_verb(string text)
    {
        var read = Statements(text);
        Assert.Contains(read, s => s.StartsWith("unclaimed", StringComparison.Ordinal));
        Assert.DoesNotContain("claimed jnim", read);
    }

    [Theory]
    // the noun after a negated verb of its own
    [InlineData("Fifty soldiers were killed in Soum, security sources said. The army did not dispute the claim that fifty died.")]
    [InlineData("Fifty soldiers were killed in Soum, security sources said. Officials did not comment on the claim.")]
    public void The_noun_claim_after_another_negated_verb_says_nothing_of_a_claim(string text) =>
        Assert.DoesNotContain(Statements(text), s => s.StartsWith("unclaimed", StringComparison.Ordinal));
}
