//! Checks on the shipped information library and UI strings, read from the
//! repository's files. A failure names the file and, where it can, the line.

use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::path::{Path, PathBuf};

use huiskamer_core::content::{parse_article, render, store::parse_directory};
use huiskamer_core::i18n::{message_ids, parse_ftl};
use huiskamer_protocol::{ArticleDoc, Topic};

/// Locales whose article library must be complete (every article present).
const COMPLETE_LOCALES: [&str; 2] = ["nl", "en"];
const MIN_ARTICLES: usize = 12;
/// Plain language: the longest average sentence length (in words) we accept
/// for an article. CEFR A2-B1 texts average well under 15 words.
const MAX_AVG_SENTENCE_WORDS: f64 = 15.0;

fn repo() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("..")
}

fn files(dir: &Path, ext: &str) -> Vec<PathBuf> {
    let mut out = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        for e in fs::read_dir(&d).unwrap().flatten() {
            let p = e.path();
            if p.is_dir() {
                stack.push(p);
            } else if p.extension().and_then(|x| x.to_str()) == Some(ext) {
                out.push(p);
            }
        }
    }
    out.sort();
    out
}

fn rel(root: &Path, p: &Path) -> String {
    p.strip_prefix(root).unwrap().to_string_lossy().replace('\\', "/")
}

fn article_path(d: &ArticleDoc) -> String {
    format!("content/{}/{}/{}.md", d.locale, d.topic.as_str(), d.id)
}

fn articles() -> Vec<ArticleDoc> {
    let root = repo().join("content");
    let mut docs = Vec::new();
    let mut errors = Vec::new();
    for p in files(&root, "md") {
        let path = rel(&root, &p);
        if !path.contains('/') {
            continue; // content/README.md
        }
        match parse_article(&path, &fs::read_to_string(&p).unwrap()) {
            Ok(d) => {
                if !path.ends_with(&format!("/{}.md", d.id)) {
                    errors.push(format!("content/{path}: file name does not match id {:?}", d.id));
                }
                docs.push(d)
            }
            Err(e) => errors.push(format!("content/{e}")),
        }
    }
    assert!(errors.is_empty(), "malformed articles:\n{}", errors.join("\n"));
    docs
}

#[test]
fn every_article_parses_with_complete_front_matter() {
    assert!(!articles().is_empty());
}

#[test]
fn dutch_and_english_are_complete_with_every_topic() {
    let docs = articles();
    let all: BTreeSet<&str> = docs.iter().map(|d| d.id.as_str()).collect();
    for l in COMPLETE_LOCALES {
        let have: BTreeSet<&str> = docs.iter().filter(|d| d.locale == l).map(|d| d.id.as_str()).collect();
        let missing: Vec<_> = all.difference(&have).collect();
        assert!(missing.is_empty(), "content/{l} lacks translations of: {missing:?}");
        assert!(have.len() >= MIN_ARTICLES, "content/{l} has {} articles, want at least {MIN_ARTICLES}", have.len());
        for t in Topic::ALL {
            assert!(
                docs.iter().any(|d| d.locale == l && d.topic == t),
                "content/{l} has no article in topic {}",
                t.as_str()
            );
        }
    }
}

