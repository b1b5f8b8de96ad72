//! The directory file (`content/organisations.toml`): parsing and every
//! rule an entry must keep. What the app shows from it ("open now", `tel:`
//! links) is the app's (`huiskamer-core`'s `directory` module).

use std::collections::HashSet;

use chrono::NaiveTime;
use huiskamer_protocol::{Directory, HoursStatus, Organisation};

use crate::parse::{is_https_url, is_valid_id, is_valid_locale};

/// Parses and checks the directory file.
pub fn parse_directory(text: &str) -> Result<Vec<Organisation>, String> {
    let dir: Directory = toml::from_str(text).map_err(|e| {
        let line = e.span().map(|s| text[..s.start.min(text.len())].matches('\n').count() + 1).unwrap_or(0);
        format!("line {line}: {}", e.message())
    })?;
    validate(&dir.organisations)?;
    Ok(dir.organisations)
}

pub fn parse_hhmm(s: &str) -> Option<NaiveTime> {
    let (h, m) = s.split_once(':')?;
    if h.len() != 2 || m.len() != 2 {
        return None;
    }
    let (h, m): (u32, u32) = (h.parse().ok()?, m.parse().ok()?);
    if h == 24 && m == 0 {
        return NaiveTime::from_hms_opt(23, 59, 59);
    }
    NaiveTime::from_hms_opt(h, m, 0)
}

/// A phone number as it may be dialled: digits, spaces, dashes, a leading +.
pub fn is_valid_phone(p: &str) -> bool {
    let digits = p.chars().filter(|c| c.is_ascii_digit()).count();
    (3..=15).contains(&digits)
        && p.chars().enumerate().all(|(i, c)| c.is_ascii_digit() || c == ' ' || c == '-' || (c == '+' && i == 0))
}

/// An e-mail address as the directory may list it: one `@`, a dotted
/// domain, nothing that could break out of a `mailto:` address.
pub fn is_valid_email(m: &str) -> bool {
    let Some((local, domain)) = m.split_once('@') else { return false };
    !local.is_empty()
        && m.len() <= 254
        && domain.contains('.')
        && !domain.starts_with('.')
        && !domain.ends_with('.')
        && m.bytes().filter(|b| *b == b'@').count() == 1
        && m.bytes().all(|b| b.is_ascii_alphanumeric() || matches!(b, b'@' | b'.' | b'-' | b'_' | b'+'))
}

/// Checks every rule of the directory file; the message names the entry.
pub fn validate(orgs: &[Organisation]) -> Result<(), String> {
    let mut ids = HashSet::new();
    for org in orgs {
        let e = |msg: &str| Err(format!("organisation {:?}: {msg}", org.id));
        if !is_valid_id(&org.id) || !ids.insert(org.id.as_str()) {
            return e("id must be unique, lowercase letters, digits and dashes");
        }
        if org.name.trim().is_empty() || org.city.trim().is_empty() {
            return e("name and city are required");
        }
        if org.services.is_empty() || !org.services.iter().all(|s| is_valid_id(s)) {
            return e("services must list at least one service key");
        }
        if org.phone.as_deref().is_some_and(|p| !is_valid_phone(p)) {
            return e("phone must be digits, spaces and dashes");
        }
        if org.website.as_deref().is_some_and(|w| !is_https_url(w)) {
            return e("website must be an https:// address");
        }
        if org.chat.as_deref().is_some_and(|w| !is_https_url(w)) {
            return e("chat must be an https:// address");
        }
        if org.email.as_deref().is_some_and(|m| !is_valid_email(m)) {
            return e("email must be an address like name@example.nl");
        }
        if !org.languages.iter().all(|l| is_valid_locale(l)) {
            return e("languages must be language tags like nl, en, ro");
        }
        if org.sources.is_empty() || !org.sources.iter().all(|s| is_https_url(&s.url) && !s.title.trim().is_empty()) {
            return e("every entry needs sources with a title and an https:// address");
        }
        for p in &org.hours {
            if p.days.is_empty() || parse_hhmm(&p.open).is_none() || parse_hhmm(&p.close).is_none() {
                return e("opening hours need days and times like 17:00");
            }
            if p.open == "24:00" || p.open == p.close {
                return e("a period opens before 24:00 and closes at another time");
            }
        }
        match org.hours_status {
            HoursStatus::Confirmed | HoursStatus::Published if org.hours.is_empty() => {
                return e("hours_status says there are hours, but none are listed");
            }
            HoursStatus::Always | HoursStatus::Unknown if !org.hours.is_empty() => {
                return e("hours are listed, but hours_status is always or unknown");
            }
            HoursStatus::Published if org.caveat.is_empty() => {
                return e("published (unconfirmed) hours need a caveat that says so");
            }
            _ => {}
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use huiskamer_protocol::{Day, OpeningPeriod, Source};

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

    #[test]
    fn emails_and_chats_are_checked() {
        let mut o = org(HoursStatus::Unknown, vec![]);
        o.email = Some("info@terwille.nl".into());
        o.chat = Some("https://wa.me/31612345678".into());
        assert_eq!(validate(&[o.clone()]), Ok(()));
        for bad in ["info", "a@b", "a@b.nl?subject=x", "a b@c.nl", "a@@b.nl"] {
            o.email = Some(bad.into());
            assert!(validate(&[o.clone()]).is_err(), "{bad}");
        }
        o.email = None;
        o.chat = Some("javascript:alert(1)".into());
        assert!(validate(&[o]).is_err());
    }

    #[test]
    fn validation_refuses_inconsistent_entries() {
        assert!(validate(&[org(HoursStatus::Confirmed, vec![])]).is_err());
        assert!(validate(&[org(HoursStatus::Unknown, vec![period(&[Day::Mon], "09:00", "10:00")])]).is_err());
        assert!(validate(&[org(HoursStatus::Confirmed, vec![period(&[Day::Mon], "9:00", "10:00")])]).is_err());
        let mut o = org(HoursStatus::Always, vec![]);
        o.phone = Some("0800-ABC".into());
        assert!(validate(&[o.clone()]).is_err());
        o.phone = Some("0800-0188".into());
        assert!(validate(&[o.clone()]).is_ok());
        assert!(validate(&[o.clone(), o]).unwrap_err().contains("unique"));
    }
}
