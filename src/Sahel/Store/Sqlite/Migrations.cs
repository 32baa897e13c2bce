using Microsoft.Data.Sqlite;

namespace Sahel.Store.Sqlite;

/// <summary>
/// The schema's history. PRAGMA user_version holds the number of migrations applied; each runs once, in its
/// own transaction, so an old store upgrades in place and a newer store is refused rather than damaged.
/// Add a migration at the end; never edit one that has shipped. docs/store.md describes the resulting tables.
/// </summary>
internal static class Migrations
{
    private static readonly string[] Steps =
    [
        // 1: feeds and their fetch state; items keyed by feed and guid (else canonical link).
        """
        CREATE TABLE feeds (
            id                INTEGER PRIMARY KEY,
            location          TEXT NOT NULL UNIQUE,
            name              TEXT,
            lang              TEXT,
            country           TEXT,
            site_url          TEXT,
            subscribed        INTEGER NOT NULL DEFAULT 0,
            added_at          TEXT NOT NULL,
            title             TEXT,
            format            TEXT,
            redirect_location TEXT,
            etag              TEXT,
            last_modified     TEXT,
            last_attempt_at   TEXT,
            last_success_at   TEXT,
            last_status       TEXT,
            last_http_status  INTEGER,
            last_error_stage  TEXT,
            last_error        TEXT,
            last_warnings     TEXT
        );
        CREATE TABLE items (
            id                  INTEGER PRIMARY KEY,
            feed_id             INTEGER NOT NULL REFERENCES feeds(id) ON DELETE CASCADE,
            item_key            TEXT NOT NULL,
            guid                TEXT,
            link                TEXT,
            canonical_url       TEXT,
            title               TEXT NOT NULL,
            summary_html        TEXT,
            content_html        TEXT,
            author              TEXT,
            categories          TEXT NOT NULL DEFAULT '[]',
            lang                TEXT,
            published_at        TEXT NOT NULL,
            published_estimated INTEGER NOT NULL DEFAULT 0,
            updated_at          TEXT,
            first_seen_at       TEXT NOT NULL,
            last_seen_at        TEXT NOT NULL,
            content_hash        TEXT NOT NULL,
            UNIQUE (feed_id, item_key)
        );
        CREATE INDEX items_by_published ON items (published_at);
        """,

        // 2: what the normalize stage recognised in each item, so a second run analyses only new or changed
        // items. Valid while the item's content_hash and the analyser's fingerprint (its version and the
        // lexicon it used) are unchanged.
        """
        CREATE TABLE item_features (
            item_id      INTEGER PRIMARY KEY REFERENCES items(id) ON DELETE CASCADE,
            content_hash TEXT NOT NULL,
            analyzer     TEXT NOT NULL,
            signature    BLOB NOT NULL
        );
        """,

        // 3: full text. A per-feed setting to fetch the article pages of its items, and one row per item whose
        // page sahel tried: what was fetched, how it ended, and what the extract stage found in it.
        """
        ALTER TABLE feeds ADD COLUMN full_text INTEGER NOT NULL DEFAULT 0;
        CREATE TABLE item_pages (
            item_id        INTEGER PRIMARY KEY REFERENCES items(id) ON DELETE CASCADE,
            url            TEXT NOT NULL,
            final_url      TEXT,
            status         TEXT NOT NULL,
            stage          TEXT,
            reason         TEXT,
            retry          INTEGER NOT NULL DEFAULT 0,
            tries          INTEGER NOT NULL DEFAULT 1,
            http_status    INTEGER,
            etag           TEXT,
            last_modified  TEXT,
            fetched_at     TEXT NOT NULL,
            encoding       TEXT,
            title          TEXT,
            text           TEXT,
            author         TEXT,
            published_at   TEXT,
            modified_at    TEXT,
            lang           TEXT,
            direction      TEXT,
            site_name      TEXT,
            lead_image     TEXT,
            canonical_url  TEXT,
            content_hash   TEXT,
            item_hash      TEXT
        );
        """,

        // 4: the versions of edited articles. Rows only for articles edited at least once: the original is
        // copied as version 1 when the first edit is seen (docs/versions.md says why not eagerly).
        """
        CREATE TABLE item_versions (
            item_id      INTEGER NOT NULL REFERENCES items(id) ON DELETE CASCADE,
            version      INTEGER NOT NULL,
            seen_at      TEXT NOT NULL,
            title        TEXT NOT NULL,
            summary_html TEXT,
            content_html TEXT,
            page_text    TEXT,
            link         TEXT,
            text_hash    TEXT NOT NULL,
            PRIMARY KEY (item_id, version)
        );
        CREATE INDEX item_versions_by_seen ON item_versions (seen_at);
        """,

        // 5: incidents, their memberships (with copy links) and merges (IncidentSchema.cs, docs/store.md).
        IncidentSchema.Migration5,

        // 6: which runner last fetched each feed (`sweep --runner-id`), as a team store records it too.
        """
        ALTER TABLE feeds ADD COLUMN last_runner TEXT;
        """,

        // 7: titles translated by the user's translation server (`--translate-url`), keyed by the text's hash, its
        // language and the target language, so a title is sent once. Only digests read them; grouping never does.
        """
        CREATE TABLE translations (
            text_hash     TEXT NOT NULL,
            source_lang   TEXT NOT NULL,
            target_lang   TEXT NOT NULL,
            translated    TEXT NOT NULL,
            translated_at TEXT NOT NULL,
            PRIMARY KEY (text_hash, source_lang, target_lang)
        );
        """,

        // 8: each story's claims as the digests last read them, so a nightly digest reads only new or changed
        // stories' claims (as item_features does for grouping). A cache: `store copy` leaves it behind.
        """
        CREATE TABLE item_claims (
            item_id      INTEGER PRIMARY KEY REFERENCES items(id) ON DELETE CASCADE,
            content_hash TEXT NOT NULL,
            analyzer     TEXT NOT NULL,
            signature    BLOB NOT NULL
        );
        """,

        // 9: the stories waiting for incident assignment, kept by triggers whenever an item is added, its content
        // changes, or its page is stored, changed or removed; assignment removes what it settled. Filled at once
        // with what waits now. (No OR IGNORE in the triggers: an upsert's own conflict clause would override it.)
        // Before, every command that reads incidents scanned every item to find them.
        """
        CREATE TABLE incident_pending (
            item_id INTEGER PRIMARY KEY REFERENCES items(id) ON DELETE CASCADE
        );
        INSERT INTO incident_pending (item_id)
            SELECT i.id FROM items i
            LEFT JOIN item_pages p ON p.item_id = i.id AND p.status = 'ok'
            LEFT JOIN incident_members m ON m.seq = (SELECT max(x.seq) FROM incident_members x WHERE x.item_id = i.id)
            WHERE m.seq IS NULL OR m.analysis_hash <> i.content_hash || coalesce('+' || p.content_hash, '');
        CREATE TRIGGER items_wait_when_added AFTER INSERT ON items
        BEGIN
            INSERT INTO incident_pending (item_id) SELECT NEW.id WHERE NOT EXISTS (SELECT 1 FROM incident_pending WHERE item_id = NEW.id);
        END;
        CREATE TRIGGER items_wait_when_changed AFTER UPDATE OF content_hash ON items WHEN NEW.content_hash IS NOT OLD.content_hash
        BEGIN
            INSERT INTO incident_pending (item_id) SELECT NEW.id WHERE NOT EXISTS (SELECT 1 FROM incident_pending WHERE item_id = NEW.id);
        END;
        CREATE TRIGGER items_wait_when_page_added AFTER INSERT ON item_pages
        BEGIN
            INSERT INTO incident_pending (item_id) SELECT NEW.item_id WHERE NOT EXISTS (SELECT 1 FROM incident_pending WHERE item_id = NEW.item_id);
        END;
        CREATE TRIGGER items_wait_when_page_changed AFTER UPDATE ON item_pages
            WHEN NEW.content_hash IS NOT OLD.content_hash OR NEW.status IS NOT OLD.status
        BEGIN
            INSERT INTO incident_pending (item_id) SELECT NEW.item_id WHERE NOT EXISTS (SELECT 1 FROM incident_pending WHERE item_id = NEW.item_id);
        END;
        CREATE TRIGGER items_wait_when_page_removed AFTER DELETE ON item_pages
        BEGIN
            INSERT INTO incident_pending (item_id) SELECT OLD.item_id
                WHERE EXISTS (SELECT 1 FROM items WHERE id = OLD.item_id) AND NOT EXISTS (SELECT 1 FROM incident_pending WHERE item_id = OLD.item_id);
        END;
        """,

        // 10: each story's object as the JSON digests last wrote it, up to its claims, so a nightly digest copies
        // the objects of stories that did not change instead of reading their claims and writing them again. A
        // cache: `store copy` leaves it behind.
        """
        CREATE TABLE item_objects (
            item_id      INTEGER PRIMARY KEY REFERENCES items(id) ON DELETE CASCADE,
            content_hash TEXT NOT NULL,
            analyzer     TEXT NOT NULL,
            signature    BLOB NOT NULL
        );
        """,
    ];

    public static int Latest => Steps.Length;

    public static void Apply(SqliteConnection connection, string displayPath)
    {
        var current = CurrentVersion(connection);
        if (current > Latest)
            throw new StoreException($"{displayPath}: the store has schema version {current}, newer than this sahel understands ({Latest}); upgrade sahel");
        while (current < Latest)
        {
            // BEGIN IMMEDIATE takes the write lock; the version is read again under it, because another process
            // opening the same new store (two sweeps started at once) may have applied this step meanwhile.
            using var transaction = connection.BeginTransaction();
            var version = CurrentVersion(connection, transaction);
            if (version < Latest)
            {
                using var command = connection.CreateCommand();
                command.Transaction = transaction;
                command.CommandText = Steps[version] + $"\nPRAGMA user_version = {version + 1};";
                command.ExecuteNonQuery();
            }
            transaction.Commit();
            current = Math.Max(version + 1, current);
        }
    }

    public static int CurrentVersion(SqliteConnection connection, SqliteTransaction? transaction = null)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = "PRAGMA user_version;";
        return Convert.ToInt32(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
    }
}
