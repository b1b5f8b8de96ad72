//! One time zone per purpose, whatever zone the machine's clock is in: the
//! diary and messages in the device's local time, the directory's "open
//! now" in Dutch time (Europe/Amsterdam).
//!
//! The zone is the process's `TZ`, read by the time library when the
//! process starts; setting it inside a running test would race with the
//! other tests' threads. So `each_zone` runs this test binary again as a
//! child process per zone, with `TZ` set for it, and the child runs only
//! `the_screen_in_this_zone`.

use std::process::Command;
use std::time::Instant;

use chrono::{DateTime, Duration, Local, NaiveTime, TimeZone, Utc};
use huiskamer_core::contact_view::conversation_view;
use huiskamer_core::diary::Diary;
use huiskamer_core::directory::{status_at, OpenStatus};
use huiskamer_core::session::{Event, Session};
use huiskamer_core::vault::contact::{LocalConversation, LocalMessage};
use huiskamer_core::vault::{EntryBody, KdfParams, Vault};
use huiskamer_protocol::{Day, HoursStatus, OpeningPeriod, Organisation, Source};

/// Set in the child process: the zone it runs in.
const CHILD: &str = "HUISKAMER_TEST_ZONE";

#[test]
fn each_zone() {
    if std::env::var_os(CHILD).is_some() {
        return;
    }
    for zone in ["UTC", "America/New_York", "Asia/Bangkok"] {
        let out = Command::new(std::env::current_exe().unwrap())
            .args(["--exact", "the_screen_in_this_zone", "--test-threads=1", "--nocapture"])
            .env("TZ", zone)
            .env(CHILD, zone)
            .output()
            .unwrap();
        let text = format!("{}{}", String::from_utf8_lossy(&out.stdout), String::from_utf8_lossy(&out.stderr));
        assert!(out.status.success(), "TZ={zone}:\n{text}");
        assert!(text.contains("1 passed"), "TZ={zone}: the test ran:\n{text}");
        assert!(text.contains(&format!("checked in {zone}")), "TZ={zone}: in that zone:\n{text}");
    }
}

fn organisation() -> Organisation {
    Organisation {
        id: "x".into(),
        name: "X".into(),
        city: "Groningen".into(),
        services: vec!["drop-in".into()],
        description: Default::default(),
        address: None,
        phone: None,
        website: None,
        email: None,
        chat: None,
        languages: vec![],
        hours_status: HoursStatus::Confirmed,
        hours: vec![OpeningPeriod { days: Day::ALL.to_vec(), open: "17:00".into(), close: "20:00".into() }],
        caveat: [("en".to_string(), "Check first".to_string())].into(),
        sources: vec![Source { title: "s".into(), url: "https://a.nl/".into() }],
    }
}

fn utc(s: &str) -> DateTime<Utc> {
    s.parse().unwrap()
}

#[test]
fn the_screen_in_this_zone() {
    let Ok(zone) = std::env::var(CHILD) else { return };
    let offset = |at: DateTime<Utc>| Local.from_utc_datetime(&at.naive_utc()).offset().local_minus_utc();
    // The child really runs in the zone it was given.
    let winter = utc("2026-12-03T12:00:00Z");
    let expected = match zone.as_str() {
        "UTC" => 0,
        "America/New_York" => -5 * 3600,
        "Asia/Bangkok" => 7 * 3600,
        _ => panic!("unknown zone {zone}"),
    };
    assert_eq!(offset(winter), expected, "TZ={zone} is in effect");

    let dir = tempfile::tempdir().unwrap();
    let vault = Vault::open_with(&dir.path().join("vault.sqlite"), KdfParams::TEST).unwrap();
    let s = Session::starting_with(Some(dir.path().to_owned()), Diary::with_vault(vault));
    s.open_library(&["en".to_string()]);
    s.diary_set_up("482916").unwrap();

    // An appointment entered at 21:00 shows 21:00, and its reminder half an
    // hour before is due at 20:30 on this device's clock.
    let day = (Local::now() + Duration::days(2)).date_naive();
    let starts = day.and_time(NaiveTime::from_hms_opt(21, 0, 0).unwrap());
    s.diary_save(
        None,
        EntryBody::Appointment {
            starts,
            ends: None,
            place: "Hotel".into(),
            with_whom: "Mark".into(),
            check_in: None,
            checked_in: false,
            reminder_minutes: Some(30),
            alert: None,
            notes: String::new(),
        },
    )
    .unwrap();
    let week = s.diary_week(Some(&day.to_string())).unwrap();
    let times: Vec<&str> = week.days.iter().flat_map(|d| d.entries.iter().map(|e| e.time.as_str())).collect::<Vec<_>>();
    assert_eq!(times, ["21:00"], "TZ={zone}");
    let local = |h: u32, m: u32| {
        Local.from_local_datetime(&day.and_time(NaiveTime::from_hms_opt(h, m, 0).unwrap())).unwrap().with_timezone(&Utc)
    };
    assert!(s.tick(local(20, 29), Instant::now()).is_empty(), "TZ={zone}: not yet at 20:29");
    assert!(
        matches!(s.tick(local(20, 31), Instant::now()).as_slice(), [Event::Reminder(_)]),
        "TZ={zone}: due at 20:30 local"
    );

    // A message's time shows in the device's local time.
    let sent = utc("2026-12-03T20:00:00Z");
    let shown = match zone.as_str() {
        "UTC" => "20:00",
        "America/New_York" => "15:00",
        _ => "03:00", // Bangkok, the next day
    };
    let c = LocalConversation {
        id: "c".into(),
        organisation: "main".into(),
        organisation_name: "Main".into(),
        server_id: None,
        open_sent: false,
        cursor: 0,
        closed: false,
        started_at: sent,
        messages: vec![LocalMessage {
            client_id: Some("m".into()),
            seq: None,
            from_worker: true,
            body: "Hallo".into(),
            at: sent,
            about: None,
        }],
        unread: 0,
        hidden: false,
        forget_on_server: false,
        person_name: None,
        language: None,
    };
    let app = huiskamer_core::App::with_library(
        huiskamer_core::content::Library::open_in_memory().unwrap(),
        huiskamer_core::i18n::I18n::embedded(),
        &["en".to_string()],
    )
    .unwrap();
    let view = conversation_view(&app, &c);
    assert!(view.messages[0].when.ends_with(shown), "TZ={zone}: {} shows {shown}", view.messages[0].when);

    // "Open now" follows Amsterdam time: open 17:00-20:00 there.
    let org = organisation();
    let t = |h: u32| NaiveTime::from_hms_opt(h, 0, 0).unwrap();
    // 16:30 UTC is 17:30 in Amsterdam (11:30 in New York): open.
    assert_eq!(status_at(&org, utc("2026-12-03T16:30:00Z")), OpenStatus::OpenUntil { closes: t(20) }, "TZ={zone}");
    // 22:30 UTC is 23:30 in Amsterdam (17:30 in New York, inside the hours
    // if they were read in the device's zone): closed.
    assert!(
        matches!(status_at(&org, utc("2026-12-03T22:30:00Z")), OpenStatus::Closed { .. }),
        "TZ={zone}: closed in Amsterdam"
    );
    println!("checked in {zone}");
}
