using Microsoft.Data.Sqlite;

namespace Sahel.Store.Sqlite;

/// <summary>The translations table of a store file (migration 7).</summary>
internal sealed class TranslationTable(SqliteConnection connection, string location) : ITranslationCache
{
    public Dictionary<string, string> Load(IEnumerable<string> texts, string sourceLang, string targetLang) => StoreErrors.Guard(location, () =>
    {
        var found = new Dictionary<string, string>(StringComparer.Ordinal);
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT translated FROM translations WHERE text_hash = $hash AND source_lang = $source AND target_lang = $target";
        var hash = command.Parameters.Add("$hash", SqliteType.Text);
        command.Parameters.AddWithValue("$source", sourceLang);
        command.Parameters.AddWithValue("$target", targetLang);
        foreach (var text in texts.Distinct(StringComparer.Ordinal))
        {
            hash.Value = TextHash.Of(text);
            if (command.ExecuteScalar() is string translated)
                found[text] = translated;
        }
        return found;
    });

    public void Save(IEnumerable<(string Text, string Translated)> translations, string sourceLang, string targetLang, DateTimeOffset at) => StoreErrors.Guard(location, () =>
    {
        using var transaction = connection.BeginTransaction();
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = """
            INSERT INTO translations (text_hash, source_lang, target_lang, translated, translated_at) VALUES ($hash, $source, $target, $translated, $at)
            ON CONFLICT (text_hash, source_lang, target_lang) DO UPDATE SET translated = excluded.translated, translated_at = excluded.translated_at
            """;
        var hash = command.Parameters.Add("$hash", SqliteType.Text);
        var translatedText = command.Parameters.Add("$translated", SqliteType.Text);
        command.Parameters.AddWithValue("$source", sourceLang);
        command.Parameters.AddWithValue("$target", targetLang);
        command.Parameters.AddWithValue("$at", StoreTime.Write(at));
        foreach (var (text, translated) in translations)
        {
            hash.Value = TextHash.Of(text);
            translatedText.Value = translated;
            command.ExecuteNonQuery();
        }
        transaction.Commit();
    });
}
