//! The diary as the UI sees it: the vault, plus views in the reader's
//! language (weeks of days with their entries) and errors as `{code,
//! message}`. The Tauri shell keeps a [`Diary`] beside the [`App`] and maps
//! each command onto one method here.

use std::path::{Path, PathBuf};

use chrono::{DateTime, Datelike, Duration, Local, NaiveDate, Utc};
use fluent_bundle::FluentValue;
use serde::Serialize;
use zeroize::Zeroizing;

use crate::app::App;
use crate::settings::SettingsError;
use crate::vault::{Entry, EntryBody, Secret, Vault, VaultError, VaultState, VaultStatus};

pub struct Diary {
    path: PathBuf,
    vault: Result<Vault, VaultError>,
    /// A backup file handed over for restoring, until the restore is done.
    staged: Option<Zeroizing<Vec<u8>>>,
}

#[derive(Debug, Clone, Serialize)]
#[cfg_attr(test, derive(ts_rs::TS))]
pub struct DiaryStatus {
    #[serde(flatten)]
    pub vault: VaultStatus,
    /// Neutral name and title instead of "Huiskamer".
    pub disguise: bool,
    /// "Too many wrong tries. Wait 30 seconds", while a wait is on.
    pub wait_message: Option<String>,
    /// Choices for the settings and the entry form, labelled in the reader's language.
    pub auto_lock_choices: Vec<Choice>,
    pub wipe_after_choices: Vec<Choice>,
    pub reminder_choices: Vec<Choice>,
    /// Organisations an appointment's check-in alert may go to; empty when
    /// none is offered (no server, or none takes alerts): then the app only
    /// reminds her.
    pub alert_organisations: Vec<crate::watches::WatchOrganisation>,
    /// A reminder was tapped while the diary was locked: the lock screen
    /// says the PIN opens it (set by the session, which keeps the tap).
    pub reminder_waiting: bool,
}

/// Where a tap on a reminder led, once the diary was unlocked.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(test, derive(ts_rs::TS))]
pub struct ReminderOpened {
    /// The appointment to show.
    pub entry: String,
    /// "Done" on a check-in reminder: she is checked in (and the check-in
    /// goes to her organisation with the next sync, if it watches).
    pub checked_in: bool,
}

#[derive(Debug, Clone, Serialize)]
#[cfg_attr(test, derive(ts_rs::TS))]
pub struct Choice {
    pub value: u32,
    pub label: String,
}

#[derive(Debug, Clone, Serialize)]
#[cfg_attr(test, derive(ts_rs::TS))]
pub struct EntryItem {
    pub id: String,
    #[cfg_attr(test, ts(type = r#"EntryBody["kind"]"#))]
    pub kind: &'static str,
    pub kind_label: String,
    /// "21:00", or "21:00–22:00".
    pub time: String,
    pub title: String,
    pub place: String,
    pub has_alarm: bool,
    /// Set on a copy kept when two phones changed the entry at once.
    pub conflict_label: Option<String>,
}

#[derive(Debug, Clone, Serialize)]
#[cfg_attr(test, derive(ts_rs::TS))]
pub struct DiaryDay {
    pub date: NaiveDate,
    pub label: String,
    pub today: bool,
    pub entries: Vec<EntryItem>,
    /// "No entries", "2 entries": what a screen reader says for the day.
    pub count_label: String,
}

#[derive(Debug, Clone, Serialize)]
#[cfg_attr(test, derive(ts_rs::TS))]
pub struct DiaryWeek {
    pub start: NaiveDate,
    pub previous: NaiveDate,
    pub next: NaiveDate,
    pub label: String,
    pub days: Vec<DiaryDay>,
    pub count_label: String,
}

#[derive(Debug, Clone, Serialize)]
#[cfg_attr(test, derive(ts_rs::TS))]
pub struct DiarySearch {
    pub query: String,
    pub days: Vec<DiaryDay>,
    pub count_label: String,
}

