using Sahel.Diff.Claims;
using Xunit;

namespace Sahel.Tests.Diff;

/// <summary>The phrasings of tolls, attributions and claims in French, Arabic and English the extractor must read.</summary>
public sealed class ClaimExtractorTests
{
    private static TollClaim SingleToll(string text, string? lang = null)
    {
        var claims = ClaimExtractor.Extract(text, null, lang);
        Assert.True(claims.Tolls.Count == 1, $"expected one toll in «{text}», got: {string.Join(" | ", claims.Tolls)}");
        return claims.Tolls[0];
    }

    [Theory]
    // French: digits, words, separators, elisions, qualifiers, passive and active forms.
    [InlineData("L'armée annonce cinq soldats tués", TollKind.Killed, "soldiers", 5, 5, "exact")]
    [InlineData("Au moins 12 militaires maliens ont été tués", TollKind.Killed, "soldiers", 12, null, "at-least")]
    [InlineData("Un bilan d'au moins 12 morts", TollKind.Killed, null, 12, null, "at-least")]
    [InlineData("Une vingtaine de soldats et de VDP ont perdu la vie", TollKind.Killed, "soldiers", 15, 25, "about")]
    [InlineData("Une dizaine de civils ont été tués", TollKind.Killed, "civilians", 8, 12, "about")]
    [InlineData("Des dizaines d'assaillants ont été neutralisés", TollKind.Killed, "attackers", 20, 99, "dozens")]
    [InlineData("Plusieurs dizaines de morts selon le groupe", TollKind.Killed, null, 20, 99, "dozens")]
    [InlineData("Plus de 1 400 personnes ont été enlevées", TollKind.Kidnapped, "people", 1401, null, "more-than")]
    [InlineData("Plus de 1.400 personnes portées disparues", TollKind.Missing, "people", 1401, null, "more-than")]
    [InlineData("Neuf blessés ont été évacués vers Gao", TollKind.Wounded, null, 9, 9, "exact")]
    [InlineData("Vingt-cinq civils tués dans le village", TollKind.Killed, "civilians", 25, 25, "exact")]
    [InlineData("Quatre bergers ont été enlevés près de Fassala", TollKind.Kidnapped, "civilians", 4, 4, "exact")]
    [InlineData("Une trentaine de terroristes neutralisés", TollKind.Killed, "attackers", 23, 37, "about")]
    [InlineData("L'attaque a fait une quinzaine de morts parmi les civils", TollKind.Killed, "civilians", 12, 18, "about")]
    // Arabic: Arabic-Indic digits, words with ة, proclitics, qualifiers after the count.
    [InlineData("مقتل ١٢ جنديا ماليا على الأقل في كمين أنفيس", TollKind.Killed, "soldiers", 12, null, "at-least")]
    [InlineData("الجيش المالي: خمسة قتلى في اشتباكات عنيفة", TollKind.Killed, null, 5, 5, "exact")]
    [InlineData("وقتل العشرات من الجنود والمرتزقة", TollKind.Killed, "soldiers", 20, 99, "dozens")]
    [InlineData("أدى الهجوم لمقتل ثلاثة جنود", TollKind.Killed, "soldiers", 3, 3, "exact")]
    [InlineData("قالت مصادر محلية إن ١٢ جنديا على الأقل قتلوا", TollKind.Killed, "soldiers", 12, null, "at-least")]
    [InlineData("أسفر الهجوم عن إصابة ٥ جنود", TollKind.Wounded, "soldiers", 5, 5, "exact")]
    [InlineData("اختطاف أربعة رعاة موريتانيين", TollKind.Kidnapped, "civilians", 4, 4, "exact")]
    [InlineData("عشرات القتلى في صفوف المدنيين", TollKind.Killed, "civilians", 20, 99, "dozens")]
    [InlineData("مقتل ما لا يقل عن ٢٠ مدنيا", TollKind.Killed, "civilians", 20, null, "at-least")]
    [InlineData("فقدان سبعة أشخاص بعد الهجوم", TollKind.Missing, "people", 7, 7, "exact")]
    // English: passive, active, "dead", words, qualifiers.
    [InlineData("At least 20 soldiers killed in ambush", TollKind.Killed, "soldiers", 20, null, "at-least")]
    [InlineData("More than 40 civilians have been killed", TollKind.Killed, "civilians", 41, null, "more-than")]
    [InlineData("Gunmen opened fire, killing 12 villagers", TollKind.Killed, "civilians", 12, 12, "exact")]
    [InlineData("The attack left 12 dead", TollKind.Killed, null, 12, 12, "exact")]
    [InlineData("Dozens of soldiers were killed", TollKind.Killed, "soldiers", 20, 99, "dozens")]
    [InlineData("Twenty civilians were killed", TollKind.Killed, "civilians", 20, 20, "exact")]
    [InlineData("Five soldiers died in the clashes", TollKind.Killed, "soldiers", 5, 5, "exact")]
    [InlineData("Nearly 30 people were abducted", TollKind.Kidnapped, "people", 23, 37, "about")]
    [InlineData("Seven soldiers are missing", TollKind.Missing, "soldiers", 7, 7, "exact")]
    [InlineData("About a dozen people were wounded", TollKind.Wounded, "people", 9, 15, "about")]
    public void Reads_a_toll(string text, TollKind kind, string? victims, int? min, int? max, string qualifier)
    {
        var toll = SingleToll(text);
        Assert.Equal(kind, toll.Kind);
        Assert.Equal(victims, toll.Victims);
        Assert.Equal(min, toll.Count.Min);
        Assert.Equal(max, toll.Count.Max);
        Assert.Equal(qualifier, toll.Count.Qualifier);
        Assert.All(toll.Count.Text.Split(" … "), part => Assert.Contains(part, text, StringComparison.Ordinal));
        Assert.Contains(toll.Evidence, text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Cinq soldats ont été tués, selon l'armée", SourceKind.Army, "selon l'armée")]
    [InlineData("D'après des sources locales, au moins 12 militaires ont péri", SourceKind.Local, "D'après des sources locales")]
    [InlineData("Au moins 20 soldats tués, selon une source sécuritaire", SourceKind.Security, "selon une source sécuritaire")]
    [InlineData("Huit civils tués, selon une source hospitalière", SourceKind.Hospital, "selon une source hospitalière")]
    [InlineData("Selon l'ONU, 30 civils ont été tués", SourceKind.Un, "Selon l'ONU")]
    [InlineData("At least 20 soldiers were killed, according to a security source", SourceKind.Security, "according to a security source")]
    [InlineData("Twelve people were killed, residents said", SourceKind.Local, "residents said")]
    [InlineData("The defence ministry said four soldiers were killed", SourceKind.Government, "defence ministry said")]
    [InlineData("Doctors at the hospital counted 15 wounded", SourceKind.Hospital, "Doctors at the hospital counted")]
    [InlineData("أفادت مصادر محلية بمقتل ١٢ جنديا", SourceKind.Local, "أفادت مصادر محلية")]
    [InlineData("وبحسب مصدر أمني، قتل خمسة جنود", SourceKind.Security, "وبحسب مصدر أمني")]
    [InlineData("قال الجيش المالي إن خمسة جنود قتلوا", SourceKind.Army, "قال الجيش المالي")]
    [InlineData("مقتل ٩ مدنيين بحسب بيان", SourceKind.Unattributed, "بحسب بيان")]
    // Regression: the army's refusal to confirm was read as the army's figure.
    [InlineData("Un élu de la commune affirme que sept soldats ont été tués, un bilan que l'état-major n'avait pas confirmé mardi soir", SourceKind.Local, "élu de la commune affirme")]
    public void Attributes_the_figure(string text, SourceKind kind, string quoted)
    {
        var toll = SingleToll(text);
        Assert.Equal(kind, toll.Source?.Kind);
        Assert.Equal(quoted, toll.Source?.Text);
    }

    [Theory]
    [InlineData("Le JNIM affirme avoir tué 35 soldats", "jnim")]
    [InlineData("Selon le FLA, des dizaines de soldats ont été tués", "fla")]
    [InlineData("أعلنت جماعة نصرة الإسلام والمسلمين مقتل عشرات الجنود", "jnim")]
    [InlineData("Islamic State Sahel Province said its fighters killed 10 soldiers", "issp")]
    public void Names_the_armed_group_a_figure_comes_from(string text, string actor)
    {
        var toll = SingleToll(text);
        Assert.Equal(SourceKind.ArmedGroup, toll.Source?.Kind);
        Assert.Equal(actor, toll.Source?.Name);
    }

    [Theory]
    [InlineData("Sept soldats ont été tués, un bilan que l'armée n'a pas confirmé")]
    [InlineData("Seven soldiers were killed, a toll the army has not confirmed")]
    [InlineData("قتل سبعة جنود، وهي حصيلة لم يؤكدها الجيش")]
    public void A_source_that_does_not_confirm_is_not_the_source(string text) =>
        Assert.NotEqual(SourceKind.Army, SingleToll(text).Source?.Kind);

    [Fact]
    public void A_figure_without_a_source_is_unattributed()
    {
        var toll = SingleToll("Trois soldats tués dans une embuscade près de Ménaka");
        Assert.Equal(SourceKind.Unattributed, toll.Source?.Kind);
    }

    [Fact]
    public void The_title_attribution_carries_to_the_text()
    {
        var claims = ClaimExtractor.Extract("Mali : l'armée fait état de pertes", "Cinq soldats ont été tués et neuf blessés lors de l'attaque.", "fr");
        Assert.All(claims.Tolls, t => Assert.Equal(SourceKind.Army, t.Source?.Kind));
        Assert.Equal([TollKind.Killed, TollKind.Wounded], claims.Tolls.Select(t => t.Kind));
    }

    [Fact]
    public void Two_sources_in_one_sentence_each_keep_their_figure()
    {
        var claims = ClaimExtractor.Extract("L'armée parle de cinq morts, tandis que des sources locales évoquent au moins 12 soldats tués", null, "fr");
        Assert.Equal(2, claims.Tolls.Count);
        Assert.Equal(SourceKind.Army, claims.Tolls.Single(t => t.Count.Min == 5).Source?.Kind);
        Assert.Equal(SourceKind.Local, claims.Tolls.Single(t => t.Count.Min == 12).Source?.Kind);
    }

    [Fact]
    public void Killed_and_wounded_in_one_sentence_pair_with_their_own_counts()
    {
        var claims = ClaimExtractor.Extract("Selon l'armée, cinq soldats ont été tués et neuf blessés, tandis qu'« une trentaine de terroristes » ont été neutralisés.", null, "fr");
        Assert.Equal(
            ["Killed soldiers 5", "Wounded soldiers 9", "Killed attackers 30"],
            claims.Tolls.Select(t => $"{t.Kind} {t.Victims} {t.Count.Display.TrimStart('≈', ' ')}"));
    }

    [Theory]
    [InlineData("Le 10 mars 2026, à 20 km de Ménaka, des hommes armés ont attaqué un poste")]
    [InlineData("Embuscade à 15 kilomètres de Djibo : pas de victimes")]
    [InlineData("The attack on March 12 was the third in 2026")]
    [InlineData("هجوم على بعد ٢٠ كيلومترا من ميناكا")]
    [InlineData("Une embuscade à plus de 30 km de Kidal a été repoussée")]
    [InlineData("Les assaillants, dont plusieurs blessés, ont fui vers la frontière")]
    public void Dates_distances_years_and_subsets_are_not_tolls(string text) =>
        Assert.Empty(ClaimExtractor.Extract(text, null, null).Tolls);

    [Theory]
    [InlineData("Le Front de libération de l'Azawad (FLA) a revendiqué l'attaque et affirme que le convoi a été « complètement détruit ».", "fla", "convoy", "destroyed")]
    [InlineData("The Azawad Liberation Front (FLA) said it had carried out the attack and that the convoy was completely destroyed.", "fla", "convoy", "destroyed")]
    [InlineData("جبهة تحرير أزواد تعلن تدمير قافلة للجيش المالي بين كيدال وأنفيس", "fla", "convoy (FAMa)", "destroyed")]
    [InlineData("Le JNIM a revendiqué l'attaque contre le détachement militaire de Djibo", "jnim", "camp", null)]
    [InlineData("تبنى تنظيم الدولة الإسلامية في الصحراء الكبرى الهجوم على دورية للجيش", "issp", "patrol", null)]
    public void Reads_claims_of_responsibility(string text, string claimant, string? target, string? outcome)
    {
        var claim = Assert.Single(ClaimExtractor.Extract(text, null, null).Responsibility);
        Assert.Equal(claimant, claim.Actor);
        Assert.Equal(claimant, claim.Attackers);
        Assert.Equal(target, claim.Target);
        Assert.Equal(outcome, claim.Outcome);
    }

    [Fact]
    public void The_group_named_earlier_is_the_claimant_of_its_statement()
    {
        var claims = ClaimExtractor.Extract("جبهة تحرير أزواد تعلن تدمير قافلة",
            "<p>أعلنت جبهة تحرير أزواد، في بيان، أن مقاتليها نصبوا كمينا لقافلة عسكرية.</p><p>وبحسب بيان الجبهة، فإن القافلة «دُمرت بالكامل» وقُتل العشرات من الجنود.</p>", "ar");
        var toll = Assert.Single(claims.Tolls);
        Assert.Equal(SourceKind.ArmedGroup, toll.Source?.Kind);
        Assert.Equal("fla", toll.Source?.Name);
        Assert.Equal("dozens", toll.Count.Qualifier);
    }

    [Fact]
    public void An_army_that_repelled_an_attack_claims_nothing() =>
        Assert.Empty(ClaimExtractor.Extract("L'armée affirme avoir repoussé l'attaque contre le poste de Ménaka", null, "fr").Responsibility);

    [Fact]
    public void A_figure_repeated_in_title_and_text_is_one_claim()
    {
        var claims = ClaimExtractor.Extract("Embuscade : l'armée annonce cinq soldats tués", "<p>Selon l'armée, cinq soldats ont été tués.</p>", "fr");
        Assert.Single(claims.Tolls);
    }

    [Fact]
    public void Html_text_is_read_as_plain_text()
    {
        var claims = ClaimExtractor.Extract("Bilan", "<p>Au moins <b>12</b> soldats tu&eacute;s</p>", "fr");
        Assert.Equal(12, Assert.Single(claims.Tolls).Count.Min);
    }
}
