namespace Sahel.Diff.Claims;

public static partial class ClaimExtractor
{
    /// <summary>
    /// A source named after figures it gives: a sentence that points back at them ("That is what … said"), a closing
    /// attribution in brackets, the first speaker of the toll after figures that no source before them attributed.
    /// </summary>
    private static void NameEarlierFigures(ClaimReadingState state, SentenceReading here)
    {
        var (sentence, isTitle, found, mentions, tollsBefore) = (here.Sentence, here.IsTitle, here.Found, here.Mentions, here.TollsBefore);
        // "C'est ce qu'a rapporté un conseiller municipal", "That is what a local official said", "هذا ما أفاد به":
        // a sentence that points back names the source of the figures just before it.
        if (!isTitle && state.Tolls.Count == tollsBefore && ClaimContext.PointsBack(sentence) && found.FirstOrDefault(f => f.Attribution.Kind != SourceKind.Unattributed) is { } pointing)
        {
            // session 8: "قُتل سبعة جنود. وأصيب أحد عشر آخرون. هذا ما أعلنه المتحدث": back over the paragraph's figures that no
            // source attributed, not only the sentence's before.
            for (var k = 0; k < state.Tolls.Count; k++)
                if (state.Origins[k] is { Title: false, Own: false } origin && (origin.Sentence == state.SentenceNo - 1 || origin.Sentence >= state.LineStart && origin.Sentence < state.SentenceNo && state.Tolls[k].Source is { Kind: SourceKind.Unattributed }))
                    (state.Tolls[k], state.Origins[k]) = (state.Tolls[k] with { Source = pointing.Attribution }, origin with { Own = true });
        }
        // "… quatre gardes y ont perdu la vie. » (communiqué de l'état-major des FAN)", "… و٤٣ مهربا. (بيان لوزارة الدفاع)",
        // "2 enseignants enlevés (source : syndicat des enseignants)": a closing attribution in brackets names the source
        // of its sentence's figures and of those before it that no source of their own attributed.
        if (!isTitle && ClaimContext.ClosingAttribution(sentence) is var closing and >= 0
            && (found.FirstOrDefault(f => f.First >= closing && f.Attribution.Kind != SourceKind.Unattributed)?.Attribution
                // "(source : syndicat des enseignants)": the source named in the brackets, with no verb of its own
                ?? (mentions.FirstOrDefault(m => m.First >= closing && m.Kind != SourceKind.Unattributed) is { } bracketed
                    ? new Attribution { Kind = bracketed.Kind, Name = bracketed.Name, Text = sentence.Quote(closing, bracketed.Last) } : null)) is { } closer)
        {
            for (var k = tollsBefore; k < state.Tolls.Count; k++)
                if (state.Tolls[k].Source is not { } s || s.Kind == SourceKind.Unattributed || state.Origins[k].Own is false)
                    (state.Tolls[k], state.Origins[k]) = (state.Tolls[k] with { Source = closer }, state.Origins[k] with { Own = true });
            for (var k = tollsBefore - 1; k >= 0 && state.Origins[k] is { Title: false, Own: false }; k--)
                (state.Tolls[k], state.Origins[k]) = (state.Tolls[k] with { Source = closer }, state.Origins[k] with { Own = true });
        }
        // Only a speaker who speaks of the toll here takes the waiting figures: "…, a indiqué une source sécuritaire" after
        // "Trois autres ont été blessés", "the army … stood by the overall figure", "the ministry gave that toll"; a
        // minister who "a salué leur sacrifice" in a feed's one-paragraph summary does not.
        if (!isTitle && state.Waiting.Count > 0 && (state.Tolls.Count > tollsBefore || SpeaksOfATollHere(sentence)) && (found.FirstOrDefault(f => f.Attribution.Kind is not (SourceKind.Unattributed or SourceKind.Media) && !f.ForwardOnly)
                // session 14, round 29: the medium told ("confirmée à Radio X par le maire") is not who confirms, as in the carry
                ?? found.FirstOrDefault(f => f.Attribution.Kind != SourceKind.Unattributed && !f.ForwardOnly)) is { } later)
        {
            foreach (var k in state.Waiting)
                if (state.Origins[k].Sentence < state.SentenceNo && !state.Origins[k].Own)
                    (state.Tolls[k], state.Origins[k]) = (state.Tolls[k] with { Source = later.Attribution }, state.Origins[k] with { Own = true });
            state.Waiting.Clear();
        }
    }

    // A toll's own words in a sentence without a figure read: a toll word ("tués", "killed", "قتلى") or a noun for the
    // figures ("bilan", "toll", "figure", "chiffres", "الحصيلة").
    // session 14, round 29: or the noun that points back at what was just told ("L'information a été confirmée par le maire",
    // "The information was confirmed by the mayor", "وأكد رئيس البلدية هذه المعلومات"): only figures no source attributed wait
    // for it, and what was told before them is their toll.
    private static bool SpeaksOfATollHere(ClaimSentence sentence) =>
        sentence.Words.Any(w => w.Text is "bilan" or "toll" or "figure" or "figures" or "chiffre" or "chiffres" or "information" or "informations"
            || w.Readings.Contains("حصيله") || w.Readings.Contains("المعلومات")
            || PhraseMatch.Is(w, ClaimVocabulary.TollWords));

    /// <summary>
    /// The lead names the source of the headline's figure ("raises toll to 64" … "the government said"): the title's figures
    /// that no source of their own attributed take it when the story is read (ClaimExtractor.Finish.cs).
    /// </summary>
    private static void NoteTheLead(ClaimReadingState state, SentenceReading here)
    {
        if (!here.IsTitle && state.SentenceNo == 0)
            state.LeadAttribution = here.Found.FirstOrDefault(f => f.Attribution.Kind != SourceKind.Unattributed)?.Attribution;
    }
}
