using Xunit;

namespace Sahel.Tests.Diff;

/// <summary>
/// Session 9, round 16: who blames and who denies, written out as paradigms in the three languages (independent of the
/// verb), with sentences of our own, not the labelled stories'; and what stays out.
/// </summary>
public sealed class ClaimResponsibilityRound16Tests
{
    private static List<string> Statements(string text) => ClaimStatements.WithBlamer(text);

    [Theory]
    // the subject of a verb of accusing
    [InlineData("Des éleveurs accusent le JNIM d'avoir volé leur bétail.", "blamed jnim by local")]
    [InlineData("Herders accused JNIM of stealing their cattle.", "blamed jnim by local")]
    [InlineData("واتهم رعاة جماعة نصرة الإسلام والمسلمين بسرقة مواشيهم.", "blamed jnim by local")]
    // the speaker of reported speech naming the doers
    [InlineData("Des habitants ont affirmé que les assaillants étaient des éléments du JNIM.", "blamed jnim by local")]
    [InlineData("Residents said the gunmen were JNIM fighters.", "blamed jnim by local")]
    [InlineData("وقال سكان إن المسلحين من عناصر جماعة نصرة الإسلام والمسلمين.", "blamed jnim by local")]
    // an attribution tail
    [InlineData("Les assaillants étaient des éléments du JNIM, selon des habitants.", "blamed jnim by local")]
    [InlineData("The gunmen were JNIM fighters, according to residents.", "blamed jnim by local")]
    [InlineData("وكان المسلحون من عناصر جماعة نصرة الإسلام والمسلمين، حسب السكان.", "blamed jnim by local")]
    [InlineData("ونفذ الهجوم مسلحون من جماعة نصرة الإسلام والمسلمين، وفق مصادر محلية.", "blamed jnim by local")]
    // the inverted speaker with a day or a time between
    [InlineData("Quatre bergers ont été tués par des combattants du JNIM, a déclaré jeudi le préfet.", "blamed jnim by government")]
    [InlineData("Quatre bergers ont été tués par des combattants du JNIM, a indiqué dimanche soir un notable.", "blamed jnim by local")]
    [InlineData("Four herders were killed by JNIM fighters, the governor said on Thursday.", "blamed jnim by government")]
    // a document's issuer
    [InlineData("Dans un communiqué, le gouverneur accuse l'EIGS d'avoir incendié le marché.", "blamed issp by government")]
    [InlineData("In a statement, Amnesty International accused the Malian army of executing the men.", "blamed fama by ngo")]
    public void The_blamer_is_read_wherever_it_stands(string text, string statement) =>
        Assert.Contains(statement, Statements(text));

    [Theory]
    // a source named in the sentence before and referred back to
    [InlineData("Le préfet de Douentza s'est rendu sur place jeudi. Selon lui, les assaillants étaient des éléments du JNIM.", "blamed jnim by government")]
    [InlineData("The governor of Mopti visited the village on Thursday. He blamed JNIM for the attack.", "blamed jnim by government")]
    [InlineData("Un notable du village a été joint par téléphone. La même source accuse le JNIM.", "blamed jnim by local")]
    [InlineData("وتحدث أحد أعيان القرية لوكالة الأنباء. واتهم المصدر ذاته جماعة نصرة الإسلام والمسلمين بتنفيذ الهجوم.", "blamed jnim by local")]
    public void The_blamer_named_before_is_carried(string text, string statement) =>
        Assert.Contains(statement, Statements(text));

    [Theory]
    // the denial paradigm: explicit verbs
    [InlineData("Le JNIM a démenti toute implication dans le massacre.", "denied jnim")]
    [InlineData("Le JNIM rejette les accusations de massacre.", "denied jnim")]
    [InlineData("JNIM denied any involvement in the massacre.", "denied jnim")]
    [InlineData("JNIM rejected the accusations.", "denied jnim")]
    [InlineData("ونفت جماعة نصرة الإسلام والمسلمين أي تورط في المجزرة.", "denied jnim")]
    [InlineData("وتنفي جماعة نصرة الإسلام والمسلمين هذه الاتهامات.", "denied jnim")]
    // implicit: having nothing to do with it, being foreign to it, innocent of it, false accusations
    [InlineData("Le JNIM affirme n'avoir rien à voir avec le massacre.", "denied jnim")]
    [InlineData("JNIM said it had nothing to do with the massacre.", "denied jnim")]
    [InlineData("وقالت جماعة نصرة الإسلام والمسلمين إنه لا علاقة لها بالمجزرة.", "denied jnim")]
    [InlineData("JNIM said it was not involved in the massacre.", "denied jnim")]
    [InlineData("Le JNIM se dit étranger au massacre.", "denied jnim")]
    [InlineData("وقالت جماعة نصرة الإسلام والمسلمين إنها بريئة من دماء القرويين.", "denied jnim")]
    [InlineData("JNIM called the accusations false.", "denied jnim")]
    [InlineData("Le JNIM dénonce des allégations mensongères.", "denied jnim")]
    [InlineData("ووصفت جماعة نصرة الإسلام والمسلمين الاتهامات بأنها مزاعم.", "denied jnim")]
    [InlineData("JNIM dismissed the accusations as fabrications.", "denied jnim")]
    // a force denying its strike killed civilians
    [InlineData("L'armée malienne dément que sa frappe ait tué des civils.", "denied fama")]
    [InlineData("The Malian army denied that its strike killed civilians.", "denied fama")]
    [InlineData("ونفى الجيش المالي أن تكون غارته قد أودت بحياة مدنيين.", "denied fama")]
    // a government rejecting a report about its army
    [InlineData("The Malian government rejected the report, which accused the army of executing 20 men.", "denied fama")]
    [InlineData("Le gouvernement malien rejette le rapport qui accuse l'armée d'avoir exécuté vingt hommes.", "denied fama")]
    public void A_denial_is_read(string text, string statement) =>
        Assert.Contains(Statements(text), s => s.StartsWith(statement + " by", StringComparison.Ordinal));

