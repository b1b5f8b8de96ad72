//! Full-text search (FTS5) in the reader's languages, with highlighted
//! snippets.

use huiskamer_protocol::Topic;
use rusqlite::params;
use serde::Serialize;

use super::{Library, LibraryError};

/// Highlight markers inside search snippets (Unicode private use, never in content).
const MARK_START: char = '\u{E000}';
const MARK_END: char = '\u{E001}';

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

impl Library {
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
}

/// The language as an FTS5 token: `pt-BR` → `ptbr`.
pub(super) fn lang_token(locale: &str) -> String {
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

#[cfg(test)]
mod tests {
    use super::super::fixtures::{article, chain, corpus, library};
    use super::*;

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
}
