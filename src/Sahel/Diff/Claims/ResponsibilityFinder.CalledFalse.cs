namespace Sahel.Diff.Claims;

/// <summary>
/// Denials told as an accusation called false ("The army called the accusations baseless", "qualifie les informations de
/// mensongères", "وصفت الاتهامات بأنها باطلة"): the accusation nouns, the words of falsehood and <see cref="Falsified"/>.
/// </summary>
internal static partial class ResponsibilityFinder
{
    /// <summary>What an accused side calls false: the accusation, the allegations, a report, its findings.</summary>
    private static readonly HashSet<string> Accusations = new(StringComparer.Ordinal)
    {
        "charge", "charges", "accusation", "accusations", "allegation", "allegations", "imputations", "report", "reports", "findings", "rapport", "conclusions",
        "الاتهامات", "اتهامات", "الاتهام", "الادعاءات", "ادعاءات", "المزاعم", "مزاعم", "التقرير", "تقرير", "الانباء", "الاتهامات",
        // Session 7: what else the accused calls false ("said the claims were false", "parle de « fausses informations »",
        // "وصف المعلومات بأنها مضللة"); only with a word of falsehood next to it
        "claims", "information", "informations", "news", "allegations", "affirmations", "version", "المعلومات", "الروايه", "الاخبار",
    };

    /// <summary>Words that call it false: "baseless", "mensongères", "sans fondement", "باطلة", "لا أساس لها من الصحة".</summary>
    private static readonly PhraseVocabulary<bool> FalseWords = ClaimVocabulary.Set(
        "baseless", "unfounded", "groundless", "false", "untrue", "lies", "lie", "fabrication", "fabrications", "fabricated", "propaganda", "slander", "slanderous",
        "mensongeres", "mensongere", "mensonges", "mensonge", "sans fondement", "infondees", "infondee", "infondes", "fausses", "fausse", "calomnieuses",
        "calomnies", "fallacieuses", "fantaisistes", "propagande", "de toutes pieces",
        "باطلة", "كاذبة", "الكاذبة", "لا أساس لها", "عارية عن الصحة", "مغرضة", "ملفقة", "افتراءات", "أكاذيب", "مفبركة",
        // Session 7: disinformation, in each language ("called the reports fake news", "de l'intox", "تضليل")
        "fake", "fake news", "disinformation", "misinformation", "desinformation", "intox", "infox", "manipulation", "تضليل", "مضللة", "كاذبه", "بالكاذبة",
        // Session 9, round 16: the accusation called mere claims ("ووصفت الجماعة الاتهامات بأنها مزاعم", "مجرد ادعاءات"): the
        // noun of claiming only as what the accusation is called, never alone (the accusers' "مزاعم" stay a noun)
        "بانها مزاعم", "مجرد مزاعم", "بانها ادعاءات", "مجرد ادعاءات", "بانها افتراءات", "بانها اكاذيب", "mere allegations", "de simples allegations");

    /// <summary>
    /// An accusation called false by the sentence's subject, when that subject is the side accused (an armed group, an
    /// army, a government): its denial; named, or left to the story to resolve ("The army called the accusations
    /// baseless"). Residents or a rights group calling something false deny nothing for anyone.
    /// </summary>
    private static ResponsibilityClaim? Falsified(ClaimSentence sentence, List<SourceFinder.Mention> mentions)
    {
        var words = sentence.Words;
        var noun = -1;
        for (var k = 0; k < words.Count && noun < 0; k++)
            if (Accusations.Contains(words[k].Text) || words[k].Readings.Any(Accusations.Contains))
                noun = k;
        if (noun < 0)
            return null;
        if (!Enumerable.Range(Math.Max(0, noun - 3), Math.Min(words.Count, noun + 9) - Math.Max(0, noun - 3)).Any(k => PhraseMatch.At(words, k, FalseWords) is not null))
            return null;
        if (mentions.FirstOrDefault(m => m.Last < noun && m.Kind is not (SourceKind.Media or SourceKind.Unattributed)) is not { Kind: SourceKind.ArmedGroup or SourceKind.Army or SourceKind.Government } subject)
            return null;
        return subject.Name is not null && subject.Kind != SourceKind.Government
            ? new ResponsibilityClaim { Actor = subject.Name, Polarity = ResponsibilityPolarity.Denied, Text = sentence.Text }
            : new ResponsibilityClaim { Polarity = ResponsibilityPolarity.Denied, By = new Attribution { Kind = subject.Kind, Name = subject.Name, Text = sentence.Quote(subject.First, subject.Last) }, Text = sentence.Text };
    }
}
