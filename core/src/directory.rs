//! The directory of help as the app shows it: "open now" from opening hours
//! in Europe/Amsterdam time, and `tel:` links. The data file's rules are
//! shared with the partner server (`huiskamer_texts::directory`), re-exported
//! here at the paths the app uses.

use chrono::{DateTime, Datelike, NaiveTime, TimeZone, Timelike, Utc};
use chrono_tz::Europe::Amsterdam;
use huiskamer_protocol::{Day, HoursStatus, Organisation};

pub use huiskamer_texts::directory::{is_valid_email, is_valid_phone, parse_hhmm, validate};

const WEEK: u32 = 7 * 24 * 60;

/// Whether an entry is open at a moment, as the app shows it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum OpenStatus {
    /// A line that answers day and night.
    Always,
    /// No reliable hours: the app shows none and says to ask.
    Unknown,
    /// Hours were published somewhere but are not confirmed current: the
    /// app shows them as the last published hours and never says open or
    /// closed from them.
    NotConfirmed,
    /// Open now until `closes` (local time).
    OpenUntil { closes: NaiveTime },
    /// Closed; next opens on `day` at `opens` (local time).
    Closed { day: Day, opens: NaiveTime },
}

fn minutes(t: NaiveTime) -> u32 {
    t.hour() * 60 + t.minute() + u32::from(t.second() == 59)
}

/// Opening intervals in minutes since Monday 00:00, end exclusive; an end
/// past the week means the period runs into Monday.
fn intervals(org: &Organisation) -> Vec<(u32, u32)> {
    let mut out = Vec::new();
    for period in &org.hours {
        let (Some(open), Some(close)) = (parse_hhmm(&period.open), parse_hhmm(&period.close)) else { continue };
        let (open, mut close) = (minutes(open), minutes(close));
        if close <= open {
            close += 24 * 60;
        }
        if close == open || open >= 24 * 60 {
            // "24:00–00:00": never open. (Validation refuses it; the app
            // must still not claim a next opening for it.)
            continue;
        }
        for day in &period.days {
            let base = day.index() as u32 * 24 * 60;
            out.push((base + open, base + close));
        }
    }
    out
}

fn time_of(minute_of_week: u32) -> NaiveTime {
    let m = minute_of_week % (24 * 60);
    NaiveTime::from_hms_opt(m / 60, m % 60, 0).unwrap_or(NaiveTime::MIN)
}

/// The status of `org` at the instant `now`, judged in Amsterdam local time.
pub fn status_at(org: &Organisation, now: DateTime<Utc>) -> OpenStatus {
    match org.hours_status {
        HoursStatus::Always => return OpenStatus::Always,
        HoursStatus::Unknown => return OpenStatus::Unknown,
        HoursStatus::Published => return OpenStatus::NotConfirmed,
        HoursStatus::Confirmed => {}
    }
    let local = Amsterdam.from_utc_datetime(&now.naive_utc());
    let m = local.weekday().num_days_from_monday() * 24 * 60 + local.hour() * 60 + local.minute();
    let spans = intervals(org);
    if spans.is_empty() {
        return OpenStatus::Unknown;
    }
    // Latest closing among the periods open now (periods may overlap).
    let open_until = spans
        .iter()
        .filter_map(|&(s, e)| {
            if s <= m && m < e {
                Some(e)
            } else if s <= m + WEEK && m + WEEK < e {
                Some(e - WEEK)
            } else {
                None
            }
        })
        .max();
    if let Some(end) = open_until {
        return OpenStatus::OpenUntil { closes: time_of(end) };
    }
    let next = spans.iter().map(|&(s, _)| (s + WEEK - m) % WEEK).min().unwrap_or(0);
    let start = (m + next) % WEEK;
    OpenStatus::Closed { day: Day::ALL[(start / (24 * 60)) as usize], opens: time_of(start) }
}

/// The `tel:` address for a phone number as written in the directory.
pub fn tel_uri(p: &str) -> String {
    let dial: String = p.chars().filter(|c| c.is_ascii_digit() || *c == '+').collect();
    format!("tel:{dial}")
}

#[cfg(test)]
mod tests {
    use super::*;
    use huiskamer_protocol::{OpeningPeriod, Source};

