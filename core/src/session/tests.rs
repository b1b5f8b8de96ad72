use super::*;
use crate::background::SyncStatus;
use crate::vault::KdfParams;
use chrono::NaiveDateTime;

/// A session over real files in `dir`, in English, with the diary set up
/// (and so unlocked) under a quick key derivation.
fn session(dir: &Path) -> Session {
    let vault = Vault::open_with(&dir.join("vault.sqlite"), KdfParams::TEST).unwrap();
    let s = Session::starting_with(Some(dir.to_owned()), Diary::with_vault(vault));
    s.open_library(&["en".to_string()]);
    s.diary_set_up("482916").unwrap();
    s
}

fn appointment(starts: NaiveDateTime, reminder_minutes: Option<u32>) -> EntryBody {
    EntryBody::Appointment {
        starts,
        ends: None,
        place: "Hotel".into(),
        with_whom: "Mark".into(),
        check_in: None,
        checked_in: false,
        reminder_minutes,
        notes: String::new(),
        alert: None,
    }
}

fn state(s: &Session) -> crate::vault::VaultState {
    s.diary_status().unwrap().vault.state
}

#[test]
fn an_idle_diary_locks_at_a_tick_with_one_locked_event() {
    let dir = tempfile::tempdir().unwrap();
    let s = session(dir.path());
    s.diary_settings(60, None).unwrap();
    let start = Instant::now();
    assert_eq!(s.tick(Utc::now(), start + Duration::from_secs(30)), vec![], "not idle long enough");
    assert_eq!(state(&s), crate::vault::VaultState::Unlocked);
    assert_eq!(s.tick(Utc::now(), start + Duration::from_secs(61)), vec![Event::Locked]);
    assert_eq!(state(&s), crate::vault::VaultState::Locked);
    // Locked already: no second event.
    assert_eq!(s.tick(Utc::now(), start + Duration::from_secs(600)), vec![]);
}

#[test]
fn due_reminders_are_at_most_three_neutral_notices_with_the_calculator_icon_when_disguised() {
    let dir = tempfile::tempdir().unwrap();
    let s = session(dir.path());
    let tomorrow = (Local::now() + chrono::Duration::days(1)).naive_local();
    for i in 0..5 {
        s.diary_save(None, appointment(tomorrow + chrono::Duration::hours(i), Some(30))).unwrap();
    }
    s.diary_save(None, appointment(tomorrow, None)).unwrap();
    let now = Instant::now();
    assert_eq!(s.tick(Utc::now(), now), vec![], "nothing due yet");

    let later = Utc::now() + chrono::Duration::days(2);
    let shown = s.tick(later, now);
    let reminder = Notice { title: "Huiskamer".into(), body: "Reminder".into(), icon: None, done: None };
    assert_eq!(shown.len(), 3, "five due, three shown");
    let mut alarms = Vec::new();
    for event in shown {
        let Event::Reminder(n) = event else { panic!("not a reminder: {event:?}") };
        let done = n.done.clone().expect("a reminder has a Done button");
        assert_eq!(done.label, "Done");
        assert_eq!(Notice { done: None, ..n }, reminder);
        alarms.push(done.alarm);
    }
    alarms.dedup();
    assert_eq!(alarms.len(), 3, "each names its own alarm");
    assert_eq!(s.tick(later, now), vec![], "the rest are taken, not shown later");

    // Disguised: no app name, a calculator's icon; shown while locked too.
    s.set_disguise(true).unwrap();
    s.diary_save(None, appointment(tomorrow, Some(15))).unwrap();
    s.diary_lock().unwrap();
    let disguised =
        Notice { title: "Calculator".into(), body: "Reminder".into(), icon: Some(NEUTRAL_ICON), done: None };
    let shown = s.tick(later, now);
    assert!(matches!(&shown[..], [Event::Reminder(n)] if Notice { done: None, ..n.clone() } == disguised), "{shown:?}");
}

