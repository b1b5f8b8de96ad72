//! The information library in SQLite: import in one transaction, topic and
//! article queries with language fallback, and FTS5 search.

use std::collections::{BTreeMap, HashMap};

use chrono::NaiveDate;
use huiskamer_protocol::{ArticleDoc, Organisation, Source, Topic};
use rusqlite::{params, Connection, OptionalExtension, Transaction};
use serde::Serialize;
use sha2::{Digest, Sha256};

use super::parse::{parse_article, ParseError};
use super::render::render;
// The directory file's parsing is shared with the partner server; this
// path stays for the app's callers.
pub use huiskamer_texts::directory::parse_directory;

/// Schema version of the library database. A different version on disk is
/// rebuilt from the content source: the library holds nothing personal and
/// nothing that can't be imported again.
const SCHEMA_VERSION: i64 = 3;

/// Highlight markers inside search snippets (Unicode private use, never in content).
const MARK_START: char = '\u{E000}';
const MARK_END: char = '\u{E001}';

#[derive(Debug, thiserror::Error)]
pub enum LibraryError {
    #[error("library database: {0}")]
    Db(#[from] rusqlite::Error),
    #[error("directory data {path}: {message}")]
    Directory { path: String, message: String },
}

/// One file of a content source, path relative to the content root.
#[derive(Debug, Clone, Copy)]
pub struct SourceFile<'a> {
    pub path: &'a str,
    pub text: &'a str,
}

/// What an import did. `skipped` names each refused file and why; the
/// messages carry paths and line numbers, never article text.
#[derive(Debug, Default)]
pub struct ImportReport {
    pub articles: usize,
    pub organisations: usize,
    pub skipped: Vec<ParseError>,
    /// False when the content was already current and nothing was written.
    pub changed: bool,
}

/// An article in a list: enough to show a title and a line of summary.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ArticleSummary {
    pub id: String,
    pub topic: Topic,
    pub title: String,
    pub summary: String,
    /// Language of the text shown; differs from the reader's on fallback.
    pub locale: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Article {
    pub id: String,
    pub topic: Topic,
    pub title: String,
    pub summary: String,
    pub locale: String,
    pub reviewed: NaiveDate,
    pub sources: Vec<Source>,
    /// Sanitised HTML (see `render`).
    pub html: String,
    pub related: Vec<ArticleSummary>,
    /// The oldest day on which a fact of this article was read at its
    /// source (the claims register); none when no claim is about it.
    pub facts_read: Option<NaiveDate>,
}

/// A fact of a directory entry as the claims register states it: which
/// field, the page that states it and the day it was read.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct FieldClaim {
    pub field: Option<String>,
    pub title: String,
    pub publisher: String,
    pub url: String,
    pub read: NaiveDate,
    pub published: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(test, derive(ts_rs::TS))]
pub struct SnippetPart {
    pub text: String,
    pub hit: bool,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct SearchHit {
    pub id: String,
    pub topic: Topic,
    pub title: String,
    pub locale: String,
    pub snippet: Vec<SnippetPart>,
}

/// Below this many matches a search ranks them all; see [`Library::search`].
pub const RANK_ALL_BELOW: usize = 300;

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
             CREATE TABLE IF NOT EXISTS settings (key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID;
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
        Ok(Library { conn })
    }

    /// Imports `articles` and the directory in `data` unless content with the
    /// same hash is already in place. Runs in one transaction: on any
    /// database error the old content stays as it was. A malformed article
    /// is skipped and reported; a malformed directory file keeps the old
    /// directory.
    pub fn import(&mut self, articles: &[SourceFile], data: &[SourceFile]) -> Result<ImportReport, LibraryError> {
        self.import_with(articles, data, &[])
    }

    /// Imports the content shipped inside the app. An applied content
    /// bundle (newer, from the partner server) stays in place as long as
    /// the shipped content is the one it replaced; an app update that
    /// ships new content replaces it, and the next sync fetches the newest
    /// bundle again (the replay floor stays, see [`Library::bundle_floor`]).
    pub fn import_shipped(
        &mut self,
        articles: &[SourceFile],
        data: &[SourceFile],
    ) -> Result<ImportReport, LibraryError> {
        let hash = content_hash(articles, data);
        if self.installed_bundle()?.is_some() && self.meta("shipped_hash")?.as_deref() == Some(hash.as_str()) {
            return Ok(ImportReport::default());
        }
        self.import_with(articles, data, &[("shipped_hash", Some(hash.as_str())), ("bundle_version", None)])
    }

