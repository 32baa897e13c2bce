using Sahel.Model;

namespace Sahel.Diff.Claims;

/// <summary>
/// The passes <see cref="SourceFinder.Find"/> makes around its walk over the cues: a transcript's speaker label first; after
/// it, citations merged into their teller, figures possessed by their source, titles opening with their source, sources that
/// attribute on their own, repeats.
/// </summary>
internal sealed partial class SourceFinder
{
    /// <summary>Attributes a transcript's turn to the source its speaker label names, before the walk reads the cues.</summary>
    private static void LabelledTurn(ClaimSentence sentence, List<Mention> mentions, List<Found> found, HashSet<Mention> used)
    {
        // session 11, round 20: a transcript's speaker label naming a source speaks its turn ("JURISTE DE L'ASSOCIATION X : Nous
        // avons recueilli…", "SPOKESMAN: Our members tell us…")
        if (mentions.Count > 0 && mentions.MinBy(m => m.First) is { Kind: not (SourceKind.Unattributed or SourceKind.Media) } label && SpeakerLabel(sentence, label))
        {
            found.Add(new Found(new Attribution { Kind = label.Kind, Name = label.Name, Text = sentence.Quote(0, label.Last) }, 0, label.Last));
            used.Add(label);
        }
    }

    /// <summary>Merges a "citing …" attribution into the teller's just before it: the one cited is the source of both spans.</summary>
    private static void MergeCitations(IReadOnlyList<ClaimWord> words, List<Found> found)
    {
        // "Radio Nyeta reported, citing the village chief", "a rapporté la radio, citant un notable", "نقلا عن": the teller
        // passes on what the one cited says, so the one cited is the source of both spans.
        for (var k = found.Count - 1; k > 0; k--)
            if (found[k].Attribution.Kind != SourceKind.Unattributed && Cites(words, found[k].First)
                && (found[k].First - found[k - 1].Last <= (words[found[k].First - 1].Text == "en" ? 6 : 2) || MediumCiting(words, found[k - 1], found[k])))
            {
                found[k - 1] = found[k - 1] with { Attribution = found[k].Attribution with { Text = $"{found[k - 1].Attribution.Text}, {found[k].Attribution.Text}" }, Last = found[k].Last };
                found.RemoveAt(k);
            }
    }

    /// <summary>Whether the attribution at <paramref name="at"/> opens on a verb of citing ("citing", "citant", "qui cite", "نقلا عن").</summary>
    private static bool Cites(IReadOnlyList<ClaimWord> words, int at) =>
        words[at].Text is "citing" or "quoting" or "citant" or "نقلا"
        || at + 1 < words.Count && words[at].Text is "qui" or "which" or "who" && words[at + 1].Text is "cite" or "citent" or "citait" or "cites" or "cited" or "quoted";

    /// <summary>
    /// A medium telling a figure and citing its source further on in the same clause ("Radio X reports at least 17 dead, citing
    /// local sources", "rapporte le journal X, qui cite des sources sécuritaires").
    /// </summary>
    private static bool MediumCiting(IReadOnlyList<ClaimWord> words, Found teller, Found cited)
    {
        // session 14, round 27: the labelling table's "another outlet quoting someone: that someone's kind" (innermost attribution
        // wins) holds whatever stands between the outlet and its "citing": the figure it reports is the one cited's. Only for a
        // medium: an NGO or an official citing witnesses is a convention the writers answer both ways (README, round 27), so
        // only the adjacent form merges there, as before. A conjunction between them ("while", "mais", "فيما") opens another
        // voice, whose "citing" is not the medium's.
        return teller.Attribution.Kind == SourceKind.Media && cited.First > teller.Last && cited.First - teller.Last <= 12
            && !Enumerable.Range(teller.Last + 1, cited.First - teller.Last - 1).Any(k => words[k].Text is "while" or "whereas" or "but" or "mais" or "alors" or "tandis" or "فيما" or "بينما" or "لكن");
    }