/// An appointment with a check-in at `check_in`, and the id of its
/// check-in alarm, as the reminder's notification carries it.
fn due_check_in(s: &Session, starts: NaiveDateTime) -> (String, String) {
    let mut body = appointment(starts, None);
    if let EntryBody::Appointment { check_in, .. } = &mut body {
        *check_in = Some(starts + chrono::Duration::hours(1));
    }
    let id = s.diary_save(None, body).unwrap().id;
    let events = s.tick(Utc::now() + chrono::Duration::days(2), Instant::now());
    let [Event::Reminder(Notice { done: Some(done), .. })] = &events[..] else { panic!("one reminder: {events:?}") };
    (id, done.alarm.clone())
}

fn checked_in(s: &Session, id: &str) -> bool {
    matches!(s.diary_entry(id).unwrap().body, EntryBody::Appointment { checked_in: true, .. })
}

#[test]
fn done_on_a_check_in_reminder_checks_her_in_only_after_the_pin() {
    let dir = tempfile::tempdir().unwrap();
    let s = session(dir.path());
    let tomorrow = (Local::now() + chrono::Duration::days(1)).naive_local();

    // Unlocked: "Done" checks her in at once.
    let (first, alarm) = due_check_in(&s, tomorrow);
    let opened = s.reminder_tapped(&alarm, true, Instant::now());
    assert_eq!(opened, Some(crate::diary::ReminderOpened { entry: first.clone(), checked_in: true }));
    assert!(checked_in(&s, &first));

    // Locked: the tap waits, the lock screen says so, nothing is checked in
    // until the PIN is typed.
    let (second, alarm) = due_check_in(&s, tomorrow + chrono::Duration::hours(3));
    s.diary_lock().unwrap();
    let tapped = Instant::now();
    assert_eq!(s.reminder_tapped(&alarm, true, tapped), None);
    assert!(s.diary_status().unwrap().reminder_waiting);
    assert_eq!(s.diary_reminder_at(tapped).unwrap(), None, "still locked: nothing done yet");
    s.diary_unlock("482916").unwrap();
    assert!(!s.diary_status().unwrap().reminder_waiting, "unlocked: the lock screen's note is gone");
    assert!(!checked_in(&s, &second), "unlocking alone checks nobody in");
    let opened = s.diary_reminder_at(tapped + Duration::from_secs(60)).unwrap();
    assert_eq!(opened, Some(crate::diary::ReminderOpened { entry: second.clone(), checked_in: true }));
    assert!(checked_in(&s, &second));
    assert_eq!(s.diary_reminder_at(tapped).unwrap(), None, "done once");
}

#[test]
fn a_tap_on_the_reminder_itself_opens_the_appointment_and_an_old_tap_does_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let s = session(dir.path());
    let tomorrow = (Local::now() + chrono::Duration::days(1)).naive_local();
    let (id, alarm) = due_check_in(&s, tomorrow);
    assert_eq!(
        s.reminder_tapped(&alarm, false, Instant::now()),
        Some(crate::diary::ReminderOpened { entry: id.clone(), checked_in: false }),
        "a tap that is not Done only opens it"
    );
    assert!(!checked_in(&s, &id));

    s.diary_lock().unwrap();
    let tapped = Instant::now();
    s.reminder_tapped(&alarm, true, tapped);
    s.diary_unlock("482916").unwrap();
    let late = tapped + reminders::TAP_WAITS + Duration::from_secs(1);
    assert_eq!(s.diary_reminder_at(late).unwrap(), None, "a tap older than ten minutes is dropped");
    assert!(!checked_in(&s, &id));
    assert_eq!(s.reminder_tapped("00112233445566778899aabbccddeeff", true, Instant::now()), None, "no entry has it");
}

#[test]
fn the_emergency_pin_after_done_checks_nobody_in() {
    let dir = tempfile::tempdir().unwrap();
    let s = session(dir.path());
    s.diary_set_duress("482916", "135790").unwrap();
    let tomorrow = (Local::now() + chrono::Duration::days(1)).naive_local();
    let (_, alarm) = due_check_in(&s, tomorrow);
    s.diary_lock().unwrap();
    let tapped = Instant::now();
    s.reminder_tapped(&alarm, true, tapped);
    s.diary_unlock("135790").unwrap();
    assert_eq!(s.diary_reminder_at(tapped).unwrap(), None, "the empty diary has no such appointment");
    assert!(s.diary().vault().unwrap().entries().unwrap().is_empty(), "an ordinary empty diary");
}

