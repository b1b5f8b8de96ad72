//! The person's settings over real files in a temporary data folder: kept
//! apart from the content library, so rebuilding the library loses none of
//! them; a damaged settings file gives the defaults and is kept; settings
//! an older app kept in the library are taken over once.

use std::path::Path;

use huiskamer_core::settings::FILE_NAME;
use huiskamer_core::{contact_view, diary, App};

const SERVER: &str = "http://127.0.0.1:8787";

fn open(dir: &Path) -> App {
    App::open(dir, &["en".to_string()]).expect("app opens")
}

fn corrupt_files(dir: &Path) -> Vec<Vec<u8>> {
    std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| {
            let name = p.file_name().unwrap().to_string_lossy();
            name.starts_with("settings.") && name.ends_with(".corrupt")
        })
        .map(|p| std::fs::read(p).unwrap())
        .collect()
}

#[test]
fn settings_survive_a_corrupt_library_that_is_rebuilt() {
    let dir = tempfile::tempdir().unwrap();
    let mut app = open(dir.path());
    app.set_locale("nl").unwrap();
    diary::Diary::open(dir.path()).set_disguise(&app, true).unwrap();
    contact_view::set_server(&app, SERVER).unwrap();
    drop(app);

    std::fs::write(dir.path().join("library.sqlite"), b"this is not a database, just garbage bytes").unwrap();
    let app = open(dir.path());
    assert!(app.article("health-sti-testing").is_ok(), "the library is rebuilt");
    assert_eq!(app.locale(), "nl");
    assert!(diary::disguised(&app));
    assert_eq!(contact_view::server(&app).as_deref(), Some(SERVER));
}

#[test]
fn a_corrupt_settings_file_gives_the_defaults_and_is_kept_aside() {
    let dir = tempfile::tempdir().unwrap();
    let mut app = open(dir.path());
    app.set_locale("nl").unwrap();
    app.settings().set_disguise(true).unwrap();
    drop(app);
    let garbage = b"{\"locale\": \"nl\", \"disgu".to_vec();
    std::fs::write(dir.path().join(FILE_NAME), &garbage).unwrap();

    let mut app = open(dir.path());
    assert_eq!(app.locale(), "en", "the system's language again");
    assert!(!diary::disguised(&app));
    assert!(app.article("health-sti-testing").is_ok(), "the library is untouched");
    assert_eq!(corrupt_files(dir.path()), std::slice::from_ref(&garbage));
    // New choices go into a new file; the damaged one stays as it was.
    app.set_locale("uk").unwrap();
    drop(app);
    assert_eq!(open(dir.path()).locale(), "uk");
    assert_eq!(corrupt_files(dir.path()), [garbage]);
}

/// A library as apps before the settings file left it: their settings in
/// a `settings` table of `library.sqlite`.
fn old_library(dir: &Path, rows: &[(&str, &str)]) {
    let conn = rusqlite::Connection::open(dir.join("library.sqlite")).unwrap();
    conn.execute_batch(
        "CREATE TABLE IF NOT EXISTS settings (key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID;
         PRAGMA user_version = 3;",
    )
    .unwrap();
    for (key, value) in rows {
        conn.execute("INSERT OR REPLACE INTO settings (key, value) VALUES (?1, ?2)", [key, value]).unwrap();
    }
}

fn has_settings_table(dir: &Path) -> bool {
    let conn = rusqlite::Connection::open(dir.join("library.sqlite")).unwrap();
    conn.query_row("SELECT count(*) > 0 FROM sqlite_master WHERE name = 'settings'", [], |r| r.get(0)).unwrap()
}

#[test]
fn settings_of_an_older_app_are_taken_over_once_from_the_library() {
    let dir = tempfile::tempdir().unwrap();
    old_library(
        dir.path(),
        &[
            ("locale", "uk"),
            ("city", "Groningen"),
            ("disguise", "1"),
            ("partner_server", SERVER),
            ("contact_organisations", r#"[{"id":"ggd","name":"GGD","city":null,"description":null}]"#),
        ],
    );
    let app = open(dir.path());
    assert_eq!(app.locale(), "uk");
    assert!(diary::disguised(&app));
    assert_eq!(contact_view::server(&app).as_deref(), Some(SERVER));
    assert_eq!(app.settings().city().as_deref(), Some("Groningen"));
    assert_eq!(contact_view::organisations(&app)[0].name, "GGD");
    drop(app);
    assert!(dir.path().join(FILE_NAME).exists());
    assert!(!has_settings_table(dir.path()), "the old rows are gone");

    // Once: rows that turn up again later do not overwrite the file.
    old_library(dir.path(), &[("locale", "nl"), ("disguise", "0")]);
    let app = open(dir.path());
    assert_eq!(app.locale(), "uk");
    assert!(diary::disguised(&app));
    drop(app);
    assert!(!has_settings_table(dir.path()));
}

/// `reset_settings` is what the diary's "wipe everything" calls after
/// destroying the vault (`diary::tests` runs that whole path).
#[test]
fn wiping_everything_forgets_the_settings_for_good() {
    let dir = tempfile::tempdir().unwrap();
    let mut app = open(dir.path());
    app.set_locale("nl").unwrap();
    app.set_city("Utrecht").unwrap();
    app.settings().set_disguise(true).unwrap();
    contact_view::set_server(&app, SERVER).unwrap();
    app.reset_settings().unwrap();
    assert!(!diary::disguised(&app));
    drop(app);
    let app = open(dir.path());
    assert_eq!(app.locale(), "en");
    assert!(!diary::disguised(&app));
    assert_eq!(app.settings().city(), None);
    assert_eq!(app.settings().partner_server(), None);
}

#[test]
fn an_app_in_memory_writes_no_settings_file() {
    let library = huiskamer_core::content::Library::open_in_memory().unwrap();
    let mut app = App::with_library(library, huiskamer_core::i18n::I18n::embedded(), &["en".to_string()]).unwrap();
    app.set_locale("nl").unwrap();
    assert_eq!(app.locale(), "nl");
    drop(app);
    // Not in the working directory either (where a relative path would go).
    assert!(!Path::new(FILE_NAME).exists());
}