    /// <summary>Attributes a figure possessed by an unused source ("the police's own figure") to it.</summary>
    private static void PossessedFigures(ClaimSentence sentence, List<Mention> mentions, List<Found> found, HashSet<Mention> used)
    {
        var words = sentence.Words;
        // "the police's own figure", "by the army's count", "on the UN's tally": a figure possessed by its source attributes.
        foreach (var mention in mentions.Where(m => !used.Contains(m) && m.Kind != SourceKind.Unattributed && m.Last + 2 < words.Count && words[m.Last + 1].Text == "s"))
        {
            var noun = words[mention.Last + 2].Text == "own" ? mention.Last + 3 : mention.Last + 2;
            if (noun >= words.Count || !FigureNouns.Contains(words[noun].Text))
                continue;
            used.Add(mention);
            found.Add(new Found(new Attribution { Kind = mention.Kind, Name = mention.Name, Text = sentence.Quote(mention.First, noun) }, mention.First, noun));
        }
    }

    /// <summary>Attributes a title that opens with an unused source ("Mali army: five killed") to it.</summary>
    private static void TitleSources(ClaimSentence sentence, List<Mention> mentions, List<Found> found, HashSet<Mention> used)
    {
        var words = sentence.Words;
        // A title that opens with its source: "الجيش المالي: خمسة قتلى", "Mali army: five killed".
        // Also past a ticker mark or a live blog's time stamp, and past the source's own complement before the colon:
        // "عاجل | وزارة الدفاع النيجرية: ارتفاع الحصيلة", "10:45 — منظمة إنسانية عاملة في المنطقة: مقتل سائقين", "BREAKING | Army
        // spokesman in Maiduguri: 12 killed", "URGENT – Le gouverneur de Mopti : huit morts".
        foreach (var mention in mentions.Where(m => !m.Self && !used.Contains(m) && m.Last + 1 < words.Count
            && (m.First <= 2 && sentence.Between(m.Last, m.Last + 1).Contains(':') || HeadingSource(sentence, m))))
        {
            used.Add(mention);
            found.Add(new Found(new Attribution { Kind = mention.Kind, Name = mention.Name, Text = sentence.Quote(mention.First, mention.Last) }, mention.First, mention.Last));
        }
    }

    /// <summary>Attributes each unused source that attributes on its own ("sources locales"), but an official toll's.</summary>
    private static void SelfSources(ClaimSentence sentence, List<Mention> mentions, List<Found> found, HashSet<Mention> used)
    {
        var words = sentence.Words;
        // session 12, round 24: "le bilan officiel reste de quatre policiers tués, selon la police": whose official toll it is, the
        // "selon/according to" after it says; the official toll names no speaker of its own then
        foreach (var mention in mentions.Where(m => m.Self && !used.Contains(m) && !OfficialTollOf(words, m, found)))
            found.Add(new Found(new Attribution { Kind = mention.Kind, Name = mention.Name, Text = sentence.Quote(mention.First, mention.Last) }, mention.First, mention.Last));
    }

    /// <summary>The attributions found, each source at one start kept once.</summary>
    private static List<Found> DistinctFound(List<Found> found)
    {
        // A statement and the verb beside it can both name the same source: keep one.
        var kept = new List<Found>(found.Count);
        foreach (var f in found)
            if (!kept.Exists(k => k.Attribution.Kind == f.Attribution.Kind && k.Attribution.Name == f.Attribution.Name && k.First == f.First))
                kept.Add(f);
        // session 14, round 29: a cue left without a speaker inside the span of one that has one is part of it ("The junta, in a
        // statement, says …", "L'armée, dans un communiqué, affirme …": the statement is the opener's, read with its verb). Kept,
        // it would stand as the sentence's last source and hand the next sentence's "It confirms" to a name in what is said.
        kept.RemoveAll(f => f.Attribution.Kind == SourceKind.Unattributed && !f.Back
            && kept.Exists(k => k != f && k.Attribution.Kind != SourceKind.Unattributed && k.First <= f.First && f.Last <= k.Last));
        return kept;
    }
}