#[test]
fn sync_settings_show_the_vaults_counts_now_and_queued_messages_only_while_unlocked() {
    let dir = tempfile::tempdir().unwrap();
    let s = session(dir.path());
    let view = |pending, queued_messages| {
        contact_view::sync_view(&s.app(), &SyncStatus { pending, queued_messages, ..SyncStatus::default() })
    };
    let details = |settings: SyncSettings| settings.view.details;
    assert_eq!(details(s.sync_status()), view(0, 0).details);

    s.diary_save(None, appointment(Local::now().naive_local(), None)).unwrap();
    contact_view::set_organisations(
        &s.app(),
        &[huiskamer_protocol::messages::Organisation {
            id: "mjd".into(),
            name: "MJD".into(),
            check_in_alerts: false,
            grace_minutes: 0,
            reply_expectation: None,
        }],
    );
    s.contact_start("mjd", "", "", "Can I come by tomorrow?").unwrap();
    let pending = s.diary.lock().unwrap().vault().unwrap().pending_count().unwrap();
    assert!(pending >= 1);
    // The engine has not run a round: its status counts nothing yet.
    assert_eq!(s.engine.status().pending, 0);
    let settings = s.sync_now();
    assert_eq!(settings.view.details, view(pending, 1).details);
    assert!(settings.view.details.contains(&"1 message waits to be sent.".to_string()), "{:?}", settings.view);
    assert_eq!((settings.server.as_str(), settings.effective), ("", contact_view::env_server()));

    // Locked: what waits to be backed up is still read; the messages
    // (sealed in the vault) keep the engine's last count.
    s.diary_lock().unwrap();
    assert_eq!(details(s.sync_status()), view(pending, 0).details);

    let refused = s.set_partner_server("http://example.org").unwrap_err();
    assert_eq!(refused.code, "sync-address");
    assert!(refused.message.starts_with("This address cannot be used."), "{}", refused.message);
    let set = s.set_partner_server("https://partner.example.org").unwrap();
    assert_eq!(set.server, "https://partner.example.org");
    assert_eq!(set.effective.as_deref(), Some("https://partner.example.org"));
}

#[test]
fn errors_come_back_as_code_and_message_in_the_readers_language() {
    let dir = tempfile::tempdir().unwrap();
    let s = session(dir.path());
    let e = s.article("no-such-article").unwrap_err();
    assert_eq!((e.code.as_str(), e.message.as_str()), ("not-found", "This page could not be found."));
    s.diary_lock().unwrap();
    let e = s.diary_unlock("000000").unwrap_err();
    assert_eq!((e.code.as_str(), e.message.as_str()), ("vault-wrong-pin", "Wrong PIN. Try again."));
    s.diary_unlock("482916").unwrap();
    let e = s.diary_week(Some("23-11-2026")).unwrap_err();
    assert_eq!((e.code.as_str(), e.message.as_str()), ("invalid-input", "Please check this: Date."));
    let e = s.diary_add_photo(None).unwrap_err();
    assert_eq!(e.code, "invalid-input");
    let e = s.diary_export(None).unwrap_err();
    assert_eq!(e.code, "read-only");
    s.diary_lock().unwrap();
    let e = s.contact_view().unwrap_err();
    assert_eq!(e.code, "vault-locked");

    s.set_locale("nl").unwrap();
    let request = LinkRequest::Source { article: "health-sti-testing".into(), index: 0 };
    let e = s.open_link(&request, false, |_| Err("no browser")).unwrap_err();
    assert_eq!(e.code, "open-link");
    assert_eq!(e.message, "Deze link kan op dit apparaat niet worden geopend.");
}