    /// Applies a verified content bundle ([`super::bundle::verify`]) in one
    /// transaction: all of it, or (on any error) nothing.
    pub fn apply_bundle(&mut self, bundle: &huiskamer_protocol::bundle::Bundle) -> Result<ImportReport, LibraryError> {
        let articles: Vec<SourceFile> =
            bundle.articles.iter().map(|f| SourceFile { path: &f.path, text: &f.text }).collect();
        let data: Vec<SourceFile> = bundle.data.iter().map(|f| SourceFile { path: &f.path, text: &f.text }).collect();
        let version = bundle.version.to_string();
        let floor =
            self.meta("bundle_high_water")?.and_then(|v| v.parse::<u64>().ok()).unwrap_or(0).max(bundle.version);
        let floor = floor.to_string();
        self.import_with(
            &articles,
            &data,
            &[("bundle_version", Some(version.as_str())), ("bundle_high_water", Some(floor.as_str()))],
        )
    }

    /// The version of the applied content bundle, if one is in place.
    pub fn installed_bundle(&self) -> Result<Option<u64>, LibraryError> {
        Ok(self.meta("bundle_version")?.and_then(|v| v.parse().ok()))
    }

    /// Bundles at or below this version are refused (pass it to `verify`
    /// as the installed version): the one in place, or, after an app
    /// update put shipped content back, one below the newest ever applied,
    /// so that same bundle may come back but no older one.
    pub fn bundle_floor(&self) -> Result<Option<u64>, LibraryError> {
        if let Some(v) = self.installed_bundle()? {
            return Ok(Some(v));
        }
        let high = self.meta("bundle_high_water")?.and_then(|v| v.parse::<u64>().ok()).unwrap_or(0);
        Ok(high.checked_sub(1))
    }

    fn meta(&self, key: &str) -> Result<Option<String>, LibraryError> {
        Ok(self.conn.query_row("SELECT value FROM meta WHERE key = ?1", [key], |r| r.get(0)).optional()?)
    }

    fn import_with(
        &mut self,
        articles: &[SourceFile],
        data: &[SourceFile],
        meta: &[(&str, Option<&str>)],
    ) -> Result<ImportReport, LibraryError> {
        let hash = content_hash(articles, data);
        let current = self.meta("content_hash")?;
        if current.as_deref() == Some(hash.as_str()) {
            let tx = self.conn.transaction()?;
            set_meta(&tx, meta)?;
            tx.commit()?;
            return Ok(ImportReport::default());
        }

        let mut report = ImportReport { changed: true, ..Default::default() };
        let mut docs = Vec::with_capacity(articles.len());
        for file in articles {
            match parse_article(file.path, file.text) {
                Ok(doc) => docs.push(doc),
                Err(e) => {
                    tracing::warn!(error = %e, "skipping article");
                    report.skipped.push(e);
                }
            }
        }
        let mut claims: Option<Vec<super::claims::Claim>> = Some(Vec::new());
        for file in data.iter().filter(|f| super::claims::is_claims_path(f.path)) {
            match super::claims::parse_claims(file.text) {
                Ok(c) => {
                    if let Some(all) = claims.as_mut() {
                        all.extend(c);
                    }
                }
                Err(message) => {
                    tracing::warn!(path = file.path, %message, "keeping the old claims register");
                    claims = None;
                }
            }
        }
        let mut directory: Option<Vec<Organisation>> = None;
        for file in data.iter().filter(|f| f.path == "organisations.toml") {
            match parse_directory(file.text) {
                Ok(orgs) => directory = Some(orgs),
                Err(message) => {
                    tracing::warn!(path = file.path, %message, "keeping the old directory");
                }
            }
        }

        let tx = self.conn.transaction()?;
        report.articles = write_articles(&tx, &docs)?;
        if let Some(orgs) = directory {
            tx.execute("DELETE FROM organisations", [])?;
            let mut stmt = tx.prepare("INSERT OR REPLACE INTO organisations (id, data) VALUES (?1, ?2)")?;
            for org in &orgs {
                let json = serde_json::to_string(org).expect("organisation serialises");
                stmt.execute(params![org.id, json])?;
            }
            report.organisations = orgs.len();
        }
        // A register that was not sent at all is empty; one with a broken
        // file keeps the old one whole (as the directory does).
        if let Some(claims) = claims {
            tx.execute("DELETE FROM claims", [])?;
            let mut stmt = tx.prepare(
                "INSERT INTO claims (subject, field, title, publisher, url, read, published) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
            )?;
            for c in &claims {
                for subject in &c.about {
                    stmt.execute(params![
                        subject,
                        c.field,
                        c.title,
                        c.publisher,
                        c.url,
                        c.read.to_string(),
                        c.published
                    ])?;
                }
            }
        }
        tx.execute("INSERT OR REPLACE INTO meta (key, value) VALUES ('content_hash', ?1)", params![hash])?;
        set_meta(&tx, meta)?;
        tx.commit()?;
        tracing::info!(articles = report.articles, skipped = report.skipped.len(), "content imported");
        Ok(report)
    }

