namespace Sahel.Diff.Claims;

public static partial class ClaimExtractor
{
    /// <summary>
    /// The sentence's mentions, "l'armée", "Mali's armed forces" resolved to the national army meant, for who is blamed or denies
    /// (sources keep the generic word): the army named last, else the country's named last, else the places' country.
    /// </summary>
    private static List<SourceFinder.Mention> ActorsMeant(ClaimReadingState state, ClaimSentence sentence, List<SourceFinder.Mention> mentions)
    {
        state.CountryArmy = ArmyReferences.NamedCountry(sentence) ?? state.CountryArmy;
        // read only while the story has named no army and no country: most stories name one early
        if (state.LastArmy is null && state.CountryArmy is null)
            state.PlaceArmy = ArmyReferences.PlacedCountry(sentence, state.Lexicon.Recognizer) ?? state.PlaceArmy;
        return ArmyReferences.Resolve(sentence.Words, mentions, state.StoryArmy);
    }
}
