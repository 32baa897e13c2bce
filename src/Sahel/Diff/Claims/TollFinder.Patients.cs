namespace Sahel.Diff.Claims;

/// <summary>
/// Round 33: the wounded told as a hospital's intake, a count of patients or casualties received or admitted ("the hospital has
/// received 26 casualties", "17 patients had been admitted", "confirmed receiving nine patients", "l'hôpital a reçu 26 patients",
/// "17 patients ont été admis", "استقبل المستشفى ٢٦ مريضا"). Three writers of four tell the wounded so; no toll word is there.
/// </summary>
internal static partial class TollFinder
{
    /// <summary>The people of an intake: patients, casualties (Arabic "مريض" as normalised, "حالة" cases).</summary>
    private static readonly HashSet<string> IntakeNouns = new(StringComparer.Ordinal)
    {
        "patients", "casualties", "malades",
        "مريضا", "مرضى", "حالات", "حاله",
    };

    /// <summary>Verbs of receiving before the count ("has received 26", "a reçu 26", "استقبل ٢٦").</summary>
    private static readonly HashSet<string> IntakeBefore = new(StringComparer.Ordinal)
    {
        "received", "receiving", "receives", "admitted", "admitting",
        "recu", "recus", "accueilli", "accueillait", "admis",
        "استقبل", "استقبلت", "استقبلنا", "يستقبل", "تستقبل", "استقبال",
    };

    /// <summary>Participles of admission after the noun ("17 patients had been admitted", "17 patients admis").</summary>
    private static readonly HashSet<string> IntakeAfter = new(StringComparer.Ordinal)
    {
        "admitted", "admis", "hospitalised", "hospitalized", "hospitalises",
    };

    /// <summary>Auxiliaries between the noun and its participle of admission.</summary>
    private static readonly HashSet<string> IntakeAuxiliaries = new(StringComparer.Ordinal)
    {
        "had", "have", "has", "been", "were", "was", "ont", "avaient", "ete", "sont", "etaient",
    };

    /// <summary>
    /// A count left unread right before a noun of patients or casualties, with a verb of receiving at most three words before it
    /// or a participle of admission right after the noun (past its auxiliaries): the wounded. Not a count already read, and not
    /// patients discharged or turned away (no verb of receiving: "12 patients were sent home" is no toll).
    /// </summary>
    private static void IntakeFigures(ClaimSentence sentence, List<NumberPhrases.Found> numbers, HashSet<int> usedNumbers, List<Found> found)
    {
        var words = sentence.Words;
        for (var n = 0; n < numbers.Count; n++)
        {
            var number = numbers[n];
            var noun = number.Last + 1;
            if (usedNumbers.Contains(n) || noun >= words.Count || !IntakeNouns.Contains(words[noun].Text)
                || found.Any(f => f.First <= noun && number.First <= f.Last))
                continue;
            var received = Enumerable.Range(Math.Max(0, number.First - 3), number.First - Math.Max(0, number.First - 3)).Any(k => words[k].Readings.Any(IntakeBefore.Contains));
            var after = noun + 1;
            while (after < words.Count && after - noun <= 3 && IntakeAuxiliaries.Contains(words[after].Text))
                after++;
            var admitted = after < words.Count && after - noun <= 3 && IntakeAfter.Contains(words[after].Text);
            if (!received && !admitted)
                continue;
            usedNumbers.Add(n);
            found.Add(new Found(TollKind.Wounded, null, number.Range, number.First, admitted ? after : noun));
        }
    }
}