    pub fn topic_counts(&self, chain: &[String]) -> Result<BTreeMap<Topic, usize>, LibraryError> {
        let mut counts = BTreeMap::new();
        for summary in self.summaries("1 = 1", &[], chain)? {
            *counts.entry(summary.topic).or_insert(0) += 1;
        }
        Ok(counts)
    }

    /// Articles of a topic, each in the best language of `chain`, by title.
    pub fn articles_in_topic(&self, topic: Topic, chain: &[String]) -> Result<Vec<ArticleSummary>, LibraryError> {
        let mut list = self.summaries("topic = ?", &[topic.as_str()], chain)?;
        list.sort_by_key(|a| a.title.to_lowercase());
        Ok(list)
    }

    fn summaries(&self, filter: &str, args: &[&str], chain: &[String]) -> Result<Vec<ArticleSummary>, LibraryError> {
        let sql = format!("SELECT id, locale, topic, title, summary FROM articles WHERE {filter}");
        let mut stmt = self.conn.prepare_cached(&sql)?;
        let rows = stmt.query_map(rusqlite::params_from_iter(args), |r| {
            Ok(ArticleSummary {
                id: r.get(0)?,
                locale: r.get(1)?,
                topic: Topic::parse(&r.get::<_, String>(2)?).unwrap_or(Topic::Help),
                title: r.get(3)?,
                summary: r.get(4)?,
            })
        })?;
        let mut best: HashMap<String, (usize, ArticleSummary)> = HashMap::new();
        for row in rows {
            let s = row?;
            let Some(rank) = chain.iter().position(|l| *l == s.locale) else { continue };
            match best.get(&s.id) {
                Some((r, _)) if *r <= rank => {}
                _ => {
                    best.insert(s.id.clone(), (rank, s));
                }
            }
        }
        Ok(best.into_values().map(|(_, s)| s).collect())
    }

    /// One article in the best language of `chain`, with its related
    /// articles (those that exist) in their best languages.
    pub fn article(&self, id: &str, chain: &[String]) -> Result<Option<Article>, LibraryError> {
        let Some(locale) = self.best_locale(id, chain)? else { return Ok(None) };
        let row = self.conn.query_row(
            "SELECT topic, title, summary, reviewed, related, sources, html FROM articles WHERE id = ?1 AND locale = ?2",
            params![id, locale],
            |r| {
                Ok((
                    r.get::<_, String>(0)?,
                    r.get::<_, String>(1)?,
                    r.get::<_, String>(2)?,
                    r.get::<_, String>(3)?,
                    r.get::<_, String>(4)?,
                    r.get::<_, String>(5)?,
                    r.get::<_, String>(6)?,
                ))
            },
        )?;
        let (topic, title, summary, reviewed, related, sources, html) = row;
        let related_ids: Vec<String> = serde_json::from_str(&related).unwrap_or_default();
        let mut related = Vec::new();
        for rid in related_ids.iter().filter(|r| *r != id) {
            if let Some(s) = self.summary(rid, chain)? {
                related.push(s);
            }
        }
        Ok(Some(Article {
            id: id.to_string(),
            topic: Topic::parse(&topic).unwrap_or(Topic::Help),
            title,
            summary,
            locale,
            reviewed: reviewed.parse().unwrap_or_default(),
            sources: serde_json::from_str(&sources).unwrap_or_default(),
            html,
            related,
            facts_read: self.oldest_read(&format!("article:{id}"))?,
        }))
    }

    fn oldest_read(&self, subject: &str) -> Result<Option<NaiveDate>, LibraryError> {
        let read: Option<String> = self
            .conn
            .prepare_cached("SELECT min(read) FROM claims WHERE subject = ?1")?
            .query_row([subject], |r| r.get(0))?;
        Ok(read.and_then(|r| r.parse().ok()))
    }

