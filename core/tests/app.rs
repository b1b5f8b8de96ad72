//! The app facade over real SQLite files in a temporary data folder: what the
//! UI receives, in the reader's language.

use chrono::{TimeZone, Utc};
use huiskamer_core::app::OpenState;
use huiskamer_core::content::{Library, SourceFile};
use huiskamer_core::i18n::I18n;
use huiskamer_core::{App, AppError, LinkRequest};

fn open(dir: &std::path::Path, system: &[&str]) -> App {
    let system: Vec<String> = system.iter().map(|s| s.to_string()).collect();
    App::open(dir, &system).expect("app opens")
}

#[test]
fn first_start_negotiates_the_system_language_and_remembers_a_choice() {
    let dir = tempfile::tempdir().unwrap();
    let app = open(dir.path(), &["nl_NL.UTF-8"]);
    assert_eq!(app.locale(), "nl");
    let view = app.locale_view();
    assert_eq!(view.dir, "ltr");
    assert_eq!(view.strings.get("topic-health").map(String::as_str), Some("Gezondheid"));
    assert!(view.locales.iter().any(|l| l.code == "en" && l.name == "English"));
    assert!(view.locales.iter().any(|l| l.code == "nl" && l.name == "Nederlands"));
    drop(app);

    // Unknown system language: English.
    let other = tempfile::tempdir().unwrap();
    assert_eq!(open(other.path(), &["fi-FI"]).locale(), "en");

    // A manual choice survives a restart, whatever the system says.
    let mut app = open(dir.path(), &["nl_NL.UTF-8"]);
    app.set_locale("en").unwrap();
    drop(app);
    let app = open(dir.path(), &["nl_NL.UTF-8"]);
    assert_eq!(app.locale(), "en");
    assert_eq!(app.locale_view().strings.get("topic-health").map(String::as_str), Some("Health"));
}

/// Every shipped language, as a phone's system would name it: the app opens
/// in it, in its direction, names itself in its own script, writes dates
/// its way and shows the articles in it, not a fallback.
#[test]
fn each_shipped_language_opens_from_the_system_setting_with_its_own_dates_and_articles() {
    let systems = [
        ("nl_NL.UTF-8", "nl"),
        ("en_GB.UTF-8", "en"),
        ("ro_RO.UTF-8", "ro"),
        ("bg_BG.UTF-8", "bg"),
        ("hu_HU.UTF-8", "hu"),
        ("pl_PL.UTF-8", "pl"),
        ("es_ES.UTF-8", "es"),
        ("pt_BR.UTF-8", "pt-BR"),
        ("th_TH.UTF-8", "th"),
        ("uk_UA.UTF-8", "uk"),
        ("ar_MA.UTF-8", "ar"),
    ];
    let mut names = std::collections::BTreeSet::new();
    for (system, code) in systems {
        let dir = tempfile::tempdir().unwrap();
        let app = open(dir.path(), &[system]);
        assert_eq!(app.locale(), code, "system {system}");
        let view = app.locale_view();
        assert_eq!(view.dir, if code == "ar" { "rtl" } else { "ltr" }, "{code}");
        assert_eq!(view.locales.len(), systems.len(), "every language is offered");
        let own = view.locales.iter().find(|l| l.code == code).unwrap();
        assert_eq!(Some(&own.name), view.strings.get("locale-name"), "{code} names itself in its own words");
        names.insert(own.name.clone());

        let date = app.date(chrono::NaiveDate::from_ymd_opt(2026, 11, 22).unwrap());
        let november = view.strings.get("month-11").unwrap();
        assert!(date.contains(november.as_str()) && date.contains("22") && date.contains("2026"), "{code}: {date}");
        if code != "en" {
            assert_ne!(november, "November", "{code} has its own month names");
        }

        let a = app.article("health-sti-testing").unwrap();
        assert_eq!((a.lang.as_str(), a.dir, a.fallback_notice.is_none()), (code, view.dir, true), "{code}");
        let page = app.topic("safety").unwrap();
        assert!(
            page.articles.iter().all(|a| a.lang == code && !a.fallback),
            "{code}: every safety article is in {code}"
        );
    }
    assert_eq!(names.len(), systems.len(), "no two languages share a name");
}

#[test]
fn an_unknown_locale_is_refused_and_nothing_changes() {
    let dir = tempfile::tempdir().unwrap();
    let mut app = open(dir.path(), &["en"]);
    let err = app.set_locale("xx-invalid").unwrap_err();
    assert!(matches!(err, AppError::InvalidInput(_)));
    assert_eq!(app.error_view(&err).code, "invalid-input");
    assert_eq!(app.locale(), "en");
}

