//! Checks on the shipped information library and UI strings, read from the
//! repository's files. A failure names the file and, where it can, the line.

use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::path::{Path, PathBuf};

use huiskamer_core::content::claims::{self, Claim};
use huiskamer_core::content::render as render_mod;
use huiskamer_core::content::{parse_article, render, store::parse_directory};
use huiskamer_core::i18n::{message_ids, parse_ftl};
use huiskamer_protocol::{ArticleDoc, Topic};

/// Every locale the app ships. Each must be complete: every UI message, every
/// article, every directory description.
const LOCALES: [&str; 11] = ["nl", "en", "ro", "bg", "hu", "pl", "es", "pt-BR", "th", "uk", "ar"];
const MIN_ARTICLES: usize = 28;
/// The directory covers the country, not two cities.
const MIN_ORGANISATIONS: usize = 60;

/// Plain language: the longest average sentence we accept in an article, per
/// language. CEFR A2-B1 texts average well under 15 words in English.
/// Languages that glue articles and prepositions to words (Hungarian, Polish,
/// Ukrainian, Arabic) use fewer words for the same sentence; Romance
/// languages use a few more. Thai writes no spaces between words, only
/// between phrases and sentences: there the measure is characters per
/// space-separated phrase.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Limit {
    Words(f64),
    Chars(f64),
}

