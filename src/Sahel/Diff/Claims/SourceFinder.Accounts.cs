namespace Sahel.Diff.Claims;

/// <summary>
/// Session 13, round 25: an anonymous social-media account is a speaker whose figure is no one's (the README's row "anonymous
/// social-media post … `unattributed`"): "un compte Telegram anonyme affirme", "an anonymous account on X claimed", "حساب مجهول
/// على منصة إكس يتداول". It stops the carry of the source named before, and the group it is said to be close to ("présenté comme
/// proche de l'EIS", "close to ISWAP", "مقرب من التنظيم") is not the one speaking.
/// </summary>
internal sealed partial class SourceFinder
{
    private static readonly HashSet<string> AccountNouns = new(StringComparer.Ordinal) { "compte", "comptes", "account", "accounts", "حساب", "حسابات" };

    private static readonly HashSet<string> AnonymousWords = new(StringComparer.Ordinal)
    {
        "anonyme", "anonymes", "anonymous", "unidentified", "unverified", "مجهول", "مجهوله", "مجهولا",
    };

    /// <summary>Words that say whom an account is close to: "proche de", "close to", "linked to", "مقرب من", "موال".</summary>
    private static readonly HashSet<string> CloseToWords = new(StringComparer.Ordinal) { "proche", "proches", "close", "linked", "affiliated", "lie", "liee", "مقرب", "مقربه", "موال", "تابع" };

    private static void AnonymousAccounts(IReadOnlyList<ClaimWord> words, List<Mention> mentions)
    {
        for (var i = 0; i < words.Count; i++)
        {
            if (!AccountNouns.Contains(words[i].Text))
                continue;
            // the adjective stands within three words before the noun (English) or after it ("compte Telegram anonyme", "حساب مجهول")
            var before = Enumerable.Range(Math.Max(0, i - 3), i - Math.Max(0, i - 3)).LastOrDefault(k => AnonymousWords.Contains(words[k].Text), -1);
            var after = Enumerable.Range(i + 1, Math.Max(0, Math.Min(3, words.Count - i - 1))).FirstOrDefault(k => AnonymousWords.Contains(words[k].Text), -1);
            if (before < 0 && after < 0)
                continue;
            var (first, last) = (before >= 0 ? before : i, after >= 0 ? after : i);
            // the group it is said to be close to, within six words after it
            var close = Enumerable.Range(last + 1, Math.Max(0, Math.Min(6, words.Count - last - 1))).FirstOrDefault(k => CloseToWords.Contains(words[k].Text), -1);
            if (close >= 0 && mentions.FirstOrDefault(m => m.First > close && m.First - close <= 4) is { } group)
                last = group.Last;
            mentions.RemoveAll(m => m.First <= last && first <= m.Last);
            mentions.Add(new Mention(SourceKind.Unattributed, null, first, last, true));
            i = last;
        }
        mentions.Sort((a, b) => a.First.CompareTo(b.First));
    }
}
