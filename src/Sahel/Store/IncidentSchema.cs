namespace Sahel.Store;

/// <summary>
/// Migration 5: incidents as records (docs/store.md, docs/incidents.md). Memberships are append-only: each
/// assignment decision is a new row, so "as of T" reads the latest row at or before T and a past digest is
/// re-made exactly as it was. Plain SQL that another backend can run as is (no SQLite-only types).
/// </summary>
internal static class IncidentSchema
{
    public const string Migration5 = """
        CREATE TABLE incidents (
            id             TEXT PRIMARY KEY,
            created_at     TEXT NOT NULL,
            updated_at     TEXT NOT NULL,
            analysis       TEXT NOT NULL,
            status         TEXT NOT NULL DEFAULT 'open',
            founder_id     INTEGER NOT NULL,
            split_from     TEXT
        );
        CREATE TABLE incident_members (
            seq            INTEGER PRIMARY KEY,
            item_id        INTEGER NOT NULL REFERENCES items(id) ON DELETE CASCADE,
            incident_id    TEXT,
            copy_of        INTEGER,
            assigned_at    TEXT NOT NULL,
            signals        TEXT NOT NULL,
            analysis_hash  TEXT NOT NULL,
            analysis       TEXT NOT NULL
        );
        CREATE INDEX incident_members_by_item ON incident_members (item_id, seq);
        CREATE INDEX incident_members_by_incident ON incident_members (incident_id);
        CREATE TABLE incident_merges (
            old_id         TEXT PRIMARY KEY,
            into_id        TEXT NOT NULL,
            merged_at      TEXT NOT NULL,
            reason         TEXT NOT NULL
        );
        """;
}
