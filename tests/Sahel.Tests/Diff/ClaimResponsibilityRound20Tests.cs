using Xunit;

namespace Sahel.Tests.Diff;

/// <summary>
/// Session 11, round 20: who blames when a pronoun speaks after its words or a demonstrative opens the sentence; what an
/// accusation does not blame (people accused of helping a force, an enemy accused of lying); counts referred back to the
/// attackers ("seven of them", "five others") as a force's own operation; a court as who blames; a restriction that affirms a
/// claim ("n'a revendiqué qu'une"); the doers' identity believed, presented or joined by "and"; a force's weapon owned; a
/// denial of the deed named as a noun. Sentences of our own, in French, English and Arabic (" || " starts a new paragraph).
/// </summary>
public sealed class ClaimResponsibilityRound20Tests
{
    private static List<string> Statements(string text) => ClaimStatements.Of(text.Replace(" || ", "\n", StringComparison.Ordinal));

    private static List<string> WithBlamer(string text) => ClaimStatements.WithBlamer(text.Replace(" || ", "\n", StringComparison.Ordinal));

    [Theory]
    // the pronoun after the quote, in the simple and the compound tense
    [InlineData("Deux bergers ont été tués, rapporte le maire de la commune. « Ce sont ceux qui tiennent la brousse », dit-il, désignant le JNIM.", "blamed jnim by local")]
    [InlineData("Deux bergers ont été tués, rapporte le maire de la commune. « Ce sont ceux qui tiennent la brousse », a-t-il ajouté, désignant le JNIM.", "blamed jnim by local")]
    [InlineData("The mayor said two teachers were killed. \"Everything points to JNIM,\" he said.", "blamed jnim by local")]
    [InlineData("Le ministre a contesté ce décompte. || « Ces actes sont l'œuvre de terroristes du JNIM », a-t-il répondu.", "blamed jnim by government")]
    // linking the doers, referred back, to a group
    [InlineData("The minister told the House that three officers died. || \"Preliminary intelligence links them to JNIM,\" he said.", "blamed jnim by government")]
    [InlineData("Selon le gouverneur, les indices recueillis les relient à l'EIGS.", "blamed issp by government")]
    [InlineData("وقال الوالي إن المعلومات الأولية تربطهم بتنظيم الدولة في الساحل.", "blamed issp by government")]
    // a demonstrative at the head of the sentence
    [InlineData("Huit bergers ont été tués, selon des proches des victimes. Ceux-ci accusent des soldats maliens d'avoir exécuté les bergers.", "blamed fama by local")]
    public void A_pronoun_speaking_after_its_words_is_the_subject_before(string text, string statement) =>
        Assert.Contains(statement, WithBlamer(text));

    [Fact]
    public void The_work_of_a_group_in_the_writer_s_own_voice_is_not_read_as_told() =>
        Assert.Empty(Statements("Ces actes sont l'œuvre de terroristes du JNIM."));

    [Fact]
    public void A_pronoun_after_its_words_does_not_make_a_group_blame_itself()
    {
        var read = WithBlamer("The Islamic State's Sahel Province held 30 civilians last year. || Analysts say the drivers are probably held by the group. \"Everything points to the Islamic State,\" one of them said.");
        Assert.DoesNotContain(read, s => s.StartsWith("claimed", StringComparison.Ordinal));
    }