fn readability_limit(locale: &str) -> Limit {
    match locale {
        "th" => Limit::Chars(60.0),
        "es" | "pt-BR" | "ro" => Limit::Words(17.0),
        "bg" => Limit::Words(16.0),
        "hu" | "pl" | "uk" | "ar" => Limit::Words(14.0),
        _ => Limit::Words(15.0),
    }
}

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
fn every_locale_has_every_article_in_every_topic() {
    let docs = articles();
    let all: BTreeSet<&str> = docs.iter().map(|d| d.id.as_str()).collect();
    for d in &docs {
        assert!(LOCALES.contains(&d.locale.as_str()), "{}: locale {} is not shipped", article_path(d), d.locale);
    }
    let mut problems = Vec::new();
    for l in LOCALES {
        let have: BTreeSet<&str> = docs.iter().filter(|d| d.locale == l).map(|d| d.id.as_str()).collect();
        let missing: Vec<_> = all.difference(&have).collect();
        if !missing.is_empty() {
            problems.push(format!("content/{l} lacks translations of: {missing:?}"));
        }
        if have.len() < MIN_ARTICLES {
            problems.push(format!("content/{l} has {} articles, want at least {MIN_ARTICLES}", have.len()));
        }
        for t in Topic::ALL {
            if !docs.iter().any(|d| d.locale == l && d.topic == t) {
                problems.push(format!("content/{l} has no article in topic {}", t.as_str()));
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn translations_agree_on_front_matter() {
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
            if d.reviewed != first.reviewed {
                problems.push(format!(
                    "{here}: reviewed {} differs from {} in {}",
                    d.reviewed,
                    first.reviewed,
                    article_path(first)
                ));
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
                if !(target.starts_with("/article/")
                    || target.starts_with("https://")
                    || target == render_mod::DIARY_INCIDENT)
                {
                    problems.push(format!(
                        "{here}: body line {}: link {target:?} is neither /article/<id>, {} nor https://",
                        i + 1,
                        render_mod::DIARY_INCIDENT
                    ));
                }
            }
            if line.contains("![") || (line.contains('<') && line.contains('>')) {
                problems.push(format!("{here}: body line {}: images and raw HTML are not shown by the app", i + 1));
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

/// Sentence ends in the shipped scripts: Latin, Cyrillic, Arabic (؟ ؛ ۔), Thai
/// (which ends sentences with a space; see `avg_sentence_len`).
const SENTENCE_ENDS: [char; 9] = ['.', '!', '?', ':', ';', '\n', '؟', '؛', '۔'];

/// The average sentence length in `limit`'s unit; sentences of one word
/// (headings like "Photos", list labels) do not count.
fn avg_sentence_len(text: &str, limit: Limit) -> f64 {
    let lens: Vec<usize> = match limit {
        Limit::Words(_) => {
            text.split(SENTENCE_ENDS).map(|s| s.split_whitespace().count()).filter(|&n| n >= 2).collect()
        }
        Limit::Chars(_) => text
            .split(SENTENCE_ENDS)
            .flat_map(|s| s.split_whitespace())
            .map(|p| p.chars().count())
            .filter(|&n| n >= 2)
            .collect(),
    };
    if lens.is_empty() {
        return 0.0;
    }
    lens.iter().sum::<usize>() as f64 / lens.len() as f64
}

#[test]
fn sentence_length_measures_words_or_thai_phrases() {
    let en = "You can get help. The GGD tests for free!\nPhotos";
    assert_eq!(avg_sentence_len(en, Limit::Words(15.0)), 4.5);
    let th = "ตรวจฟรี ไม่ต้องบอกชื่อ";
    assert_eq!(avg_sentence_len(th, Limit::Chars(60.0)), 10.5);
    assert_eq!(avg_sentence_len("هل تحتاج مساعدة؟ اتصل بنا", Limit::Words(14.0)), 2.5);
}

#[test]
fn articles_are_written_in_short_sentences() {
    let mut problems = Vec::new();
    for d in articles() {
        let limit = readability_limit(&d.locale);
        let avg = avg_sentence_len(&render(&d.body).text, limit);
        let (max, unit) = match limit {
            Limit::Words(n) => (n, "words"),
            Limit::Chars(n) => (n, "characters per phrase"),
        };
        if avg > max {
            problems.push(format!("{}: average sentence is {avg:.1} {unit} (limit {max})", article_path(&d)));
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
    let orgs = directory();
    let en = ftl_locales().remove("en").unwrap().0;
    let mut problems = Vec::new();
    for o in &orgs {
        for s in &o.services {
            if !en.contains(&format!("service-{s}")) {
                problems.push(format!("organisation {}: service {s:?} has no message service-{s}", o.id));
            }
        }
        for l in LOCALES {
            if !o.description.contains_key(l) {
                problems.push(format!("organisation {}: no description.{l}", o.id));
            }
            if !o.caveat.is_empty() && !o.caveat.contains_key(l) {
                problems.push(format!("organisation {}: no caveat.{l}", o.id));
            }
        }
        for l in o.description.keys().chain(o.caveat.keys()) {
            if !LOCALES.contains(&l.as_str()) {
                problems.push(format!("organisation {}: locale {l} is not shipped", o.id));
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
    for city in CITIES {
        assert!(orgs.iter().any(|o| o.city == *city), "no entry for {city}");
    }
    assert!(orgs.len() >= MIN_ORGANISATIONS, "{} organisations, want at least {MIN_ORGANISATIONS}", orgs.len());
}

/// Where most sex work and most help is: each has entries of its own.
const CITIES: &[&str] = &[
    "national",
    "Groningen",
    "Deventer",
    "Amsterdam",
    "Rotterdam",
    "Den Haag",
    "Utrecht",
    "Eindhoven",
    "Arnhem",
    "Nijmegen",
    "Alkmaar",
    "Leeuwarden",
    "Zwolle",
    "Enschede",
    "Maastricht",
    "Haarlem",
];

fn directory() -> Vec<huiskamer_protocol::Organisation> {
    let path = repo().join("content/organisations.toml");
    parse_directory(&fs::read_to_string(path).unwrap()).unwrap_or_else(|e| panic!("content/organisations.toml: {e}"))
}

/// The claims register, every file of content/claims/.
fn register() -> Vec<Claim> {
    let root = repo().join("content");
    let mut all = Vec::new();
    let mut errors = Vec::new();
    for p in files(&root.join("claims"), "toml") {
        let path = rel(&root, &p);
        assert!(claims::is_claims_path(&path), "content/{path}: register files are content/claims/<name>.toml");
        match claims::parse_claims(&fs::read_to_string(&p).unwrap()) {
            Ok(c) => all.extend(c),
            Err(e) => errors.push(format!("content/{path}: {e}")),
        }
    }
    assert!(errors.is_empty(), "{}", errors.join("\n"));
    all
}

/// Every number, phone number, amount and age in the Dutch and English
/// articles and in the directory is backed by a claim with its source; no
/// source is a home page; every contact field of an entry has its own.
#[test]
fn every_fact_rests_on_a_claim_with_a_deep_link_source() {
    let claims = register();
    assert!(!claims.is_empty(), "content/claims/ holds no claims");
    let problems = claims::check(&articles(), &directory(), &claims);
    assert!(problems.is_empty(), "{} problems:\n{}", problems.len(), problems.join("\n"));
}

/// Claims read more than a year ago are listed to be read again. The app
/// marks what rests on them as "may be out of date" on the day it shows
/// them; this check only lists, so it never starts failing by itself.
#[test]
fn claims_read_more_than_a_year_ago_are_listed() {
    let claims = register();
    let today = chrono::Utc::now().date_naive();
    let old = claims::out_of_date(&claims, today);
    for c in &old {
        eprintln!("to read again (read {}): {:?} at {}", c.read, c.claim, c.url);
    }
    eprintln!("{} of {} claims read more than {} days ago", old.len(), claims.len(), claims::FRESH_DAYS);
    assert!(claims.iter().all(|c| c.read <= today), "a claim read in the future");
}

/// Articles that tell a reader to write down what happened link the same
/// in-app places in every language: a translation keeps the diary link.
#[test]
fn translations_keep_the_links_to_the_diary() {
    let docs = articles();
    let mut problems = Vec::new();
    for d in docs.iter().filter(|d| d.locale != "en") {
        let Some(en) = docs.iter().find(|o| o.id == d.id && o.locale == "en") else { continue };
        let count = |body: &str| body.matches(&format!("]({})", render_mod::DIARY_INCIDENT)).count().min(1);
        if count(&d.body) != count(&en.body) {
            problems.push(format!(
                "{}: the English article links the incident form and this one does not (or the other way round)",
                article_path(d)
            ));
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn every_shipped_locale_has_ui_strings_and_its_own_name() {
    let root = repo().join("i18n");
    let locales = ftl_locales();
    let mut names = BTreeMap::new();
    for l in LOCALES {
        assert!(locales.contains_key(l), "i18n/{l}/ does not exist: every shipped locale needs its UI strings");
        let text: String = ["core.ftl", "ui.ftl"]
            .iter()
            .map(|f| fs::read_to_string(root.join(l).join(f)).unwrap_or_else(|e| panic!("i18n/{l}/{f}: {e}")))
            .collect();
        let name = text
            .lines()
            .find_map(|line| line.strip_prefix("locale-name = "))
            .unwrap_or_else(|| panic!("i18n/{l}: no locale-name"))
            .trim()
            .to_string();
        if let Some(other) = names.insert(name.clone(), l) {
            panic!("i18n/{l} and i18n/{other} both call themselves {name:?}");
        }
    }
    for l in locales.keys() {
        assert!(LOCALES.contains(&l.as_str()), "i18n/{l}/ exists but the locale is not in LOCALES");
    }
}

/// The CLDR plural categories that whole numbers take in `locale` (counts
/// in the app are whole numbers under a thousand: articles, entries,
/// minutes, messages).
fn integer_plural_categories(locale: &str) -> BTreeSet<&'static str> {
    use intl_pluralrules::{PluralCategory, PluralRuleType, PluralRules};
    // Like Fluent: the rules of the tag, else of its language (pt-BR -> pt).
    let lang: unic_langid::LanguageIdentifier = locale.parse().unwrap();
    let base: unic_langid::LanguageIdentifier = lang.language.as_str().parse().unwrap();
    let rules = PluralRules::create(lang, PluralRuleType::CARDINAL)
        .or_else(|_| PluralRules::create(base, PluralRuleType::CARDINAL))
        .unwrap_or_else(|e| panic!("no CLDR plural rules for {locale}: {e}"));
    (0..=1000u32)
        .map(|n| match rules.select(n).unwrap() {
            PluralCategory::ZERO => "zero",
            PluralCategory::ONE => "one",
            PluralCategory::TWO => "two",
            PluralCategory::FEW => "few",
            PluralCategory::MANY => "many",
            PluralCategory::OTHER => "other",
        })
        .collect()
}

/// Each plural selector (`{ $n -> [one] ... *[other] ... }`) in a locale's
/// strings, with its message id and the category keys it has.
fn plural_selectors(text: &str) -> Vec<(String, BTreeSet<String>)> {
    use fluent_syntax::ast::{Expression, InlineExpression, Pattern, PatternElement, VariantKey};
    const CATEGORIES: [&str; 6] = ["zero", "one", "two", "few", "many", "other"];
    fn walk_pattern(id: &str, p: &Pattern<&str>, out: &mut Vec<(String, BTreeSet<String>)>) {
        for el in &p.elements {
            if let PatternElement::Placeable { expression } = el {
                walk_expr(id, expression, out);
            }
        }
    }
    fn walk_expr(id: &str, e: &Expression<&str>, out: &mut Vec<(String, BTreeSet<String>)>) {
        match e {
            Expression::Select { selector, variants } => {
                let keys: BTreeSet<String> = variants
                    .iter()
                    .filter_map(|v| match &v.key {
                        VariantKey::Identifier { name } => Some(name.to_string()),
                        VariantKey::NumberLiteral { .. } => None,
                    })
                    .collect();
                let numeric = matches!(selector, InlineExpression::VariableReference { .. });
                if numeric && keys.iter().all(|k| CATEGORIES.contains(&k.as_str())) {
                    out.push((id.to_string(), keys));
                }
                for v in variants {
                    walk_pattern(id, &v.value, out);
                }
            }
            Expression::Inline(InlineExpression::Placeable { expression }) => walk_expr(id, expression, out),
            Expression::Inline(_) => {}
        }
    }
    let res = fluent_syntax::parser::parse(text).unwrap_or_else(|(res, _)| res);
    let mut out = Vec::new();
    for entry in &res.body {
        if let fluent_syntax::ast::Entry::Message(m) = entry {
            if let Some(v) = &m.value {
                walk_pattern(m.id.name, v, &mut out);
            }
            for a in &m.attributes {
                walk_pattern(&format!("{}.{}", m.id.name, a.id.name), &a.value, &mut out);
            }
        }
    }
    out
}

#[test]
fn plural_messages_cover_every_cldr_category_of_their_language() {
    let root = repo().join("i18n");
    let mut problems = Vec::new();
    let mut checked = 0;
    for l in LOCALES {
        let wanted = integer_plural_categories(l);
        if !root.join(l).is_dir() {
            problems.push(format!("i18n/{l}/ does not exist"));
            continue;
        }
        for p in files(&root.join(l), "ftl") {
            let text = fs::read_to_string(&p).unwrap();
            for (id, keys) in plural_selectors(&text) {
                checked += 1;
                // `other` is Fluent's default variant in every language, even
                // where whole numbers never select it (Polish, Ukrainian).
                if !keys.contains("other") {
                    problems.push(format!("{}: {id} has no *[other] variant", rel(&repo(), &p)));
                }
                for c in &wanted {
                    if !keys.contains(*c) {
                        problems
                            .push(format!("{}: {id} has no [{c}] variant ({l} needs {wanted:?})", rel(&repo(), &p)));
                    }
                }
                for k in &keys {
                    if k != "other" && !wanted.contains(k.as_str()) {
                        problems.push(format!(
                            "{}: {id} has a [{k}] variant, which {l} never uses ({wanted:?})",
                            rel(&repo(), &p)
                        ));
                    }
                }
            }
        }
    }
    assert!(checked > 0, "no plural messages found: the check looks in the wrong place");
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn plural_categories_are_cldrs() {
    let set = |v: &[&'static str]| v.iter().copied().collect::<BTreeSet<_>>();
    assert_eq!(integer_plural_categories("en"), set(&["one", "other"]));
    assert_eq!(integer_plural_categories("pl"), set(&["one", "few", "many"]));
    assert_eq!(integer_plural_categories("uk"), set(&["one", "few", "many"]));
    assert_eq!(integer_plural_categories("ar"), set(&["zero", "one", "two", "few", "many", "other"]));
    assert_eq!(integer_plural_categories("th"), set(&["other"]));
    assert_eq!(integer_plural_categories("pt-BR"), set(&["one", "other"]));
}

/// A translation may not bring a number (a phone number, an amount, an
/// age) that neither the Dutch nor the English article has: that would be
/// an invented fact.
#[test]
fn translations_add_no_number_the_dutch_or_english_article_lacks() {
    let docs = articles();
    let mut problems = Vec::new();
    for d in docs.iter().filter(|d| d.locale != "nl" && d.locale != "en") {
        let known: BTreeSet<String> = docs
            .iter()
            .filter(|o| o.id == d.id && (o.locale == "nl" || o.locale == "en"))
            .flat_map(|o| claims::digit_runs(&format!("{} {} {}", o.title, o.summary, o.body)))
            .collect();
        let here = claims::digit_runs(&format!("{} {} {}", d.title, d.summary, d.body));
        let new: Vec<_> = here.difference(&known).collect();
        if !new.is_empty() {
            problems.push(format!("{}: numbers not in the Dutch or English article: {new:?}", article_path(d)));
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

/// A phone number the directory lists, written in an article, can be tapped
/// there: the renderer makes it a `tel:` link in every language.
#[test]
fn phone_numbers_in_articles_can_be_tapped() {
    let phones: BTreeSet<String> = directory().into_iter().filter_map(|o| o.phone).collect();
    let mut problems = Vec::new();
    let mut tappable = 0;
    for d in articles() {
        let html = render(&d.body).html;
        for p in &phones {
            if d.body.contains(p.as_str()) {
                let uri = huiskamer_core::directory::tel_uri(p);
                if html.contains(&format!("data-tel=\"{uri}\"")) {
                    tappable += 1;
                } else {
                    problems.push(format!("{}: {p} is not a tappable number", article_path(&d)));
                }
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
    assert!(tappable > 0, "no article names a directory phone number: the check looks in the wrong place");
}

/// A translation has the English article's structure: the same number of
/// headings and of links, so a section added in English (a new warning, a
/// new group of readers) cannot be missing from a translation unseen.
#[test]
fn translations_have_the_english_articles_sections_and_links() {
    let docs = articles();
    let headings = |body: &str| body.lines().filter(|l| l.trim_start().starts_with('#')).count();
    let links = |body: &str| body.matches("](").count();
    let mut problems = Vec::new();
    for d in docs.iter().filter(|d| d.locale != "en") {
        let Some(en) = docs.iter().find(|o| o.id == d.id && o.locale == "en") else { continue };
        if headings(&d.body) != headings(&en.body) {
            problems.push(format!(
                "{}: {} headings, the English has {}",
                article_path(d),
                headings(&d.body),
                headings(&en.body)
            ));
        }
        if links(&d.body) != links(&en.body) {
            problems.push(format!(
                "{}: {} links, the English has {}",
                article_path(d),
                links(&d.body),
                links(&en.body)
            ));
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}
