using Npgsql;

namespace Sahel.Store.Postgres;

/// <summary>The translations table of a team store (<see cref="ITranslationCache"/>), shared by every analyst.</summary>
internal sealed class PgTranslations(NpgsqlDataSource source, string location) : ITranslationCache
{
    public Dictionary<string, string> Load(IEnumerable<string> texts, string sourceLang, string targetLang) => StoreErrors.Guard(location, () =>
    {
        var found = new Dictionary<string, string>(StringComparer.Ordinal);
        using var connection = source.OpenConnection();
        foreach (var text in texts.Distinct(StringComparer.Ordinal))
        {
            using var command = Pg.Command(connection,
                "SELECT translated FROM translations WHERE text_hash = $1 AND source_lang = $2 AND target_lang = $3", null,
                Pg.Text(TextHash.Of(text)), Pg.Text(sourceLang), Pg.Text(targetLang));
            if (command.ExecuteScalar() is string translated)
                found[text] = translated;
        }
        return found;
    });

    public void Save(IEnumerable<(string Text, string Translated)> translations, string sourceLang, string targetLang, DateTimeOffset at) => StoreErrors.Guard(location, () =>
    {
        using var connection = source.OpenConnection();
        using var transaction = connection.BeginTransaction();
        foreach (var (text, translated) in translations)
        {
            using var command = Pg.Command(connection, """
                INSERT INTO translations (text_hash, source_lang, target_lang, translated, translated_at) VALUES ($1, $2, $3, $4, $5)
                ON CONFLICT (text_hash, source_lang, target_lang) DO UPDATE SET translated = excluded.translated, translated_at = excluded.translated_at
                """, transaction, Pg.Text(TextHash.Of(text)), Pg.Text(sourceLang), Pg.Text(targetLang), Pg.Text(translated), Pg.Time(at));
            command.ExecuteNonQuery();
        }
        transaction.Commit();
    });
}