    [Theory]
    // people accused of helping a force: the force is not accused
    [InlineData("The councillor said the gunmen accused the villagers of collaborating with the VDP.")]
    [InlineData("The gunmen accused the herders of informing the army, residents said.")]
    [InlineData("Selon un élu, les assaillants accusaient les habitants de renseigner l'armée.")]
    [InlineData("قال سكان إن المسلحين اتهموا القرويين بالتعاون مع الجيش.")]
    // an enemy accused of lying: an answer to its claim, no blame for the attack
    [InlineData("ISWAP accused JNIM of lying about the raid.")]
    [InlineData("L'État islamique accuse au contraire le JNIM de « mensonge » et s'attribue le raid.")]
    [InlineData("ونفى الجيش المالي سقوط أي قتلى في صفوفه، واتهم جبهة تحرير أزواد بترويج الأكاذيب.")]
    // the doers' noun as a preposition's object is no nominal sentence ("looking for men of the VDP")
    [InlineData("قالت عائلات الضحايا إن المهاجمين كانوا يبحثون عن عناصر من متطوعي الدفاع عن الوطن.")]
    public void An_accusation_that_blames_no_one_for_the_attack(string text) =>
        Assert.DoesNotContain(Statements(text), s => s.StartsWith("blamed", StringComparison.Ordinal));

    [Theory]
    [InlineData("The army accused JNIM of killing the villagers.", "blamed jnim")]
    [InlineData("Les habitants accusent le JNIM d'avoir tué six bergers.", "blamed jnim")]
    [InlineData("Les habitants accusent les hommes de la katiba Macina, actifs dans la zone.", "blamed katiba-macina")]
    [InlineData("اتهم السكان جماعة نصرة الإسلام والمسلمين بقتل ستة رعاة.", "blamed jnim")]
    public void An_accusation_of_the_deed_still_blames(string text, string statement) =>
        Assert.Contains(statement, Statements(text));

    [Theory]
    [InlineData("The Nigerian army said its troops had pursued the attackers and killed seven of them near the forest.", "claimed ng-army")]
    [InlineData("Chad's army said its reinforcements had put the assailants to flight, killing about 60 of them.", "claimed td-army")]
    [InlineData("قال الجيش النيجيري إن قواته أسرت سبعة مقاتلين وقتلت خمسة آخرين.", "claimed ng-army")]
    public void A_count_referred_back_to_the_attackers_is_the_force_s_operation(string text, string statement) =>
        Assert.Contains(statement, Statements(text));

    [Fact]
    public void The_group_whose_men_were_counted_is_not_the_doer_of_the_next_verb()
    {
        var read = WithBlamer("قال الجيش النيجيري إن قواته أسرت سبعة مقاتلين من تنظيم الدولة في غرب أفريقيا وقتلت خمسة آخرين.");
        Assert.Contains("claimed ng-army by ", read);
        Assert.DoesNotContain(read, s => s.StartsWith("blamed iswap", StringComparison.Ordinal));
    }

    [Fact]
    public void A_force_naming_whom_it_fought_still_claims_its_operation()
    {
        var read = WithBlamer("The Nigerian Army said its troops had pursued the attackers, believed to be ISWAP fighters, and killed seven of them near the forest.");
        Assert.Contains("claimed ng-army by ", read);
        Assert.Contains("blamed iswap by army", read);
    }

    [Theory]
    // "seven of them" after victims, not attackers: no force's claim
    [InlineData("Gunmen stormed the market, killing twelve of them, residents said.")]
    [InlineData("Gunmen attacked the village and killed ten people and abducted five others, residents said.")]
    public void A_count_referred_back_to_victims_is_no_claim(string text) =>
        Assert.DoesNotContain(Statements(text), s => s.StartsWith("claimed", StringComparison.Ordinal));

    [Theory]
    [InlineData("Le tribunal a jugé que l'attaque avait été commise par le JNIM.", "blamed jnim by government")]
    [InlineData("The court said the attack had been carried out by ISWAP.", "blamed iswap by government")]
    [InlineData("وقالت المحكمة إن المتهمين عملوا لصالح تنظيم القاعدة في بلاد المغرب الإسلامي.", "blamed aqim by government")]
    public void A_court_blames_as_the_state(string text, string statement) =>
        Assert.Contains(statement, WithBlamer(text));