#[test]
fn topics_list_all_six_with_counts_in_the_readers_language() {
    let dir = tempfile::tempdir().unwrap();
    let app = open(dir.path(), &["nl"]);
    let topics = app.topics().unwrap();
    let ids: Vec<&str> = topics.iter().map(|t| t.id.as_str()).collect();
    assert_eq!(ids, ["rights", "health", "money", "safety", "exiting", "help"]);
    for t in &topics {
        assert!(t.count >= 1, "topic {} is empty", t.id.as_str());
        assert!(t.count_label.contains("artikel"), "{}", t.count_label);
    }
    let page = app.topic("health").unwrap();
    assert_eq!(page.title, "Gezondheid");
    assert!(page.articles.iter().all(|a| a.lang == "nl" && !a.fallback));
    assert!(matches!(app.topic("nonsense"), Err(AppError::NotFound)));
}

#[test]
fn an_article_opens_rendered_with_sources_date_and_related() {
    let dir = tempfile::tempdir().unwrap();
    let app = open(dir.path(), &["en"]);
    let a = app.article("health-sti-testing").unwrap();
    assert_eq!(a.lang, "en");
    assert!(a.fallback_notice.is_none());
    assert!(a.html.contains("<p>"), "{}", a.html);
    assert!(!a.html.contains("<script"));
    assert!(a.title.contains("STI"), "{}", a.title);
    assert!(a.reviewed.starts_with("Facts last checked: "), "{}", a.reviewed);
    assert!(a.reviewed.contains("2026"));
    assert!(!a.sources.is_empty() && a.sources.iter().all(|s| s.url.starts_with("https://")));
    assert!(!a.related.is_empty());
    assert!(matches!(app.article("no-such-article"), Err(AppError::NotFound)));
}

#[test]
fn a_missing_translation_falls_back_and_says_so_in_the_readers_language() {
    // The shipped content without the English text of one article.
    let articles: Vec<SourceFile> = huiskamer_core::embedded::ARTICLES
        .iter()
        .filter(|(path, _)| !path.starts_with("en/health/health-sti-testing"))
        .map(|(path, text)| SourceFile { path, text })
        .collect();
    let data: Vec<SourceFile> =
        huiskamer_core::embedded::DATA.iter().map(|(path, text)| SourceFile { path, text }).collect();
    let app =
        App::with_content(Library::open_in_memory().unwrap(), I18n::embedded(), &articles, &data, &["en".to_string()])
            .unwrap();
    let a = app.article("health-sti-testing").unwrap();
    assert_eq!((a.lang.as_str(), a.dir), ("nl", "ltr"));
    assert_eq!(
        a.fallback_notice.as_deref(),
        Some("This article is not yet available in your language. It is shown in Nederlands.")
    );
    let page = app.topic("health").unwrap();
    let item = page.articles.iter().find(|i| i.id == "health-sti-testing").unwrap();
    assert!(item.fallback);
    assert_eq!(item.lang, "nl");
    // Other articles are still in English.
    assert!(page.articles.iter().filter(|i| i.id != "health-sti-testing").all(|i| i.lang == "en"));
}

#[test]
fn search_finds_articles_in_the_current_language_as_you_type() {
    let dir = tempfile::tempdir().unwrap();
    let mut app = open(dir.path(), &["nl"]);
    // A prefix of a word, without its diacritics or case.
    let view = app.search("SOA-te").unwrap();
    assert!(view.results.iter().any(|r| r.id == "health-sti-testing"), "{:?}", view.results);
    assert!(view.results.iter().all(|r| r.lang == "nl"));
    assert!(view.results[0].snippet.iter().any(|p| p.hit));
    assert!(!view.count_label.is_empty());
    app.set_locale("en").unwrap();
    let view = app.search("anonym").unwrap();
    assert!(view.results.iter().all(|r| r.lang == "en"));
    assert!(!view.results.is_empty());
    assert!(app.search(&"x".repeat(600)).is_err());
}

/// A small directory with its claims register, as a partner could publish it.
const DIRECTORY: &str = r#"
[[organisation]]
id = "drop-in"
name = "Drop-in"
city = "Groningen"
services = ["drop-in"]
address = "Schoolholm 2"
phone = "050 123 4567"
email = "info@drop-in.example"
chat = "https://chat.drop-in.example/sekswerk"
hours_status = "confirmed"
description.en = "A living room."
[[organisation.hours]]
days = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"]
open = "17:00"
close = "20:00"
[[organisation.sources]]
title = "Drop-in"
url = "https://drop-in.example/sekswerk"

