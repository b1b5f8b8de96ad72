//! The person's settings: language, the place picked in the directory,
//! disguise, the partner server, and the last list of organisations that
//! answer messages. This module is their one owner; the rest of the core
//! reads and writes them through [`Settings`]' typed accessors.
//!
//! They live in a file of their own, `settings.json` in the app's data
//! folder, and not in the content library: the library is a cache that
//! `App::open` deletes and rebuilds when it cannot be read, and that must
//! not cost the person their disguise or their server. The file is small
//! and changes seldom, so it is written whole each time, atomically (a
//! temporary file, fsync, rename, fsync of the folder): after a crash it
//! holds the old settings or the new ones, never half of either. It is not
//! encrypted (nor was the library's table it replaces): nothing in it is
//! diary content, see SECURITY.md.

use std::cell::RefCell;
use std::io::Write;
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use crate::content::Library;

/// The settings file in the app's data folder.
pub const FILE_NAME: &str = "settings.json";

/// A setting could not be written; the value in use stays the old one.
#[derive(Debug, thiserror::Error)]
#[error("settings file: {0}")]
pub struct SettingsError(#[from] pub std::io::Error);

/// What the file holds. Missing fields are their defaults, so a file from
/// an older or newer app still opens; unknown ones are ignored.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
struct Values {
    locale: Option<String>,
    city: Option<String>,
    disguise: bool,
    partner_server: Option<String>,
    /// JSON of the organisations list (see `contact_view::organisations`).
    contact_organisations: Option<String>,
}

/// Where the settings are kept.
#[derive(Debug)]
enum Store {
    /// For this run only: an app opened in memory (tests, or a disk that
    /// cannot be used), or a settings file that could not be put aside.
    Memory,
    File(PathBuf),
}

/// The person's settings. Writes take `&self` (the values sit in a
/// `RefCell`) because views that only read the app also keep caches in
/// them, e.g. `contact_view::set_organisations(&App, ..)`.
#[derive(Debug)]
pub struct Settings {
    store: Store,
    values: RefCell<Values>,
    /// Whether the values came from a settings file: if not, settings in
    /// an old library may be taken over (see [`Settings::take_over_from`]).
    loaded: bool,
}

impl Settings {
    /// Settings for this run only.
    pub fn in_memory() -> Settings {
        Settings { store: Store::Memory, values: RefCell::default(), loaded: false }
    }

    /// The settings in `dir`. Never fails: a missing file gives the
    /// defaults; an unreadable or damaged one gives the defaults too, is
    /// logged, and is renamed to `settings.<time>.corrupt` so nothing the
    /// person set is destroyed (if even that rename fails, the settings
    /// stay in memory for this run rather than overwrite the file).
    pub fn open(dir: &Path) -> Settings {
        let path = dir.join(FILE_NAME);
        let read = std::fs::read(&path);
        let error = match read {
            Ok(bytes) => match serde_json::from_slice::<Values>(&bytes) {
                Ok(values) => return Settings { store: Store::File(path), values: RefCell::new(values), loaded: true },
                Err(e) => e.to_string(),
            },
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
                return Settings { store: Store::File(path), values: RefCell::default(), loaded: false };
            }
            Err(e) => e.to_string(),
        };
        let aside = corrupt_name(dir);
        match std::fs::rename(&path, &aside) {
            Ok(()) => {
                let name = aside.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
                tracing::error!(%error, aside = %name, "settings file unreadable; using the defaults");
                Settings { store: Store::File(path), values: RefCell::default(), loaded: false }
            }
            Err(rename) => {
                tracing::error!(%error, %rename, "settings file unreadable and cannot be put aside; settings in memory");
                Settings::in_memory()
            }
        }
    }

    /// The settings that go with `library`: beside its file in the same
    /// folder, or in memory when the library is.
    pub fn beside(library: &Library) -> Settings {
        match library.path().and_then(Path::parent) {
            Some(dir) => Settings::open(dir),
            None => Settings::in_memory(),
        }
    }

    /// The language the person chose, if any.
    pub fn locale(&self) -> Option<String> {
        self.values.borrow().locale.clone()
    }

    pub fn set_locale(&self, code: &str) -> Result<(), SettingsError> {
        self.change(|v| v.locale = Some(code.to_string()))
    }

    /// The place picked in the directory's filter, if any.
    pub fn city(&self) -> Option<String> {
        self.values.borrow().city.clone()
    }

    /// Remembers the place picked; `None` forgets it.
    pub fn set_city(&self, city: Option<&str>) -> Result<(), SettingsError> {
        self.change(|v| v.city = city.map(str::to_string))
    }

    /// Whether the app shows itself as a calculator.
    pub fn disguise(&self) -> bool {
        self.values.borrow().disguise
    }

    pub fn set_disguise(&self, on: bool) -> Result<(), SettingsError> {
        self.change(|v| v.disguise = on)
    }

    /// The partner server's address as the person set it ("" once cleared).
    pub fn partner_server(&self) -> Option<String> {
        self.values.borrow().partner_server.clone()
    }

    pub fn set_partner_server(&self, server: &str) -> Result<(), SettingsError> {
        self.change(|v| v.partner_server = Some(server.to_string()))
    }

    /// The organisations that answer messages, as JSON, as last fetched.
    pub fn organisations_json(&self) -> Option<String> {
        self.values.borrow().contact_organisations.clone()
    }

    pub fn set_organisations_json(&self, json: &str) -> Result<(), SettingsError> {
        self.change(|v| v.contact_organisations = Some(json.to_string()))
    }

    /// Forgets every setting (the diary's "wipe everything").
    pub fn clear(&self) -> Result<(), SettingsError> {
        self.change(|v| *v = Values::default())
    }

    /// Takes over the settings an older app kept in the library's
    /// `settings` table, once: when this store holds none of its own yet.
    /// The library's rows are removed only after the settings are safely
    /// written, so a failure leaves them for the next start.
    pub(crate) fn take_over_from(&self, library: &Library) {
        // Settings in memory beside a library on disk (a settings file
        // that could not be put aside): keep the rows for a later start.
        if matches!(self.store, Store::Memory) && library.path().is_some() {
            return;
        }
        let rows = match library.legacy_settings() {
            Ok(rows) if rows.is_empty() => return,
            Ok(rows) => rows,
            Err(error) => {
                tracing::warn!(%error, "old settings in the library unreadable; not taken over");
                return;
            }
        };
        if !self.loaded {
            let written = self.change(|v| {
                for (key, value) in rows {
                    match key.as_str() {
                        "locale" => v.locale = Some(value),
                        "city" => v.city = Some(value),
                        "disguise" => v.disguise = value == "1",
                        "partner_server" => v.partner_server = Some(value),
                        "contact_organisations" => v.contact_organisations = Some(value),
                        _ => {}
                    }
                }
            });
            if let Err(error) = written {
                tracing::warn!(%error, "old settings not taken over; trying again next start");
                return;
            }
        }
        if let Err(error) = library.drop_legacy_settings() {
            tracing::warn!(%error, "old settings table not removed");
        }
    }

    /// Applies `f` to a copy of the values, writes it, and only then puts
    /// it in use: a failed write changes nothing.
    fn change(&self, f: impl FnOnce(&mut Values)) -> Result<(), SettingsError> {
        let mut values = self.values.borrow().clone();
        f(&mut values);
        if let Store::File(path) = &self.store {
            write_atomically(path, &serde_json::to_vec_pretty(&values).expect("settings serialise"))?;
        }
        *self.values.borrow_mut() = values;
        Ok(())
    }
}

