//! The claims register: every checkable fact of the library (a phone number,
//! an address, opening hours, an age, an amount, a rule and its status) with
//! the page that states it, a short quote and the day it was read.
//!
//! It lives in `content/claims/*.toml`, ships with the content (and in
//! content bundles), and does two jobs:
//! - the content check (`content::claims::check` in the app's core, as it
//!   reads articles the way they render) refuses a number in an article or
//!   a directory entry that no claim covers, a source that is a bare home
//!   page, and a directory field (phone, address, hours ...) without a
//!   claim of its own;
//! - the app dates what it shows from it: "Information checked" only for an
//!   entry whose every field has a claim, "may be out of date" where a claim
//!   was read more than a year before the moment the app shows it
//!   ([`is_out_of_date`]), which is a check against the clock, never a test
//!   that starts failing one day.

use std::collections::{BTreeMap, BTreeSet};

use chrono::NaiveDate;
use huiskamer_protocol::{HoursStatus, Organisation};
use serde::{Deserialize, Serialize};

use crate::parse::{is_https_url, is_valid_id};

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
    path.strip_prefix("claims/").and_then(|name| name.strip_suffix(".toml")).is_some_and(is_valid_id)
}

/// Parses one register file and checks each claim on its own (the rules
/// that need the articles and the directory are in the core's `check`).
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
            if !matches!(kind, "article" | "organisation") || !is_valid_id(id) {
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
