namespace Sahel.Diff.Claims;

/// <summary>
/// Session 18, round 39: the rest of the paradigm of "no civilian harmed" (<see cref="NoCivilianHarm"/>, session 7), which
/// held the singular auxiliary and the singular object only. A force's denial is as often told with the plural subject
/// ("nos forces n'ont visé aucun civil", "ses frappes n'ont touché aucun civil"), the plural object ("did not kill any
/// civilians"), or other verbs of reaching and causing harm ("الضربة لم تطل أي مدني", "لم تسفر عن أي خسائر في صفوف
/// المدنيين"). Kept in its own list so that the older one's order of initialisation is untouched.
/// </summary>
internal static partial class ResponsibilityFinder
{
    private static readonly PhraseVocabulary<bool> NoCivilianHarmForms = ClaimVocabulary.Set(
        // French: the plural auxiliary and the verbs of hitting, killing, targeting, harming with "aucun civil"
        "n ont vise aucun civil", "n ont touche aucun civil", "n ont tue aucun civil", "n ont frappe aucun civil", "n ont cible aucun civil", "n ont blesse aucun civil",
        "n a touche aucun civil", "n a tue aucun civil", "n a frappe aucun civil", "n a cible aucun civil", "n a blesse aucun civil",
        "n avaient vise aucun civil", "n avaient touche aucun civil", "n avaient tue aucun civil", "n avait touche aucun civil", "n avait tue aucun civil",
        "aucune perte civile", "aucune victime parmi les civils", "aucun mort civil",
        // English: the plural object and the rest of the verbs of harm
        "did not kill any civilians", "did not harm any civilians", "did not hit any civilians", "did not target any civilians", "did not injure any civilians",
        "had not killed any civilians", "had not harmed any civilians", "had not hit any civilians", "had not targeted any civilians",
        "did not kill any civilian", "did not injure any civilian", "had not killed any civilian", "had not harmed any civilian",
        "killed no civilians", "harmed no civilians", "hit no civilians", "no civilian deaths", "no civilian losses",
        // Arabic: reaching, striking, causing losses among civilians ("لم تطل", "لم تسفر عن أي خسائر في صفوف المدنيين")
        "لم تطل أي مدني", "لم تطل اي مدني", "لم يطل أي مدني", "لم يطل اي مدني", "لم تطل المدنيين", "لم تصب المدنيين", "لم يصب المدنيين",
        "لم تسفر عن أي خسائر في صفوف المدنيين", "لم تسفر عن اي خسائر في صفوف المدنيين", "لم يسفر عن أي خسائر في صفوف المدنيين", "لم يسفر عن اي خسائر في صفوف المدنيين",
        "لم تسفر عن سقوط ضحايا مدنيين", "لم يسفر عن سقوط ضحايا مدنيين", "لم تسفر عن أي ضحايا مدنيين", "لم يسفر عن أي ضحايا مدنيين",
        "دون أي خسائر في صفوف المدنيين", "دون خسائر في صفوف المدنيين", "لم يقتلوا أي مدني", "لم نستهدف أي مدني", "لم نقتل أي مدني");

    /// <summary>Whether the words at k say no civilian was harmed in one of the forms the older list lacked.</summary>
    private static bool NoCivilianHarmOtherForm(IReadOnlyList<ClaimWord> words, int k) => PhraseMatch.At(words, k, NoCivilianHarmForms) is not null;
}