/// Writes `bytes` to `path` so that a crash leaves the old file or the new
/// one: a temporary file beside it, flushed to the disk, renamed over it,
/// and the folder flushed so the rename itself is kept.
fn write_atomically(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    let tmp = path.with_extension("json.tmp");
    let result = (|| {
        let mut file = std::fs::File::create(&tmp)?;
        file.write_all(bytes)?;
        file.sync_all()?;
        std::fs::rename(&tmp, path)
    })();
    if result.is_err() {
        let _ = std::fs::remove_file(&tmp);
    }
    result?;
    // Not every platform opens a folder for syncing (Windows does not);
    // the rename is done either way.
    if let Some(dir) = path.parent() {
        if let Ok(dir) = std::fs::File::open(dir) {
            let _ = dir.sync_all();
        }
    }
    Ok(())
}

/// A name for a damaged settings file that no earlier one has.
fn corrupt_name(dir: &Path) -> PathBuf {
    let secs = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map_or(0, |d| d.as_secs());
    let mut n = 0u32;
    loop {
        let name = if n == 0 { format!("settings.{secs}.corrupt") } else { format!("settings.{secs}-{n}.corrupt") };
        let path = dir.join(name);
        if !path.exists() {
            return path;
        }
        n += 1;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn settings_are_written_and_read_back_from_their_file() {
        let dir = tempfile::tempdir().unwrap();
        let s = Settings::open(dir.path());
        assert_eq!((s.locale(), s.disguise(), s.partner_server()), (None, false, None));
        s.set_locale("uk").unwrap();
        s.set_disguise(true).unwrap();
        s.set_partner_server("https://partner.example").unwrap();
        s.set_city(Some("Utrecht")).unwrap();
        s.set_organisations_json("[]").unwrap();
        let s = Settings::open(dir.path());
        assert_eq!(s.locale().as_deref(), Some("uk"));
        assert!(s.disguise());
        assert_eq!(s.partner_server().as_deref(), Some("https://partner.example"));
        assert_eq!(s.city().as_deref(), Some("Utrecht"));
        assert_eq!(s.organisations_json().as_deref(), Some("[]"));
        s.set_city(None).unwrap();
        assert_eq!(Settings::open(dir.path()).city(), None);
        // Only the file itself: the temporary one is renamed away.
        let names: Vec<_> = std::fs::read_dir(dir.path()).unwrap().map(|e| e.unwrap().file_name()).collect();
        assert_eq!(names, [FILE_NAME]);
    }

    #[test]
    fn a_failed_write_is_an_error_and_changes_nothing() {
        let dir = tempfile::tempdir().unwrap();
        let s = Settings::open(&dir.path().join("gone"));
        assert!(s.set_disguise(true).is_err());
        assert!(!s.disguise());
    }

    #[test]
    fn a_damaged_file_gives_the_defaults_and_is_kept_aside() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join(FILE_NAME), b"{\"disguise\": tru").unwrap();
        let s = Settings::open(dir.path());
        assert!(!s.disguise());
        s.set_locale("nl").unwrap();
        // A second damaged file is kept aside too, beside the first.
        std::fs::write(dir.path().join(FILE_NAME), b"\xff\xfe").unwrap();
        assert_eq!(Settings::open(dir.path()).locale(), None);
        let aside: Vec<Vec<u8>> = std::fs::read_dir(dir.path())
            .unwrap()
            .map(|e| e.unwrap().path())
            .filter(|p| p.extension().is_some_and(|e| e == "corrupt"))
            .map(|p| std::fs::read(p).unwrap())
            .collect();
        assert_eq!(aside.len(), 2);
        assert!(aside.contains(&b"{\"disguise\": tru".to_vec()) && aside.contains(&b"\xff\xfe".to_vec()));
    }
}