#[test]
fn a_library_that_cannot_be_on_disk_is_read_from_memory() {
    let dir = tempfile::tempdir().unwrap();
    // A file where the data folder should be: nothing can be made in it.
    let blocked = dir.path().join("blocked");
    std::fs::write(&blocked, "").unwrap();
    let s = Session::open(Some(blocked.clone()), &["nl".to_string()]);
    assert_eq!(s.topics().unwrap().len(), 6);
    assert_eq!(s.locale_view().unwrap().locale, "nl");
    assert!(blocked.is_file());
    // No data folder at all (the diary's own fallback is not tested here).
    let vault = Vault::open_with(&dir.path().join("vault.sqlite"), KdfParams::TEST).unwrap();
    let s = Session::starting_with(None, Diary::with_vault(vault));
    s.open_library(&["en".to_string()]);
    assert_eq!(s.topics().unwrap().len(), 6);
    assert_eq!(s.window(), WindowLook { title: "Huiskamer".into(), neutral_icon: false });
}

#[test]
fn a_check_in_alert_is_saved_only_for_an_organisation_offered_and_the_entry_then_says_it_waits() {
    let dir = tempfile::tempdir().unwrap();
    let s = session(dir.path());
    let tomorrow = (Local::now() + chrono::Duration::days(1)).naive_local();
    let mut body = appointment(tomorrow, None);
    if let EntryBody::Appointment { check_in, alert, .. } = &mut body {
        *check_in = Some(tomorrow + chrono::Duration::hours(2));
        *alert = Some(crate::vault::watches::WatchChoice {
            organisation: "main".into(),
            place: Some("Hotel Noord".into()),
            ..Default::default()
        });
    }
    // Nothing offered yet (the server has not said any organisation takes alerts).
    assert!(s.diary_status().unwrap().alert_organisations.is_empty());
    let e = s.diary_save(None, body.clone()).unwrap_err();
    assert_eq!((e.code.as_str(), e.message.as_str()), ("invalid-input", "Please check this: Organisation."));
    assert!(s.diary_week(None).unwrap().days.iter().all(|d| d.entries.is_empty()), "nothing saved");
    assert!(s.diary().vault().unwrap().watches().unwrap().is_empty());

    // The server says "main" takes alerts with 15 minutes' grace.
    {
        let app = s.app();
        app.settings().set_partner_server("https://partner.example").unwrap();
        let main = huiskamer_protocol::messages::Organisation {
            id: "main".into(),
            name: "Het Huis".into(),
            check_in_alerts: true,
            grace_minutes: 15,
            reply_expectation: None,
        };
        contact_view::set_organisations(&app, &[main]);
    }
    let offered = s.diary_status().unwrap().alert_organisations;
    assert_eq!((offered[0].name.as_str(), offered[0].grace_minutes), ("Het Huis", 15));
    let saved = s.diary_save(None, body).unwrap();
    let entry = s.diary_entry(&saved.id).unwrap();
    let watch = entry.watch.unwrap();
    assert_eq!(watch.state, crate::watches::WatchState::Queued);
    assert_eq!(watch.label, "Alert for Het Huis: waiting to be sent. It goes when the phone is online.");
}

