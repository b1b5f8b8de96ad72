//! The claims register: every checkable fact of the library (a phone number,
//! an address, opening hours, an age, an amount, a rule and its status) with
//! the page that states it, a short quote and the day it was read.
//!
//! It lives in `content/claims/*.toml`, ships with the content (and in
//! content bundles), and does two jobs:
//! - the content check ([`check`]) refuses a number in an article or a
//!   directory entry that no claim covers, a source that is a bare home
//!   page, and a directory field (phone, address, hours ...) without a
//!   claim of its own;
//! - the app dates what it shows from it: "Information checked" only for an
//!   entry whose every field has a claim, "may be out of date" where a claim
//!   was read more than a year before the moment the app shows it
//!   ([`is_out_of_date`]), which is a check against the clock, never a test
//!   that starts failing one day.

use std::collections::{BTreeMap, BTreeSet};

use chrono::NaiveDate;
use huiskamer_protocol::{ArticleDoc, HoursStatus, Organisation};
use serde::{Deserialize, Serialize};

use super::parse::is_https_url;
use super::render::render;

/// A claim read longer ago than this may be out of date.
pub const FRESH_DAYS: i64 = 365;

/// The directory fields that each need a claim of their own when present.
pub const CONTACT_FIELDS: [&str; 6] = ["phone", "address", "hours", "website", "email", "chat"];

/// Fields an organisation claim may name.
const ORG_FIELDS: [&str; 9] =
    ["phone", "address", "hours", "website", "email", "chat", "languages", "services", "description"];

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Claim {
    /// What the claim is about: `article:<id>` or `organisation:<id>`.
    pub about: Vec<String>,
    /// For an organisation: the field it backs (`phone`, `hours` ...).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub field: Option<String>,
    /// The claim in a few words.
    pub claim: String,
    /// The numbers in the text that this claim backs, as written there.
    #[serde(default)]
    pub covers: Vec<String>,
    /// The page that states it (a deep link, never a home page).
    pub url: String,
    pub title: String,
    pub publisher: String,
    /// A short quote from the page, in its own language.
    pub quote: String,
    /// The day a person read the page (a TOML date: `read = 2026-12-02`).
    #[serde(deserialize_with = "toml_date")]
    pub read: NaiveDate,
    /// The page's own date, where it shows one (a date or a year).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub published: Option<String>,
}

