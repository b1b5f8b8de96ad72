//! Parsing of article files: `+++` TOML front matter, then Markdown.

use chrono::NaiveDate;
use huiskamer_protocol::{ArticleDoc, Source, Topic};
use serde::Deserialize;

/// Why an article file was refused. Every variant names the line, so an
/// editor can find the mistake; none carries article text.
#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum ParseError {
    #[error("{path}: the path must be <locale>/<topic>/<slug>.md")]
    BadPath { path: String },
    #[error("{path}:1: the file must start with a `+++` line")]
    NoFrontMatter { path: String },
    #[error("{path}: the front matter has no closing `+++` line")]
    UnclosedFrontMatter { path: String },
    #[error("{path}:{line}: front matter: {message}")]
    Toml { path: String, line: usize, message: String },
    #[error("{path}:{line}: {message}")]
    Invalid { path: String, line: usize, message: String },
}

impl ParseError {
    pub fn path(&self) -> &str {
        match self {
            ParseError::BadPath { path }
            | ParseError::NoFrontMatter { path }
            | ParseError::UnclosedFrontMatter { path }
            | ParseError::Toml { path, .. }
            | ParseError::Invalid { path, .. } => path,
        }
    }
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct FrontMatter {
    id: String,
    topic: String,
    title: String,
    summary: String,
    reviewed: toml::value::Datetime,
    #[serde(default)]
    related: Vec<String>,
    #[serde(default)]
    sources: Vec<RawSource>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawSource {
    title: String,
    url: String,
}

pub fn is_valid_id(id: &str) -> bool {
    !id.is_empty()
        && id.len() <= 80
        && id.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
        && !id.starts_with('-')
        && !id.ends_with('-')
}

/// A locale tag as used for folder names: `nl`, `en`, `pt-BR`.
pub fn is_valid_locale(tag: &str) -> bool {
    tag.parse::<unic_langid::LanguageIdentifier>().is_ok()
        && !tag.is_empty()
        && tag.len() <= 16
        && tag.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-')
}

/// Parses one article file. `path` is relative to the content root
/// (`nl/health/health-sti-testing.md`); it decides locale and topic folder.
pub fn parse_article(path: &str, text: &str) -> Result<ArticleDoc, ParseError> {
    let parts: Vec<&str> = path.split('/').collect();
    let [locale, topic_dir, file] = parts.as_slice() else {
        return Err(ParseError::BadPath { path: path.into() });
    };
    if !file.ends_with(".md") || !is_valid_locale(locale) {
        return Err(ParseError::BadPath { path: path.into() });
    }
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let mut lines = text.split_inclusive('\n');
    if lines.next().map(str::trim_end) != Some("+++") {
        return Err(ParseError::NoFrontMatter { path: path.into() });
    }
    let mut front = String::new();
    let mut consumed = 4; // "+++\n"
    let mut closed = false;
    let mut front_lines = 0;
    for line in lines.by_ref() {
        consumed += line.len();
        if line.trim_end() == "+++" {
            closed = true;
            break;
        }
        front.push_str(line);
        front_lines += 1;
    }
    if !closed {
        return Err(ParseError::UnclosedFrontMatter { path: path.into() });
    }
    let body = text.get(consumed.min(text.len())..).unwrap_or("").trim().to_string();
    let body_line = front_lines + 3;

    let fm: FrontMatter = toml::from_str(&front).map_err(|e| {
        let line = e.span().map(|s| front[..s.start.min(front.len())].matches('\n').count() + 2).unwrap_or(1);
        ParseError::Toml { path: path.into(), line, message: e.message().to_string() }
    })?;
    // Line of a front-matter key, for messages about its value.
    let line_of = |key: &str| front.lines().position(|l| l.trim_start().starts_with(key)).map(|i| i + 2).unwrap_or(1);
    let invalid = |key: &str, message: String| ParseError::Invalid { path: path.into(), line: line_of(key), message };

    if !is_valid_id(&fm.id) {
        return Err(invalid("id", format!("id {:?} must be lowercase letters, digits and dashes", fm.id)));
    }
    let topic = Topic::parse(&fm.topic).ok_or_else(|| invalid("topic", format!("unknown topic {:?}", fm.topic)))?;
    if topic.as_str() != *topic_dir {
        return Err(invalid("topic", format!("topic {:?} but the file is in folder {topic_dir:?}", fm.topic)));
    }
    if fm.title.trim().is_empty() {
        return Err(invalid("title", "title is empty".into()));
    }
    if fm.summary.trim().is_empty() {
        return Err(invalid("summary", "summary is empty".into()));
    }
    let reviewed = fm
        .reviewed
        .date
        .filter(|_| fm.reviewed.time.is_none())
        .and_then(|d| NaiveDate::from_ymd_opt(d.year.into(), d.month.into(), d.day.into()))
        .ok_or_else(|| invalid("reviewed", "reviewed must be a date like 2026-11-22".into()))?;
    if fm.sources.is_empty() {
        return Err(invalid("[[sources]]", "an article needs at least one source".into()));
    }
    for s in &fm.sources {
        if s.title.trim().is_empty() || !is_https_url(&s.url) {
            return Err(invalid("[[sources]]", format!("source {:?} needs a title and an https:// address", s.title)));
        }
    }
    if let Some(bad) = fm.related.iter().find(|r| !is_valid_id(r)) {
        return Err(invalid("related", format!("related id {bad:?} is not a valid id")));
    }
    if body.is_empty() {
        return Err(ParseError::Invalid {
            path: path.into(),
            line: body_line,
            message: "the article has no text".into(),
        });
    }

    Ok(ArticleDoc {
        id: fm.id,
        locale: (*locale).to_string(),
        topic,
        title: fm.title.trim().to_string(),
        summary: fm.summary.trim().to_string(),
        reviewed,
        related: fm.related,
        sources: fm.sources.into_iter().map(|s| Source { title: s.title, url: s.url }).collect(),
        body,
    })
}

/// An absolute `https://` address with a host and no spaces or quotes.
pub fn is_https_url(url: &str) -> bool {
    let Some(rest) = url.strip_prefix("https://") else { return false };
    let host = rest.split(['/', '?', '#']).next().unwrap_or("");
    !host.is_empty()
        && host.contains('.')
        && url.len() <= 2000
        && !url.chars().any(|c| c.is_whitespace() || c.is_control() || matches!(c, '"' | '<' | '>' | '\\' | '`'))
}

#[cfg(test)]
mod tests {
    use super::*;

    const GOOD: &str = "+++\nid = \"a-b\"\ntopic = \"health\"\ntitle = \"T\"\nsummary = \"S\"\nreviewed = 2026-11-22\nrelated = [\"c\"]\n\n[[sources]]\ntitle = \"GGD\"\nurl = \"https://www.ggd.nl/\"\n+++\n\nBody text.\n";

    #[test]
    fn parses_a_complete_article() {
        let a = parse_article("nl/health/a-b.md", GOOD).unwrap();
        assert_eq!(a.id, "a-b");
        assert_eq!(a.locale, "nl");
        assert_eq!(a.topic, Topic::Health);
        assert_eq!(a.reviewed, NaiveDate::from_ymd_opt(2026, 11, 22).unwrap());
        assert_eq!(a.body, "Body text.");
        assert_eq!(a.sources[0].url, "https://www.ggd.nl/");
    }

    #[test]
    fn names_file_and_line_of_a_toml_error() {
        let bad = GOOD.replace("summary = \"S\"", "summary = S");
        let err = parse_article("nl/health/a-b.md", &bad).unwrap_err();
        let msg = err.to_string();
        assert!(msg.starts_with("nl/health/a-b.md:5:"), "{msg}");
    }

    #[test]
    fn refuses_topic_outside_its_folder() {
        let err = parse_article("nl/money/a-b.md", GOOD).unwrap_err();
        assert!(err.to_string().contains("folder \"money\""), "{err}");
        assert!(err.to_string().starts_with("nl/money/a-b.md:3:"), "{err}");
    }

    #[test]
    fn refuses_sources_without_https_address() {
        let bad = GOOD.replace("https://www.ggd.nl/", "http://www.ggd.nl/");
        assert!(matches!(parse_article("nl/health/a-b.md", &bad), Err(ParseError::Invalid { .. })));
        let bad = GOOD.replace("https://www.ggd.nl/", "");
        assert!(parse_article("nl/health/a-b.md", &bad).is_err());
    }

    #[test]
    fn refuses_missing_or_unclosed_front_matter() {
        assert_eq!(
            parse_article("nl/health/x.md", "just text"),
            Err(ParseError::NoFrontMatter { path: "nl/health/x.md".into() })
        );
        assert!(matches!(
            parse_article("nl/health/x.md", "+++\nid = \"x\"\n"),
            Err(ParseError::UnclosedFrontMatter { .. })
        ));
        assert!(matches!(parse_article("health/x.md", GOOD), Err(ParseError::BadPath { .. })));
    }

    #[test]
    fn refuses_unknown_keys_and_bad_dates() {
        let bad = GOOD.replace("title = \"T\"", "title = \"T\"\nauthor = \"me\"");
        assert!(parse_article("nl/health/a-b.md", &bad).unwrap_err().to_string().contains("author"));
        let bad = GOOD.replace("2026-11-22", "\"yesterday\"");
        assert!(parse_article("nl/health/a-b.md", &bad).is_err());
    }

    #[test]
    fn https_url_check() {
        assert!(is_https_url("https://www.kvk.nl/"));
        assert!(!is_https_url("https://"));
        assert!(!is_https_url("javascript:alert(1)"));
        assert!(!is_https_url("https://a.nl/\"onclick"));
    }
}