#[test]
fn the_silent_alarm_from_settings_to_the_calculator_and_help_now() {
    let dir = tempfile::tempdir().unwrap();
    let s = session(dir.path());
    assert_eq!(s.alarm_help_now().unwrap_err().code, "alarm-not-set-up");
    assert_eq!(s.alarm_set_up("terwille", Some("2580"), None).unwrap_err().code, "invalid-input", "no server yet");
    s.set_partner_server("http://127.0.0.1:9").unwrap();
    let org = huiskamer_protocol::messages::Organisation {
        id: "terwille".into(),
        name: "Terwille".into(),
        check_in_alerts: true,
        grace_minutes: 15,
        reply_expectation: None,
    };
    // An organisation that answers messages but takes no alerts: the
    // server would refuse its alarm, so it is neither listed nor accepted.
    let messages_only = huiskamer_protocol::messages::Organisation {
        id: "het-huis".into(),
        name: "Het Huis".into(),
        check_in_alerts: false,
        ..org.clone()
    };
    crate::contact_view::set_organisations(&s.app(), std::slice::from_ref(&messages_only));
    assert!(s.alarm_settings().unwrap().organisations.is_empty(), "nobody to alert: the form says so");
    assert_eq!(s.alarm_set_up("het-huis", Some("2580"), None).unwrap_err().code, "invalid-input");
    crate::contact_view::set_organisations(&s.app(), &[org, messages_only]);
    let listed: Vec<String> = s.alarm_settings().unwrap().organisations.into_iter().map(|o| o.id).collect();
    assert_eq!(listed, ["terwille"]);
    assert_eq!(s.alarm_set_up("elsewhere", Some("2580"), None).unwrap_err().code, "invalid-input");
    assert_eq!(s.alarm_set_up("terwille", Some("25"), None).unwrap_err().code, "alarm-code");
    assert!(!s.alarm_settings().unwrap().on, "refused input changed nothing");

    let on = s.alarm_set_up("terwille", Some("2580"), None).unwrap();
    assert!(on.on && !on.ready && !on.duress);
    assert_eq!(on.code_digits, Some(4));
    assert!(on.duress_explained.contains("Terwille gets a silent alarm"), "{}", on.duress_explained);

    // Locked, as after a quick exit: only the code queues an alarm.
    s.diary_lock().unwrap();
    assert!(!s.alarm_calculator_now("1234"));
    assert!(!s.alarm_calculator_now("25800"));
    assert!(s.alarm_calculator_now("2580"));
    assert_eq!(s.diary().vault().unwrap().queued_alarm_fires().unwrap().len(), 1);

    // From the open diary, with the appointment going on now.
    s.diary_unlock("482916").unwrap();
    let started = Local::now().naive_local() - chrono::Duration::minutes(10);
    s.diary_save(None, appointment(started, None)).unwrap();
    s.alarm_help_now().unwrap();
    let pending = s.diary().vault().unwrap().pending_raises().unwrap();
    assert_eq!(pending.len(), 1);
    assert_eq!(pending[0].alarm.organisation, "terwille");
    assert_eq!(pending[0].alarm.details.place.as_deref(), Some("Hotel"));
    assert_eq!(pending[0].alarm.details.who.as_deref(), Some("Mark"));

    let off = s.alarm_turn_off().unwrap();
    assert!(!off.on);
    s.diary_lock().unwrap();
    assert!(!s.alarm_calculator_now("2580"), "turned off: the code opens nothing");
}

#[test]
fn a_reply_is_notified_neutrally_unless_its_conversation_is_on_screen() {
    let dir = tempfile::tempdir().unwrap();
    let s = session(dir.path());
    let ids = |c: &[&str]| c.iter().map(|s| s.to_string()).collect::<Vec<_>>();
    let neutral = Notice { title: "Huiskamer".into(), body: "Reminder".into(), icon: None, done: None };

    // Nothing on screen: a notification, in the very words of a reminder.
    let news = s.replies_arrived(&ids(&["a"]));
    assert_eq!(news.notice.as_ref(), Some(&neutral));
    assert!(!format!("{neutral:?}").contains("Test"), "no organisation, sender or text");
    assert_eq!((news.unread_conversations, news.unread_label), (0, None), "no unread conversation in the vault");

    // She reads conversation "a": its reply needs no notification, another one's does.
    *s.showing.lock().unwrap() = Some("a".into());
    assert_eq!(s.replies_arrived(&ids(&["a"])).notice, None);
    assert_eq!(s.replies_arrived(&ids(&["a", "b"])).notice.as_ref(), Some(&neutral));

    // Another screen (any other command): notified again.
    s.diary_status().unwrap();
    assert_eq!(s.replies_arrived(&ids(&["a"])).notice.as_ref(), Some(&neutral));
    *s.showing.lock().unwrap() = Some("a".into());
    s.diary_lock().unwrap(); // the app hidden locks the diary
    assert_eq!(s.replies_arrived(&ids(&["a"])).notice.as_ref(), Some(&neutral));
    // A conversation that fails to open is not "on screen".
    assert!(s.contact_conversation("missing").is_err());
    assert_eq!(*s.showing.lock().unwrap(), None);
}
