//! The app as the shell sees it: the library ([`App`]), the diary and the
//! background sync, each behind its own lock, with every policy the shell
//! used to hold: how the app opens when the disk fails, when the diary
//! locks by itself, which reminders are shown and in which words, what the
//! sync settings show, and which `{code, message}` an error becomes.
//!
//! Each Tauri command is one call of a method here, named as the command.
//! The shell keeps only what needs the platform: windows, notifications,
//! the system's folders and languages, and opening links.

use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex, MutexGuard};
use std::time::{Duration, Instant};

use chrono::{DateTime, Local, NaiveDate, Utc};
use serde::Serialize;
use zeroize::Zeroizing;

use crate::app::{ArticleView, DirectoryView, LocaleView, SearchView, TopicPage, TopicView};
use crate::background::{Engine, Host, SyncStatus};
use crate::contact_view::{self, ContactView, ConversationView, SyncView};
use crate::content::Library;
use crate::diary::{Diary, DiarySearch, DiaryStatus, DiaryWeek};
use crate::i18n::I18n;
use crate::vault::{Entry, EntryBody, Vault, VaultError, VaultState};
use crate::{App, AppError, ErrorView, LinkRequest};

mod alarm;
mod reminders;
#[cfg(test)]
mod tests;

pub use alarm::{AlarmOrganisation, AlarmSettings};

/// What every command answers: its value, or the error already in the
/// reader's language.
pub type Reply<T> = Result<T, ErrorView>;

/// How often the shell calls [`Session::tick`].
pub const TICK: Duration = Duration::from_secs(5);

/// Reminders shown at one tick at most: a phone that was off for a day
/// must not buzz once for every reminder it missed.
const MAX_REMINDERS: usize = 3;

/// The icon of a notification while disguised: a stock icon name every
/// desktop theme has.
pub const NEUTRAL_ICON: &str = "accessories-calculator";

/// A notification to show, in neutral words: never an entry's or a
/// message's content, and no app name when disguised.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Notice {
    pub title: String,
    pub body: String,
    /// [`NEUTRAL_ICON`] when disguised, else none (the app's own).
    pub icon: Option<&'static str>,
    /// A reminder's: its "Done" button and the alarm a tap reports back
    /// ([`Session::reminder_tapped`]).
    pub done: Option<ReminderAction>,
}

/// The one button of a reminder, in neutral words ("Done"), and the id of
/// the alarm it belongs to: random-looking, it names no entry.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReminderAction {
    pub alarm: String,
    pub label: String,
}

/// What new replies change, for the shell to pass on: the Contact tab's
/// badge, and the notification to show (None while she is reading the
/// conversation they came in).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RepliesNews {
    pub unread_conversations: u32,
    /// The Contact tab's name with the count, for screen readers.
    pub unread_label: Option<String>,
    pub notice: Option<Notice>,
}

/// What happened at a tick, for the shell to pass on.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Event {
    /// The diary locked itself after its idle time: the screen must close it.
    Locked,
    /// A reminder is due: show it.
    Reminder(Notice),
}

/// The window's title and icon: Huiskamer's, or neutral ones when disguised.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct WindowLook {
    pub title: String,
    /// Show the neutral (calculator) icon instead of the app's.
    pub neutral_icon: bool,
}

/// The sync settings screen: the calm status and the addresses.
#[derive(Debug, Clone, Serialize)]
#[cfg_attr(test, derive(ts_rs::TS))]
pub struct SyncSettings {
    pub view: SyncView,
    /// The address the person set (empty when none, or when built in).
    pub server: String,
    /// The address in use: the person's, else the one given to the app.
    pub effective: Option<String>,
}

/// A value that is being made on another thread: `lock` waits for it once,
/// then behaves like the `Mutex` it becomes.
struct Ready<T> {
    value: std::sync::OnceLock<Mutex<T>>,
    /// Waiters sleep here until `value` is set (checked under the lock, so
    /// no wake-up is missed).
    made: (Mutex<()>, std::sync::Condvar),
}

