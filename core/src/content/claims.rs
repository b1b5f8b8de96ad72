//! The claims register's check against the articles as a reader sees them
//! (rendered from Markdown, which only the app does) and the directory. The
//! register itself (its file format, parsing and the rules for one claim) is
//! shared with the partner server: `huiskamer_texts::claims`, re-exported
//! here so `content::claims::*` keeps every name.

use std::collections::BTreeSet;

use huiskamer_protocol::{ArticleDoc, Organisation};
pub use huiskamer_texts::claims::*;

use super::render::render;

/// The text of an article a reader sees: title, summary and body without
/// link addresses.
fn article_text(d: &ArticleDoc) -> String {
    format!("{}\n{}\n{}", d.title, d.summary, render(&d.body).text)
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

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::NaiveDate;
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
}