[[organisation]]
id = "old-news"
name = "Old news"
city = "Deventer"
services = ["health"]
website = "https://old-news.example/spreekuur"
hours_status = "published"
caveat.en = "These hours are from 2019."
[[organisation.hours]]
days = ["mon"]
open = "09:00"
close = "12:00"
[[organisation.sources]]
title = "Old news"
url = "https://news.example/2019/spreekuur"

[[organisation]]
id = "line"
name = "Line"
city = "national"
services = ["helpline"]
phone = "0800-0188"
hours_status = "always"
[[organisation.sources]]
title = "Line"
url = "https://line.example/contact"
"#;

const CLAIMS: &str = r#"
[[claim]]
about = ["organisation:drop-in"]
field = "address"
claim = "At Schoolholm 2"
covers = ["2"]
url = "https://drop-in.example/contact"
title = "Contact"
publisher = "Drop-in"
quote = "Schoolholm 2"
read = 2026-12-02

[[claim]]
about = ["organisation:drop-in"]
field = "phone"
claim = "Phone"
covers = ["050 123 4567"]
url = "https://drop-in.example/contact"
title = "Contact"
publisher = "Drop-in"
quote = "050 123 4567"
read = 2026-11-02

[[claim]]
about = ["organisation:drop-in"]
field = "hours"
claim = "Open daily 17-20"
covers = ["17", "20"]
url = "https://drop-in.example/open"
title = "Open"
publisher = "Drop-in"
quote = "dagelijks 17.00-20.00"
read = 2026-12-02

[[claim]]
about = ["organisation:old-news"]
field = "hours"
claim = "Monday mornings"
url = "https://news.example/2019/spreekuur"
title = "Spreekuur"
publisher = "Dagblad"
quote = "maandagochtend"
read = 2026-12-02
published = "2019"

[[claim]]
about = ["organisation:line"]
field = "phone"
claim = "Phone"
covers = ["0800-0188"]
url = "https://line.example/contact"
title = "Contact"
publisher = "Line"
quote = "0800-0188"
read = 2025-12-10

[[claim]]
about = ["organisation:line"]
field = "hours"
claim = "Day and night"
url = "https://line.example/contact"
title = "Contact"
publisher = "Line"
quote = "dag en nacht bereikbaar"
read = 2026-12-02
"#;

fn with_directory(dir: &std::path::Path) -> App {
    let articles: Vec<SourceFile> =
        huiskamer_core::embedded::ARTICLES.iter().map(|(path, text)| SourceFile { path, text }).collect();
    let data = [
        SourceFile { path: "organisations.toml", text: DIRECTORY },
        SourceFile { path: "claims/test.toml", text: CLAIMS },
    ];
    let library = Library::open(&dir.join("library.sqlite")).unwrap();
    App::with_content(library, I18n::embedded(), &articles, &data, &["en".to_string()]).unwrap()
}

/// What people search for and did not find before: each finds its article,
/// in English and in Dutch.
#[test]
fn searches_people_make_find_their_article() {
    let dir = tempfile::tempdir().unwrap();
    let mut app = open(dir.path(), &["en"]);
    let wanted = [
        ("en", "abortion", "health-contraception-abortion"),
        ("en", "contraception", "health-contraception-abortion"),
        ("en", "loverboy", "safety-pimps-loverboys"),
        ("en", "pimp", "safety-pimps-loverboys"),
        ("en", "Ugly Mugs", "safety-dangerous-clients"),
        ("en", "residence permit", "rights-residence-and-work"),
        ("en", "hotel", "safety-home-online-hotel"),
        ("en", "condom broke", "health-condom-broke"),
        ("nl", "abortus", "health-contraception-abortion"),
        ("nl", "loverboy", "safety-pimps-loverboys"),
        ("nl", "Ugly Mugs", "safety-dangerous-clients"),
        ("nl", "verblijfsvergunning", "rights-residence-and-work"),
        ("nl", "hotel", "safety-home-online-hotel"),
    ];
    for (locale, query, id) in wanted {
        app.set_locale(locale).unwrap();
        let view = app.search(query).unwrap();
        let top: Vec<&str> = view.results.iter().take(5).map(|r| r.id.as_str()).collect();
        assert!(top.contains(&id), "{locale} {query:?}: {id} not in the first five {top:?}");
    }
}