    /// The claims about one directory entry, in the register's order.
    pub fn organisation_claims(&self, id: &str) -> Result<Vec<FieldClaim>, LibraryError> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT field, title, publisher, url, read, published FROM claims WHERE subject = ?1 ORDER BY rowid",
        )?;
        let rows = stmt.query_map([format!("organisation:{id}")], |r| {
            Ok(FieldClaim {
                field: r.get(0)?,
                title: r.get(1)?,
                publisher: r.get(2)?,
                url: r.get(3)?,
                read: r.get::<_, String>(4)?.parse().unwrap_or_default(),
                published: r.get(5)?,
            })
        })?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    fn summary(&self, id: &str, chain: &[String]) -> Result<Option<ArticleSummary>, LibraryError> {
        let Some(locale) = self.best_locale(id, chain)? else { return Ok(None) };
        Ok(self
            .conn
            .prepare_cached("SELECT topic, title, summary FROM articles WHERE id = ?1 AND locale = ?2")?
            .query_row(params![id, locale], |r| {
                Ok(ArticleSummary {
                    id: id.to_string(),
                    topic: Topic::parse(&r.get::<_, String>(0)?).unwrap_or(Topic::Help),
                    title: r.get(1)?,
                    summary: r.get(2)?,
                    locale: locale.clone(),
                })
            })
            .optional()?)
    }

    fn best_locale(&self, id: &str, chain: &[String]) -> Result<Option<String>, LibraryError> {
        let mut stmt = self.conn.prepare_cached("SELECT locale FROM articles WHERE id = ?1")?;
        let locales: Vec<String> = stmt.query_map([id], |r| r.get(0))?.collect::<Result<_, _>>()?;
        Ok(chain.iter().find(|l| locales.contains(l)).cloned())
    }

    /// Full-text search in the languages of `chain` (the reader's first).
    /// Every word is matched as a prefix, so results follow typing; case
    /// and diacritics are ignored. Each article appears once, in the
    /// language it would be shown in.
    ///
    /// Ranking every match with bm25 costs time per match: fine for the
    /// hundreds of articles a library has, too slow for a one-letter query
    /// over ten thousand. So: when fewer than [`RANK_ALL_BELOW`] articles
    /// match, all are ranked (title counts most, then summary, then body);
    /// otherwise the query is still too unspecific for a ranking to mean
    /// much, and results come in tiers (words in the title, then
    /// anywhere), each read only as far as needed. Snippets
    /// are made for the shown results only.
    pub fn search(&self, input: &str, chain: &[String], limit: usize) -> Result<Vec<SearchHit>, LibraryError> {
        let Some(terms) = fts_terms(input) else { return Ok(Vec::new()) };
        if chain.is_empty() || limit == 0 {
            return Ok(Vec::new());
        }
        let all = fts_query(chain, "{title summary body}", &terms);
        let matches: usize = self
            .conn
            .prepare_cached("SELECT count(*) FROM (SELECT 1 FROM articles_fts WHERE articles_fts MATCH ?1 LIMIT ?2)")?
            .query_row(params![all, RANK_ALL_BELOW as i64], |r| r.get::<_, i64>(0))?
            as usize;
        // Each plan is a query and its FTS5 match; rows are read in order
        // until `limit` articles are picked. Snippets are made only for the
        // rows read.
        let snippets = |table: &str, body: Option<usize>, summary: usize, tokens: usize| {
            let body = body.map_or("''".to_string(), |c| {
                format!("snippet({table}, {c}, char(57344), char(57345), '…', {tokens})")
            });
            format!("{body}, snippet({table}, {summary}, char(57344), char(57345), '…', {tokens})")
        };
        let plans: Vec<(String, String)> = if matches < RANK_ALL_BELOW {
            vec![(
                format!(
                    "SELECT id, lang, title, {} FROM articles_fts
                     WHERE articles_fts MATCH ?1 AND rank MATCH 'bm25(0.0, 0.0, 10.0, 4.0, 1.0)'
                     ORDER BY rank",
                    snippets("articles_fts", Some(4), 3, 12)
                ),
                all,
            )]
        } else {
            // Tier one: the words in the title (a small index of its own;
            // the snippet is then the summary); tier two: anywhere, in the
            // order the articles were added.
            vec![
                (
                    format!(
                        "SELECT id, lang, title, {} FROM titles_fts WHERE titles_fts MATCH ?1",
                        snippets("titles_fts", None, 3, 24)
                    ),
                    fts_query(chain, "{title}", &terms),
                ),
                (
                    format!(
                        "SELECT id, lang, title, {} FROM articles_fts WHERE articles_fts MATCH ?1",
                        snippets("articles_fts", Some(4), 3, 12)
                    ),
                    all,
                ),
            ]
        };
        let mut hits = Vec::new();
        let mut seen = std::collections::HashSet::new();
        for (sql, q) in plans {
            let mut stmt = self.conn.prepare_cached(&sql)?;
            let mut rows = stmt.query([&q])?;
            while hits.len() < limit {
                let Some(r) = rows.next()? else { break };
                self.pick(r, chain, &mut seen, &mut hits)?;
            }
        }
        Ok(hits)
    }

    /// Adds the article of a search row (id, lang, title, body snippet,
    /// summary snippet) to `hits` unless it is already there or is shown
    /// in another language of `chain`.
    fn pick(
        &self,
        r: &rusqlite::Row,
        chain: &[String],
        seen: &mut std::collections::HashSet<String>,
        hits: &mut Vec<SearchHit>,
    ) -> Result<(), LibraryError> {
        let (id, lang, title): (String, String, String) = (r.get(0)?, r.get(1)?, r.get(2)?);
        let Some(locale) = chain.iter().find(|l| lang_token(l) == lang) else { return Ok(()) };
        if seen.contains(&id) || self.best_locale(&id, chain)?.as_ref() != Some(locale) {
            return Ok(());
        }
        let topic: String = self
            .conn
            .prepare_cached("SELECT topic FROM articles WHERE id = ?1 AND locale = ?2")?
            .query_row(params![id, locale], |r| r.get(0))?;
        let (body, summary): (String, String) = (r.get(3)?, r.get(4)?);
        // Show where the words were found: the body, else the summary.
        let snippet = if !body.contains(MARK_START) && (summary.contains(MARK_START) || body.is_empty()) {
            summary
        } else {
            body
        };
        seen.insert(id.clone());
        hits.push(SearchHit {
            id,
            topic: Topic::parse(&topic).unwrap_or(Topic::Help),
            title,
            locale: locale.clone(),
            snippet: split_snippet(&snippet),
        });
        Ok(())
    }

    pub fn organisations(&self) -> Result<Vec<Organisation>, LibraryError> {
        let mut stmt = self.conn.prepare_cached("SELECT data FROM organisations ORDER BY id")?;
        let rows = stmt.query_map([], |r| r.get::<_, String>(0))?;
        let mut orgs = Vec::new();
        for json in rows {
            if let Ok(org) = serde_json::from_str(&json?) {
                orgs.push(org);
            }
        }
        Ok(orgs)
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

    /// Locales that have at least one article.
    pub fn article_locales(&self) -> Result<Vec<String>, LibraryError> {
        let mut stmt = self.conn.prepare("SELECT DISTINCT locale FROM articles ORDER BY locale")?;
        let rows = stmt.query_map([], |r| r.get(0))?;
        Ok(rows.collect::<Result<_, _>>()?)
    }
}

