using Xunit;

namespace Sahel.Tests.Diff;

/// <summary>
/// Session 10, round 18: the cells of statements of responsibility missed whole that fresh7 and dev9 (and older writers)
/// share, written out in the three languages with sentences of our own (a " || " starts a new paragraph): a claimant carried
/// by a speaking pronoun, the country a bare "the army" means (a coastal state's adjective, a country across a border, the
/// places a story names), an army's bulletin naming its troops bare, the first person of the verbs of blame, the Arabic
/// "points to", the Russians as Africa Corps, and the Arabic jussive of claiming with the deed suffixed; and what stays out.
/// </summary>
public sealed class ClaimResponsibilityRound18Tests
{
    private static List<string> Statements(string text) => ClaimStatements.Of(text.Replace(" || ", "\n", StringComparison.Ordinal));

    [Theory]
    // the pronoun opening the next sentence
    [InlineData("The Chadian army says it has freed 12 hostages near Bol. || It says its soldiers killed five terrorists.", "claimed td-army")]
    [InlineData("The Chadian army says it has freed 12 hostages near Bol. || It says its soldiers killed five of the abductors.", "claimed td-army")]
    [InlineData("L'armée tchadienne dit avoir libéré douze otages près de Bol. || Elle affirme que ses soldats ont tué cinq terroristes.", "claimed td-army")]
    [InlineData("ISWAP published a statement on Telegram. || It said its fighters had killed nine soldiers near Monguno.", "claimed iswap")]
    // the pronoun opening a clause after a semicolon
    [InlineData("L'armée tchadienne dit avoir libéré douze otages ; elle affirme avoir tué cinq terroristes.", "claimed td-army")]
    public void A_claimant_carried_by_a_pronoun_claims(string text, string statement) =>
        Assert.Contains(statement, Statements(text));

    [Theory]
    // a plural pronoun, a person, a figure reported rather than an operation told
    [InlineData("Residents of Bol said the army had freed the hostages. || They say soldiers killed five terrorists.")]
    [InlineData("The governor of Diffa spoke to reporters. || He said soldiers killed five terrorists.")]
    [InlineData("The Chadian army gave a toll on Monday. || It puts the number of assailants neutralised at 30.")]
    public void A_pronoun_that_is_no_armed_actor_claims_nothing(string text) =>
        Assert.DoesNotContain(Statements(text), s => s.StartsWith("claimed", StringComparison.Ordinal));

    [Theory]
    // a coastal state's adjective, and the country across the border is not the story's
    [InlineData("Six Togolese soldiers were killed near the border with Burkina Faso. || The army said its troops had killed 10 assailants.", "claimed tg-army", "claimed bf-army")]
    [InlineData("Huit soldats béninois ont été tués près de la frontière avec le Burkina Faso. || L'armée affirme avoir neutralisé quatre assaillants.", "claimed bj-army", "claimed bf-army")]
    [InlineData("قتل ثلاثة جنود من الجيش البنيني قرب الحدود مع النيجر. || وقال الجيش إن قواته قتلت عشرة مهاجمين.", "claimed bj-army", "claimed ne-fan")]
    // a name after a border phrase and a comma is no country across it
    [InlineData("Three soldiers were killed near the Malian border, Mauritania's defence ministry said. || The army said its troops had killed 10 assailants.", "claimed mr-army", "claimed fama")]
    // no army nor country named: the places named
    [InlineData("Des hommes armés ont attaqué un poste dans la commune de Seytenga. || L'armée affirme avoir neutralisé douze terroristes.", "claimed bf-army", "claimed fama")]
    [InlineData("Gunmen attacked a village near Sokoto on Sunday. || The army said its troops killed 20 terrorists.", "claimed ng-army", "claimed ne-fan")]
    [InlineData("هاجم مسلحون قرية قرب جيبو. || وقال الجيش إن قواته قتلت ١٢ إرهابيا.", "claimed bf-army", "claimed fama")]
    public void A_bare_army_is_the_story_s_country_s(string text, string statement, string not)
    {
        var read = Statements(text);
        Assert.Contains(statement, read);
        Assert.DoesNotContain(not, read);
    }

    [Fact]
    public void A_bare_army_with_no_country_and_no_place_is_no_one() =>
        Assert.DoesNotContain(Statements("The army said its troops killed 20 terrorists."), s => s.StartsWith("claimed", StringComparison.Ordinal));

    [Theory]
    // the army speaking of its troops left bare, in its sentence or, with no one named, in the one before
    [InlineData("Selon l'état-major burkinabè, les unités ont neutralisé sept terroristes.", "claimed bf-army")]
    [InlineData("The Nigerian army said troops had killed 45 terrorists in Borno.", "claimed ng-army")]
    [InlineData("قال المتحدث باسم الجيش النيجيري إن القوات قتلت عشرة إرهابيين في ولاية بورنو.", "claimed ng-army")]
    [InlineData("L'armée burkinabè a libéré dix otages, a annoncé l'état-major. || Les unités ont neutralisé sept terroristes, selon le même communiqué.", "claimed bf-army")]
    public void An_army_claims_what_its_bare_troops_did(string text, string statement) =>
        Assert.Contains(statement, Statements(text));