impl<T> Ready<T> {
    fn new() -> Self {
        Ready { value: std::sync::OnceLock::new(), made: (Mutex::new(()), std::sync::Condvar::new()) }
    }

    fn set(&self, value: T) {
        let _ = self.value.set(Mutex::new(value));
        let _guard = self.made.0.lock().unwrap_or_else(|p| p.into_inner());
        self.made.1.notify_all();
    }

    /// The mutex, once the value is made.
    fn wait(&self) -> &Mutex<T> {
        if let Some(m) = self.value.get() {
            return m;
        }
        let mut guard = self.made.0.lock().unwrap_or_else(|p| p.into_inner());
        loop {
            if let Some(m) = self.value.get() {
                return m;
            }
            guard = self.made.1.wait(guard).unwrap_or_else(|p| p.into_inner());
        }
    }
}

/// The library and the diary, each behind its own lock, so reading an
/// article never waits for a PIN being checked. Lock order: app, then diary.
pub struct Session {
    data_dir: Option<PathBuf>,
    /// The core: opened on a thread of its own while the window starts
    /// (the first start imports the library of every language). Every
    /// method that needs it waits for it.
    app: Ready<App>,
    diary: Mutex<Diary>,
    /// The background sync loop's status and wake-up signal.
    engine: Arc<Engine>,
    /// The conversation on screen (the device's id): opened or written in
    /// by the last command. Any other command (another screen, the list,
    /// the diary locking when the app is hidden) clears it.
    showing: Mutex<Option<String>>,
    /// A reminder tapped while the diary was locked, waiting for the PIN.
    tapped: Mutex<Option<reminders::Tapped>>,
}

impl Session {
    /// A session whose diary is open and whose library is not yet: call
    /// [`Session::open_library`] (on another thread) to finish. `data_dir`
    /// is `None` when the system gave the app no folder of its own.
    pub fn starting(data_dir: Option<PathBuf>) -> Session {
        let diary = Diary::open(data_dir.as_deref().unwrap_or(Path::new("")));
        Session::starting_with(data_dir, diary)
    }

    /// [`Session::starting`] with the diary given (tests use a vault with a
    /// quick key derivation).
    pub fn starting_with(data_dir: Option<PathBuf>, diary: Diary) -> Session {
        Session {
            data_dir,
            app: Ready::new(),
            diary: Mutex::new(diary),
            engine: Engine::new(crate::content::bundle::pinned_keys()),
            showing: Mutex::new(None),
            tapped: Mutex::new(None),
        }
    }

    /// Opens the library in the data folder with the language that fits
    /// `locales` (the system's preferred languages). A read-only or full
    /// disk must not stop a person from reading: the shipped content is
    /// then used from memory. (`App::open` itself already rebuilds a
    /// library file that cannot be read.)
    pub fn open_library(&self, locales: &[String]) {
        let opened = match &self.data_dir {
            Some(dir) => App::open(dir, locales).map_err(|e| e.to_string()),
            None => Err("the system gave the app no data folder".to_string()),
        };
        let app = opened.unwrap_or_else(|error| {
            tracing::error!(%error, "could not open the library on disk; using memory");
            let library = Library::open_in_memory().expect("in-memory SQLite");
            App::with_library(library, I18n::embedded(), locales).expect("shipped content imports")
        });
        self.app.set(app);
    }

    /// The session opened at once: diary and library.
    pub fn open(data_dir: Option<PathBuf>, locales: &[String]) -> Session {
        let session = Session::starting(data_dir);
        session.open_library(locales);
        session
    }

