//! The Tauri shell: each command takes the state, calls one method of
//! `huiskamer_core::session::Session` and returns its answer (errors are
//! already `{code, message}`); all logic lives in `huiskamer-core`. What
//! stays here needs the platform: windows, notifications, the system's
//! folders and languages, opening links.
#![forbid(unsafe_code)]

mod alarm;
mod commands;
mod diary;
mod started;
mod sync;

use std::sync::{Arc, Mutex};
use std::time::Instant;

use huiskamer_core::diary::ReminderOpened;
use huiskamer_core::session::{Event, Notice, RepliesNews, Session, TICK};
use serde::Serialize;
use tauri::ipc::Channel;
use tauri::{AppHandle, Manager, Runtime};
use tauri_plugin_notification::{Action, ActionPerformed, ActionType, NotificationExt};

/// The state every command takes: the core, which waits while it opens.
pub(crate) type Core<'a> = tauri::State<'a, Arc<Session>>;

/// What the shell tells the web view without being asked (see ui/CONTRACT.md).
#[derive(Debug, Clone, Serialize)]
#[serde(tag = "event", rename_all = "kebab-case")]
pub enum UiEvent {
    /// The diary locked itself after its idle time: take it off the screen.
    DiaryLocked,
    /// Replies came in: the Contact tab's badge (`unread` conversations,
    /// `label` its name with the count for screen readers).
    Replies { unread: u32, label: Option<String> },
    /// A reminder was tapped: show `opened` (its appointment, and whether
    /// "Done" checked her in), or, when `None`, the diary, whose lock
    /// screen says the PIN opens the reminder.
    Reminder { opened: Option<ReminderOpened> },
}

/// The web view's channel for [`UiEvent`]s. A channel passed to a command
/// needs no permission beyond that command's, so the web view is still
/// granted nothing of Tauri's own (no event plugin). One window, one page:
/// a page that loads again replaces the channel of the one before.
#[derive(Default)]
pub(crate) struct UiEvents(Mutex<Option<Channel<UiEvent>>>);

impl UiEvents {
    pub(crate) fn subscribe(&self, channel: Channel<UiEvent>) {
        *self.0.lock().unwrap_or_else(|p| p.into_inner()) = Some(channel);
    }

    fn send(&self, event: UiEvent) {
        if let Some(channel) = self.0.lock().unwrap_or_else(|p| p.into_inner()).as_ref() {
            if let Err(e) = channel.send(event) {
                tracing::warn!(error = %e, "could not tell the web view");
            }
        }
    }
}

fn init_logging() {
    // Logs go to stderr only, at `warn` unless HUISKAMER_LOG says otherwise.
    // The core never logs article text, search queries or personal data.
    let filter = tracing_subscriber::EnvFilter::try_from_env("HUISKAMER_LOG")
        .unwrap_or_else(|_| tracing_subscriber::EnvFilter::new("warn"));
    let _ = tracing_subscriber::fmt().with_env_filter(filter).with_writer(std::io::stderr).try_init();
}

/// Sets the window title and icon: Huiskamer's, or neutral ones (a plain
/// calculator) when disguised. The launcher entry of an installed package
/// keeps its name; a platform cannot rename an installed app at run time.
pub(crate) fn apply_title<R: Runtime>(handle: &AppHandle<R>, session: &Session) {
    let look = session.window();
    if let Some(w) = handle.get_webview_window("main") {
        let _ = w.set_title(&look.title);
        let icon = if look.neutral_icon {
            tauri::image::Image::from_bytes(include_bytes!("../icons/neutral.png")).ok()
        } else {
            handle.default_window_icon().cloned()
        };
        if let Some(icon) = icon {
            let _ = w.set_icon(icon);
        }
    }
}

/// The action type of reminders, their one button, and the key of the
/// alarm id in a notification's payload.
const REMINDER: &str = "reminder";
const DONE: &str = "done";
const ALARM: &str = "alarm";

/// Shows a notification the core worded; a reminder with its "Done"
/// button (registered again each time: its label follows the language).
fn show<R: Runtime>(handle: &AppHandle<R>, notice: &Notice) {
    let mut n = handle.notification().builder().title(&notice.title).body(&notice.body);
    if let Some(icon) = notice.icon {
        n = n.icon(icon);
    }
    if let Some(done) = &notice.done {
        let button = Action::builder(DONE, &done.label).foreground(true).requires_authentication(true).build();
        let kind = ActionType::builder(REMINDER).actions(vec![button]).build();
        if let Err(e) = handle.notification().register_action_types(vec![kind]) {
            tracing::warn!(error = %e, "could not give the reminder its button");
        }
        n = n.action_type_id(REMINDER).extra(ALARM, &done.alarm);
    }
    if let Err(e) = n.show() {
        tracing::warn!(error = %e, "could not show a notification");
    }
}

