namespace Sahel.Store;

/// <summary>
/// Titles the user's translation server translated (`--translate-url`), kept so each text is sent once. Only
/// digests read them; grouping never does. A cache: `sahel store copy` leaves it behind.
/// </summary>
public interface ITranslationCache
{
    /// <summary>The cached translations of these texts (from <paramref name="sourceLang"/>, "auto" when unknown) into <paramref name="targetLang"/>.</summary>
    Dictionary<string, string> Load(IEnumerable<string> texts, string sourceLang, string targetLang);

    void Save(IEnumerable<(string Text, string Translated)> translations, string sourceLang, string targetLang, DateTimeOffset at);
}