    [Theory]
    // the force's answer by restriction, after an accusation of it: its denial
    [InlineData("Des éleveurs accusent l'armée malienne d'avoir tué leurs fils. L'armée affirme n'avoir ciblé que des positions terroristes.")]
    [InlineData("Des éleveurs accusent l'armée malienne d'avoir tué leurs fils. L'armée assure n'avoir tiré qu'en légitime défense.")]
    [InlineData("Herders accused the Malian army of killing their sons. The army said it only targeted terrorist hideouts.")]
    [InlineData("Herders accused the Malian army of killing their sons. The army said its troops fired only at armed militants.")]
    [InlineData("واتهم رعاة الجيش المالي بقتل أبنائهم. وقال الجيش إن وحداته استهدفت مواقع إرهابية فقط.")]
    [InlineData("واتهم رعاة الجيش المالي بقتل أبنائهم. وأكد الجيش أن جنوده لم يطلقوا النار إلا دفاعا عن النفس.")]
    public void A_force_striking_only_its_enemy_denies(string text) =>
        Assert.Contains(Statements(text), s => s.StartsWith("denied fama by", StringComparison.Ordinal));

    [Theory]
    // the restriction with nobody accused, or restricted to no enemy
    [InlineData("L'armée malienne affirme n'avoir ciblé que des positions terroristes près de Léré.")]
    [InlineData("Des éleveurs accusent l'armée malienne d'avoir tué leurs fils. L'armée affirme n'avoir visé que le marché du bétail.")]
    [InlineData("The Malian army said its jets only targeted terrorist hideouts near Léré.")]
    [InlineData("وقال الجيش المالي إن طائراته استهدفت مواقع إرهابية فقط قرب ليري.")]
    public void A_restriction_with_no_accusation_or_no_enemy_denies_nothing(string text) =>
        Assert.DoesNotContain(Statements(text), s => s.StartsWith("denied ", StringComparison.Ordinal));

    [Theory]
    // a state force denying a clause, with the accusation after it or before it
    [InlineData("The Malian army denied reports that a wedding had been hit. Residents accused the Malian army of the strike.")]
    [InlineData("Residents accused the Malian army of the strike. The Malian army denied that a wedding had been hit.")]
    public void A_force_denying_a_clause_denies_when_accused(string text) =>
        Assert.Contains(Statements(text), s => s.StartsWith("denied fama by", StringComparison.Ordinal));

    [Fact]
    public void A_state_denies_for_its_own_force_not_for_the_jihadists_beside_it()
    {
        var statements = Statements("Une ONG accuse l'armée malienne d'avoir exécuté des bergers. Selon elle, des combattants de l'EIGS ont aussi tué des civils. "
            + "Le ministère de la Défense a rejeté ces accusations.");
        Assert.Contains(statements, s => s.StartsWith("denied fama by", StringComparison.Ordinal));
        Assert.DoesNotContain(statements, s => s.StartsWith("denied issp", StringComparison.Ordinal));
    }

    [Fact]
    public void A_spokesman_of_the_group_denies_for_the_group() =>
        Assert.Contains(Statements("Le gouvernement accuse le JNIM d'avoir enlevé vingt femmes. Joint par téléphone, un porte-parole du groupe a contesté toute participation à cet enlèvement."),
            s => s.StartsWith("denied jnim by", StringComparison.Ordinal));

    [Theory]
    // the Arabic verbs of denial with the denied thing suffixed
    [InlineData("واتهم سكان الجيش المالي بإعدام رعاة، وهو ما رفضته قيادة الأركان.", "denied fama")]
    [InlineData("واتهم سكان الجيش المالي بإعدام رعاة، وهو ما أنكره الجيش.", "denied fama")]
    [InlineData("اتهمت منظمة حقوقية جماعة نصرة الإسلام والمسلمين بقتل المدنيين، وهو ما كذبته الجماعة.", "denied jnim")]
    public void The_suffixed_arabic_denial_is_read(string text, string statement) =>
        Assert.Contains(Statements(text), s => s.StartsWith(statement + " by", StringComparison.Ordinal));

    [Theory]
    // the denial of an event with nobody accused
    [InlineData("L'armée malienne dément la chute de la ville de Léré.", "denied")]
    [InlineData("The Malian army denied that the town had fallen.", "denied")]
    [InlineData("ونفى الجيش المالي سقوط مدينة ليري.", "denied")]
    public void The_denial_of_an_event_is_no_denial(string text, string polarity) =>
        Assert.DoesNotContain(Statements(text), s => s.StartsWith(polarity + " ", StringComparison.Ordinal));
}