    fn app(&self) -> MutexGuard<'_, App> {
        self.app.wait().lock().unwrap_or_else(|p| p.into_inner())
    }

    fn diary(&self) -> MutexGuard<'_, Diary> {
        self.diary.lock().unwrap_or_else(|p| p.into_inner())
    }

    /// The screen shows `id` (a conversation), or no conversation.
    fn show_conversation(&self, id: Option<&str>) {
        *self.showing.lock().unwrap_or_else(|p| p.into_inner()) = id.map(str::to_string);
    }

    fn with_app<T>(&self, f: impl FnOnce(&mut App) -> Result<T, AppError>) -> Reply<T> {
        self.show_conversation(None);
        let mut app = self.app();
        f(&mut app).map_err(|e| {
            tracing::warn!(code = e.code().as_str(), error = %e, "command failed");
            app.error_view(&e)
        })
    }

    fn with_diary<T>(&self, f: impl FnOnce(&mut Diary, &mut App) -> Result<T, VaultError>) -> Reply<T> {
        self.show_conversation(None);
        let mut app = self.app();
        let mut diary = self.diary();
        f(&mut diary, &mut app).map_err(|e| {
            tracing::warn!(code = e.code().as_str(), "diary command failed");
            app.error_view(&e)
        })
    }

    /// Runs `f` on the unlocked vault, then wakes the sync loop if asked.
    fn with_vault<T>(&self, wake: bool, f: impl FnOnce(&mut Vault, &App) -> Result<T, VaultError>) -> Reply<T> {
        let app = self.app();
        let result = self.diary().vault().and_then(|v| f(v, &app));
        match result {
            Ok(t) => {
                if wake {
                    self.engine.wake();
                }
                Ok(t)
            }
            Err(e) => {
                tracing::warn!(code = e.code().as_str(), "contact command failed");
                Err(app.error_view(&e))
            }
        }
    }

    // The library.

    pub fn locale_view(&self) -> Reply<LocaleView> {
        self.with_app(|app| Ok(app.locale_view()))
    }

    pub fn set_locale(&self, code: &str) -> Reply<LocaleView> {
        self.with_app(|app| app.set_locale(code))
    }

    pub fn topics(&self) -> Reply<Vec<TopicView>> {
        self.with_app(|app| app.topics())
    }

    pub fn topic(&self, id: &str) -> Reply<TopicPage> {
        self.with_app(|app| app.topic(id))
    }

    pub fn article(&self, id: &str) -> Reply<ArticleView> {
        self.with_app(|app| app.article(id))
    }

    pub fn search(&self, query: &str) -> Reply<SearchView> {
        self.with_app(|app| app.search(query))
    }

    pub fn directory(&self) -> Reply<DirectoryView> {
        self.with_app(|app| app.directory(Utc::now()))
    }

    pub fn set_city(&self, city: &str) -> Reply<()> {
        self.with_app(|app| app.set_city(city))
    }

    /// Builds the address for `request` (a phone call, a map, a web page)
    /// and hands it to `open`, the system's opener; `mobile` picks the
    /// phone's forms of address.
    pub fn open_link<E: std::fmt::Display>(
        &self,
        request: &LinkRequest,
        mobile: bool,
        open: impl FnOnce(String) -> Result<(), E>,
    ) -> Reply<()> {
        let url = self.with_app(|app| app.link(request, mobile))?;
        open(url).map_err(|e| {
            tracing::warn!(error = %e, "could not open link");
            self.app().error_view(crate::error::ErrorCode::OpenLink)
        })
    }

    /// The window's title and icon.
    pub fn window(&self) -> WindowLook {
        let app = self.app();
        WindowLook { title: crate::diary::window_title(&app), neutral_icon: crate::diary::disguised(&app) }
    }

    // The diary. PINs and entry text pass through here and are never logged.

    pub fn diary_status(&self) -> Reply<DiaryStatus> {
        let mut status = self.with_diary(|d, app| d.status(app, Utc::now()))?;
        status.reminder_waiting = status.vault.state == VaultState::Locked && self.reminder_waiting(Instant::now());
        Ok(status)
    }

    /// Sets the diary up; returns the recovery key, shown once.
    pub fn diary_set_up(&self, secret: &str) -> Reply<String> {
        self.with_diary(|d, _| d.set_up(secret).map(|k| k.to_string()))
    }

    pub fn diary_unlock(&self, secret: &str) -> Reply<DiaryStatus> {
        self.with_diary(|d, _| d.unlock(secret, Utc::now()))?;
        // Unlocked: what waited for the diary (backup, messages) can go
        // now; an alarm the emergency PIN queued goes at once.
        self.engine.wake_now();
        self.diary_status()
    }

    pub fn diary_lock(&self) -> Reply<DiaryStatus> {
        self.with_diary(|d, _| {
            d.lock();
            Ok(())
        })?;
        self.diary_status()
    }

    /// The week that holds `day` (`YYYY-MM-DD`), else this week.
    pub fn diary_week(&self, day: Option<&str>) -> Reply<DiaryWeek> {
        let day = match day {
            Some(s) => {
                NaiveDate::parse_from_str(s, "%Y-%m-%d").map_err(|_| VaultError::Invalid(crate::error::Field::Date))
            }
            None => Ok(Local::now().date_naive()),
        };
        self.with_diary(|d, app| d.week(app, day?))
    }

    pub fn diary_search(&self, query: &str) -> Reply<DiarySearch> {
        self.with_diary(|d, app| d.search(app, query))
    }

    pub fn diary_entry(&self, id: &str) -> Reply<Entry> {
        self.with_diary(|d, app| d.entry_with_watch(app, id))
    }

    pub fn diary_save(&self, id: Option<&str>, body: EntryBody) -> Reply<Entry> {
        let saved = self.with_diary(|d, app| {
            if !d.keeps_alert(id, &body) {
                crate::watches::check_offered(app, &body)?;
            }
            d.save(id, body, Utc::now())
        })?;
        self.engine.wake();
        Ok(saved)
    }

    pub fn diary_delete(&self, id: &str) -> Reply<()> {
        self.with_diary(|d, _| d.delete(id, Utc::now()))?;
        self.engine.wake();
        Ok(())
    }

    /// `bytes`: the photo as sent, `None` when the request was not raw bytes.
    pub fn diary_add_photo(&self, bytes: Option<&[u8]>) -> Reply<String> {
        self.with_diary(|d, _| match bytes {
            Some(bytes) => d.add_photo(bytes, Utc::now()),
            None => Err(VaultError::Invalid(crate::error::Field::PhotoType)),
        })
    }

    pub fn diary_photo(&self, id: &str) -> Reply<Zeroizing<Vec<u8>>> {
        self.with_diary(|d, _| d.photo(id))
    }

    pub fn diary_settings(&self, auto_lock_secs: u64, wipe_after: Option<u32>) -> Reply<DiaryStatus> {
        self.with_diary(|d, _| d.settings(auto_lock_secs, wipe_after))?;
        self.diary_status()
    }

    pub fn diary_set_duress(&self, current: &str, duress: &str) -> Reply<()> {
        self.with_diary(|d, _| d.set_duress(current, duress))
    }

    pub fn diary_change_secret(&self, current: &str, new: &str) -> Reply<()> {
        self.with_diary(|d, _| d.change_secret(current, new))
    }

    /// Writes the encrypted backup into `dir` (`None`: the system gave no
    /// folder) and says where, in the reader's language.
    pub fn diary_export(&self, dir: Option<&Path>) -> Reply<String> {
        self.with_diary(|d, app| {
            let dir = dir.ok_or(VaultError::ReadOnly)?;
            d.export_message(app, dir, Utc::now())
        })
    }

    /// `bytes`: the backup file as sent, `None` when the request was not raw bytes.
    pub fn diary_stage_restore(&self, bytes: Option<Vec<u8>>) -> Reply<()> {
        self.with_diary(|d, _| match bytes {
            Some(bytes) => d.stage_restore(bytes),
            None => Err(VaultError::CorruptBackup),
        })
    }

    pub fn diary_restore(&self, recovery: &str, secret: &str) -> Reply<DiaryStatus> {
        self.with_diary(|d, _| d.restore(recovery, secret, Utc::now()))?;
        self.engine.wake();
        self.diary_status()
    }

    /// Wipes the diary and the app's own settings; the window's look
    /// ([`Session::window`]) changes with it.
    pub fn wipe_everything(&self) -> Reply<()> {
        self.with_diary(|d, app| d.wipe_everything(app))
    }

    /// The window's look ([`Session::window`]) changes with it.
    pub fn set_disguise(&self, on: bool) -> Reply<DiaryStatus> {
        self.with_diary(|d, app| d.set_disguise(app, on))?;
        self.diary_status()
    }

    // What happens without a command.

    /// Called every [`TICK`]: locks the diary when it has been idle for its
    /// auto-lock time (`monotonic`: now, on the clock idle time is measured
    /// with), and takes the reminders due at `now`. Reminders are due while
    /// the diary is locked too, and never carry an entry's text.
    pub fn tick(&self, now: DateTime<Utc>, monotonic: Instant) -> Vec<Event> {
        let app = self.app();
        let mut diary = self.diary();
        let locked = diary.lock_if_idle(monotonic);
        let due = diary.take_due_alarms(now);
        drop(diary);
        let mut events = Vec::new();
        if locked {
            events.push(Event::Locked);
        }
        // The latest ones, when more are due than are shown.
        for alarm in &due[due.len().saturating_sub(MAX_REMINDERS)..] {
            let (title, body) = crate::diary::notification_text(&app);
            let done = ReminderAction { alarm: alarm.clone(), label: app.t("notify-done") };
            events.push(Event::Reminder(Notice { done: Some(done), ..notice(&app, title, body) }));
        }
        events
    }

    // Sync and contact. Message text passes through here and is never logged.

    /// Runs the background sync until the app ends; `notify` passes on
    /// what new replies change (the badge, a notification to show).
    pub fn sync_loop(
        self: &Arc<Self>,
        notify: impl Fn(&RepliesNews) + Send + Sync + 'static,
    ) -> impl std::future::Future<Output = ()> + Send + 'static {
        self.engine.clone().run(SessionHost { session: self.clone(), notify })
    }

    pub fn sync_status(&self) -> SyncSettings {
        let mut status = self.engine.status();
        // What waits is read now, not at the last round: a change made a
        // moment ago shows at once.
        {
            let mut diary = self.diary();
            if let Ok(v) = diary.vault() {
                status.pending = v.pending_count().unwrap_or(status.pending);
                if v.is_unlocked() {
                    status.queued_messages = v.queued_messages().unwrap_or(status.queued_messages);
                }
            }
        }
        self.sync_settings(&status)
    }

    fn sync_settings(&self, status: &SyncStatus) -> SyncSettings {
        let app = self.app();
        SyncSettings {
            view: contact_view::sync_view(&app, status),
            server: app.settings().partner_server().unwrap_or_default(),
            effective: contact_view::server(&app),
        }
    }

    /// Asks the background sync to run now.
    pub fn sync_now(&self) -> SyncSettings {
        self.engine.sync_now();
        self.sync_status()
    }

    /// Sets (or, with `""`, clears) the partner server.
    pub fn set_partner_server(&self, server: &str) -> Reply<SyncSettings> {
        {
            let app = self.app();
            contact_view::set_server(&app, server).map_err(|e| app.error_view(e))?;
        }
        self.engine.sync_now();
        Ok(self.sync_status())
    }

    pub fn contact_view(&self) -> Reply<ContactView> {
        self.show_conversation(None);
        self.with_vault(false, |v, app| Ok(contact_view::contact_view(app, &v.conversations()?)))
    }

    pub fn contact_start(&self, organisation: &str, name: &str, callback: &str, text: &str) -> Reply<ConversationView> {
        self.with_vault(true, |v, app| contact_view::start(app, v, organisation, name, callback, text, Utc::now()))
    }

    pub fn contact_conversation(&self, id: &str) -> Reply<ConversationView> {
        let view = self.with_vault(false, |v, app| contact_view::open(app, v, id));
        self.show_conversation(view.as_ref().ok().map(|c| c.id.as_str()));
        view
    }

    pub fn contact_send(&self, id: &str, text: &str) -> Reply<ConversationView> {
        let view = self.with_vault(true, |v, app| contact_view::send(app, v, id, text, Utc::now()));
        self.show_conversation(view.as_ref().ok().map(|c| c.id.as_str()));
        view
    }

    /// What new replies in `conversations` (the device's ids) change: the
    /// Contact tab's badge, and a neutral notification unless every one of
    /// them came in the conversation on screen. The notification never
    /// names the organisation, the sender or the text.
    pub fn replies_arrived(&self, conversations: &[String]) -> RepliesNews {
        let unread = self.diary().vault().ok().and_then(|v| v.conversations().ok());
        let unread_conversations = unread.as_deref().map_or(0, contact_view::unread_conversations);
        let showing = self.showing.lock().unwrap_or_else(|p| p.into_inner()).clone();
        let elsewhere = conversations.iter().any(|c| Some(c) != showing.as_ref());
        let app = self.app();
        // The reminders' own words: a notification seen over her shoulder
        // does not even say that a message came.
        let notice = elsewhere.then(|| {
            let (title, body) = crate::diary::notification_text(&app);
            notice(&app, title, body)
        });
        RepliesNews {
            unread_conversations,
            unread_label: contact_view::unread_label(&app, unread_conversations),
            notice,
        }
    }

    /// A report of a mistake in an article or a directory entry (`about`:
    /// `article:<id>` or `organisation:<id>`), queued like any message.
    pub fn contact_report(&self, about: &str, text: &str) -> Reply<ConversationView> {
        self.with_vault(true, |v, app| contact_view::report(app, v, about, text, Utc::now()))
    }

    pub fn contact_forget(&self, id: &str, on_server: bool) -> Reply<()> {
        self.with_vault(on_server, |v, _| crate::contact::forget(v, id, on_server))
    }
}

