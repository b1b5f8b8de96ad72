//! Content going into the library: the content shipped inside the app and
//! signed bundles from the partner server, each imported in one
//! transaction.

use huiskamer_protocol::{ArticleDoc, Organisation};
use rusqlite::{params, OptionalExtension, Transaction};
use sha2::{Digest, Sha256};

use super::schema::SCHEMA_VERSION;
use super::search::lang_token;
use super::{parse_directory, Library, LibraryError};
use crate::content::parse::{parse_article, ParseError};
use crate::content::render::render;

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

impl Library {
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

    /// Applies a verified content bundle ([`crate::content::bundle::verify`]) in one
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
        let mut claims: Option<Vec<crate::content::claims::Claim>> = Some(Vec::new());
        for file in data.iter().filter(|f| crate::content::claims::is_claims_path(f.path)) {
            match crate::content::claims::parse_claims(file.text) {
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
    use super::super::fixtures::{article, chain, corpus, library};
    use super::*;

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
