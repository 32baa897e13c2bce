using Sahel.Model;
using Sahel.Normalize;

namespace Sahel.Diff.Claims;

/// <summary>
/// Steps of <c>Mentions</c> that correct a source's kind (associations, local officials, collectives, a force's sources),
/// drop channels and place speakers.
/// </summary>
internal sealed partial class SourceFinder
{
    /// <summary>
    /// Joins a group's own association to the group, and reads an army's "sources" as anonymous security sources.
    /// </summary>
    private static void GroupAssociations(IReadOnlyList<ClaimWord> words, List<Mention> mentions)
    {
        // "The Koglweogo association of Kaya", "تنسيقية متطوعي الدفاع عن الوطن": a group's own association or coordination is the group.
        for (var k = mentions.Count - 1; k >= 0; k--)
            if (mentions[k] is { Name: null, Kind: SourceKind.Ngo or SourceKind.Local } generic && words[generic.First].Text is "association" or "associations" or "coordination" or "تنسيقيه" or "جمعيه"
                && generic.Last == generic.First && mentions.FindIndex(o => o.Name is not null && o.Kind == SourceKind.ArmedGroup && (o.Last + 1 == generic.First || generic.Last + 1 == o.First)) is var owner and >= 0)
            {
                mentions[owner] = mentions[owner] with { First = Math.Min(mentions[owner].First, generic.First), Last = Math.Max(mentions[owner].Last, generic.Last) };
                mentions.RemoveAt(k);
            }
        // "Nigerian military sources", "des sources militaires maliennes": an army followed by "sources" is its anonymous officers.
        for (var k = 0; k + 1 < mentions.Count; k++)
            if (mentions[k].Kind == SourceKind.Army && mentions[k + 1] is { Kind: SourceKind.Unattributed, Self: true } sources && sources.First == mentions[k].Last + 1)
            {
                mentions[k] = new Mention(SourceKind.Security, null, mentions[k].First, sources.Last, true);
                mentions.RemoveAt(k + 1);
            }
    }

    /// <summary>Corrects the kind of local officials, collectives of a cause and accounts close to a group.</summary>
    private static void LocalSpeakers(IReadOnlyList<ClaimWord> words, List<Mention> mentions)
    {
        // "local authorities", "a local government chairman", "Local elected officials", "les autorités locales", "السلطات المحلية":
        // officials of a place speak as locals, not for the government.
        for (var k = 0; k < mentions.Count; k++)
            // (session 12, round 24: not an anonymous administrative source, "une source administrative locale", the state's own
            // officer in the place, as the README's row "source administrative")
            if ((mentions[k] is { Kind: SourceKind.Government, Name: null, Self: false } official && !Authorities.Contains(words[official.First].Text)
                || mentions[k] is { Kind: SourceKind.Ngo, Name: null } ngo && (words[ngo.First].Text is "association" or "associations" or "جمعيه" or "جمعيات" || SpokesmanWords.Contains(words[ngo.First].Text)))
                && (LocalBefore(words, mentions[k].First) || LocalAfter(words, mentions[k].Last) || OfACommunity(words, mentions[k], mentions)))
                mentions[k] = mentions[k] with { Kind = SourceKind.Local };
        // session 15, round 30: an official of a body that is no part of the state ("مسؤول في المدرسة", "an official of the truck
        // drivers' union", "la présidence de l'Université de Dori", "a university official") speaks as a local, not for the government
        for (var k = 0; k < mentions.Count; k++)
            if (mentions[k] is { Kind: SourceKind.Government, Name: null } official && OfANonStateBody(words, official))
                mentions[k] = official with { Kind = SourceKind.Local };
        // session 8: "le Collectif contre l'impunité au Sahel", "collectif de défense des droits": a collective of a cause is a rights group.
        for (var k = 0; k < mentions.Count; k++)
            if (mentions[k] is { Kind: SourceKind.Local, Name: null } collective && OfACause(words, collective))
                mentions[k] = collective with { Kind = SourceKind.Ngo };
        // "des comptes proches du JNIM": close to a group, not a victim's relatives.
        mentions.RemoveAll(m => m is { Kind: SourceKind.Local, Name: null } && words[m.Last].Text is "proches" or "proche" && m.Last + 2 < words.Count && words[m.Last + 1].Text is "du" or "de" or "des" or "d"
            && mentions.Exists(o => o.Kind == SourceKind.ArmedGroup && o.First > m.Last && o.First - m.Last <= 3));
    }