/// A notification with `title` and `body`, and the neutral icon when disguised.
fn notice(app: &App, title: String, body: String) -> Notice {
    Notice { title, body, icon: crate::diary::disguised(app).then_some(NEUTRAL_ICON), done: None }
}

/// What the background loop needs, reached through the session.
struct SessionHost<N> {
    session: Arc<Session>,
    notify: N,
}

impl<N: Fn(&RepliesNews) + Send + Sync + 'static> Host for SessionHost<N> {
    type Vault = Mutex<Diary>;
    type Library = Mutex<App>;

    fn server(&self) -> Option<String> {
        contact_view::server(&self.session.app())
    }
    fn vault(&self) -> &Self::Vault {
        &self.session.diary
    }
    fn library(&self) -> &Self::Library {
        self.session.app.wait()
    }
    fn unlocked(&self) -> bool {
        self.session.diary().vault().map(|v| v.is_unlocked()).unwrap_or(false)
    }
    fn pending(&self) -> u64 {
        self.session.diary().vault().ok().and_then(|v| v.pending_count().ok()).unwrap_or(0)
    }
    fn replies(&self, conversations: &[String]) {
        // One neutral notification, whatever the count: never a name or text.
        (self.notify)(&self.session.replies_arrived(conversations));
    }
    fn organisations(&self, list: &[huiskamer_protocol::messages::Organisation]) {
        contact_view::set_organisations(&self.session.app(), list);
    }
}