    fn org(status: HoursStatus, hours: Vec<OpeningPeriod>) -> Organisation {
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
            hours_status: status,
            hours,
            caveat: [("en".to_string(), "Check first".to_string())].into(),
            sources: vec![Source { title: "s".into(), url: "https://a.nl/".into() }],
        }
    }

    fn period(days: &[Day], open: &str, close: &str) -> OpeningPeriod {
        OpeningPeriod { days: days.to_vec(), open: open.into(), close: close.into() }
    }

    fn utc(s: &str) -> DateTime<Utc> {
        s.parse().unwrap()
    }

    fn t(h: u32, m: u32) -> NaiveTime {
        NaiveTime::from_hms_opt(h, m, 0).unwrap()
    }

    #[test]
    fn daily_evening_hours_in_winter_and_summer_time() {
        let o = org(HoursStatus::Confirmed, vec![period(&Day::ALL, "17:00", "20:00")]);
        // 2026-11-23 is a Monday; Amsterdam is UTC+1 in winter.
        assert_eq!(status_at(&o, utc("2026-11-23T16:30:00Z")), OpenStatus::OpenUntil { closes: t(20, 0) });
        assert_eq!(status_at(&o, utc("2026-11-23T15:59:00Z")), OpenStatus::Closed { day: Day::Mon, opens: t(17, 0) });
        assert_eq!(status_at(&o, utc("2026-11-23T19:00:00Z")), OpenStatus::Closed { day: Day::Tue, opens: t(17, 0) });
        // In summer Amsterdam is UTC+2: 15:30 UTC is 17:30 local.
        assert_eq!(status_at(&o, utc("2026-07-01T15:30:00Z")), OpenStatus::OpenUntil { closes: t(20, 0) });
        assert_eq!(status_at(&o, utc("2026-07-01T18:00:00Z")), OpenStatus::Closed { day: Day::Thu, opens: t(17, 0) });
    }

    #[test]
    fn hours_past_midnight_and_over_the_week_end() {
        let o = org(HoursStatus::Confirmed, vec![period(&[Day::Sun], "22:00", "02:00")]);
        // Monday 00:30 local (Sunday 23:30 UTC) is still in Sunday's period.
        assert_eq!(status_at(&o, utc("2026-11-22T23:30:00Z")), OpenStatus::OpenUntil { closes: t(2, 0) });
        assert_eq!(status_at(&o, utc("2026-11-23T02:00:00Z")), OpenStatus::Closed { day: Day::Sun, opens: t(22, 0) });
    }

    #[test]
    fn published_hours_never_say_open_or_closed() {
        let o = org(HoursStatus::Published, vec![period(&Day::ALL, "00:00", "24:00")]);
        assert_eq!(status_at(&o, utc("2026-11-23T16:30:00Z")), OpenStatus::NotConfirmed);
        assert_eq!(validate(std::slice::from_ref(&o)), Ok(()));
        let mut no_caveat = o;
        no_caveat.caveat.clear();
        assert!(validate(&[no_caveat]).unwrap_err().contains("caveat"));
    }

    #[test]
    fn weekdays_only_skip_to_monday() {
        let o = org(
            HoursStatus::Confirmed,
            vec![period(&[Day::Mon, Day::Tue, Day::Wed, Day::Thu, Day::Fri], "09:00", "17:00")],
        );
        // Saturday 2026-11-21 12:00 local.
        assert_eq!(status_at(&o, utc("2026-11-21T11:00:00Z")), OpenStatus::Closed { day: Day::Mon, opens: t(9, 0) });
    }

    #[test]
    fn always_and_unknown() {
        assert_eq!(status_at(&org(HoursStatus::Always, vec![]), Utc::now()), OpenStatus::Always);
        assert_eq!(status_at(&org(HoursStatus::Unknown, vec![]), Utc::now()), OpenStatus::Unknown);
    }

    #[test]
    fn tel_uri_keeps_only_digits() {
        assert_eq!(tel_uri("0800-0188"), "tel:08000188");
        assert_eq!(tel_uri("+31 50 123"), "tel:+3150123");
    }

    #[test]
    fn periods_that_never_open_are_refused_and_never_shown_as_opening() {
        let fine = org(HoursStatus::Confirmed, vec![period(&[Day::Fri], "17:00", "24:00")]);
        assert_eq!(validate(&[fine]), Ok(()));
        for (open, close) in [("24:00", "00:15"), ("17:00", "17:00")] {
            let o = org(HoursStatus::Confirmed, vec![period(&[Day::Fri], open, close)]);
            assert!(validate(std::slice::from_ref(&o)).is_err(), "{open}-{close} accepted");
        }
        let o = org(HoursStatus::Confirmed, vec![period(&[Day::Sun], "24:00", "00:00")]);
        assert_eq!(status_at(&o, utc("2026-11-23T16:30:00Z")), OpenStatus::Unknown);
    }

    mod properties {
        //! Opening hours against a brute-force oracle that walks the week
        //! minute by minute: "open until" and "opens next" must agree with it
        //! for any set of periods (overnight ones, 24:00, overlaps) at any
        //! moment of the year, in winter and summer time.
        use super::*;
        use chrono::{Datelike, Duration, TimeZone, Timelike};
        use proptest::prelude::*;

        fn hhmm() -> impl Strategy<Value = String> {
            prop_oneof![
                10 => (0u32..24, prop::sample::select(vec![0u32, 15, 30, 45])).prop_map(|(h, m)| format!("{h:02}:{m:02}")),
                1 => Just("24:00".to_string()),
            ]
        }

        fn periods() -> impl Strategy<Value = Vec<OpeningPeriod>> {
            // As validation allows them: an opening time before 24:00.
            let open = hhmm().prop_filter("opens before 24:00", |o| o != "24:00");
            let period = (prop::sample::subsequence(Day::ALL.to_vec(), 1..=7), open, hhmm())
                .prop_filter("a period is not empty", |(_, o, c)| o != c)
                .prop_map(|(days, open, close)| OpeningPeriod { days, open, close });
            proptest::collection::vec(period, 1..4)
        }

        /// Is the place open at this minute of the (local) week?
        fn oracle(hours: &[OpeningPeriod], m: u32) -> bool {
            hours.iter().any(|p| {
                let (o, c) = (minutes(parse_hhmm(&p.open).unwrap()), minutes(parse_hhmm(&p.close).unwrap()));
                let c = if c <= o { c + 24 * 60 } else { c };
                p.days.iter().any(|d| {
                    let s = d.index() as u32 * 24 * 60 + o;
                    let e = d.index() as u32 * 24 * 60 + c;
                    (s <= m && m < e) || (s <= m + WEEK && m + WEEK < e)
                })
            })
        }

        proptest! {
            #[test]
            fn status_agrees_with_walking_the_week(hours in periods(), minute_of_year in 0i64..365 * 24 * 60) {
                let o = org(HoursStatus::Confirmed, hours.clone());
                let now = Utc.with_ymd_and_hms(2026, 1, 1, 0, 0, 0).unwrap() + Duration::minutes(minute_of_year);
                let local = Amsterdam.from_utc_datetime(&now.naive_utc());
                let m = local.weekday().num_days_from_monday() * 24 * 60 + local.hour() * 60 + local.minute();
                match status_at(&o, now) {
                    OpenStatus::OpenUntil { closes } => {
                        prop_assert!(oracle(&hours, m), "said open, but closed");
                        // Open every minute from now until the closing time.
                        let end = minutes(closes) % (24 * 60);
                        let mut k = m;
                        let mut steps = 0;
                        while k % (24 * 60) != end && steps < WEEK {
                            prop_assert!(oracle(&hours, k % WEEK), "closed at minute {} before {closes}", k % WEEK);
                            k += 1;
                            steps += 1;
                        }
                    }
                    OpenStatus::Closed { day, opens } => {
                        prop_assert!(!oracle(&hours, m), "said closed, but open");
                        let next = (1..=WEEK).map(|k| (m + k) % WEEK).find(|&k| oracle(&hours, k));
                        prop_assert!(next.is_some(), "closed all week, yet a next opening");
                        let next = next.unwrap();
                        prop_assert_eq!((Day::ALL[(next / (24 * 60)) as usize], time_of(next)), (day, opens));
                    }
                    OpenStatus::Unknown => {
                        prop_assert!((0..WEEK).all(|k| !oracle(&hours, k)), "hours that open somewhere shown as unknown");
                    }
                    OpenStatus::Always | OpenStatus::NotConfirmed => prop_assert!(false, "always open or unconfirmed, for confirmed hours"),
                }
            }
        }
    }
}
