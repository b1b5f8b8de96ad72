//! What the screens read from the library: topics, articles in the best
//! language of the reader's chain, the directory and the claims behind it.

use std::collections::{BTreeMap, HashMap};

use chrono::NaiveDate;
use huiskamer_protocol::{Organisation, Source, Topic};
use rusqlite::{params, OptionalExtension};
use serde::Serialize;

use super::{Library, LibraryError};

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

impl Library {
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

    pub(super) fn best_locale(&self, id: &str, chain: &[String]) -> Result<Option<String>, LibraryError> {
        let mut stmt = self.conn.prepare_cached("SELECT locale FROM articles WHERE id = ?1")?;
        let locales: Vec<String> = stmt.query_map([id], |r| r.get(0))?.collect::<Result<_, _>>()?;
        Ok(chain.iter().find(|l| locales.contains(l)).cloned())
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

    /// Locales that have at least one article.
    pub fn article_locales(&self) -> Result<Vec<String>, LibraryError> {
        let mut stmt = self.conn.prepare("SELECT DISTINCT locale FROM articles ORDER BY locale")?;
        let rows = stmt.query_map([], |r| r.get(0))?;
        Ok(rows.collect::<Result<_, _>>()?)
    }
}

#[cfg(test)]
mod tests {
    use super::super::fixtures::{chain, corpus, library};
    use super::*;

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
}
