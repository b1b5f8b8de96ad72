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
        assert!(page.articles.iter().all(|a| a.lang == code && !a.fallback), "{code}: every safety article is in {code}");
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
    let app = App::with_content(Library::open_in_memory().unwrap(), I18n::embedded(), &articles, &data, &["en".to_string()])
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

#[test]
fn the_directory_shows_open_now_in_amsterdam_time() {
    let dir = tempfile::tempdir().unwrap();
    let app = open(dir.path(), &["en"]);
    // Monday 23 November 2026, 18:00 in Amsterdam (17:00 UTC).
    let evening = Utc.with_ymd_and_hms(2026, 11, 23, 17, 0, 0).unwrap();
    let d = app.directory(evening).unwrap();
    assert_eq!(d.cities.first().map(String::as_str), Some("Deventer"));
    assert!(d.cities.contains(&"Groningen".to_string()));
    assert_eq!(d.cities.last().map(String::as_str), Some("Whole country"));
    let mp = d.organisations.iter().find(|o| o.id == "ldh-meetingpoint-groningen").unwrap();
    assert!(matches!(mp.open_state, OpenState::Open));
    assert_eq!(mp.open_label, "Open now, until 20:00");
    assert_eq!(mp.hours, vec!["Every day: 17:00–20:00".to_string()]);
    assert!(!mp.caveats.is_empty(), "unconfirmed hours must carry a caveat");

    let morning = Utc.with_ymd_and_hms(2026, 11, 23, 9, 0, 0).unwrap();
    let d = app.directory(morning).unwrap();
    let mp = d.organisations.iter().find(|o| o.id == "ldh-meetingpoint-groningen").unwrap();
    assert_eq!(mp.open_label, "Closed. Opens Monday at 17:00");

    let csg = d.organisations.iter().find(|o| o.id == "centrum-seksueel-geweld").unwrap();
    assert!(matches!(csg.open_state, OpenState::Always));
    // An entry without a checked phone number says so rather than inventing one.
    let mjd = d.organisations.iter().find(|o| o.id == "mjd-groningen").unwrap();
    assert!(mjd.phone.is_none());
    assert!(mjd.caveats.iter().any(|c| c.contains("phone number")));
}

#[test]
fn links_are_built_by_the_core_and_arbitrary_addresses_are_refused() {
    let dir = tempfile::tempdir().unwrap();
    let app = open(dir.path(), &["en"]);
    let call = LinkRequest::Call { organisation: "centrum-seksueel-geweld".into() };
    assert_eq!(app.link(&call, false).unwrap(), "tel:08000188");
    let map = LinkRequest::Map { organisation: "ldh-meetingpoint-groningen".into() };
    assert_eq!(
        app.link(&map, false).unwrap(),
        "https://www.openstreetmap.org/search?query=Schoolholm%202b%2C%20Groningen"
    );
    assert_eq!(app.link(&map, true).unwrap(), "geo:0,0?q=Schoolholm%202b%2C%20Groningen");
    let no_phone = LinkRequest::Call { organisation: "mjd-groningen".into() };
    assert!(matches!(app.link(&no_phone, false), Err(AppError::NotFound)));
    let source = LinkRequest::Source { article: "health-sti-testing".into(), index: 0 };
    assert!(app.link(&source, false).unwrap().starts_with("https://"));
    let forged = LinkRequest::ArticleLink { article: "health-sti-testing".into(), url: "https://evil.example/".into() };
    assert!(matches!(app.link(&forged, false), Err(AppError::InvalidInput(_))));
}

#[test]
fn a_corrupt_library_file_is_rebuilt_from_the_shipped_content() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("library.sqlite"), b"this is not a database, just garbage bytes").unwrap();
    let app = open(dir.path(), &["en"]);
    assert!(app.article("health-sti-testing").is_ok());
}
