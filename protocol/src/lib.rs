//! Types that cross a boundary between the Huiskamer app and a partner server:
//! the information library (articles and the directory of help) as it is
//! shipped in the app and, later, published in signed content bundles.
//!
//! Only plain data lives here. Parsing the files and their rules live one
//! step up, in `huiskamer-texts`, which the app's core and the server both
//! use, so both check a file the same way. The dependencies run one way:
//! protocol and texts are leaves that know nothing of the app
//! (`huiskamer-core`) or the server, and the server does not link the app's
//! core (`scripts/check-structure.sh` keeps it so).
#![forbid(unsafe_code)]

pub mod alerts;
pub mod bundle;
pub mod messages;
pub mod sync;

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

/// Version of the content data format. A bundle with a newer major format
/// than the app knows is refused rather than half-understood.
pub const CONTENT_FORMAT_VERSION: u32 = 1;

/// The six topics of the information library. Their order here is the order
/// in which the app shows them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Topic {
    Rights,
    Health,
    Money,
    Safety,
    Exiting,
    Help,
}

impl Topic {
    pub const ALL: [Topic; 6] =
        [Topic::Rights, Topic::Health, Topic::Money, Topic::Safety, Topic::Exiting, Topic::Help];

    pub fn as_str(self) -> &'static str {
        match self {
            Topic::Rights => "rights",
            Topic::Health => "health",
            Topic::Money => "money",
            Topic::Safety => "safety",
            Topic::Exiting => "exiting",
            Topic::Help => "help",
        }
    }

    pub fn parse(s: &str) -> Option<Topic> {
        Topic::ALL.into_iter().find(|t| t.as_str() == s)
    }
}

/// A public source an article is based on.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Source {
    pub title: String,
    pub url: String,
}

/// One translation of one article, as published.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ArticleDoc {
    /// Stable id shared by all translations.
    pub id: String,
    /// BCP 47 language tag of this translation (`nl`, `en`, `pt-BR` ...).
    pub locale: String,
    pub topic: Topic,
    pub title: String,
    pub summary: String,
    /// The day a person last checked the facts.
    pub reviewed: NaiveDate,
    #[serde(default)]
    pub related: Vec<String>,
    pub sources: Vec<Source>,
    /// Markdown body. Raw HTML and images are not rendered by the app.
    pub body: String,
}

/// Day of the week, Monday first as in the Netherlands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Day {
    Mon,
    Tue,
    Wed,
    Thu,
    Fri,
    Sat,
    Sun,
}

impl Day {
    pub const ALL: [Day; 7] = [Day::Mon, Day::Tue, Day::Wed, Day::Thu, Day::Fri, Day::Sat, Day::Sun];

    /// 0 for Monday .. 6 for Sunday.
    pub fn index(self) -> usize {
        self as usize
    }
}

/// One opening period: on each of `days`, from `open` to `close` ("HH:MM",
/// Europe/Amsterdam local time). A `close` earlier than `open` means the
/// period runs past midnight into the next day.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct OpeningPeriod {
    pub days: Vec<Day>,
    pub open: String,
    pub close: String,
}

/// How much the app may trust the opening hours of an entry.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(rename_all = "kebab-case")]
pub enum HoursStatus {
    /// Stated by the organisation's own current page (or a current official
    /// page); the claims register dates it. Only these hours say "open now".
    Confirmed,
    /// Published somewhere (an old news item, a leaflet) but not confirmed
    /// current: shown as the last published hours, never as "open now".
    #[serde(alias = "unconfirmed")]
    Published,
    /// Reachable day and night (a phone line).
    Always,
    /// Not known: the app shows no times and says to ask.
    #[default]
    Unknown,
}

/// A text in several languages, keyed by locale (`nl`, `en` ...).
pub type Localised = std::collections::BTreeMap<String, String>;

/// One entry of the directory of help.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Organisation {
    /// Stable id, lowercase with dashes.
    pub id: String,
    pub name: String,
    /// City the entry serves, or `national` for lines that serve everyone.
    pub city: String,
    /// What they help with: service keys, shown through Fluent `service-<key>`.
    pub services: Vec<String>,
    /// A sentence or two on who they are, per locale.
    #[serde(default)]
    pub description: Localised,
    /// Street address as it would be typed into a map, if known.
    #[serde(default)]
    pub address: Option<String>,
    /// Phone number in Dutch notation, only when certain.
    #[serde(default)]
    pub phone: Option<String>,
    /// https address of the organisation's own site.
    #[serde(default)]
    pub website: Option<String>,
    /// E-mail address, only when a source states it.
    #[serde(default)]
    pub email: Option<String>,
    /// An https address of a chat (web chat, WhatsApp link), only when a
    /// source states it.
    #[serde(default)]
    pub chat: Option<String>,
    /// Languages spoken, as language tags. Empty means "not known".
    #[serde(default)]
    pub languages: Vec<String>,
    #[serde(default)]
    pub hours_status: HoursStatus,
    #[serde(default)]
    pub hours: Vec<OpeningPeriod>,
    /// What is not certain about this entry, per locale; shown as is.
    #[serde(default)]
    pub caveat: Localised,
    /// Public sources for the entry's facts (deep links). Each field's own
    /// source and the day it was read are in the claims register
    /// (`content/claims/`), which also dates "Information checked".
    pub sources: Vec<Source>,
}

/// The directory data file: `content/organisations.toml`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Directory {
    #[serde(rename = "organisation")]
    pub organisations: Vec<Organisation>,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn topics_round_trip_through_their_names() {
        for t in Topic::ALL {
            assert_eq!(Topic::parse(t.as_str()), Some(t));
        }
        assert_eq!(Topic::parse("Rights"), None);
    }

    #[test]
    fn organisation_rejects_unknown_fields() {
        let text = r#"
            [[organisation]]
            id = "x"
            name = "X"
            city = "Groningen"
            services = []
            sources = []
            telephone = "123"
        "#;
        let err = toml::from_str::<Directory>(text).unwrap_err();
        assert!(err.to_string().contains("telephone"), "{err}");
    }
}
