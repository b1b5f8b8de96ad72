//! The app as the UI sees it: one value holding the library and the
//! languages, answering with views that are already in the reader's language.
//! The Tauri shell calls these methods and nothing else.

use std::collections::BTreeMap;
use std::path::Path;

use chrono::{DateTime, Datelike, NaiveDate, Utc};
use fluent_bundle::FluentValue;
use huiskamer_protocol::{Day, Organisation, Source, Topic};
use serde::{Deserialize, Serialize};

use chrono::TimeZone;
use chrono_tz::Europe::Amsterdam;

use crate::content::store::FieldClaim;
use crate::content::{Library, LibraryError, SearchHit, SourceFile};
use crate::directory::{self, OpenStatus};
use crate::error::ErrorCode;
pub use crate::error::ErrorView;
use crate::i18n::{self, I18n};
use crate::settings::{Settings, SettingsError};

/// Errors the UI can show. `code` is stable for the UI to branch on; the
/// text comes from Fluent in the reader's language (error.rs).
#[derive(Debug, thiserror::Error)]
pub enum AppError {
    #[error("not found")]
    NotFound,
    #[error("invalid input: {0}")]
    InvalidInput(&'static str),
    #[error(transparent)]
    Library(#[from] LibraryError),
    #[error(transparent)]
    Settings(#[from] SettingsError),
    /// The data folder could not be made or read.
    #[error("file: {0}")]
    Io(#[from] std::io::Error),
}

impl AppError {
    pub fn code(&self) -> ErrorCode {
        match self {
            AppError::NotFound => ErrorCode::NotFound,
            AppError::InvalidInput(_) => ErrorCode::InvalidInput,
            AppError::Library(_) | AppError::Settings(_) | AppError::Io(_) => ErrorCode::Storage,
        }
    }
}

#[derive(Debug, Clone, Serialize)]
#[cfg_attr(test, derive(ts_rs::TS))]
pub struct LocaleOption {
    pub code: String,
    /// The language's name in its own language and script.
    pub name: String,
    #[cfg_attr(test, ts(type = r#""ltr" | "rtl""#))]
    pub dir: &'static str,
}

#[derive(Debug, Clone, Serialize)]
#[cfg_attr(test, derive(ts_rs::TS))]
pub struct LocaleView {
    pub locale: String,
    #[cfg_attr(test, ts(type = r#""ltr" | "rtl""#))]
    pub dir: &'static str,
    pub locales: Vec<LocaleOption>,
    /// Every UI message, formatted for `locale`.
    pub strings: BTreeMap<String, String>,
}

#[derive(Debug, Clone, Serialize)]
#[cfg_attr(test, derive(ts_rs::TS))]
pub struct TopicView {
    // The protocol's types do not derive TS (see ui_contract.rs).
    #[cfg_attr(test, ts(type = "string"))]
    pub id: Topic,
    pub title: String,
    pub description: String,
    pub count: usize,
    pub count_label: String,
}

#[derive(Debug, Clone, Serialize)]
#[cfg_attr(test, derive(ts_rs::TS))]
pub struct ArticleItem {
    pub id: String,
    pub title: String,
    pub summary: String,
    /// Language of the text, for the `lang` attribute.
    pub lang: String,
    #[cfg_attr(test, ts(type = r#""ltr" | "rtl""#))]
    pub dir: &'static str,
    /// Shown in another language than the reader's.
    pub fallback: bool,
}

#[derive(Debug, Clone, Serialize)]
#[cfg_attr(test, derive(ts_rs::TS))]
pub struct TopicPage {
    #[cfg_attr(test, ts(type = "string"))]
    pub id: Topic,
    pub title: String,
    pub articles: Vec<ArticleItem>,
}

#[derive(Debug, Clone, Serialize)]
#[cfg_attr(test, derive(ts_rs::TS))]
pub struct ArticleView {
    pub id: String,
    #[cfg_attr(test, ts(type = "string"))]
    pub topic: Topic,
    pub topic_title: String,
    pub title: String,
    pub summary: String,
    pub lang: String,
    #[cfg_attr(test, ts(type = r#""ltr" | "rtl""#))]
    pub dir: &'static str,
    /// "This article is not yet in your language ..." in the reader's language.
    pub fallback_notice: Option<String>,
    pub reviewed: String,
    /// "Some facts ... may be out of date": a fact of this article was read
    /// at its source more than a year before today.
    pub out_of_date: Option<String>,
    #[cfg_attr(test, ts(type = "Array<{ title: string, url: string }>"))]
    pub sources: Vec<Source>,
    pub html: String,
    pub related: Vec<ArticleItem>,
}

#[derive(Debug, Clone, Serialize)]
#[cfg_attr(test, derive(ts_rs::TS))]
pub struct SearchResult {
    pub id: String,
    pub title: String,
    pub topic_title: String,
    pub lang: String,
    #[cfg_attr(test, ts(type = r#""ltr" | "rtl""#))]
    pub dir: &'static str,
    pub fallback: bool,
    pub snippet: Vec<crate::content::SnippetPart>,
}

#[derive(Debug, Clone, Serialize)]
#[cfg_attr(test, derive(ts_rs::TS))]
pub struct SearchView {
    pub query: String,
    pub results: Vec<SearchResult>,
    pub count_label: String,
}

#[derive(Debug, Clone, Serialize)]
#[cfg_attr(test, derive(ts_rs::TS))]
#[serde(rename_all = "kebab-case")]
pub enum OpenState {
    Open,
    Closed,
    Always,
    Unknown,
}

#[derive(Debug, Clone, Serialize)]
#[cfg_attr(test, derive(ts_rs::TS))]
pub struct OrganisationView {
    pub id: String,
    pub name: String,
    pub city: String,
    pub services: Vec<String>,
    pub description: Option<String>,
    pub address: Option<String>,
    pub phone: Option<String>,
    pub website: Option<String>,
    pub email: Option<String>,
    /// Whether the entry has a chat link (opened through the core).
    pub chat: bool,
    /// Languages spoken, each in its own name; empty when not known.
    pub languages: Vec<String>,
    pub open_state: OpenState,
    pub open_label: String,
    /// The heading above the hours: "Opening hours", or for hours that are
    /// not confirmed "Last published hours (<source>, <date>)".
    pub hours_title: String,
    /// One line per opening period, e.g. "Mon–Sun 17:00–20:00".
    pub hours: Vec<String>,
    /// What is not certain about this entry.
    pub caveats: Vec<String>,
    /// "Information checked: <date>", only when every field it lists was
    /// checked at a source; the date is the oldest of those checks.
    pub checked: Option<String>,
    /// "... may be out of date": a field was read more than a year ago.
    pub out_of_date: Option<String>,
    /// Where each field comes from, in the register's order.
    pub field_sources: Vec<FieldSourceView>,
}

/// One line of "Where this comes from" under a directory entry.
#[derive(Debug, Clone, Serialize)]
#[cfg_attr(test, derive(ts_rs::TS))]
pub struct FieldSourceView {
    /// Index for [`LinkRequest::OrganisationSource`].
    pub index: usize,
    /// What it backs ("Phone number"), or empty for the entry as a whole.
    pub field: String,
    pub title: String,
    pub publisher: String,
    /// "read 2 December 2026".
    pub read: String,
}

#[derive(Debug, Clone, Serialize)]
#[cfg_attr(test, derive(ts_rs::TS))]
pub struct DirectoryView {
    pub cities: Vec<String>,
    /// The place the person picked before ("" for all places).
    pub city: String,
    pub organisations: Vec<OrganisationView>,
}

/// A link the person asked to open outside the app. The UI never passes an
/// address: it names what to open, and the core builds the address from its
/// own data, so the web view cannot be used to reach arbitrary places.
#[derive(Debug, Clone, Deserialize)]
#[cfg_attr(test, derive(ts_rs::TS))]
#[serde(tag = "kind", rename_all = "kebab-case")]
pub enum LinkRequest {
    Call {
        organisation: String,
    },
    Map {
        organisation: String,
    },
    Website {
        organisation: String,
    },
    Email {
        organisation: String,
    },
    Chat {
        organisation: String,
    },
    /// The page behind one of a directory entry's facts.
    OrganisationSource {
        organisation: String,
        index: usize,
    },
    Source {
        article: String,
        index: usize,
    },
    /// A phone number inside an article's text (the renderer marks them).
    ArticleCall {
        article: String,
        number: String,
    },
    /// An https link inside an article's text.
    ArticleLink {
        article: String,
        url: String,
    },
}

pub struct App {
    library: Library,
    settings: Settings,
    i18n: I18n,
    locale: String,
}

impl App {
    /// Opens the app's library and settings in `data_dir`, importing the
    /// shipped content if it is new or changed, and picks the language: the
    /// one the person chose before, else the best match for `system_locales`.
    pub fn open(data_dir: &Path, system_locales: &[String]) -> Result<App, AppError> {
        std::fs::create_dir_all(data_dir)?;
        // Opened first and apart: rebuilding the library below must not
        // touch the person's settings.
        let settings = Settings::open(data_dir);
        let path = data_dir.join("library.sqlite");
        let library = match Library::open(&path) {
            Ok(library) => library,
            Err(error) => {
                // The library holds only shipped content (and, from apps
                // before the settings file, settings that are then lost),
                // all of which can be rebuilt: start it afresh.
                tracing::warn!(%error, "library database unreadable; rebuilding it");
                for suffix in ["", "-wal", "-shm"] {
                    let mut p = path.clone().into_os_string();
                    p.push(suffix);
                    let _ = std::fs::remove_file(p);
                }
                Library::open(&path)?
            }
        };
        let (articles, data) = shipped();
        App::with_settings(library, settings, I18n::embedded(), &articles, &data, system_locales)
    }

    /// The app over `library` with the shipped content; settings beside it
    /// (see [`Settings::beside`]): in memory for a library in memory.
    pub fn with_library(library: Library, i18n: I18n, system_locales: &[String]) -> Result<App, AppError> {
        let (articles, data) = shipped();
        App::with_content(library, i18n, &articles, &data, system_locales)
    }

    /// The app over `library`, importing the given content if it changed;
    /// settings beside it (see [`Settings::beside`]).
    pub fn with_content(
        library: Library,
        i18n: I18n,
        articles: &[SourceFile],
        data: &[SourceFile],
        system_locales: &[String],
    ) -> Result<App, AppError> {
        let settings = Settings::beside(&library);
        App::with_settings(library, settings, i18n, articles, data, system_locales)
    }

    fn with_settings(
        mut library: Library,
        settings: Settings,
        i18n: I18n,
        articles: &[SourceFile],
        data: &[SourceFile],
        system_locales: &[String],
    ) -> Result<App, AppError> {
        settings.take_over_from(&library);
        let report = library.import_shipped(articles, data)?;
        for e in &report.skipped {
            // Path and line only: never article text.
            tracing::warn!(error = %e, "shipped article skipped");
        }
        let locale = match settings.locale() {
            Some(saved) if i18n.has(&saved) => saved,
            _ => i18n.negotiate(system_locales),
        };
        Ok(App { library, settings, i18n, locale })
    }

    pub fn library(&self) -> &Library {
        &self.library
    }

    pub fn library_mut(&mut self) -> &mut Library {
        &mut self.library
    }

    /// The person's settings (the only way to them).
    pub fn settings(&self) -> &Settings {
        &self.settings
    }

    pub fn locale(&self) -> &str {
        &self.locale
    }

    pub(crate) fn t(&self, id: &str) -> String {
        self.i18n.t(&self.locale, id)
    }

    pub(crate) fn t_args(&self, id: &str, args: &[(&str, FluentValue)]) -> String {
        self.i18n.t_args(&self.locale, id, args)
    }

    fn chain(&self) -> Vec<String> {
        I18n::chain(&self.locale)
    }

    pub fn locale_view(&self) -> LocaleView {
        LocaleView {
            locale: self.locale.clone(),
            dir: i18n::dir(&self.locale),
            locales: self
                .i18n
                .native_names()
                .into_iter()
                .map(|(code, name)| LocaleOption { dir: i18n::dir(&code), code, name })
                .collect(),
            strings: self.i18n.messages(&self.locale),
        }
    }

    /// Forgets the person's settings (language choice, disguise).
    pub fn reset_settings(&mut self) -> Result<(), SettingsError> {
        self.settings.clear()
    }

    /// Switches the language and remembers the choice.
    pub fn set_locale(&mut self, code: &str) -> Result<LocaleView, AppError> {
        if !self.i18n.has(code) {
            return Err(AppError::InvalidInput("unknown locale"));
        }
        self.settings.set_locale(code)?;
        self.locale = code.to_string();
        Ok(self.locale_view())
    }

    fn topic_title(&self, topic: Topic) -> String {
        self.t(&format!("topic-{}", topic.as_str()))
    }

    pub fn topics(&self) -> Result<Vec<TopicView>, AppError> {
        let counts = self.library.topic_counts(&self.chain())?;
        Ok(Topic::ALL
            .iter()
            .map(|&t| {
                let count = counts.get(&t).copied().unwrap_or(0);
                TopicView {
                    id: t,
                    title: self.topic_title(t),
                    description: self.t(&format!("topic-{}.description", t.as_str())),
                    count,
                    count_label: self.t_args("topic-article-count", &[("count", count.into())]),
                }
            })
            .collect())
    }

    fn item(&self, id: String, title: String, summary: String, lang: String) -> ArticleItem {
        ArticleItem { fallback: lang != self.locale, dir: i18n::dir(&lang), id, title, summary, lang }
    }

    pub fn topic(&self, topic: &str) -> Result<TopicPage, AppError> {
        let topic = Topic::parse(topic).ok_or(AppError::NotFound)?;
        let articles = self
            .library
            .articles_in_topic(topic, &self.chain())?
            .into_iter()
            .map(|s| self.item(s.id, s.title, s.summary, s.locale))
            .collect();
        Ok(TopicPage { id: topic, title: self.topic_title(topic), articles })
    }

    pub fn article(&self, id: &str) -> Result<ArticleView, AppError> {
        self.article_on(id, today())
    }

    /// The article as shown on `today` (which decides "may be out of date").
    pub fn article_on(&self, id: &str, today: NaiveDate) -> Result<ArticleView, AppError> {
        let a = self.library.article(id, &self.chain())?.ok_or(AppError::NotFound)?;
        let fallback_notice = (a.locale != self.locale).then(|| {
            let language = self
                .i18n
                .native_names()
                .into_iter()
                .find(|(c, _)| *c == a.locale)
                .map(|(_, n)| n)
                .unwrap_or_else(|| a.locale.clone());
            self.t_args("article-fallback-notice", &[("language", language.into())])
        });
        Ok(ArticleView {
            topic_title: self.topic_title(a.topic),
            reviewed: self.t_args("article-reviewed", &[("date", self.date(a.reviewed).into())]),
            out_of_date: a
                .facts_read
                .filter(|read| crate::content::claims::is_out_of_date(*read, today))
                .map(|read| self.t_args("article-out-of-date", &[("date", self.date(read).into())])),
            dir: i18n::dir(&a.locale),
            related: a.related.into_iter().map(|s| self.item(s.id, s.title, s.summary, s.locale)).collect(),
            fallback_notice,
            id: a.id,
            topic: a.topic,
            title: a.title,
            summary: a.summary,
            lang: a.locale,
            sources: a.sources,
            html: a.html,
        })
    }

    /// A date in the reader's language, e.g. "22 November 2026".
    pub fn date(&self, d: NaiveDate) -> String {
        let month = self.t(&format!("month-{}", d.month()));
        self.t_args(
            "date-long",
            &[("day", d.day().into()), ("month", month.into()), ("year", d.year().to_string().into())],
        )
    }

    pub fn search(&self, query: &str) -> Result<SearchView, AppError> {
        if query.len() > 500 {
            return Err(AppError::InvalidInput("query too long"));
        }
        let hits: Vec<SearchHit> = self.library.search(query, &self.chain(), 30)?;
        let results: Vec<SearchResult> = hits
            .into_iter()
            .map(|h| SearchResult {
                fallback: h.locale != self.locale,
                dir: i18n::dir(&h.locale),
                topic_title: self.topic_title(h.topic),
                id: h.id,
                title: h.title,
                lang: h.locale,
                snippet: h.snippet,
            })
            .collect();
        Ok(SearchView {
            query: query.to_string(),
            count_label: self.t_args("search-result-count", &[("count", results.len().into())]),
            results,
        })
    }

    fn day_name(&self, d: Day) -> String {
        self.t(&format!("day-{}", format!("{d:?}").to_lowercase()))
    }

    fn localised(&self, map: &huiskamer_protocol::Localised) -> Option<String> {
        self.chain().iter().find_map(|l| map.get(l).cloned())
    }

    /// The directory at the instant `now`, cities in alphabetical order with
    /// national lines last.
    pub fn directory(&self, now: DateTime<Utc>) -> Result<DirectoryView, AppError> {
        let orgs = self.library.organisations()?;
        let mut cities: Vec<String> = orgs.iter().map(|o| o.city.clone()).filter(|c| c != "national").collect();
        cities.sort();
        cities.dedup();
        let national = self.t("directory-national");
        if orgs.iter().any(|o| o.city == "national") {
            cities.push(national.clone());
        }
        let today = Amsterdam.from_utc_datetime(&now.naive_utc()).date_naive();
        let mut organisations = Vec::with_capacity(orgs.len());
        for o in &orgs {
            let claims = self.library.organisation_claims(&o.id)?;
            organisations.push(self.organisation_view(o, &claims, now, today, &national));
        }
        organisations.sort_by_key(|o| (o.city == national, o.city.clone(), o.name.to_lowercase()));
        let city = self.settings.city().filter(|c| cities.contains(c)).unwrap_or_default();
        Ok(DirectoryView { cities, city, organisations })
    }

    /// Remembers the place picked in the directory (until changed or the
    /// diary's "wipe everything"); "" forgets it.
    pub fn set_city(&mut self, city: &str) -> Result<(), AppError> {
        if city.len() > 100 {
            return Err(AppError::InvalidInput("place name too long"));
        }
        self.settings.set_city((!city.is_empty()).then_some(city))?;
        Ok(())
    }

    fn organisation_view(
        &self,
        o: &Organisation,
        claims: &[FieldClaim],
        now: DateTime<Utc>,
        today: NaiveDate,
        national: &str,
    ) -> OrganisationView {
        let (open_state, open_label) = match directory::status_at(o, now) {
            OpenStatus::Always => (OpenState::Always, self.t("open-always")),
            OpenStatus::Unknown => (OpenState::Unknown, self.t("open-unknown")),
            OpenStatus::NotConfirmed => (OpenState::Unknown, self.t("open-not-confirmed")),
            OpenStatus::OpenUntil { closes } => {
                (OpenState::Open, self.t_args("open-until", &[("time", closes.format("%H:%M").to_string().into())]))
            }
            OpenStatus::Closed { day, opens } => (
                OpenState::Closed,
                self.t_args(
                    "closed-opens",
                    &[("day", self.day_name(day).into()), ("time", opens.format("%H:%M").to_string().into())],
                ),
            ),
        };
        let hours = o
            .hours
            .iter()
            .map(|p| {
                self.t_args(
                    "hours-line",
                    &[
                        ("days", self.day_ranges(&p.days).into()),
                        ("open", p.open.clone().into()),
                        ("close", p.close.clone().into()),
                    ],
                )
            })
            .collect();
        let mut caveats: Vec<String> = self.localised(&o.caveat).into_iter().collect();
        if o.phone.is_none() {
            caveats.push(self.t("directory-no-phone"));
        }
        // Checked only when every field shown rests on a claim of its own.
        let fields = crate::content::claims::present_fields(o);
        let field_claims: Vec<&FieldClaim> =
            claims.iter().filter(|c| c.field.as_deref().is_some_and(|f| fields.contains(&f))).collect();
        let all_checked = fields.iter().all(|f| field_claims.iter().any(|c| c.field.as_deref() == Some(f)));
        let oldest = field_claims.iter().map(|c| c.read).min();
        let checked =
            oldest.filter(|_| all_checked).map(|d| self.t_args("directory-checked", &[("date", self.date(d).into())]));
        if checked.is_none() {
            caveats.push(self.t("directory-not-checked"));
        }
        let out_of_date = claims
            .iter()
            .map(|c| c.read)
            .min()
            .filter(|d| crate::content::claims::is_out_of_date(*d, today))
            .map(|d| self.t_args("directory-out-of-date", &[("date", self.date(d).into())]));
        let hours_title = match o.hours_status {
            huiskamer_protocol::HoursStatus::Published => {
                match claims.iter().find(|c| c.field.as_deref() == Some("hours")) {
                    Some(c) => self.t_args(
                        "hours-published",
                        &[
                            ("source", c.publisher.clone().into()),
                            ("date", c.published.clone().unwrap_or_else(|| self.date(c.read)).into()),
                        ],
                    ),
                    None => self.t("hours-published-unsourced"),
                }
            }
            _ => self.t("hours-title"),
        };
        let field_sources = claims
            .iter()
            .enumerate()
            .map(|(index, c)| FieldSourceView {
                index,
                field: c.field.as_deref().map(|f| self.t(&format!("directory-field-{f}"))).unwrap_or_default(),
                title: c.title.clone(),
                publisher: c.publisher.clone(),
                read: self.t_args("directory-read", &[("date", self.date(c.read).into())]),
            })
            .collect();
        let names = self.i18n.native_names();
        OrganisationView {
            id: o.id.clone(),
            name: o.name.clone(),
            city: if o.city == "national" { national.to_string() } else { o.city.clone() },
            services: o.services.iter().map(|s| self.t(&format!("service-{s}"))).collect(),
            description: self.localised(&o.description),
            address: o.address.clone(),
            phone: o.phone.clone(),
            website: o.website.clone(),
            email: o.email.clone(),
            chat: o.chat.is_some(),
            languages: o
                .languages
                .iter()
                .map(|l| names.iter().find(|(c, _)| c == l).map(|(_, n)| n.clone()).unwrap_or_else(|| l.clone()))
                .collect(),
            open_state,
            open_label,
            hours_title,
            hours,
            caveats,
            checked,
            out_of_date,
            field_sources,
        }
    }

    /// "Mon–Fri, Sun" from a set of days.
    fn day_ranges(&self, days: &[Day]) -> String {
        let mut present = [false; 7];
        for d in days {
            present[d.index()] = true;
        }
        if present.iter().all(|p| *p) {
            return self.t("days-every");
        }
        let mut parts = Vec::new();
        let mut i = 0;
        while i < 7 {
            if !present[i] {
                i += 1;
                continue;
            }
            let start = i;
            while i + 1 < 7 && present[i + 1] {
                i += 1;
            }
            let short = |d: usize| self.t(&format!("day-{}.short", format!("{:?}", Day::ALL[d]).to_lowercase()));
            parts.push(match i - start {
                0 => short(start),
                1 => format!("{}, {}", short(start), short(i)),
                _ => format!("{}–{}", short(start), short(i)),
            });
            i += 1;
        }
        parts.join(", ")
    }

    /// The address to open for a link request, checked against the core's
    /// own data. `mobile` picks a `geo:` address for maps instead of a web map.
    pub fn link(&self, request: &LinkRequest, mobile: bool) -> Result<String, AppError> {
        let org = |id: &str| -> Result<Organisation, AppError> {
            self.library.organisations()?.into_iter().find(|o| o.id == id).ok_or(AppError::NotFound)
        };
        match request {
            LinkRequest::Call { organisation } => {
                let phone = org(organisation)?.phone.ok_or(AppError::NotFound)?;
                Ok(directory::tel_uri(&phone))
            }
            LinkRequest::Map { organisation } => {
                let o = org(organisation)?;
                let address = o.address.ok_or(AppError::NotFound)?;
                let q = percent_encode(&format!("{address}, {}", o.city));
                Ok(if mobile {
                    format!("geo:0,0?q={q}")
                } else {
                    format!("https://www.openstreetmap.org/search?query={q}")
                })
            }
            LinkRequest::Website { organisation } => org(organisation)?.website.ok_or(AppError::NotFound),
            LinkRequest::Email { organisation } => {
                let mail = org(organisation)?.email.ok_or(AppError::NotFound)?;
                Ok(format!("mailto:{mail}"))
            }
            LinkRequest::Chat { organisation } => org(organisation)?.chat.ok_or(AppError::NotFound),
            LinkRequest::OrganisationSource { organisation, index } => {
                org(organisation)?;
                let claims = self.library.organisation_claims(organisation)?;
                claims.get(*index).map(|c| c.url.clone()).ok_or(AppError::NotFound)
            }
            LinkRequest::ArticleCall { article, number } => {
                let a = self.library.article(article, &self.chain())?.ok_or(AppError::NotFound)?;
                let uri = directory::tel_uri(number);
                let attr = format!("data-tel=\"{}\"", html_escape_attr(&uri));
                if directory::is_valid_phone(number) && a.html.contains(&attr) {
                    Ok(uri)
                } else {
                    Err(AppError::InvalidInput("number is not part of the article"))
                }
            }
            LinkRequest::Source { article, index } => {
                let a = self.library.article(article, &self.chain())?.ok_or(AppError::NotFound)?;
                a.sources.get(*index).map(|s| s.url.clone()).ok_or(AppError::NotFound)
            }
            LinkRequest::ArticleLink { article, url } => {
                let a = self.library.article(article, &self.chain())?.ok_or(AppError::NotFound)?;
                let attr = format!("href=\"{}\"", html_escape_attr(url));
                if crate::content::parse::is_https_url(url) && a.html.contains(&attr) {
                    Ok(url.clone())
                } else {
                    Err(AppError::InvalidInput("link is not part of the article"))
                }
            }
        }
    }
}

/// The articles and directory shipped inside the app.
fn shipped() -> (Vec<SourceFile<'static>>, Vec<SourceFile<'static>>) {
    let articles = crate::embedded::ARTICLES.iter().map(|(path, text)| SourceFile { path, text }).collect();
    let data = crate::embedded::DATA.iter().map(|(path, text)| SourceFile { path, text }).collect();
    (articles, data)
}

/// Today in Amsterdam, the day "may be out of date" is judged on.
fn today() -> NaiveDate {
    Amsterdam.from_utc_datetime(&Utc::now().naive_utc()).date_naive()
}

fn html_escape_attr(s: &str) -> String {
    s.replace('&', "&amp;").replace('"', "&quot;").replace('<', "&lt;").replace('>', "&gt;")
}

fn percent_encode(s: &str) -> String {
    let mut out = String::new();
    for b in s.bytes() {
        if b.is_ascii_alphanumeric() || matches!(b, b'-' | b'.' | b'_' | b'~') {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}