    /// <summary>Words between an official and the body he belongs to: "في", "at", "of the", "de l'", "du".</summary>
    private static readonly HashSet<string> BodyGlue = new(StringComparer.Ordinal) { "في", "من", "at", "of", "the", "a", "de", "du", "des", "d", "l", "la", "le" };

    /// <summary>Whether the official is of a school, a university, a union, a company, a club or a cooperative: after it past at most three glue words, or (English) right before it.</summary>
    private static bool OfANonStateBody(IReadOnlyList<ClaimWord> words, Mention official)
    {
        if (official.First > 0 && UnknownSpeakerKinds.NonStateModifiers.Contains(words[official.First - 1].Text))
            return true;
        var k = official.Last + 1;
        while (k < words.Count && k <= official.Last + 3 && BodyGlue.Contains(words[k].Text))
            k++;
        return k > official.Last + 1 && k < words.Count && UnknownSpeakerKinds.NonStateBodies.Contains(words[k].Text);
    }

    /// <summary>Removes the channels a speaker used, and reads a force's anonymous sources as security sources.</summary>
    private static void WithoutChannels(IReadOnlyList<ClaimWord> words, List<Mention> mentions)
    {
        // "في بيان نشرته وكالة أعماق", "relayed by Amaq", "posted via Telegram": the channel a speaker used is not a second source.
        mentions.Sort((a, b) => a.First.CompareTo(b.First));
        for (var k = mentions.Count - 1; k >= 0; k--)
            if (mentions[k] is { Kind: SourceKind.Media, Name: null } channel && mentions.Exists(o => o.Kind != SourceKind.Media && o.Last < channel.First)
                && Enumerable.Range(Math.Max(0, channel.First - 2), Math.Min(2, channel.First)).Any(j => ChannelWords.Contains(words[j].Text)))
                mentions.RemoveAt(k);
        // "Nigerian military sources", "Malian army sources", "sources within the army": a force's anonymous sources are security
        // sources, not the force speaking.
        for (var k = mentions.Count - 2; k >= 0; k--)
            if (mentions[k] is { Kind: SourceKind.Army } force && mentions[k + 1] is { Kind: SourceKind.Unattributed } bare && bare.First == force.Last + 1
                && words[bare.First].Text is "sources" or "source")
            {
                mentions[k] = new Mention(SourceKind.Security, null, force.First, bare.Last, bare.Self);
                mentions.RemoveAt(k + 1);
            }
    }

    /// <summary>
    /// Spans a speaker over the capital that places it ("une source hospitalière à N'Djamena"): the capital does not speak.
    /// </summary>
    private static void PlacedSpeakers(IReadOnlyList<ClaimWord> words, List<Mention> mentions)
    {
        // session 12, round 23: "une source hospitalière à N'Djamena a fait état", "a hospital source in Niamey said", "مصدر طبي في
        // نيامي": a capital that places a speaker of its own kind is where the speaker is, not the government speaking
        // (the speaker's phrase runs over the place, so that a relative after it, "…à Niamey, qui impute", still has it as antecedent)
        for (var k = mentions.Count - 1; k > 0; k--)
            if (mentions[k] is { Kind: SourceKind.Government, Name: null } place && place.First > 1 && LocativeWords.Contains(words[place.First - 1].Text)
                && mentions[k - 1] is { Kind: not (SourceKind.Unattributed or SourceKind.Government or SourceKind.Media) } speaker && speaker.Last == place.First - 2)
            {
                mentions[k - 1] = speaker with { Last = place.Last };
                mentions.RemoveAt(k);
            }
    }
}
