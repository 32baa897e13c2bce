namespace Sahel.Diff.Claims;

/// <summary>
/// Session 16, round 35: a group telling of a strike or of the dead, not of a deed of its own. In "The movement said the strike
/// hit a market, killing 11", "Le mouvement affirme que le bombardement a tué onze civils", "وقالت الجبهة إن الضربة أصابت
/// سوقا…، مشيرة إلى سقوط أحد عشر قتيلا", "إن القتلى رعاة أبرياء" the subject of what the group says is the strike, the dead or
/// another force, and the figure of people or civilians after it is no claim of the group's (the force's strike is blamed
/// elsewhere). A figure of soldiers or fighters keeps its reading: "the group said the ambush killed 20 soldiers" is its claim.
/// </summary>
internal static partial class ResponsibilityFinder
{
    /// <summary>A strike or the dead as the reported clause's subject: "the strike", "la frappe", "الضربة", "the dead", "القتلى".</summary>
    private static readonly HashSet<string> StrikeOrDeadSubjects = Folded(
    [
        "strike", "strikes", "airstrike", "airstrikes", "bombing", "bombardment", "shelling", "dead", "victims",
        "frappe", "frappes", "bombardement", "bombardements", "morts", "victimes",
        "الضربة", "الضربات", "الغارة", "الغارات", "القصف", "القتلى", "الضحايا",
    ]);

    /// <summary>
    /// Whether what <paramref name="speaker"/> says, from the conjunction after it ("that", "que", "إن/أن"), has a strike, the
    /// dead or another actor named in the mentions as its subject, and <paramref name="toll"/> (of people or civilians) comes after.
    /// </summary>
    private static bool ToldOfAStrikeOrTheDead(IReadOnlyList<ClaimWord> words, List<SourceFinder.Mention> mentions, SourceFinder.Found speaker, TollFinder.Found toll)
    {
        if (toll.Victims is not (null or "people" or "civilians"))
            return false;
        for (var k = speaker.Last + 1; k < toll.First && k <= speaker.Last + 6; k++)
        {
            if (!ThatWords.Contains(words[k].Text) && !ArabicThat.Contains(words[k].Text))
                continue;
            var subject = k + 1 < toll.First && ClaimVocabulary.DefiniteArticles.Contains(words[k + 1].Text) ? k + 2 : k + 1;
            return subject < toll.First && (StrikeOrDeadSubjects.Contains(words[subject].Text)
                || mentions.Exists(m => m.First == subject && m.Kind is SourceKind.Army or SourceKind.ArmedGroup && m.Name != speaker.Attribution.Name));
        }
        return false;
    }

    /// <summary>The Arabic conjunction after a verb of saying, as the text folds it ("إن", "أن").</summary>
    private static readonly HashSet<string> ArabicThat = Folded(["إن", "أن", "ان"]);
}
