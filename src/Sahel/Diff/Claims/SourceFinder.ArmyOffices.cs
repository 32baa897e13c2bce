namespace Sahel.Diff.Claims;

/// <summary>
/// Session 15, round 32: an army's office named by an operation, a rank or its media office speaks as the army, not as the
/// government a bare spokesman defaults to, nor as the medium its "media office" names.
/// </summary>
internal sealed partial class SourceFinder
{
    /// <summary>Military ranks that title a spokesman right before him: "le général porte-parole", "اللواء المتحدث".</summary>
    private static readonly HashSet<string> SpokesmanRanks = new(StringComparer.Ordinal)
    {
        "general", "colonel", "commandant", "capitaine", "lieutenant", "brigadier", "captain", "major",
        "اللواء", "العميد", "العقيد", "المقدم", "الرائد", "النقيب", "الفريق",
    };

    /// <summary>Military adjectives right after a spokesman: "le porte-parole militaire", "المتحدث العسكري".</summary>
    private static readonly HashSet<string> MilitaryAdjectives = new(StringComparer.Ordinal) { "militaire", "العسكري" };

    /// <summary>The noun of an office the media word qualifies: "the army's media office", "its press unit".</summary>
    private static readonly HashSet<string> MediaOfficeNouns = new(StringComparer.Ordinal) { "office", "unit", "cell", "department", "directorate", "centre", "center", "team" };

    /// <summary>
    /// Reads a bare spokesman titled by a military rank or adjective, or speaking for a named operation, as the army.
    /// </summary>
    private static void ArmyOffices(ClaimSentence sentence, List<Mention> mentions)
    {
        var words = sentence.Words;
        for (var k = 0; k < mentions.Count; k++)
        {
            if (mentions[k] is not { Kind: SourceKind.Government, Name: null } bare || !SpokesmanWords.Contains(words[bare.First].Text)
                || bare.Last - bare.First > (words[bare.First].Text == "porte" ? 1 : 0))
                continue;
            // "le général porte-parole", "اللواء المتحدث", "the colonel spokesman": the rank right before him is the army's;
            // "le porte-parole militaire", "المتحدث العسكري": so is the adjective right after him
            if (bare.First > 0 && SpokesmanRanks.Contains(words[bare.First - 1].Text) && sentence.Between(bare.First - 1, bare.First).IndexOfAny([',', '،']) < 0)
                mentions[k] = bare with { Kind = SourceKind.Army, First = bare.First - 1 };
            else if (bare.Last + 1 < words.Count && MilitaryAdjectives.Contains(words[bare.Last + 1].Text))
                mentions[k] = bare with { Kind = SourceKind.Army, Last = bare.Last + 1 };
            else if (NamedOperationAfter(sentence, bare.Last + 1) is var operation and > 0
                && !mentions.Exists(o => o != bare && o.First > bare.Last && o.First <= operation))
                mentions[k] = bare with { Kind = SourceKind.Army, Last = operation };
        }
    }

    /// <summary>
    /// The last word of "for Operation Hadin Kai", "de l'opération Haskanite", "باسم عملية "هادين كاي"" starting at
    /// <paramref name="at"/>, else 0: an operation with a name of its own is a military one, whose spokesman is the army's.
    /// </summary>
    private static int NamedOperationAfter(ClaimSentence sentence, int at)
    {
        var words = sentence.Words;
        var k = at;
        while (k < words.Count && k - at < 3 && words[k].Text is "for" or "of" or "de" or "l" or "la" or "the" or "باسم")
            k++;
        if (k == at || k + 1 >= words.Count || words[k].Text is not ("operation" or "عمليه"))
            return 0;
        var name = words[k + 1];
        // the name: a capital in French and English ("Operation Hadin Kai", "l'opération Barkhane"); in Arabic, a name in quotes or
        // a word without the article ("عملية "هادين كاي"", "عملية برخان"), not a common noun ("عملية الإنقاذ", "the rescue operation")
        var named = name.Text[0] is >= '\u0600' and <= '\u06FF'
            ? sentence.Between(k, k + 1).IndexOfAny(['"', '«', '“']) >= 0 || !name.Text.StartsWith("ال", StringComparison.Ordinal)
            : name.Capital && sentence.Between(k, k + 1).IndexOfAny([',', ';', ':']) < 0;
        return named ? k + 1 : 0;
    }

    /// <summary>
    /// Joins a media office to the body that owns it: "the Libyan National Army's media office", "the LNA media office",
    /// "المكتب الإعلامي للجيش".
    /// </summary>
    private static void JoinOwnedMediaOffices(ClaimSentence sentence, List<Mention> mentions)
    {
        var words = sentence.Words;
        for (var k = mentions.Count - 1; k >= 0; k--)
        {
            var office = mentions[k];
            if (office is not { Kind: SourceKind.Media, Name: null } || office.Last + 1 >= words.Count || !MediaOfficeNouns.Contains(words[office.Last + 1].Text)
                || words[office.First].Text is not ("media" or "press"))
                continue;
            // the owner right before it, with or without the possessive: the office speaks for the owner, not as a medium
            var owner = mentions.FindLastIndex(o => o != office && o.Kind is not (SourceKind.Media or SourceKind.Unattributed)
                && (o.Last + 1 == office.First || o.Last + 2 == office.First && words[o.Last + 1].Text is "s")
                && sentence.Between(o.Last, office.First).IndexOfAny([',', ';', ':', '.']) < 0);
            if (owner < 0)
                continue;
            mentions[owner] = mentions[owner] with { Last = office.Last + 1 };
            mentions.RemoveAt(k);
        }
        // "المكتب الإعلامي للجيش الليبي", "المكتب الإعلامي لقيادة الجيش": the office is the construct's head, the owner after it
        // with "ل"; the owner is not one told (as "قال لمراسلنا"), it speaks through its office
        for (var w = 0; w + 2 < words.Count; w++)
        {
            if (words[w].Text is not ("المكتب" or "مكتب") || words[w + 1].Text is not ("الاعلامي" or "الصحفي"))
                continue;
            var owner = mentions.FindIndex(o => o.First == w + 2 && o.Kind is not (SourceKind.Media or SourceKind.Unattributed) && words[w + 2].Text[0] == 'ل');
            if (owner >= 0)
                mentions[owner] = mentions[owner] with { First = w };
        }
    }
}
