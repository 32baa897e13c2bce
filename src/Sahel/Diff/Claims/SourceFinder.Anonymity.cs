namespace Sahel.Diff.Claims;

/// <summary>
/// Session 13, round 25: an official or officer of the army who speaks on condition of anonymity is an anonymous military
/// source, `security` by the README's table ("police …, anonymous military or security source, an army official speaking
/// anonymously"): "مسؤولا في الجيش النيجيري، تحدث شريطة عدم نشر اسمه", "un responsable de l'armée, sous couvert d'anonymat", "an army
/// official, speaking on condition of anonymity". Named or not anonymous, the army's official keeps the kind read before.
/// </summary>
internal sealed partial class SourceFinder
{
    /// <summary>Whether words <paramref name="from"/>..<paramref name="to"/> ask for anonymity ("anonymat", "anonymity", "not to be named", "عدم نشر اسمه").</summary>
    private static bool AsksAnonymity(IReadOnlyList<ClaimWord> words, int from, int to)
    {
        for (var k = Math.Max(0, from); k <= to && k < words.Count; k++)
        {
            var w = words[k].Text;
            if (w is "anonymat" or "anonymity" or "anonymously" or "anonyme")
                return true;
            if (w is "named" or "identified" or "nomme" or "identifie" && k >= 2 && words[k - 1].Text == "be" && words[k - 2].Text == "to"
                || w is "named" or "identified" && k >= 1 && words[k - 1].Text is "not")
                return true;
            if (w is "اسمه" or "هويته" or "اسمها" or "هويتها" && k >= 1 && words[k - 1].Text is "نشر" or "ذكر" or "كشف" or "الكشف" or "عن")
                return true;
        }
        return false;
    }

    private static void AnonymousOfficers(ClaimSentence sentence, List<Mention> mentions)
    {
        var words = sentence.Words;
        mentions.Sort((a, b) => a.First.CompareTo(b.First));
        for (var k = 0; k + 1 < mentions.Count; k++)
        {
            var (a, b) = (mentions[k], mentions[k + 1]);
            bool Holder(Mention m) => m.Name is null && m.Kind is SourceKind.Government or SourceKind.Local && m.Last - m.First <= 1 && words[m.First].Readings.Any(Officials.Contains);
            // "مسؤول في الجيش", "un responsable de l'armée" (the holder first) or "an army official" (the army first)
            var joined = Holder(a) && b.Kind == SourceKind.Army && b.First > a.Last && OfficeGap(words, a.Last + 1, b.First)
                || a.Kind == SourceKind.Army && Holder(b) && b.First == a.Last + 1;
            if (!joined || !AsksAnonymity(words, b.Last + 1, b.Last + 10))
                continue;
            mentions[k] = new Mention(SourceKind.Security, null, a.First, b.Last, false);
            mentions.RemoveAt(k + 1);
        }
    }
}