fn set_meta(tx: &Transaction, meta: &[(&str, Option<&str>)]) -> Result<(), rusqlite::Error> {
    for (key, value) in meta {
        match value {
            Some(v) => tx.execute("INSERT OR REPLACE INTO meta (key, value) VALUES (?1, ?2)", params![key, v])?,
            None => tx.execute("DELETE FROM meta WHERE key = ?1", [key])?,
        };
    }
    Ok(())
}

fn write_articles(tx: &Transaction, docs: &[ArticleDoc]) -> Result<usize, rusqlite::Error> {
    tx.execute("DELETE FROM articles", [])?;
    tx.execute("DELETE FROM articles_fts", [])?;
    tx.execute("DELETE FROM titles_fts", [])?;
    let mut ins = tx.prepare(
        "INSERT OR REPLACE INTO articles (id, locale, topic, title, summary, reviewed, related, sources, html)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
    )?;
    let mut fts =
        tx.prepare("INSERT INTO articles_fts (id, lang, title, summary, body) VALUES (?1, ?2, ?3, ?4, ?5)")?;
    let mut titles =
        tx.prepare("INSERT INTO titles_fts (rowid, id, lang, title, summary) VALUES (?1, ?2, ?3, ?4, ?5)")?;
    for doc in docs {
        let rendered = render(&doc.body);
        ins.execute(params![
            doc.id,
            doc.locale,
            doc.topic.as_str(),
            doc.title,
            doc.summary,
            doc.reviewed.to_string(),
            serde_json::to_string(&doc.related).expect("strings serialise"),
            serde_json::to_string(&doc.sources).expect("sources serialise"),
            rendered.html,
        ])?;
        fts.execute(params![doc.id, lang_token(&doc.locale), doc.title, doc.summary, rendered.text])?;
        titles.execute(params![tx.last_insert_rowid(), doc.id, lang_token(&doc.locale), doc.title, doc.summary])?;
    }
    tx.execute("INSERT INTO articles_fts(articles_fts) VALUES ('optimize')", [])?;
    tx.execute("INSERT INTO titles_fts(titles_fts) VALUES ('optimize')", [])?;
    Ok(docs.len())
}