#[test]
fn translations_agree_on_topic_related_and_sources() {
    let docs = articles();
    let mut by_id: BTreeMap<&str, Vec<&ArticleDoc>> = BTreeMap::new();
    for d in &docs {
        by_id.entry(&d.id).or_default().push(d);
    }
    let mut problems = Vec::new();
    for group in by_id.values() {
        let first = group[0];
        for d in &group[1..] {
            let here = article_path(d);
            if d.topic != first.topic {
                problems.push(format!("{here}: topic differs from {}", article_path(first)));
            }
            let (a, b): (BTreeSet<_>, BTreeSet<_>) = (d.related.iter().collect(), first.related.iter().collect());
            if a != b {
                problems.push(format!("{here}: related differs from {}", article_path(first)));
            }
            let a: Vec<_> = d.sources.iter().map(|s| &s.url).collect();
            let b: Vec<_> = first.sources.iter().map(|s| &s.url).collect();
            if a != b {
                problems.push(format!("{here}: source addresses differ from {}", article_path(first)));
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn every_internal_link_and_related_id_resolves() {
    let docs = articles();
    let ids: BTreeSet<&str> = docs.iter().map(|d| d.id.as_str()).collect();
    let mut problems = Vec::new();
    for d in &docs {
        let here = article_path(d);
        for r in &d.related {
            if !ids.contains(r.as_str()) {
                problems.push(format!("{here}: related {r:?} does not exist"));
            }
            if r == &d.id {
                problems.push(format!("{here}: related to itself"));
            }
        }
        for link in render(&d.body).internal_links {
            if !ids.contains(link.as_str()) {
                problems.push(format!("{here}: link /article/{link} does not exist"));
            }
        }
        // Links the renderer would drop are mistakes in the source.
        for (i, line) in d.body.lines().enumerate() {
            for part in line.split("](").skip(1) {
                let target = part.split(')').next().unwrap_or("");
                if !(target.starts_with("/article/") || target.starts_with("https://")) {
                    problems.push(format!("{here}: body line {}: link {target:?} is neither /article/<id> nor https://", i + 1));
                }
            }
            if line.contains("![") || (line.contains('<') && line.contains('>')) {
                problems.push(format!("{here}: body line {}: images and raw HTML are not shown by the app", i + 1));
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

fn avg_sentence_words(text: &str) -> f64 {
    let sentences: Vec<&str> = text
        .split(['.', '!', '?', ':', ';', '\n'])
        .map(str::trim)
        .filter(|s| s.split_whitespace().count() >= 2)
        .collect();
    if sentences.is_empty() {
        return 0.0;
    }
    let words: usize = sentences.iter().map(|s| s.split_whitespace().count()).sum();
    words as f64 / sentences.len() as f64
}

#[test]
fn articles_are_written_in_short_sentences() {
    let mut problems = Vec::new();
    for d in articles() {
        let avg = avg_sentence_words(&render(&d.body).text);
        if avg > MAX_AVG_SENTENCE_WORDS {
            problems.push(format!(
                "{}: average sentence is {avg:.1} words (limit {MAX_AVG_SENTENCE_WORDS})",
                article_path(&d)
            ));
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

type Messages = BTreeMap<String, (BTreeSet<String>, Vec<String>)>;

fn ftl_locales() -> Messages {
    let root = repo().join("i18n");
    let mut locales = Messages::new();
    for p in files(&root, "ftl") {
        let path = rel(&root, &p);
        let locale = path.split('/').next().unwrap().to_string();
        let text = fs::read_to_string(&p).unwrap();
        let (res, errors) = parse_ftl(&format!("i18n/{path}"), &text);
        let entry = locales.entry(locale).or_default();
        for e in errors {
            entry.1.push(format!("syntax error at {e}"));
        }
        for id in message_ids(&res) {
            if !entry.0.insert(id.clone()) {
                entry.1.push(format!("i18n/{path}: message {id} is defined twice in this locale"));
            }
        }
    }
    locales
}

#[test]
fn every_ftl_file_parses_and_defines_each_message_once() {
    let problems: Vec<String> = ftl_locales().into_values().flat_map(|(_, p)| p).collect();
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn every_locale_has_every_english_message() {
    let locales = ftl_locales();
    let en = &locales.get("en").expect("English strings exist").0;
    let mut problems = Vec::new();
    for (locale, (ids, _)) in &locales {
        for id in en.difference(ids) {
            problems.push(format!("i18n/{locale}: missing message {id}"));
        }
        for id in ids.difference(en) {
            problems.push(format!("i18n/{locale}: message {id} is not in English (typo or stale?)"));
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn directory_is_valid_and_every_service_has_a_name() {
    let path = repo().join("content/organisations.toml");
    let orgs = parse_directory(&fs::read_to_string(path).unwrap())
        .unwrap_or_else(|e| panic!("content/organisations.toml: {e}"));
    let en = ftl_locales().remove("en").unwrap().0;
    for o in &orgs {
        for s in &o.services {
            assert!(en.contains(&format!("service-{s}")), "organisation {}: service {s:?} has no message service-{s}", o.id);
        }
        for l in COMPLETE_LOCALES {
            assert!(o.description.contains_key(l), "organisation {}: no description in {l}", o.id);
            if !o.caveat.is_empty() {
                assert!(o.caveat.contains_key(l), "organisation {}: no caveat in {l}", o.id);
            }
        }
    }
    for city in ["Groningen", "Deventer", "national"] {
        assert!(orgs.iter().any(|o| o.city == city), "no entry for {city}");
    }
}