fn first_line(s: &str, max: usize) -> String {
    let line = s.lines().map(str::trim).find(|l| !l.is_empty()).unwrap_or("");
    if line.chars().count() > max {
        let cut: String = line.chars().take(max).collect();
        format!("{}…", cut.trim_end())
    } else {
        line.to_string()
    }
}

impl Diary {
    /// Opens the vault in `data_dir`. A vault that can't be opened (a
    /// read-only or full disk) is kept as its error, shown on the diary
    /// screen; the rest of the app works.
    pub fn open(data_dir: &Path) -> Diary {
        let path = data_dir.join("vault.sqlite");
        let vault = Vault::open(&path);
        if let Err(e) = &vault {
            tracing::error!(code = e.code().as_str(), "diary could not be opened");
        }
        Diary { path, vault, staged: None }
    }

    pub fn with_vault(vault: Vault) -> Diary {
        Diary { path: vault.path().to_owned(), vault: Ok(vault), staged: None }
    }

    pub fn vault(&mut self) -> Result<&mut Vault, VaultError> {
        if self.vault.is_err() {
            // Try again: the disk may have been freed or made writable.
            self.vault = Vault::open(&self.path);
        }
        self.vault.as_mut().map_err(|e| match e {
            VaultError::DiskFull => VaultError::DiskFull,
            _ => VaultError::ReadOnly,
        })
    }

    pub fn status(&mut self, app: &App, now: DateTime<Utc>) -> Result<DiaryStatus, VaultError> {
        let vault = self.vault()?.status(now)?;
        let choice = |id: &str, arg: &str, value: u32| Choice {
            value,
            label: app.t_args(id, &[(arg, FluentValue::from(value))]),
        };
        let wait_message =
            (vault.wait_secs > 0).then(|| app.error_view(VaultError::Wait { secs: vault.wait_secs }).message);
        Ok(DiaryStatus {
            vault,
            disguise: disguised(app),
            wait_message,
            auto_lock_choices: [1, 2, 5, 10, 30]
                .map(|m| Choice { value: m * 60, ..choice("diary-minutes", "minutes", m) })
                .to_vec(),
            wipe_after_choices: [5, 10, 20].map(|n| choice("diary-wipe-after-n", "count", n)).to_vec(),
            reminder_choices: [15, 30, 60, 120, 1440].map(|m| choice("diary-reminder-minutes", "minutes", m)).to_vec(),
            alert_organisations: crate::watches::offered(app),
            reminder_waiting: false,
        })
    }

    pub fn set_up(&mut self, secret: &str) -> Result<Zeroizing<String>, VaultError> {
        self.vault()?.set_up(&Secret::new(secret))
    }

    pub fn unlock(&mut self, secret: &str, now: DateTime<Utc>) -> Result<(), VaultError> {
        self.vault()?.unlock(&Secret::new(secret), now)
    }

    pub fn lock(&mut self) {
        if let Ok(v) = self.vault.as_mut() {
            v.lock();
        }
        self.staged = None;
    }

    fn item(app: &App, e: &Entry) -> EntryItem {
        let hm = |t: chrono::NaiveDateTime| t.format("%H:%M").to_string();
        let kind = e.body.kind();
        let (time, title, place) = match &e.body {
            EntryBody::Appointment { starts, ends, place, with_whom, .. } => {
                let time = match ends {
                    Some(end) => format!("{}–{}", hm(*starts), hm(*end)),
                    None => hm(*starts),
                };
                let title = if with_whom.trim().is_empty() {
                    app.t("diary-kind-appointment")
                } else {
                    first_line(with_whom, 60)
                };
                (time, title, first_line(place, 60))
            }
            EntryBody::Incident { happened, what, place, .. } => {
                let title = if what.trim().is_empty() { app.t("diary-kind-incident") } else { first_line(what, 60) };
                (hm(*happened), title, first_line(place, 60))
            }
            EntryBody::Note { at, title, text } => {
                let t = if !title.trim().is_empty() { first_line(title, 60) } else { first_line(text, 60) };
                (hm(*at), t, String::new())
            }
        };
        EntryItem {
            id: e.id.clone(),
            kind,
            kind_label: app.t(&format!("diary-kind-{kind}")),
            time,
            title,
            place,
            has_alarm: !e.body.alarms().is_empty(),
            conflict_label: e.conflict_of.as_ref().map(|_| app.t("diary-conflict-copy")),
        }
    }

