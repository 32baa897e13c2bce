using Sahel.Normalize;

namespace Sahel.Diff.Claims;

/// <summary>
/// The claims of one story, sentence by sentence: figures (<see cref="TollFinder"/>), whom they are attributed
/// to (<see cref="SourceFinder"/>), claims of responsibility (<see cref="ResponsibilityFinder"/>). A figure takes
/// the attribution nearest to it in its sentence, else the last one before it in the story, else the title's.
/// Pattern-based and language-independent: the vocabularies hold French, English and Arabic side by side, so a
/// mislabelled feed language costs nothing.
/// </summary>
/// <remarks>
/// Each sentence is read in steps, one file each: <c>.Sentence</c> (whom it names; <c>.Title</c> notes an interview's
/// interviewee and a document's issuer, <c>.BackReferences</c> resolves "selon la même source"), <c>.Attribution</c> (its
/// figures as tolls, with a source), <c>.LaterSources</c> (a source named after figures: "That is what … said", a closing
/// bracket, figures waiting for one), <c>.Responsibility</c> (claims, blames, denials), <c>.Carry</c> (what the next
/// sentences read by, kept in <see cref="ClaimReadingState"/>). <c>.Finish</c> ends the story: unnamed denials
/// (<c>.Denials</c>), affiliates, figures told twice (<c>.Duplicates</c>).
/// </remarks>
public static partial class ClaimExtractor
{
    /// <summary>Claims of a title and its text (plain text or HTML), using the shipped actors lexicon.</summary>
    public static StoryClaims Extract(string title, string? text, string? lang) => Extract(title, text, lang, Lexicon.Default);

    public static StoryClaims Extract(string title, string? text, string? lang, Lexicon lexicon)
    {
        _ = lang; // the vocabularies are matched in every language: feeds mislabel theirs
        var plain = text is null ? "" : text.Contains('<', StringComparison.Ordinal) || text.Contains('&', StringComparison.Ordinal) ? HtmlText.ToPlainText(text) : text;
        var state = new ClaimReadingState(lexicon);
        var blocks = new[] { (Text: title, IsTitle: true), (Text: plain, IsTitle: false) };
        foreach (var (block, isTitle) in blocks)
        {
            state.LastAttribution = null;
            // "اقرأ أيضا: بوركينا فاسو.. مقتل ١٥ متطوعا", "Read more: Mali. 12 killed": a related headline is one line, whatever
            // sentences its punctuation cuts it into.
            var relatedLine = false;
            var searched = 0; // how far the block has been read: where to look for the next sentence's "?"
            foreach (var (sentence, opensLine) in SentencesByLine(block))
            {
                var asks = ClaimContext.Asks(block, ref searched, sentence);
                relatedLine = !opensLine && relatedLine || ClaimContext.IsRelatedLink(sentence);
                if (!isTitle)
                    state.SentenceNo++;
                if (!isTitle && opensLine)
                {
                    state.LineStart = state.SentenceNo;
                    state.Waiting.Clear();
                }
                var here = ReadSentence(state, sentence, isTitle, relatedLine, asks);
                AttributeTolls(state, here);
                NameEarlierFigures(state, here);
                NoteTheLead(state, here);
                state.Attributions.AddRange(here.Found.Select(a => a.Attribution));
                CollectResponsibility(state, here);
                CarryToNextSentence(state, here);
            }
        }
        return WithoutRestatedLists(Finish(state), plain);
    }

    /// <summary>The sentences of a block, each with whether it opens its line.</summary>
    private static IEnumerable<(ClaimSentence Sentence, bool OpensLine)> SentencesByLine(string block)
    {
        foreach (var line in block.Split('\n'))
        {
            var opens = true;
            foreach (var sentence in ClaimSentence.Split(line))
            {
                yield return (sentence, opens);
                opens = false;
            }
        }
    }

    /// <summary>A mention of someone who can speak for a figure: a named kind of source, not an outlet or no one.</summary>
    private static bool IsSpeaker(SourceFinder.Mention mention) => mention.Kind is not (SourceKind.Unattributed or SourceKind.Media);

    private static Attribution? NamedOrNull(Attribution? attribution) => attribution is { Kind: not SourceKind.Unattributed } ? attribution : null;
}