fn toml_date<'de, D: serde::Deserializer<'de>>(d: D) -> Result<NaiveDate, D::Error> {
    let v = toml::value::Datetime::deserialize(d)?;
    v.date
        .filter(|_| v.time.is_none() && v.offset.is_none())
        .and_then(|d| NaiveDate::from_ymd_opt(d.year.into(), d.month.into(), d.day.into()))
        .ok_or_else(|| serde::de::Error::custom("read must be a date like 2026-12-02"))
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Register {
    #[serde(default)]
    claim: Vec<Claim>,
}

/// Whether a data file's path is part of the claims register.
pub fn is_claims_path(path: &str) -> bool {
    path.strip_prefix("claims/").and_then(|name| name.strip_suffix(".toml")).is_some_and(super::parse::is_valid_id)
}

/// Parses one register file and checks each claim on its own (the rules
/// that need the articles and the directory are in [`check`]).
pub fn parse_claims(text: &str) -> Result<Vec<Claim>, String> {
    let reg: Register = toml::from_str(text).map_err(|e| {
        let line = e.span().map(|s| text[..s.start.min(text.len())].matches('\n').count() + 1).unwrap_or(0);
        format!("line {line}: {}", e.message())
    })?;
    for (i, c) in reg.claim.iter().enumerate() {
        let e = |msg: &str| Err(format!("claim {} ({:?}): {msg}", i + 1, c.claim));
        if c.about.is_empty() {
            return e("`about` must name at least one article:<id> or organisation:<id>");
        }
        for a in &c.about {
            let Some((kind, id)) = a.split_once(':') else {
                return e("`about` entries are article:<id> or organisation:<id>");
            };
            if !matches!(kind, "article" | "organisation") || !super::parse::is_valid_id(id) {
                return e("`about` entries are article:<id> or organisation:<id>");
            }
        }
        if let Some(f) = &c.field {
            if !ORG_FIELDS.contains(&f.as_str()) {
                return e(&format!("field must be one of {ORG_FIELDS:?}"));
            }
        }
        if c.claim.trim().is_empty() || c.title.trim().is_empty() || c.publisher.trim().is_empty() {
            return e("claim, title and publisher are required");
        }
        if c.quote.trim().is_empty() {
            return e("a claim needs a short quote from its source");
        }
        if !is_https_url(&c.url) {
            return e("url must be an https:// address");
        }
        if is_home_page(&c.url) {
            return e("url is a site's home page: link the page that states the fact");
        }
    }
    Ok(reg.claim)
}

/// A site's front page (`https://x.nl/`, `https://x.nl/nl`, `/home`,
/// `/index.html`, `/?lang=en`): it does not state a fact a reader can find.
/// A query that picks a page (`/?p=1901`, `/index.php?id=14`) makes a deep link.
pub fn is_home_page(url: &str) -> bool {
    let rest = url.split_once("://").map(|(_, r)| r).unwrap_or(url);
    let rest = rest.split('#').next().unwrap_or("");
    let (rest, query) = rest.split_once('?').unwrap_or((rest, ""));
    let path = rest.split_once('/').map(|(_, p)| p).unwrap_or("").trim_matches('/').to_ascii_lowercase();
    let query_picks_a_page = query.split('&').any(|kv| !kv.is_empty() && !kv.starts_with("lang="));
    if query_picks_a_page {
        return false;
    }
    let segments: Vec<&str> = path.split('/').filter(|s| !s.is_empty()).collect();
    let front = |s: &str| s == "home" || s.starts_with("index.");
    match segments.as_slice() {
        [] => true,
        [one] => front(one) || is_language_segment(one),
        [lang, one] => is_language_segment(lang) && front(one),
        _ => false,
    }
}

/// A path segment that only names a site's language: `nl`, `en`, `nl-nl`.
fn is_language_segment(s: &str) -> bool {
    const LANGUAGES: [&str; 16] =
        ["nl", "en", "de", "fr", "es", "pt", "it", "pl", "ro", "bg", "hu", "uk", "ar", "th", "tr", "ru"];
    let lang = s.split(['-', '_']).next().unwrap_or(s);
    LANGUAGES.contains(&lang) && (s.len() == 2 || s.len() == 5)
}

/// The numbers in a text as runs of digits (any script's digits counted as
/// their Western equals): each one a phone number, an amount, an age, a
/// date or a count that someone may act on.
pub fn digit_runs(text: &str) -> BTreeSet<String> {
    let digit = |c: char| match c {
        '0'..='9' => Some(c),
        '\u{0660}'..='\u{0669}' => char::from_digit(c as u32 - 0x0660, 10),
        '\u{06F0}'..='\u{06F9}' => char::from_digit(c as u32 - 0x06F0, 10),
        '\u{0E50}'..='\u{0E59}' => char::from_digit(c as u32 - 0x0E50, 10),
        _ => None,
    };
    let mut out = BTreeSet::new();
    let mut run = String::new();
    for c in text.chars().chain(std::iter::once(' ')) {
        match digit(c) {
            Some(d) => run.push(d),
            None if !run.is_empty() => {
                out.insert(std::mem::take(&mut run));
            }
            None => {}
        }
    }
    out
}

/// The text of an article a reader sees: title, summary and body without
/// link addresses.
fn article_text(d: &ArticleDoc) -> String {
    format!("{}\n{}\n{}", d.title, d.summary, render(&d.body).text)
}

/// What the register says about one article or entry.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Backing {
    /// The oldest day on which a claim about it was read.
    pub oldest_read: Option<NaiveDate>,
}

/// Groups the register by what each claim is about (`article:<id>` ...).
pub fn by_subject(claims: &[Claim]) -> BTreeMap<&str, Vec<&Claim>> {
    let mut map: BTreeMap<&str, Vec<&Claim>> = BTreeMap::new();
    for c in claims {
        for a in &c.about {
            map.entry(a.as_str()).or_default().push(c);
        }
    }
    map
}