    [Theory]
    // a minister's figure of what unnamed troops did, residents' account, a figure before its verb
    [InlineData("Le ministre nigérien de la Défense a annoncé que les unités ont neutralisé neuf terroristes.")]
    [InlineData("Residents of Djibo said troops had killed 12 terrorists.")]
    [InlineData("The Nigerian army said 12 terrorists were neutralised by troops.")]
    public void Bare_troops_told_by_others_are_no_claim(string text) =>
        Assert.DoesNotContain(Statements(text), s => s.StartsWith("claimed", StringComparison.Ordinal));

    [Theory]
    // a force that works with a partner claims alone: the partner named after "alongside", "avec", "مع" is no claimant
    [InlineData("The Chadian army said its troops, working alongside Nigerien soldiers, had killed 40 terrorists near Bosso.", "claimed td-army", "claimed ne-fan")]
    [InlineData("L'armée tchadienne affirme que ses unités, en coopération avec l'armée nigérienne, ont neutralisé quarante terroristes.", "claimed td-army", "claimed ne-fan")]
    [InlineData("وقال الجيش التشادي إن وحداته نفذت بالتعاون مع الجيش النيجري عملية أسفرت عن مقتل أربعين إرهابيا.", "claimed td-army", "claimed ne-fan")]
    public void The_partner_of_an_operation_claims_nothing(string text, string statement, string not)
    {
        var read = Statements(text);
        Assert.Contains(statement, read);
        Assert.DoesNotContain(not, read);
    }

    [Theory]
    // the first person of the verbs of blame: a letter's, an editorial's own voice
    [InlineData("Nous accusons le JNIM d'avoir tué nos enfants.", "blamed jnim")]
    [InlineData("Nous désignons le JNIM comme l'auteur de ce massacre.", "blamed jnim")]
    [InlineData("We name Lakurawa as the killers of our people.", "blamed lakurawa")]
    [InlineData("ونحمّل جماعة نصرة الإسلام والمسلمين مسؤولية مقتل أبنائنا.", "blamed jnim")]
    // the Arabic "points to", in the present, the group right after
    [InlineData("الشهادات تشير كلها إلى عناصر جماعة نصرة الإسلام والمسلمين.", "blamed jnim")]
    [InlineData("والأدلة تشير إلى جماعة نصرة الإسلام والمسلمين.", "blamed jnim")]
    // the Russians, bare or as allies, are Africa Corps
    [InlineData("Des habitants accusent les Russes d'avoir tué six bergers.", "blamed africa-corps")]
    [InlineData("Residents accused the Russians of killing six herders.", "blamed africa-corps")]
    [InlineData("واتهم السكان الروس بقتل ستة رعاة.", "blamed africa-corps")]
    [InlineData("Le collectif accuse les FAMa et leurs alliés russes.", "blamed africa-corps")]
    [InlineData("Residents accused Malian troops and their Russian allies of killing six herders.", "blamed africa-corps")]
    public void Blames_in_the_first_person_and_the_Russians(string text, string statement) =>
        Assert.Contains(statement, Statements(text));

    [Theory]
    // no group after the verb, something between "points to" and the group, the past "mentioned", carrying a letter
    [InlineData("We name our sources only when they agree.")]
    [InlineData("والتقرير يشير إلى تزايد هجمات جماعة نصرة الإسلام والمسلمين.")]
    [InlineData("وأشار المتحدث إلى جماعة نصرة الإسلام والمسلمين في حديثه عن المنطقة.")]
    [InlineData("نحمل رسالة إلى الحكومة.")]
    [InlineData("Moscow said Russian diplomats met the junta.")]
    public void Pointing_at_no_doer_blames_no_one(string text) =>
        Assert.DoesNotContain(Statements(text), s => s.StartsWith("blamed", StringComparison.Ordinal));

    [Fact]
    public void Wagner_named_stays_Wagner() =>
        Assert.Equal(["blamed wagner"], Statements("Residents accused Wagner of killing six herders."));

    [Theory]
    [InlineData("وهو هجوم لم تتبنه أي جهة حتى الآن.")]
    [InlineData("وهي عملية لم تتبنها أي جماعة.")]
    [InlineData("فيما لم يتبنه التنظيم.")]
    public void The_Arabic_jussive_with_the_deed_suffixed_is_unclaimed(string text) =>
        Assert.Contains("unclaimed ", Statements(text));

    [Fact]
    public void The_perfect_with_the_deed_suffixed_stays_a_claim() =>
        Assert.Equal(["claimed jnim"], Statements("وهو الهجوم الذي تبنته جماعة نصرة الإسلام والمسلمين."));
}