    fn day_label(app: &App, d: NaiveDate) -> String {
        let name = app.t(&format!("day-{}", d.weekday().to_string().to_lowercase()));
        app.t_args("diary-day", &[("weekday", name.into()), ("date", app.date(d).into())])
    }

    fn group(
        app: &App,
        entries: &[Entry],
        days: impl IntoIterator<Item = NaiveDate>,
        keep_empty: bool,
    ) -> Vec<DiaryDay> {
        let today = Local::now().date_naive();
        days.into_iter()
            .map(|date| {
                let items: Vec<EntryItem> =
                    entries.iter().filter(|e| e.body.day() == date).map(|e| Self::item(app, e)).collect();
                DiaryDay {
                    date,
                    label: Self::day_label(app, date),
                    today: date == today,
                    count_label: app.t_args("diary-count", &[("count", FluentValue::from(items.len()))]),
                    entries: items,
                }
            })
            .filter(|d| keep_empty || !d.entries.is_empty())
            .collect()
    }

    /// The week (Monday to Sunday) that holds `day`.
    pub fn week(&mut self, app: &App, day: NaiveDate) -> Result<DiaryWeek, VaultError> {
        let start = day - Duration::days(i64::from(day.weekday().num_days_from_monday()));
        let end = start + Duration::days(7);
        let vault = self.vault()?;
        vault.touch();
        let entries = vault.between(start, end)?;
        let days = Self::group(app, &entries, (0..7).map(|i| start + Duration::days(i)), true);
        Ok(DiaryWeek {
            start,
            previous: start - Duration::days(7),
            next: end,
            label: app.t_args(
                "diary-week",
                &[("from", app.date(start).into()), ("to", app.date(end - Duration::days(1)).into())],
            ),
            days,
            count_label: app.t_args("diary-count", &[("count", FluentValue::from(entries.len()))]),
        })
    }

    pub fn search(&mut self, app: &App, query: &str) -> Result<DiarySearch, VaultError> {
        let vault = self.vault()?;
        vault.touch();
        let query: String = query.chars().take(200).collect();
        let found = vault.search(&query)?;
        let mut dates: Vec<NaiveDate> = found.iter().map(|e| e.body.day()).collect();
        dates.dedup();
        dates.reverse();
        Ok(DiarySearch {
            count_label: app.t_args("diary-count", &[("count", FluentValue::from(found.len()))]),
            days: Self::group(app, &found, dates, false),
            query,
        })
    }

    pub fn entry(&mut self, id: &str) -> Result<Entry, VaultError> {
        let vault = self.vault()?;
        vault.touch();
        vault.get(id)
    }

    /// The entry, with its check-in alert's state in the reader's language.
    pub fn entry_with_watch(&mut self, app: &App, id: &str) -> Result<Entry, VaultError> {
        let vault = self.vault()?;
        vault.touch();
        let mut entry = vault.get(id)?;
        if let Some(w) = vault.watch_for_entry(id)? {
            entry.watch = Some(crate::watches::watch_view(app, &w));
        }
        Ok(entry)
    }

    /// The save keeps the alert the entry already has (same organisation):
    /// an appointment saved while offline, or after the organisation stopped
    /// taking alerts, keeps what was registered.
    pub fn keeps_alert(&mut self, id: Option<&str>, body: &EntryBody) -> bool {
        let org = |b: &EntryBody| match b {
            EntryBody::Appointment { alert: Some(a), .. } => Some(a.organisation.clone()),
            _ => None,
        };
        let (Some(id), Some(new)) = (id, org(body)) else { return false };
        let Ok(vault) = self.vault() else { return false };
        vault.get(id).ok().and_then(|e| org(&e.body)) == Some(new)
    }