/// Whether a fact read on `read` may be out of date on `today`.
pub fn is_out_of_date(read: NaiveDate, today: NaiveDate) -> bool {
    (today - read).num_days() > FRESH_DAYS
}

fn covered(claims: &[&Claim]) -> BTreeSet<String> {
    claims.iter().flat_map(|c| c.covers.iter()).flat_map(|s| digit_runs(s)).collect()
}

/// Every rule of the register against the articles (`nl` and `en` carry the
/// facts; the translation check keeps other languages to their numbers) and
/// the directory. Each problem names the file or entry.
pub fn check(docs: &[ArticleDoc], orgs: &[Organisation], claims: &[Claim]) -> Vec<String> {
    let mut problems = Vec::new();
    let subjects = by_subject(claims);
    let article_ids: BTreeSet<&str> = docs.iter().map(|d| d.id.as_str()).collect();
    let org_ids: BTreeSet<&str> = orgs.iter().map(|o| o.id.as_str()).collect();
    for subject in subjects.keys() {
        let known = match subject.split_once(':') {
            Some(("article", id)) => article_ids.contains(id),
            Some(("organisation", id)) => org_ids.contains(id),
            _ => false,
        };
        if !known {
            problems.push(format!("claims: {subject} does not exist"));
        }
    }
    for c in claims {
        if c.field.is_some() && c.about.iter().any(|a| a.starts_with("article:")) {
            problems.push(format!("claims: {:?}: `field` is for directory entries only", c.claim));
        }
    }

    for d in docs {
        let here = format!("content/{}/{}/{}.md", d.locale, d.topic.as_str(), d.id);
        for s in &d.sources {
            if is_home_page(&s.url) {
                problems.push(format!("{here}: source {} is a home page: link the page that states the fact", s.url));
            }
        }
        if d.locale != "nl" && d.locale != "en" {
            continue;
        }
        let key = format!("article:{}", d.id);
        let backing = subjects.get(key.as_str()).map(Vec::as_slice).unwrap_or(&[]);
        if backing.is_empty() {
            problems.push(format!("{here}: no claim in content/claims/ is about {key}"));
        }
        let have = covered(backing);
        let missing: Vec<String> = digit_runs(&article_text(d)).into_iter().filter(|n| !have.contains(n)).collect();
        if !missing.is_empty() {
            problems.push(format!("{here}: numbers no claim covers: {missing:?}"));
        }
        let sources: BTreeSet<&str> = d.sources.iter().map(|s| s.url.as_str()).collect();
        for c in backing {
            if !sources.contains(c.url.as_str()) {
                problems.push(format!("{here}: the source of claim {:?} ({}) is not in [[sources]]", c.claim, c.url));
            }
        }
    }

    for o in orgs {
        let here = format!("organisation {}", o.id);
        for s in &o.sources {
            if is_home_page(&s.url) {
                problems.push(format!("{here}: source {} is a home page: link the page that states the fact", s.url));
            }
        }
        let key = format!("organisation:{}", o.id);
        let backing = subjects.get(key.as_str()).map(Vec::as_slice).unwrap_or(&[]);
        for field in present_fields(o) {
            if !backing.iter().any(|c| c.field.as_deref() == Some(field)) {
                problems.push(format!("{here}: its {field} has no claim with field = {field:?}"));
            }
        }
        if present_fields(o).is_empty() {
            problems.push(format!("{here}: no confirmed way to reach it (phone, address, email, website or chat)"));
        }
        let have = covered(backing);
        let mut text = String::new();
        for l in ["nl", "en"] {
            for map in [&o.description, &o.caveat] {
                if let Some(t) = map.get(l) {
                    text.push_str(t);
                    text.push('\n');
                }
            }
        }
        let missing: Vec<String> = digit_runs(&text).into_iter().filter(|n| !have.contains(n)).collect();
        if !missing.is_empty() {
            problems.push(format!("{here}: numbers in its description or caveat no claim covers: {missing:?}"));
        }
    }
    problems
}