    [Theory]
    [InlineData("Le JNIM n'a revendiqué qu'une seule de ces attaques.", "claimed jnim")]
    [InlineData("رغم أن جماعة نصرة الإسلام والمسلمين لم تتبن سوى هجوم واحد منها.", "claimed jnim")]
    [InlineData("JNIM has claimed only one of these attacks.", "claimed jnim")]
    public void A_restriction_affirms_the_claim(string text, string statement)
    {
        var read = Statements(text);
        Assert.Contains(statement, read);
        Assert.DoesNotContain("unclaimed ", read);
    }

    [Theory]
    [InlineData("Le JNIM n'a pas revendiqué l'attaque.")]
    [InlineData("Aucun groupe n'a encore revendiqué l'attaque, que Niamey attribue à l'EIGS.")]
    [InlineData("لم تتبن أي جهة الهجوم.")]
    [InlineData("No group has claimed the attack.")]
    public void A_negation_with_no_restriction_stays_unclaimed(string text) =>
        Assert.Contains("unclaimed ", Statements(text));

    [Theory]
    [InlineData("Residents said the gunmen spoke Fulfulde and belonged to JNIM.", "blamed jnim by local")]
    [InlineData("Les habitants disent que les assaillants parlaient peul et appartenaient à l'EIGS.", "blamed issp by local")]
    [InlineData("Residents said the kidnappers, thought to be JNIM fighters, took twelve people.", "blamed jnim by local")]
    [InlineData("Onze personnes ont été libérées. Elles avaient été enlevées avec sept autres, aux mains de leurs ravisseurs, présentés comme des éléments du JNIM, selon le maire.", "blamed jnim by local")]
    public void The_doers_identity_joined_believed_or_presented(string text, string statement) =>
        Assert.Contains(statement, WithBlamer(text));

    [Theory]
    [InlineData("The soldiers patrolled the area and belonged to the army.")]
    [InlineData("Villagers said a man believed to be a JNIM informant was arrested.")]
    public void No_doers_no_identity(string text) =>
        Assert.DoesNotContain(Statements(text), s => s.StartsWith("blamed", StringComparison.Ordinal));

    [Theory]
    [InlineData("A drone strike killed dozens of traders at the market, residents said. || Residents say the drone belonged to the Nigerien armed forces.", "blamed ne-fan by local")]
    [InlineData("Selon des habitants, le drone appartenait à l'armée burkinabè.", "blamed bf-army by local")]
    [InlineData("قال سكان إن طائرة مسيرة تابعة للجيش البوركيني قصفت السوق ما أدى إلى مقتل عشرين شخصا.", "blamed bf-army by local")]
    public void A_force_s_weapon_owned_told_by_others_blames_the_force(string text, string statement) =>
        Assert.Contains(statement, WithBlamer(text));

    [Theory]
    // told by the force itself: its own account, no blame of itself
    [InlineData("The Nigerien army said the drone belonged to its air force and destroyed a terrorist base.")]
    [InlineData("قال الجيش المالي إن الطائرة التابعة لسلاح الجو دمرت قاعدة إرهابية.")]
    // a thing that is no weapon
    [InlineData("Residents said the trucks belonged to the army.")]
    public void A_weapon_s_owner_told_by_the_force_or_a_thing_blames_no_one(string text) =>
        Assert.DoesNotContain(Statements(text), s => s.StartsWith("blamed", StringComparison.Ordinal));

    [Theory]
    [InlineData("Des proches accusent des soldats maliens d'avoir exécuté huit éleveurs. || L'état-major général des armées maliennes a de son côté démenti toute exécution.", "denied fama")]
    [InlineData("Relatives accused Malian soldiers of executing eight herders. || Mali's army denied any executions.", "denied fama")]
    [InlineData("اتهم أقارب الضحايا جنودا من الجيش المالي بقتل ثمانية رعاة. || ونفى الجيش المالي أي إعدام.", "denied fama")]
    public void A_denial_of_the_deed_named_as_a_noun(string text, string statement) =>
        Assert.Contains(statement, Statements(text));