/// The language as an FTS5 token: `pt-BR` → `ptbr`.
fn lang_token(locale: &str) -> String {
    locale.chars().filter(|c| c.is_ascii_alphanumeric()).collect::<String>().to_lowercase()
}

/// The words of a search as FTS5 prefix terms (`"soa"* "te"*`), at most
/// eight of 64 characters each; `None` when there is no word. Every word
/// becomes a quoted term, so no FTS5 syntax can be injected.
pub fn fts_terms(input: &str) -> Option<String> {
    let terms: Vec<String> = input
        .split(|c: char| !c.is_alphanumeric())
        .filter(|t| !t.is_empty())
        .take(8)
        .map(|t| format!("\"{}\"*", t.chars().take(64).collect::<String>()))
        .collect();
    (!terms.is_empty()).then(|| terms.join(" "))
}

/// An FTS5 query for `terms` in `columns` (`{title summary}`), limited to
/// the languages of `chain`.
pub fn fts_query(chain: &[String], columns: &str, terms: &str) -> String {
    let langs: Vec<String> = chain.iter().map(|l| format!("\"{}\"", lang_token(l))).collect();
    format!("lang : ({}) AND {columns} : ({terms})", langs.join(" OR "))
}

fn split_snippet(snippet: &str) -> Vec<SnippetPart> {
    let mut parts = Vec::new();
    let mut current = String::new();
    let mut hit = false;
    for c in snippet.chars() {
        if c == MARK_START || c == MARK_END {
            if !current.is_empty() {
                parts.push(SnippetPart { text: std::mem::take(&mut current), hit });
            }
            hit = c == MARK_START;
        } else if c == '\n' {
            current.push(' ');
        } else {
            current.push(c);
        }
    }
    if !current.is_empty() {
        parts.push(SnippetPart { text: current, hit });
    }
    parts
}

