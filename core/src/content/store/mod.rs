//! The information library in SQLite: import in one transaction, topic and
//! article queries with language fallback, and FTS5 search.
//!
//! One file per duty: the schema and its upgrades (`schema`), shipped
//! content and signed bundles going in (`import`), the topic, article and
//! directory queries (`query`), and full-text search (`search`); the
//! directory file's parsing is in huiskamer-texts.

use rusqlite::{params, Connection, OptionalExtension};

#[cfg(test)]
mod fixtures;
mod import;
mod query;
mod schema;
mod search;

// The directory file's parsing is shared with the partner server; this
// path stays for the app's callers.
pub use huiskamer_texts::directory::parse_directory;
pub use import::{ImportReport, SourceFile};
pub use query::{Article, ArticleSummary, FieldClaim};
pub use search::{fts_query, fts_terms, SearchHit, SnippetPart, RANK_ALL_BELOW};

#[derive(Debug, thiserror::Error)]
pub enum LibraryError {
    #[error("library database: {0}")]
    Db(#[from] rusqlite::Error),
    #[error("directory data {path}: {message}")]
    Directory { path: String, message: String },
}

pub struct Library {
    conn: Connection,
}

impl Library {
    pub fn open(path: &std::path::Path) -> Result<Self, LibraryError> {
        Self::init(Connection::open(path)?)
    }

    pub fn open_in_memory() -> Result<Self, LibraryError> {
        Self::init(Connection::open_in_memory()?)
    }

    fn init(conn: Connection) -> Result<Self, LibraryError> {
        conn.busy_timeout(std::time::Duration::from_secs(5))?;
        conn.pragma_update(None, "journal_mode", "WAL")?;
        conn.pragma_update(None, "synchronous", "NORMAL")?;
        schema::migrate(&conn)?;
        Ok(Library { conn })
    }

    pub fn setting(&self, key: &str) -> Result<Option<String>, LibraryError> {
        Ok(self.conn.query_row("SELECT value FROM settings WHERE key = ?1", [key], |r| r.get(0)).optional()?)
    }

    /// Forgets every setting (the "wipe everything" of the diary settings).
    pub fn clear_settings(&self) -> Result<(), LibraryError> {
        self.conn.execute("DELETE FROM settings", [])?;
        Ok(())
    }

    pub fn delete_setting(&self, key: &str) -> Result<(), LibraryError> {
        self.conn.execute("DELETE FROM settings WHERE key = ?1", [key])?;
        Ok(())
    }

    pub fn set_setting(&self, key: &str, value: &str) -> Result<(), LibraryError> {
        self.conn.execute("INSERT OR REPLACE INTO settings (key, value) VALUES (?1, ?2)", params![key, value])?;
        Ok(())
    }
}