/// One tick of the core (auto-lock, due reminders): passes its events on
/// to the web view and the system's notifications.
pub fn tick<R: Runtime>(handle: &AppHandle<R>, session: &Session, now: chrono::DateTime<chrono::Utc>, at: Instant) {
    for event in session.tick(now, at) {
        match event {
            Event::Locked => handle.state::<UiEvents>().send(UiEvent::DiaryLocked),
            Event::Reminder(notice) => show(handle, &notice),
        }
    }
}

/// A tap on a reminder (its "Done" button, or the notification itself):
/// the core carries it out, or keeps it for the PIN; the window comes to
/// the front and shows where it led.
fn reminder_tapped<R: Runtime>(handle: &AppHandle<R>, session: &Session, performed: &ActionPerformed) {
    let alarm = performed.notification().and_then(|n| n.extra().get(ALARM)).and_then(|v| v.as_str());
    let Some(alarm) = alarm else {
        // A reply's notification (it has no alarm): open the app.
        tracing::debug!(action = performed.action_id(), "a notification without a reminder was tapped");
        return;
    };
    tracing::debug!(action = performed.action_id(), "a reminder was tapped");
    let opened = session.reminder_tapped(alarm, performed.action_id() == DONE, Instant::now());
    if let Some(w) = handle.get_webview_window("main") {
        let _ = w.unminimize();
        let _ = w.show();
        let _ = w.set_focus();
    }
    handle.state::<UiEvents>().send(UiEvent::Reminder { opened });
}

/// What new replies change, as the core decided: the badge always, the
/// neutral notification when the core gives one.
pub fn replies<R: Runtime>(handle: &AppHandle<R>, news: &RepliesNews) {
    handle
        .state::<UiEvents>()
        .send(UiEvent::Replies { unread: news.unread_conversations, label: news.unread_label.clone() });
    if let Some(notice) = &news.notice {
        show(handle, notice);
    }
}

fn watch<R: Runtime>(handle: AppHandle<R>, session: Arc<Session>) {
    std::thread::spawn(move || loop {
        std::thread::sleep(TICK);
        tick(&handle, &session, chrono::Utc::now(), Instant::now());
    });
}

/// The app's plugins and commands on `builder`, on any runtime: `run`
/// uses the real one, the tests Tauri's mock runtime. The caller manages
/// the `Arc<Session>` the commands take.
pub fn app<R: Runtime>(builder: tauri::Builder<R>) -> tauri::Builder<R> {
    builder
        .plugin(tauri_plugin_opener::init())
        .plugin(tauri_plugin_notification::init())
        .manage(UiEvents::default())
        .invoke_handler(tauri::generate_handler![
            commands::app_events,
            commands::locale_view,
            commands::set_locale,
            commands::topics,
            commands::topic,
            commands::article,
            commands::search,
            commands::directory,
            commands::set_city,
            commands::open_link,
            diary::diary_status,
            diary::diary_set_up,
            diary::diary_unlock,
            diary::diary_reminder,
            diary::diary_lock,
            diary::diary_week,
            diary::diary_search,
            diary::diary_entry,
            diary::diary_save,
            diary::diary_delete,
            diary::diary_add_photo,
            diary::diary_photo,
            diary::diary_settings,
            diary::diary_set_duress,
            diary::diary_change_secret,
            diary::diary_export,
            diary::diary_stage_restore,
            diary::diary_restore,
            diary::wipe_everything,
            diary::set_disguise,
            sync::sync_status,
            sync::sync_now,
            sync::set_partner_server,
            sync::contact_view,
            sync::contact_start,
            sync::contact_conversation,
            sync::contact_send,
            sync::contact_report,
            sync::contact_forget,
            alarm::alarm_settings,
            alarm::alarm_set_up,
            alarm::alarm_turn_off,
            alarm::alarm_help_now,
            alarm::alarm_calculator,
        ])
}

pub fn run() {
    started::mark();
    init_logging();
    app(tauri::Builder::default())
        .setup(|app| {
            let session = Arc::new(Session::starting(app.path().app_data_dir().ok()));
            app.manage(session.clone());
            // The event loop stays free while the core opens: the window and
            // its web view start at the same time. A command that needs the
            // core before it is ready waits for it.
            let handle = app.handle().clone();
            let opening = session.clone();
            std::thread::spawn(move || {
                let locales: Vec<String> = sys_locale::get_locales().collect();
                opening.open_library(&locales);
                apply_title(&handle, &opening);
            });
            watch(app.handle().clone(), session.clone());
            let (handle, tapped) = (app.handle().clone(), session.clone());
            app.notification().on_action(move |performed| reminder_tapped(&handle, &tapped, performed))?;
            let handle = app.handle().clone();
            tauri::async_runtime::spawn(session.sync_loop(move |news| replies(&handle, news)));
            Ok(())
        })
        .run(tauri::generate_context!())
        .expect("error while running the Huiskamer app");
}