    [Fact]
    public void A_denial_of_a_deed_no_one_is_accused_of_denies_for_no_one() =>
        Assert.DoesNotContain(Statements("Le ministre a démenti l'enlèvement de deux élus, affirmant qu'ils étaient en voyage."), s => s.StartsWith("denied", StringComparison.Ordinal));

    [Theory]
    [InlineData("ISWAP claimed the attack, saying it had killed 17 soldiers, while the Nigerian army said its troops had repelled the assault and killed 12 terrorists.", "claimed ng-army")]
    [InlineData("Le JNIM a revendiqué l'attaque, tandis que l'armée malienne affirme que ses unités ont neutralisé une dizaine de terroristes.", "claimed fama")]
    [InlineData("وأعلن تنظيم الدولة مسؤوليته عن الهجوم، بينما قال الجيش النيجيري إن قواته صدت الهجوم وقتلت ١٢ إرهابيا.", "claimed ng-army")]
    public void A_force_s_operation_in_the_clause_after_a_group_s_claim(string text, string statement)
    {
        var read = Statements(text);
        Assert.Contains(statement, read);
        Assert.Equal(2, read.Count(s => s.StartsWith("claimed", StringComparison.Ordinal)));
    }

    [Theory]
    [InlineData("ISWAP claimed the attack, while the Nigerian army said 12 terrorists were neutralised.")]
    [InlineData("JNIM claimed the attack, while the government said the army had killed 12 civilians.")]
    [InlineData("Le JNIM a revendiqué l'attaque, tandis que des habitants affirment que l'armée a tué douze civils.")]
    public void No_force_s_claim_in_the_clause_after_a_group_s_claim(string text) =>
        Assert.Single(Statements(text), s => s.StartsWith("claimed", StringComparison.Ordinal));

    [Theory]
    [InlineData("A charity lost contact with four of its staff. || No group has said it is holding them.", "unclaimed ")]
    [InlineData("Aucun groupe n'a dit détenir les quatre employés.", "unclaimed ")]
    [InlineData("لم تعلن أي جهة أنها تحتجزهم.", "unclaimed ")]
    [InlineData("JNIM said in a video that it is holding the four drivers.", "claimed jnim")]
    [InlineData("Le JNIM affirme détenir les quatre chauffeurs.", "claimed jnim")]
    [InlineData("قالت جماعة نصرة الإسلام والمسلمين إنها تحتجز السائقين الأربعة.", "claimed jnim")]
    public void Holding_the_hostages_said_of_itself(string text, string statement) =>
        Assert.Contains(statement, Statements(text));

    [Theory]
    [InlineData("Le GSIM rejette la faute sur les chasseurs dozos.", "blamed dozos")]
    [InlineData("ISWAP denied any role and shifted the blame onto Boko Haram.", "blamed boko-haram")]
    public void Shifting_the_blame_onto_another(string text, string statement) =>
        Assert.Contains(statement, Statements(text));

    [Fact]
    public void Rejecting_the_accusations_shifts_no_blame() =>
        Assert.DoesNotContain(Statements("L'armée rejette les accusations."), s => s.StartsWith("blamed", StringComparison.Ordinal));

    [Theory]
    // the group's men counted, named by their group: the force's operation, no blame of the group
    [InlineData("قال الجيش النيجيري إن قواته أسرت اثني عشر عنصرا من جماعة بوكو حرام وقتلت خمسة آخرين في الغابة.", "claimed ng-army")]
    // the possessed common noun speaks for no one: "sa plateforme" is not the Plateforme
    [InlineData("Dans un communiqué relayé par sa plateforme de propagande, le JNIM dit avoir tué douze militaires.", "claimed jnim")]
    public void The_force_or_the_group_that_tells_it_claims(string text, string statement)
    {
        var read = Statements(text);
        Assert.Contains(statement, read);
        Assert.DoesNotContain(read, s => s.StartsWith("blamed", StringComparison.Ordinal) || s == "claimed plateforme");
    }
}