    pub fn save(&mut self, id: Option<&str>, body: EntryBody, now: DateTime<Utc>) -> Result<Entry, VaultError> {
        let vault = self.vault()?;
        let entry = vault.save(id, body, now)?;
        vault.forget_unused_photos(now)?;
        Ok(entry)
    }

    pub fn delete(&mut self, id: &str, now: DateTime<Utc>) -> Result<(), VaultError> {
        self.vault()?.delete(id, now)
    }

    pub fn add_photo(&mut self, bytes: &[u8], now: DateTime<Utc>) -> Result<String, VaultError> {
        self.vault()?.add_photo(bytes, now)
    }

    pub fn photo(&mut self, id: &str) -> Result<Zeroizing<Vec<u8>>, VaultError> {
        let vault = self.vault()?;
        vault.touch();
        Ok(vault.photo(id)?.0)
    }

    pub fn settings(&mut self, auto_lock_secs: u64, wipe_after: Option<u32>) -> Result<(), VaultError> {
        let vault = self.vault()?;
        vault.set_auto_lock(auto_lock_secs)?;
        vault.set_wipe_after(wipe_after)
    }

    pub fn set_duress(&mut self, current: &str, duress: &str) -> Result<(), VaultError> {
        self.vault()?.set_duress(&Secret::new(current), &Secret::new(duress))
    }

    pub fn change_secret(&mut self, current: &str, new: &str) -> Result<(), VaultError> {
        self.vault()?.change_secret(&Secret::new(current), &Secret::new(new))
    }

    /// Writes the backup (see [`Diary::export_to`]) and says where, in the reader's language.
    pub fn export_message(&mut self, app: &App, dir: &Path, now: DateTime<Utc>) -> Result<String, VaultError> {
        let path = self.export_to(dir, now)?;
        Ok(app.t_args("diary-exported", &[("path", path.display().to_string().into())]))
    }

    /// Writes the encrypted backup into `dir` under a neutral name; returns its path.
    pub fn export_to(&mut self, dir: &Path, now: DateTime<Utc>) -> Result<PathBuf, VaultError> {
        let bytes = self.vault()?.export()?;
        std::fs::create_dir_all(dir)?;
        let name = format!("backup-{}.hkb", now.with_timezone(&Local).format("%Y%m%d-%H%M"));
        let path = dir.join(name);
        let tmp = path.with_extension("tmp");
        std::fs::write(&tmp, &bytes).map_err(|e| match e.raw_os_error() {
            Some(28) => VaultError::DiskFull,
            _ => VaultError::Io(e),
        })?;
        std::fs::rename(&tmp, &path)?;
        Ok(path)
    }

    pub fn stage_restore(&mut self, bytes: Vec<u8>) -> Result<(), VaultError> {
        if bytes.len() > 512 * 1024 * 1024 {
            return Err(VaultError::CorruptBackup);
        }
        self.staged = Some(Zeroizing::new(bytes));
        Ok(())
    }

    pub fn restore(&mut self, recovery: &str, secret: &str, now: DateTime<Utc>) -> Result<(), VaultError> {
        let file = self.staged.take().ok_or(VaultError::CorruptBackup)?;
        let result = self.vault()?.restore(&file, recovery, &Secret::new(secret), now);
        if result.is_err() {
            // Keep the file for another try with a corrected key.
            self.staged = Some(file);
        }
        result
    }

    /// Wipes the diary and the app's own settings: back to a first start.
    pub fn wipe_everything(&mut self, app: &mut App) -> Result<(), VaultError> {
        self.staged = None;
        self.vault()?.destroy()?;
        app.reset_settings().map_err(settings_error)?;
        Ok(())
    }

    pub fn set_disguise(&mut self, app: &App, on: bool) -> Result<(), VaultError> {
        app.settings().set_disguise(on).map_err(settings_error)
    }

    /// Locks when idle for too long at `now`; true if it locked now.
    pub fn lock_if_idle(&mut self, now: std::time::Instant) -> bool {
        match self.vault.as_mut() {
            Ok(v) => v.lock_if_idle(now),
            Err(_) => false,
        }
    }