/// The contact fields an entry has, each of which needs its own claim.
pub fn present_fields(o: &Organisation) -> Vec<&'static str> {
    let hours = !o.hours.is_empty() || o.hours_status == HoursStatus::Always;
    let has = [o.phone.is_some(), o.address.is_some(), hours, o.website.is_some(), o.email.is_some(), o.chat.is_some()];
    CONTACT_FIELDS.iter().zip(has).filter(|(_, h)| *h).map(|(f, _)| *f).collect()
}

/// Claims read more than [`FRESH_DAYS`] before `today`: to be read again.
pub fn out_of_date(claims: &[Claim], today: NaiveDate) -> Vec<&Claim> {
    claims.iter().filter(|c| is_out_of_date(c.read, today)).collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use huiskamer_protocol::{Source, Topic};

    fn claim(about: &str, field: Option<&str>, covers: &[&str], url: &str) -> Claim {
        Claim {
            about: vec![about.into()],
            field: field.map(Into::into),
            claim: "c".into(),
            covers: covers.iter().map(|s| s.to_string()).collect(),
            url: url.into(),
            title: "t".into(),
            publisher: "p".into(),
            quote: "q".into(),
            read: NaiveDate::from_ymd_opt(2026, 12, 2).unwrap(),
            published: None,
        }
    }

    fn doc(locale: &str, body: &str, source: &str) -> ArticleDoc {
        ArticleDoc {
            id: "a".into(),
            locale: locale.into(),
            topic: Topic::Help,
            title: "Call 112".into(),
            summary: "S".into(),
            reviewed: NaiveDate::from_ymd_opt(2026, 12, 2).unwrap(),
            related: vec![],
            sources: vec![Source { title: "s".into(), url: source.into() }],
            body: body.into(),
        }
    }

    fn org() -> Organisation {
        toml::from_str::<huiskamer_protocol::Directory>(
            r#"
            [[organisation]]
            id = "o"
            name = "O"
            city = "Groningen"
            services = ["health"]
            phone = "050 367 4000"
            website = "https://o.nl/sekswerk"
            description.en = "Open since 2016."
            [[organisation.sources]]
            title = "O"
            url = "https://o.nl/sekswerk"
            "#,
        )
        .unwrap()
        .organisations
        .remove(0)
    }

    const DEEP: &str = "https://www.politie.nl/contact/nood";

    #[test]
    fn home_pages_are_told_from_deep_links() {
        for home in [
            "https://www.ggd.nl/",
            "https://ggd.nl",
            "https://www.ggd.nl/nl",
            "https://x.nl/nl-nl/",
            "https://x.nl/en/home",
            "https://x.nl/index.html",
            "https://x.nl/?lang=en",
            "https://x.nl/#top",
        ] {
            assert!(is_home_page(home), "{home}");
        }
        for deep in [
            DEEP,
            "https://www.ggd.nl/nl/soa",
            "https://ind.nl/en/eu-citizens",
            "https://x.nl/sekswerk/",
            "https://dehaven.nl/qa/",
            "https://burobrycx.nl/?p=1901",
            "https://info4escorts.nl/index.php?id=14&L=4",
        ] {
            assert!(!is_home_page(deep), "{deep}");
        }
    }

    #[test]
    fn digit_runs_count_every_number_in_any_script() {
        let want: BTreeSet<String> = ["0800", "0188", "112", "18", "1"].iter().map(|s| s.to_string()).collect();
        assert_eq!(digit_runs("Bel 0800-0188 of ١١٢, vanaf ๑๘ jaar, 1 keer"), want);
    }

    #[test]
    fn a_covered_article_passes_and_an_uncovered_number_is_named() {
        let good = [claim("article:a", None, &["112"], DEEP)];
        let d = doc("en", "Call 112 now.", DEEP);
        assert_eq!(check(std::slice::from_ref(&d), &[], &good), Vec::<String>::new());
        let d2 = doc("en", "Call 112 or 0900-8844.", DEEP);
        let p = check(&[d2], &[], &good);
        assert!(p.iter().any(|p| p.contains("\"0900\"") && p.contains("\"8844\"")), "{p:?}");
    }

    #[test]
    fn an_article_without_any_claim_fails() {
        let p = check(&[doc("nl", "Bel ons.", DEEP)], &[], &[]);
        assert!(p.iter().any(|p| p.contains("no claim")), "{p:?}");
    }

    #[test]
    fn home_page_sources_fail_in_articles_entries_and_the_register() {
        let c = [claim("article:a", None, &["112"], "https://www.politie.nl/")];
        let p = check(&[doc("en", "Call 112.", "https://www.politie.nl/")], &[], &c);
        assert!(p.iter().any(|p| p.contains("home page")), "{p:?}");
        let text = "[[claim]]\nabout=[\"article:a\"]\nclaim=\"c\"\nurl=\"https://www.politie.nl/\"\ntitle=\"t\"\npublisher=\"p\"\nquote=\"q\"\nread=2026-12-02\n";
        let err = parse_claims(text).unwrap_err();
        assert!(err.contains("home page"), "{err}");
        assert!(parse_claims(&text.replace("https://www.politie.nl/", DEEP)).is_ok());
    }

    #[test]
    fn a_claim_source_must_be_listed_in_the_article() {
        let c = [claim("article:a", None, &["112"], "https://www.politie.nl/nood")];
        let p = check(&[doc("en", "Call 112.", DEEP)], &[], &c);
        assert!(p.iter().any(|p| p.contains("not in [[sources]]")), "{p:?}");
    }

    #[test]
    fn every_contact_field_of_an_entry_needs_its_own_claim() {
        let o = org();
        let phone = claim("organisation:o", Some("phone"), &["050 367 4000"], "https://o.nl/contact");
        let site = claim("organisation:o", Some("website"), &["2016"], "https://o.nl/sekswerk");
        assert_eq!(check(&[], std::slice::from_ref(&o), &[phone.clone(), site.clone()]), Vec::<String>::new());
        let p = check(&[], std::slice::from_ref(&o), &[site]);
        assert!(p.iter().any(|p| p.contains("its phone has no claim")), "{p:?}");
        let p = check(&[], &[o], &[phone, claim("organisation:o", Some("website"), &[], "https://o.nl/sekswerk")]);
        assert!(p.iter().any(|p| p.contains("\"2016\"")), "{p:?}");
    }

    #[test]
    fn claims_about_unknown_subjects_and_bad_fields_fail() {
        let p = check(&[], &[], &[claim("organisation:gone", Some("phone"), &[], DEEP)]);
        assert!(p.iter().any(|p| p.contains("does not exist")), "{p:?}");
        let text = "[[claim]]\nabout=[\"organisation:o\"]\nfield=\"fax\"\nclaim=\"c\"\nurl=\"https://o.nl/x\"\ntitle=\"t\"\npublisher=\"p\"\nquote=\"q\"\nread=2026-12-02\n";
        let err = parse_claims(text).unwrap_err();
        assert!(err.contains("field"), "{err}");
        assert!(parse_claims(&text.replace("quote=\"q\"\n", "")).is_err());
        assert!(parse_claims(&text.replace("read=2026-12-02", "read=\"last week\"")).is_err());
    }

    #[test]
    fn age_is_judged_against_the_day_shown_not_the_day_built() {
        let read = NaiveDate::from_ymd_opt(2026, 12, 2).unwrap();
        assert!(!is_out_of_date(read, NaiveDate::from_ymd_opt(2027, 12, 2).unwrap()));
        assert!(is_out_of_date(read, NaiveDate::from_ymd_opt(2027, 12, 3).unwrap()));
        let c = [claim("article:a", None, &[], DEEP)];
        assert_eq!(out_of_date(&c, NaiveDate::from_ymd_opt(2028, 1, 1).unwrap()).len(), 1);
        assert!(out_of_date(&c, read).is_empty());
    }

    #[test]
    fn claims_paths() {
        assert!(is_claims_path("claims/health.toml"));
        assert!(!is_claims_path("claims/../x.toml"));
        assert!(!is_claims_path("organisations.toml"));
    }
}