fn content_hash(articles: &[SourceFile], data: &[SourceFile]) -> String {
    let mut h = Sha256::new();
    h.update(SCHEMA_VERSION.to_le_bytes());
    for f in articles.iter().chain(data) {
        h.update((f.path.len() as u64).to_le_bytes());
        h.update(f.path.as_bytes());
        h.update((f.text.len() as u64).to_le_bytes());
        h.update(f.text.as_bytes());
    }
    h.finalize().iter().map(|b| format!("{b:02x}")).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn article(locale: &str, id: &str, topic: &str, title: &str, body: &str) -> (String, String) {
        (
            format!("{locale}/{topic}/{id}.md"),
            format!(
                "+++\nid = \"{id}\"\ntopic = \"{topic}\"\ntitle = \"{title}\"\nsummary = \"Samenvatting {title}\"\nreviewed = 2026-11-22\nrelated = [\"other\", \"missing\"]\n\n[[sources]]\ntitle = \"GGD\"\nurl = \"https://www.ggd.nl/\"\n+++\n{body}\n"
            ),
        )
    }

    fn library(files: &[(String, String)]) -> Library {
        let mut lib = Library::open_in_memory().unwrap();
        let src: Vec<SourceFile> = files.iter().map(|(p, t)| SourceFile { path: p, text: t }).collect();
        let report = lib.import(&src, &[]).unwrap();
        assert!(report.changed);
        lib
    }

    fn chain(l: &[&str]) -> Vec<String> {
        l.iter().map(|s| s.to_string()).collect()
    }

    fn corpus() -> Vec<(String, String)> {
        vec![
            article(
                "nl",
                "sti",
                "health",
                "Gratis soa-test bij de GGD",
                "Je kunt je anoniem laten testen op soa. Het is gratis.",
            ),
            article(
                "en",
                "sti",
                "health",
                "Free STI test at the GGD",
                "You can get tested for STIs anonymously. It is free.",
            ),
            article(
                "nl",
                "other",
                "money",
                "Inschrijven bij de KvK",
                "De Kamer van Koophandel en je BSN. Café-eigenaren ook.",
            ),
            article("en", "only-en", "safety", "Working safely", "Tell someone where you are."),
        ]
    }

    #[test]
    fn an_applied_bundle_survives_restarts_until_an_app_update_ships_new_content() {
        let shipped = corpus();
        let src = |files: &[(String, String)]| -> Vec<(String, String)> { files.to_vec() };
        let as_files = |files: &[(String, String)]| {
            files
                .iter()
                .map(|(p, t)| huiskamer_protocol::bundle::BundleFile { path: p.clone(), text: t.clone() })
                .collect()
        };
        let title = |lib: &Library| lib.article("sti", &chain(&["en"])).unwrap().unwrap().title;
        let mut lib = Library::open_in_memory().unwrap();
        let import = |lib: &mut Library, files: &[(String, String)]| {
            let s: Vec<SourceFile> = files.iter().map(|(p, t)| SourceFile { path: p, text: t }).collect();
            lib.import_shipped(&s, &[]).unwrap()
        };
        import(&mut lib, &shipped);
        assert_eq!(title(&lib), "Free STI test at the GGD");
        assert_eq!((lib.installed_bundle().unwrap(), lib.bundle_floor().unwrap()), (None, None));

        let mut newer = src(&shipped);
        newer[1] = article("en", "sti", "health", "Free STI test, now also on Saturdays", "Updated.");
        let bundle =
            huiskamer_protocol::bundle::Bundle { format: 1, version: 5, articles: as_files(&newer), data: vec![] };
        lib.apply_bundle(&bundle).unwrap();
        assert_eq!(title(&lib), "Free STI test, now also on Saturdays");
        // A restart imports the same shipped content: the bundle stays.
        assert!(!import(&mut lib, &shipped).changed);
        assert_eq!(title(&lib), "Free STI test, now also on Saturdays");
        assert_eq!((lib.installed_bundle().unwrap(), lib.bundle_floor().unwrap()), (Some(5), Some(5)));

        // An app update ships other content: it replaces the bundle, and the
        // same bundle may come back with the next sync, but no older one.
        let mut updated = src(&shipped);
        updated[1] = article("en", "sti", "health", "Free STI test (app update)", "Shipped.");
        assert!(import(&mut lib, &updated).changed);
        assert_eq!(title(&lib), "Free STI test (app update)");
        assert_eq!((lib.installed_bundle().unwrap(), lib.bundle_floor().unwrap()), (None, Some(4)));
    }

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

    #[test]
    fn search_matches_prefixes_without_case_or_diacritics() {
        let lib = library(&corpus());
        let nl = chain(&["nl", "en"]);
        let hits = lib.search("anon", &nl, 10).unwrap();
        assert_eq!(hits.len(), 1);
        assert_eq!(hits[0].id, "sti");
        assert_eq!(hits[0].locale, "nl");
        assert!(hits[0].snippet.iter().any(|p| p.hit && p.text == "anoniem"), "{:?}", hits[0].snippet);
        // "cafe" finds "Café", "SOA" finds "soa".
        assert_eq!(lib.search("cafe", &nl, 10).unwrap()[0].id, "other");
        assert_eq!(lib.search("SOA", &nl, 10).unwrap()[0].id, "sti");
    }

    #[test]
    fn search_is_in_the_readers_language_with_fallback_for_missing_articles() {
        let lib = library(&corpus());
        // Dutch reader: the English text of "sti" is not searched, because a Dutch one exists.
        assert!(lib.search("anonymously", &chain(&["nl", "en"]), 10).unwrap().is_empty());
        // But an article that exists only in English is found, shown in English.
        let hits = lib.search("someone", &chain(&["nl", "en"]), 10).unwrap();
        assert_eq!((hits[0].id.as_str(), hits[0].locale.as_str()), ("only-en", "en"));
    }

    #[test]
    fn search_ranks_title_over_body_both_for_few_and_for_very_many_matches() {
        // Few matches: all ranked; the title match comes first even though
        // the body match repeats the word.
        let few = vec![
            article("nl", "body", "health", "Iets anders", "condoom condoom condoom condoom in de tekst."),
            article("nl", "title", "health", "Het condoom", "Een tekst."),
        ];
        let hits = library(&few).search("cond", &chain(&["nl"]), 10).unwrap();
        assert_eq!(hits.iter().map(|h| h.id.as_str()).collect::<Vec<_>>(), ["title", "body"]);

        // More matches than are ranked: the tiers still put the articles
        // with the word in the title first, every hit once, each with a snippet.
        let n = RANK_ALL_BELOW + 50;
        let many: Vec<_> = (0..n)
            .map(|i| {
                let title = if i % 100 == 99 { format!("Condoom {i}") } else { format!("Artikel {i}") };
                article("nl", &format!("a{i}"), "health", &title, "Over het condoom en de test.")
            })
            .collect();
        let lib = library(&many);
        let hits = lib.search("condo", &chain(&["nl", "en"]), 30).unwrap();
        assert_eq!(hits.len(), 30);
        let first: Vec<&str> = hits[..3].iter().map(|h| h.id.as_str()).collect();
        assert_eq!(first, ["a99", "a199", "a299"]);
        let ids: std::collections::HashSet<_> = hits.iter().map(|h| &h.id).collect();
        assert_eq!(ids.len(), 30, "no article twice");
        // Title matches show their summary; the others where the word is.
        assert!(
            hits[..3].iter().all(|h| h.snippet.iter().map(|p| p.text.as_str()).collect::<String>()
                == format!("Samenvatting {}", h.title)),
            "{:?}",
            hits[0].snippet
        );
        assert!(
            hits[3..].iter().all(|h| h.snippet.iter().any(|p| p.hit && p.text == "condoom")),
            "{:?}",
            hits[5].snippet
        );
    }

    #[test]
    fn search_input_cannot_inject_fts_syntax() {
        let lib = library(&corpus());
        for input in ["\"", "NEAR(a b)", "title:x", "a OR", "*", "-", "(((", "' OR 1=1 --"] {
            assert!(lib.search(input, &chain(&["nl"]), 10).is_ok(), "{input}");
        }
        assert!(lib.search("   ", &chain(&["nl"]), 10).unwrap().is_empty());
    }

    #[test]
    fn article_falls_back_and_skips_missing_related() {
        let lib = library(&corpus());
        let a = lib.article("only-en", &chain(&["nl", "en"])).unwrap().unwrap();
        assert_eq!(a.locale, "en");
        let a = lib.article("sti", &chain(&["nl", "en"])).unwrap().unwrap();
        assert_eq!(a.locale, "nl");
        assert_eq!(a.title, "Gratis soa-test bij de GGD");
        assert_eq!(a.related.iter().map(|r| r.id.as_str()).collect::<Vec<_>>(), vec!["other"]);
        assert!(lib.article("nope", &chain(&["nl"])).unwrap().is_none());
    }

    #[test]
    fn topics_count_articles_in_any_language_of_the_chain() {
        let lib = library(&corpus());
        let counts = lib.topic_counts(&chain(&["nl", "en"])).unwrap();
        assert_eq!(counts.get(&Topic::Health), Some(&1));
        assert_eq!(counts.get(&Topic::Safety), Some(&1));
        assert_eq!(counts.get(&Topic::Money), Some(&1));
        let only_nl = lib.topic_counts(&chain(&["nl"])).unwrap();
        assert_eq!(only_nl.get(&Topic::Safety), None);
    }

    #[test]
    fn a_malformed_file_is_skipped_and_the_rest_imported() {
        let mut files = corpus();
        files.push(("nl/health/broken.md".into(), "+++\nid = \"broken\"\n".into()));
        let lib = library(&files);
        assert!(lib.article("sti", &chain(&["nl"])).unwrap().is_some());
        let mut lib2 = Library::open_in_memory().unwrap();
        let src: Vec<SourceFile> = files.iter().map(|(p, t)| SourceFile { path: p, text: t }).collect();
        let report = lib2.import(&src, &[]).unwrap();
        assert_eq!(report.articles, 4);
        assert_eq!(report.skipped.len(), 1);
        assert_eq!(report.skipped[0].path(), "nl/health/broken.md");
    }

    #[test]
    fn import_is_skipped_when_content_is_unchanged_and_redone_on_change() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("library.sqlite");
        let files = corpus();
        let src: Vec<SourceFile> = files.iter().map(|(p, t)| SourceFile { path: p, text: t }).collect();
        assert!(Library::open(&path).unwrap().import(&src, &[]).unwrap().changed);
        let mut lib = Library::open(&path).unwrap();
        assert!(!lib.import(&src, &[]).unwrap().changed);
        let mut changed = files.clone();
        changed[0].1 = changed[0].1.replace("Gratis soa-test", "Gratis test");
        let src: Vec<SourceFile> = changed.iter().map(|(p, t)| SourceFile { path: p, text: t }).collect();
        assert!(lib.import(&src, &[]).unwrap().changed);
        assert_eq!(lib.article("sti", &chain(&["nl"])).unwrap().unwrap().title, "Gratis test bij de GGD");
    }
}