#[test]
fn the_directory_shows_open_now_in_amsterdam_time_only_for_confirmed_hours() {
    let dir = tempfile::tempdir().unwrap();
    let app = with_directory(dir.path());
    // Monday 23 November 2026, 18:00 in Amsterdam (17:00 UTC).
    let evening = Utc.with_ymd_and_hms(2026, 11, 23, 17, 0, 0).unwrap();
    let d = app.directory(evening).unwrap();
    assert_eq!(d.cities, vec!["Deventer", "Groningen", "Whole country"]);
    let drop_in = d.organisations.iter().find(|o| o.id == "drop-in").unwrap();
    assert!(matches!(drop_in.open_state, OpenState::Open));
    assert_eq!(drop_in.open_label, "Open now, until 20:00");
    assert_eq!(drop_in.hours_title, "Opening hours");
    assert_eq!(drop_in.hours, vec!["Every day: 17:00–20:00".to_string()]);
    let morning = Utc.with_ymd_and_hms(2026, 11, 23, 9, 0, 0).unwrap();
    let d = app.directory(morning).unwrap();
    let drop_in = d.organisations.iter().find(|o| o.id == "drop-in").unwrap();
    assert_eq!(drop_in.open_label, "Closed. Opens Monday at 17:00");

    // Hours from an old news item: shown as such, never as open or closed,
    // even at a moment inside them.
    let old = d.organisations.iter().find(|o| o.id == "old-news").unwrap();
    assert!(matches!(old.open_state, OpenState::Unknown));
    assert_eq!(old.open_label, "Opening times not confirmed. Ask before you go.");
    assert_eq!(old.hours_title, "Last published hours (Dagblad, 2019). They may have changed.");
    assert_eq!(old.hours, vec!["Mon: 09:00–12:00".to_string()]);

    let line = d.organisations.iter().find(|o| o.id == "line").unwrap();
    assert!(matches!(line.open_state, OpenState::Always));
}

#[test]
fn information_checked_shows_only_when_every_field_rests_on_a_claim() {
    let dir = tempfile::tempdir().unwrap();
    let app = with_directory(dir.path());
    let now = Utc.with_ymd_and_hms(2026, 12, 2, 12, 0, 0).unwrap();
    let d = app.directory(now).unwrap();
    let by_id = |id: &str| d.organisations.iter().find(|o| o.id == id).unwrap();
    // Address, phone and hours each have a claim, but e-mail and chat do not.
    let drop_in = by_id("drop-in");
    assert_eq!(drop_in.checked, None);
    assert!(
        drop_in.caveats.iter().any(|c| c.contains("Not every detail here could be checked")),
        "{:?}",
        drop_in.caveats
    );
    // The old news entry has a claim for its hours but none for its website.
    assert_eq!(by_id("old-news").checked, None);
    // Every field of the line is backed: checked, with the day it was read.
    assert_eq!(by_id("line").checked.as_deref(), Some("Information checked: 10 December 2025"));
    assert!(by_id("line").out_of_date.is_none());
    // Where each field comes from, in the register's order.
    let fields: Vec<&str> = drop_in.field_sources.iter().map(|s| s.field.as_str()).collect();
    assert_eq!(fields, ["Address", "Phone number", "Opening hours"]);
    assert_eq!(drop_in.field_sources[1].read, "read 2 November 2026");
    let link = LinkRequest::OrganisationSource { organisation: "drop-in".into(), index: 2 };
    assert_eq!(app.link(&link, false).unwrap(), "https://drop-in.example/open");
    let beyond = LinkRequest::OrganisationSource { organisation: "drop-in".into(), index: 3 };
    assert!(matches!(app.link(&beyond, false), Err(AppError::NotFound)));

    // A year and a day after the phone line was read, it may be out of date.
    let later = Utc.with_ymd_and_hms(2026, 12, 11, 12, 0, 0).unwrap();
    let line = app.directory(later).unwrap().organisations.into_iter().find(|o| o.id == "line").unwrap();
    assert_eq!(
        line.out_of_date.as_deref(),
        Some("Some details here were last checked on 10 December 2025, more than a year ago. They may be out of date.")
    );
}

#[test]
fn an_article_resting_on_a_fact_read_over_a_year_ago_says_it_may_be_out_of_date() {
    let dir = tempfile::tempdir().unwrap();
    let app = open(dir.path(), &["en"]);
    let day = |y, m, d| chrono::NaiveDate::from_ymd_opt(y, m, d).unwrap();
    assert!(app.article_on("health-sti-testing", day(2026, 12, 2)).unwrap().out_of_date.is_none());
    let late = app.article_on("health-sti-testing", day(2028, 1, 1)).unwrap();
    let note = late.out_of_date.expect("marked after more than a year");
    assert!(note.contains("may be out of date"), "{note}");
}

