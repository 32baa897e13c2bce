namespace Sahel.Diff.Claims;

/// <summary>
/// Session 17, round 37: Mali's armed movements (the MSA, GATIA, the Plateforme) speak as organisations, through a spokesman,
/// communiqués or the movement named as the subject: `armed-group`, as every writer who labels one speaking does (they left the
/// self-defence militias' list, <c>ArmyReferences.VigilanteMilitias</c>). One of their commanders or members speaking of his area
/// speaks as locals do, as the labelling table's militia row says ("A GATIA commander said", "قائد محلي في حركة إنقاذ أزواد",
/// "un chef local du MSA"): the mention is read `local` here, where the member noun stands beside the name.
/// </summary>
internal sealed partial class SourceFinder
{
    /// <summary>The lexicon ids of Mali's armed movements.</summary>
    private static readonly HashSet<string> ArmedMovements = new(StringComparer.Ordinal) { "msa", "gatia", "maa-plateforme", "plateforme" };

    /// <summary>Nouns of a member or a field commander (not a spokesman, a cadre or a leader of the whole movement), normalised
    /// ("قائد" is "قايد" once its hamza is folded).</summary>
    private static readonly HashSet<string> MovementMemberNouns = new(StringComparer.Ordinal)
    {
        // (not the fighters: "nine fighters of the GATIA militia" are victims more often than speakers)
        "commander", "commanders", "member", "members", "commandant", "chef", "membre", "membres", "قايد", "قاده", "عضو", "اعضاء",
    };

    /// <summary>Words between a member noun and the movement's name: "of the", "du", "في", "من".</summary>
    private static readonly HashSet<string> MovementMemberGlue = new(StringComparer.Ordinal) { "of", "the", "from", "du", "de", "des", "d", "l", "la", "le", "في", "من" };

    /// <summary>Reads a movement's mention as `local` when a member noun stands right after its name ("A GATIA commander"), opens
    /// its mention, or stands before it, past at most one "local" and the words that join them ("قائد محلي في", "un chef local du",
    /// "a local commander of the").</summary>
    private static void MovementMembers(IReadOnlyList<ClaimWord> words, List<Mention> mentions)
    {
        for (var i = 0; i < mentions.Count; i++)
        {
            if (mentions[i] is not { Kind: SourceKind.ArmedGroup, Name: { } name } m || !ArmedMovements.Contains(name))
                continue;
            var after = m.Last + 1 < words.Count && MovementMemberNouns.Contains(words[m.Last + 1].Text);
            var k = m.First - 1;
            for (var glue = 0; k >= 0 && glue < 2 && MovementMemberGlue.Contains(words[k].Text); glue++)
                k--;
            if (k >= 0 && (LocalWords.Contains(words[k].Text) || words[k].Text is "محلي"))
                k--;
            // (an office holder's phrase may already have been joined to the name: "قائد محلي في حركة …" read as one mention)
            var within = MovementMemberNouns.Contains(words[m.First].Text);
            if (after || within || k >= 0 && k < m.First - 1 && MovementMemberNouns.Contains(words[k].Text) || k == m.First - 1 && k >= 0 && ArabicMemberBefore(words, k))
                mentions[i] = m with { Kind = SourceKind.Local };
        }
    }

    /// <summary>"قائد لحركة …": the Arabic member noun right before a name that takes "ل" (no glue word between).</summary>
    private static bool ArabicMemberBefore(IReadOnlyList<ClaimWord> words, int k) =>
        MovementMemberNouns.Contains(words[k].Text) && ArabicScript.Starts(words[k].Text) && words[k + 1].Text.StartsWith('ل');
}
