//! What the diary holds: appointments, incidents and notes. These types
//! exist in plain text only in memory, while the vault is unlocked; on disk
//! they are always inside a sealed record. `Debug` prints the kind only, so
//! an entry logged by mistake shows nothing personal.

use chrono::{NaiveDate, NaiveDateTime};
use serde::{Deserialize, Serialize};

use super::watches::WatchChoice;
use crate::error::Field;

pub const MAX_SHORT: usize = 200;
pub const MAX_LONG: usize = 10_000;
pub const MAX_PHOTOS: usize = 10;
pub const MAX_PHOTO_BYTES: usize = 8 * 1024 * 1024;
pub const MAX_REMINDER_MINUTES: u32 = 7 * 24 * 60;

#[derive(Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(test, derive(ts_rs::TS))]
#[serde(tag = "kind", rename_all = "kebab-case")]
pub enum EntryBody {
    Appointment {
        starts: NaiveDateTime,
        #[serde(default)]
        ends: Option<NaiveDateTime>,
        #[serde(default)]
        place: String,
        /// Free text: a name, a nickname, a description. Never a contact.
        #[serde(default)]
        with_whom: String,
        /// By when the person means to confirm they are safe.
        #[serde(default)]
        check_in: Option<NaiveDateTime>,
        #[serde(default)]
        checked_in: bool,
        /// A reminder this many minutes before `starts`.
        #[serde(default)]
        reminder_minutes: Option<u32>,
        #[serde(default)]
        notes: String,
        /// "If I don't check in by `check_in`, alert this organisation":
        /// set only when she chose it (issue 18).
        #[serde(default, skip_serializing_if = "Option::is_none")]
        #[cfg_attr(test, ts(optional))]
        alert: Option<WatchChoice>,
    },
    Incident {
        happened: NaiveDateTime,
        #[serde(default)]
        place: String,
        #[serde(default)]
        what: String,
        #[serde(default)]
        who: String,
        /// Ids of encrypted photo records.
        #[serde(default)]
        photos: Vec<String>,
    },
    Note {
        at: NaiveDateTime,
        #[serde(default)]
        title: String,
        #[serde(default)]
        text: String,
    },
}

impl std::fmt::Debug for EntryBody {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "EntryBody::{}(…)", self.kind())
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Alarm {
    Reminder,
    CheckIn,
}

impl Alarm {
    pub fn purpose(self) -> &'static str {
        match self {
            Alarm::Reminder => "reminder",
            Alarm::CheckIn => "check-in",
        }
    }
}

impl EntryBody {
    pub fn kind(&self) -> &'static str {
        match self {
            EntryBody::Appointment { .. } => "appointment",
            EntryBody::Incident { .. } => "incident",
            EntryBody::Note { .. } => "note",
        }
    }

    /// The moment the entry is about, for lists by day and week.
    pub fn when(&self) -> NaiveDateTime {
        match self {
            EntryBody::Appointment { starts, .. } => *starts,
            EntryBody::Incident { happened, .. } => *happened,
            EntryBody::Note { at, .. } => *at,
        }
    }

    pub fn day(&self) -> NaiveDate {
        self.when().date()
    }

    pub fn photos(&self) -> &[String] {
        match self {
            EntryBody::Incident { photos, .. } => photos,
            _ => &[],
        }
    }

    /// The local times at which this entry wants a (neutral) notification.
    pub fn alarms(&self) -> Vec<(Alarm, NaiveDateTime)> {
        let mut out = Vec::new();
        if let EntryBody::Appointment { starts, check_in, checked_in, reminder_minutes, .. } = self {
            if let Some(m) = reminder_minutes {
                out.push((Alarm::Reminder, *starts - chrono::Duration::minutes(i64::from(*m))));
            }
            if let (Some(at), false) = (check_in, checked_in) {
                out.push((Alarm::CheckIn, *at));
            }
        }
        out
    }

    /// All text a search looks in.
    pub fn texts(&self) -> Vec<&str> {
        match self {
            EntryBody::Appointment { place, with_whom, notes, .. } => vec![place, with_whom, notes],
            EntryBody::Incident { place, what, who, .. } => vec![place, what, who],
            EntryBody::Note { title, text, .. } => vec![title, text],
        }
    }

    /// Checks sizes and times; the error names the field for the UI.
    pub fn validate(&self) -> Result<(), Field> {
        fn short(s: &str, field: Field) -> Result<(), Field> {
            if s.chars().count() > MAX_SHORT {
                return Err(field);
            }
            Ok(())
        }
        fn long(s: &str, field: Field) -> Result<(), Field> {
            if s.chars().count() > MAX_LONG {
                return Err(field);
            }
            Ok(())
        }
        match self {
            EntryBody::Appointment {
                starts, ends, place, with_whom, check_in, reminder_minutes, notes, alert, ..
            } => {
                short(place, Field::Place)?;
                short(with_whom, Field::WithWhom)?;
                long(notes, Field::Notes)?;
                if ends.is_some_and(|e| e < *starts) {
                    return Err(Field::Ends);
                }
                if check_in.is_some_and(|c| c < *starts) {
                    return Err(Field::CheckIn);
                }
                if reminder_minutes.is_some_and(|m| m > MAX_REMINDER_MINUTES) {
                    return Err(Field::Reminder);
                }
                if let Some(alert) = alert {
                    // An alert needs a time to check in by.
                    if check_in.is_none() {
                        return Err(Field::CheckIn);
                    }
                    alert.validate()?;
                }
            }
            EntryBody::Incident { place, what, who, photos, .. } => {
                short(place, Field::Place)?;
                long(what, Field::What)?;
                short(who, Field::Who)?;
                if photos.len() > MAX_PHOTOS {
                    return Err(Field::Photos);
                }
            }
            EntryBody::Note { title, text, .. } => {
                short(title, Field::Title)?;
                long(text, Field::Text)?;
                if title.trim().is_empty() && text.trim().is_empty() {
                    return Err(Field::Text);
                }
            }
        }
        Ok(())
    }
}