    /// The ids of the alarms due at `now` (none when the vault is unreadable).
    pub fn take_due_alarms(&mut self, now: DateTime<Utc>) -> Vec<String> {
        match self.vault.as_mut() {
            Ok(v) => v.take_due_alarms(now).unwrap_or_default(),
            Err(_) => Vec::new(),
        }
    }

    /// Carries out a tap on the reminder `alarm` in the unlocked diary:
    /// `done` ("Done" pressed) on a check-in reminder checks her in, as
    /// ticking "I am safe" would; any tap shows the appointment. `None`:
    /// no entry has that alarm (deleted since, or another diary).
    pub fn open_reminder(
        &mut self,
        alarm: &str,
        done: bool,
        now: DateTime<Utc>,
    ) -> Result<Option<ReminderOpened>, VaultError> {
        let Some((entry, kind)) = self.vault()?.alarm_entry(alarm)? else { return Ok(None) };
        let mut checked_in = false;
        if done && kind == crate::vault::Alarm::CheckIn {
            let mut body = entry.body.clone();
            if let EntryBody::Appointment { checked_in: safe, .. } = &mut body {
                if !*safe {
                    *safe = true;
                    self.save(Some(&entry.id), body, now)?;
                }
                checked_in = true;
            }
        }
        Ok(Some(ReminderOpened { entry: entry.id, checked_in }))
    }

    pub fn state(&mut self) -> Option<VaultState> {
        let v = self.vault.as_ref().ok()?;
        Some(if v.is_unlocked() {
            VaultState::Unlocked
        } else if v.is_set_up().ok()? {
            VaultState::Locked
        } else {
            VaultState::NotSetUp
        })
    }
}

/// A settings write that failed, as the diary's other file writes report
/// it: a full disk, else a storage error (it is not the vault's folder
/// being read-only).
fn settings_error(e: SettingsError) -> VaultError {
    match e.0.raw_os_error() {
        Some(28) => VaultError::DiskFull,
        _ => VaultError::Io(e.0),
    }
}

pub fn disguised(app: &App) -> bool {
    app.settings().disguise()
}

/// The window title: the app's name, or a neutral one when disguised.
pub fn window_title(app: &App) -> String {
    if disguised(app) {
        app.t("ui-calc-title")
    } else {
        app.t("ui-app-name")
    }
}

