//! The library's tables, and what happens when the schema on disk is
//! another version.

use rusqlite::Connection;

use super::{Library, LibraryError};

/// Schema version of the library database. A different version on disk is
/// rebuilt from the content source: the library holds nothing personal and
/// nothing that can't be imported again.
pub(super) const SCHEMA_VERSION: i64 = 3;

/// Brings the tables in `conn` to [`SCHEMA_VERSION`].
pub(super) fn migrate(conn: &Connection) -> Result<(), rusqlite::Error> {
    let version: i64 = conn.pragma_query_value(None, "user_version", |r| r.get(0))?;
    if version != SCHEMA_VERSION {
        // Content is rebuilt from what ships; the newest content bundle
        // ever applied is remembered, so an old one cannot come back.
        conn.execute_batch(
            "DROP TABLE IF EXISTS articles;
             DROP TABLE IF EXISTS articles_fts;
             DROP TABLE IF EXISTS titles_fts;
             DROP TABLE IF EXISTS organisations;
             DROP TABLE IF EXISTS claims;
             CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID;
             DELETE FROM meta WHERE key <> 'bundle_high_water';",
        )?;
    }
    conn.execute_batch(
        "CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID;
         CREATE TABLE IF NOT EXISTS articles (
             id TEXT NOT NULL,
             locale TEXT NOT NULL,
             topic TEXT NOT NULL,
             title TEXT NOT NULL,
             summary TEXT NOT NULL,
             reviewed TEXT NOT NULL,
             related TEXT NOT NULL,
             sources TEXT NOT NULL,
             html TEXT NOT NULL,
             PRIMARY KEY (id, locale)
         ) WITHOUT ROWID;
         CREATE INDEX IF NOT EXISTS articles_by_topic ON articles (topic, locale);
         CREATE VIRTUAL TABLE IF NOT EXISTS articles_fts USING fts5(
             id UNINDEXED, lang, title, summary, body,
             tokenize = 'unicode61 remove_diacritics 2',
             prefix = '1 2 3'
         );
         -- Titles alone (the summary only for its snippet), same rowids: the
         -- first tier of a search with very many matches reads only
         -- articles with the words in the title.
         CREATE VIRTUAL TABLE IF NOT EXISTS titles_fts USING fts5(
             id UNINDEXED, lang, title, summary UNINDEXED,
             tokenize = 'unicode61 remove_diacritics 2',
             prefix = '1 2 3'
         );
         CREATE TABLE IF NOT EXISTS organisations (id TEXT PRIMARY KEY, data TEXT NOT NULL) WITHOUT ROWID;
         -- The claims register, one row per claim and subject, in file
         -- order (rowid): it dates articles and directory fields.
         CREATE TABLE IF NOT EXISTS claims (
             subject TEXT NOT NULL,
             field TEXT,
             title TEXT NOT NULL,
             publisher TEXT NOT NULL,
             url TEXT NOT NULL,
             read TEXT NOT NULL,
             published TEXT
         );
         CREATE INDEX IF NOT EXISTS claims_by_subject ON claims (subject);",
    )?;
    conn.pragma_update(None, "user_version", SCHEMA_VERSION)?;
    Ok(())
}

impl Library {
    /// The rows of the `settings` table that apps before the settings file
    /// kept here (see `crate::settings`); empty when there is none.
    pub(crate) fn legacy_settings(&self) -> Result<Vec<(String, String)>, LibraryError> {
        let exists: bool = self.conn.query_row(
            "SELECT count(*) > 0 FROM sqlite_master WHERE type = 'table' AND name = 'settings'",
            [],
            |r| r.get(0),
        )?;
        if !exists {
            return Ok(Vec::new());
        }
        let mut stmt = self.conn.prepare("SELECT key, value FROM settings")?;
        let rows = stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    /// Removes the old `settings` table, once its rows are in the settings file.
    pub(crate) fn drop_legacy_settings(&self) -> Result<(), LibraryError> {
        self.conn.execute_batch("DROP TABLE IF EXISTS settings")?;
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::super::fixtures::corpus;
    use super::*;

    #[test]
    fn a_schema_upgrade_rebuilds_content_but_keeps_the_bundle_replay_floor() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("library.sqlite");
        let files: Vec<huiskamer_protocol::bundle::BundleFile> =
            corpus().into_iter().map(|(path, text)| huiskamer_protocol::bundle::BundleFile { path, text }).collect();
        let bundle = huiskamer_protocol::bundle::Bundle { format: 1, version: 7, articles: files, data: vec![] };
        let mut lib = Library::open(&path).unwrap();
        lib.apply_bundle(&bundle).unwrap();
        // An app whose library schema is older.
        lib.conn.pragma_update(None, "user_version", 0).unwrap();
        drop(lib);
        let lib = Library::open(&path).unwrap();
        assert_eq!(lib.installed_bundle().unwrap(), None, "content is rebuilt");
        assert_eq!(lib.bundle_floor().unwrap(), Some(6), "but bundle 7 stays the oldest that may come back");
    }
}