/// An entry as the UI sees it.
#[derive(Debug, Clone, Serialize)]
#[cfg_attr(test, derive(ts_rs::TS))]
pub struct Entry {
    pub id: String,
    pub version: u64,
    #[serde(flatten)]
    pub body: EntryBody,
    /// Set on a copy kept when two devices changed the same entry and this
    /// version lost: the id of the entry it was a version of.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(test, ts(optional))]
    pub conflict_of: Option<String>,
    /// An appointment's check-in alert, as the partner server last said
    /// (filled in by the diary for the entry screen).
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(test, ts(optional))]
    pub watch: Option<crate::watches::WatchView>,
}

/// An entry as it is sealed into its record.
#[derive(Serialize, Deserialize)]
pub struct StoredEntry {
    #[serde(flatten)]
    pub body: EntryBody,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub conflict_of: Option<String>,
}

/// A photo's type, from its first bytes; anything else is refused.
pub fn photo_type(bytes: &[u8]) -> Option<&'static str> {
    if bytes.starts_with(&[0xFF, 0xD8, 0xFF]) {
        Some("image/jpeg")
    } else if bytes.starts_with(b"\x89PNG\r\n\x1a\n") {
        Some("image/png")
    } else if bytes.len() >= 12 && &bytes[..4] == b"RIFF" && &bytes[8..12] == b"WEBP" {
        Some("image/webp")
    } else {
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn t(s: &str) -> NaiveDateTime {
        NaiveDateTime::parse_from_str(s, "%Y-%m-%d %H:%M").unwrap()
    }

    #[test]
    fn debug_shows_no_content() {
        let n = EntryBody::Note { at: t("2026-11-23 10:00"), title: "geheim".into(), text: "MARKER".into() };
        assert_eq!(format!("{n:?}"), "EntryBody::note(…)");
    }

    #[test]
    fn alarms_follow_reminder_and_check_in() {
        let mut a = EntryBody::Appointment {
            starts: t("2026-11-23 21:00"),
            ends: None,
            place: String::new(),
            with_whom: String::new(),
            check_in: Some(t("2026-11-23 22:30")),
            checked_in: false,
            reminder_minutes: Some(30),
            notes: String::new(),
            alert: None,
        };
        assert_eq!(a.alarms(), vec![(Alarm::Reminder, t("2026-11-23 20:30")), (Alarm::CheckIn, t("2026-11-23 22:30"))]);
        if let EntryBody::Appointment { checked_in, .. } = &mut a {
            *checked_in = true;
        }
        assert_eq!(a.alarms(), vec![(Alarm::Reminder, t("2026-11-23 20:30"))]);
    }

    #[test]
    fn validation_names_the_field() {
        let a = EntryBody::Appointment {
            starts: t("2026-11-23 21:00"),
            ends: Some(t("2026-11-23 20:00")),
            place: String::new(),
            with_whom: String::new(),
            check_in: None,
            checked_in: false,
            reminder_minutes: None,
            notes: String::new(),
            alert: None,
        };
        assert_eq!(a.validate(), Err(Field::Ends));
        let n = EntryBody::Note { at: t("2026-11-23 10:00"), title: " ".into(), text: String::new() };
        assert_eq!(n.validate(), Err(Field::Text));
        let n = EntryBody::Note { at: t("2026-11-23 10:00"), title: "x".repeat(201), text: "y".into() };
        assert_eq!(n.validate(), Err(Field::Title));
    }

    #[test]
    fn only_real_images_are_photos() {
        assert_eq!(photo_type(&[0xFF, 0xD8, 0xFF, 0xE0]), Some("image/jpeg"));
        assert_eq!(photo_type(b"\x89PNG\r\n\x1a\n...."), Some("image/png"));
        assert_eq!(photo_type(b"RIFF\0\0\0\0WEBPVP8 "), Some("image/webp"));
        assert_eq!(photo_type(b"<svg>"), None);
    }
}