/// Title and body of the notification for a due reminder: neutral words,
/// never the entry's content, and no app name when disguised.
pub fn notification_text(app: &App) -> (String, String) {
    (window_title(app), app.t("notify-reminder"))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::Library;
    use crate::i18n::I18n;
    use crate::vault::{Field, KdfParams};
    use chrono::NaiveDateTime;

    fn app(locale: &str) -> App {
        App::with_library(Library::open_in_memory().unwrap(), I18n::embedded(), &[locale.to_string()]).unwrap()
    }

    fn diary(dir: &Path) -> Diary {
        let mut d = Diary::with_vault(Vault::open_with(&dir.join("vault.sqlite"), KdfParams::TEST).unwrap());
        d.set_up("482916").unwrap();
        d
    }

    fn at(s: &str) -> NaiveDateTime {
        NaiveDateTime::parse_from_str(s, "%Y-%m-%d %H:%M").unwrap()
    }

    #[test]
    fn a_week_runs_monday_to_sunday_in_the_readers_language() {
        let dir = tempfile::tempdir().unwrap();
        let mut d = diary(dir.path());
        let body = EntryBody::Appointment {
            starts: at("2026-11-24 21:00"),
            ends: Some(at("2026-11-24 22:00")),
            place: "Hotel".into(),
            with_whom: String::new(),
            check_in: None,
            checked_in: false,
            reminder_minutes: Some(30),
            notes: String::new(),
            alert: None,
        };
        d.save(None, body, Utc::now()).unwrap();
        let nl = app("nl");
        let week = d.week(&nl, NaiveDate::from_ymd_opt(2026, 11, 26).unwrap()).unwrap();
        assert_eq!(week.start, NaiveDate::from_ymd_opt(2026, 11, 23).unwrap());
        assert_eq!(week.days.len(), 7);
        assert_eq!(week.label, "23 november 2026 – 29 november 2026");
        assert_eq!(week.days[1].label, "dinsdag 24 november 2026");
        // What a screen reader says for a day: an empty one says so, not
        // "{$count} entries" from a message formatted without its count.
        assert_eq!(
            (week.days[0].count_label.as_str(), week.days[1].count_label.as_str()),
            ("Niets opgeschreven", "1 item")
        );
        let item = &week.days[1].entries[0];
        assert_eq!(
            (item.time.as_str(), item.title.as_str(), item.kind_label.as_str()),
            ("21:00–22:00", "Afspraak", "Afspraak")
        );
        assert!(item.has_alarm);
        assert_eq!(week.count_label, "1 item");
        let en = app("en");
        assert_eq!(d.week(&en, week.next).unwrap().count_label, "No entries");
    }

    #[test]
    fn errors_and_notifications_speak_the_readers_language_and_say_nothing_personal() {
        let nl = app("nl");
        let e = nl.error_view(VaultError::WrongSecret { attempts: 5, wait_secs: 30 });
        assert_eq!(e.code, "vault-wrong-pin");
        assert_eq!(e.message, "Verkeerde pincode. Wacht 30 seconden en probeer het dan opnieuw.");
        let e = app("en").error_view(VaultError::WrongSecret { attempts: 1, wait_secs: 0 });
        assert_eq!(e.message, "Wrong PIN. Try again.");
        let e = app("en").error_view(VaultError::Invalid(Field::WithWhom));
        assert_eq!(e.message, "Please check this: With whom.");
        for code in
            ["vault-tampered", "backup-corrupt", "recovery-key-typo", "disk-full", "read-only", "vault-duress-same"]
        {
            let m = nl.t(&format!("error-{code}"));
            assert!(!m.starts_with("error-"), "no Dutch text for {code}");
        }

        let mut en = app("en");
        assert_eq!(notification_text(&en), ("Huiskamer".to_string(), "Reminder".to_string()));
        en.settings().set_disguise(true).unwrap();
        assert_eq!(notification_text(&en), ("Calculator".to_string(), "Reminder".to_string()));
        assert_eq!(window_title(&en), "Calculator");
        let dir = tempfile::tempdir().unwrap();
        let mut d = diary(dir.path());
        d.wipe_everything(&mut en).unwrap();
        assert_eq!(window_title(&en), "Huiskamer");
        assert_eq!(d.state(), Some(VaultState::NotSetUp));
    }

    #[test]
    fn status_offers_labelled_choices() {
        let dir = tempfile::tempdir().unwrap();
        let mut d = diary(dir.path());
        let s = d.status(&app("en"), Utc::now()).unwrap();
        assert_eq!(s.vault.state, VaultState::Unlocked);
        assert_eq!(s.auto_lock_choices[0].label, "1 minute");
        assert_eq!(s.auto_lock_choices[1].value, 120);
        assert_eq!(s.reminder_choices[2].label, "1 hour before");
        assert_eq!(s.wipe_after_choices[0].label, "After 5 wrong PINs");
        assert!(s.wait_message.is_none());
    }

    #[test]
    fn restore_keeps_the_file_for_another_try_after_a_typo() {
        let a = tempfile::tempdir().unwrap();
        let mut d = diary(a.path());
        let file = d.vault().unwrap().export().unwrap();
        let b = tempfile::tempdir().unwrap();
        let mut e = Diary::with_vault(Vault::open_with(&b.path().join("vault.sqlite"), KdfParams::TEST).unwrap());
        assert!(matches!(e.restore("ABCD", "550912", Utc::now()), Err(VaultError::CorruptBackup)), "nothing staged");
        e.stage_restore(file).unwrap();
        assert!(matches!(e.restore("ABCD", "550912", Utc::now()), Err(VaultError::RecoveryKey(_))));
        assert!(e.staged.is_some());
    }
}