#[test]
fn the_place_picked_is_remembered_across_restarts_and_can_be_forgotten() {
    let dir = tempfile::tempdir().unwrap();
    let now = Utc.with_ymd_and_hms(2026, 12, 2, 12, 0, 0).unwrap();
    let mut app = with_directory(dir.path());
    assert_eq!(app.directory(now).unwrap().city, "");
    app.set_city("Groningen").unwrap();
    drop(app);
    let mut app = with_directory(dir.path());
    assert_eq!(app.directory(now).unwrap().city, "Groningen");
    // A place the directory no longer lists is not offered.
    app.set_city("Atlantis").unwrap();
    assert_eq!(app.directory(now).unwrap().city, "");
    app.set_city("").unwrap();
    assert_eq!(app.directory(now).unwrap().city, "");
    assert!(matches!(app.set_city(&"x".repeat(101)), Err(AppError::InvalidInput(_))));
}

#[test]
fn the_shipped_directory_covers_the_country() {
    let dir = tempfile::tempdir().unwrap();
    let app = open(dir.path(), &["en"]);
    let d = app.directory(Utc::now()).unwrap();
    for city in ["Amsterdam", "Rotterdam", "Den Haag", "Utrecht", "Groningen", "Eindhoven", "Maastricht"] {
        assert!(d.cities.iter().any(|c| c == city), "{city} in {:?}", d.cities);
    }
    assert_eq!(d.cities.last().map(String::as_str), Some("Whole country"));
    // An entry without a checked phone number says so rather than inventing one.
    let no_phone = d.organisations.iter().find(|o| o.phone.is_none()).unwrap();
    assert!(no_phone.caveats.iter().any(|c| c.contains("phone number")));
    // Shipped entries all rest on the register, so all say when they were checked.
    assert!(d.organisations.iter().all(|o| o.checked.is_some()));
}

#[test]
fn links_are_built_by_the_core_and_arbitrary_addresses_are_refused() {
    let dir = tempfile::tempdir().unwrap();
    let app = with_directory(dir.path());
    let call = LinkRequest::Call { organisation: "line".into() };
    assert_eq!(app.link(&call, false).unwrap(), "tel:08000188");
    let map = LinkRequest::Map { organisation: "drop-in".into() };
    assert_eq!(
        app.link(&map, false).unwrap(),
        "https://www.openstreetmap.org/search?query=Schoolholm%202%2C%20Groningen"
    );
    assert_eq!(app.link(&map, true).unwrap(), "geo:0,0?q=Schoolholm%202%2C%20Groningen");
    let mail = LinkRequest::Email { organisation: "drop-in".into() };
    assert_eq!(app.link(&mail, false).unwrap(), "mailto:info@drop-in.example");
    let chat = LinkRequest::Chat { organisation: "drop-in".into() };
    assert_eq!(app.link(&chat, false).unwrap(), "https://chat.drop-in.example/sekswerk");
    let no_phone = LinkRequest::Call { organisation: "old-news".into() };
    assert!(matches!(app.link(&no_phone, false), Err(AppError::NotFound)));
    let source = LinkRequest::Source { article: "health-sti-testing".into(), index: 0 };
    assert!(app.link(&source, false).unwrap().starts_with("https://"));
    let forged = LinkRequest::ArticleLink { article: "health-sti-testing".into(), url: "https://evil.example/".into() };
    assert!(matches!(app.link(&forged, false), Err(AppError::InvalidInput(_))));
    // A phone number in an article dials; one that is not in it does not.
    let emergency = LinkRequest::ArticleCall { article: "help-emergency".into(), number: "112".into() };
    assert_eq!(app.link(&emergency, false).unwrap(), "tel:112");
    let forged = LinkRequest::ArticleCall { article: "help-emergency".into(), number: "0906 123 456".into() };
    assert!(matches!(app.link(&forged, false), Err(AppError::InvalidInput(_))));
}

#[test]
fn a_corrupt_library_file_is_rebuilt_from_the_shipped_content() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("library.sqlite"), b"this is not a database, just garbage bytes").unwrap();
    let app = open(dir.path(), &["en"]);
    assert!(app.article("health-sti-testing").is_ok());
}
