//! The information library in SQLite: import in one transaction, topic and
//! article queries with language fallback, and FTS5 search.
//!
//! One file per duty: the schema and its upgrades (`schema`), shipped
//! content and signed bundles going in (`import`), the topic, article and
//! directory queries (`query`), and full-text search (`search`); the
//! directory file's parsing is in huiskamer-texts.

use std::path::{Path, PathBuf};

use rusqlite::Connection;

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
    /// The database file; `None` in memory.
    path: Option<PathBuf>,
}

impl Library {
    pub fn open(path: &Path) -> Result<Self, LibraryError> {
        Self::init(Connection::open(path)?, Some(path.to_path_buf()))
    }

    pub fn open_in_memory() -> Result<Self, LibraryError> {
        Self::init(Connection::open_in_memory()?, None)
    }

    fn init(conn: Connection, path: Option<PathBuf>) -> Result<Self, LibraryError> {
        conn.busy_timeout(std::time::Duration::from_secs(5))?;
        conn.pragma_update(None, "journal_mode", "WAL")?;
        conn.pragma_update(None, "synchronous", "NORMAL")?;
        schema::migrate(&conn)?;
        Ok(Library { conn, path })
    }

    /// The database file, or `None` for a library in memory.
    pub fn path(&self) -> Option<&Path> {
        self.path.as_deref()
    }
}
