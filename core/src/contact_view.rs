//! What the contact and sync screens show, in the reader's language.
//! Built here so the shell stays thin and the texts are tested with the
//! rest of the core.

use chrono::{DateTime, Local, Utc};
use serde::{Deserialize, Serialize};

use crate::background::{SyncState, SyncStatus};
use crate::error::ErrorCode;
use crate::settings::SettingsError;
use crate::vault::contact::LocalConversation;
use crate::vault::{Field, VaultError};
use crate::App;

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq)]
#[cfg_attr(test, derive(ts_rs::TS))]
pub struct ContactOrganisation {
    pub id: String,
    pub name: String,
    /// The directory entry with the same id, for the city and description.
    pub city: Option<String>,
    pub description: Option<String>,
    /// The server raises check-in alerts and this organisation takes them
    /// (both as last learned; see `watches::offered`).
    #[serde(default)]
    pub check_in_alerts: bool,
    /// Minutes after a missed check-in before the alert goes.
    #[serde(default)]
    pub grace_minutes: u32,
    /// What to expect after writing, in the organisation's own words, as
    /// its server gives it; none when it sets none.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reply_expectation: Option<String>,
    /// What the message form says to expect: the organisation's words,
    /// else the app's own line ("This is not for emergencies. In danger,
    /// call 112."). Filled when the view is built.
    #[serde(default)]
    pub expectation: String,
}

#[derive(Debug, Clone, Serialize)]
#[cfg_attr(test, derive(ts_rs::TS))]
pub struct ConversationItem {
    pub id: String,
    pub organisation: String,
    pub unread: u32,
    pub unread_label: Option<String>,
    pub queued_label: Option<String>,
    pub closed: bool,
    pub when: String,
}

#[derive(Debug, Clone, Serialize)]
#[cfg_attr(test, derive(ts_rs::TS))]
pub struct MessageItem {
    pub from_worker: bool,
    pub sender: String,
    pub body: String,
    pub when: String,
    /// "Waiting to be sent" for a message not yet delivered.
    pub state: Option<String>,
    /// For a report of a mistake: what it is about, named ("Report of a
    /// mistake in: <title>").
    pub about: Option<String>,
}

#[derive(Debug, Clone, Serialize)]
#[cfg_attr(test, derive(ts_rs::TS))]
pub struct ConversationView {
    pub id: String,
    pub organisation: String,
    pub closed: bool,
    pub closed_notice: Option<String>,
    pub messages: Vec<MessageItem>,
    pub delete_server_label: String,
    /// What to expect, shown above the form for the next message.
    pub expectation: String,
}

#[derive(Debug, Clone, Serialize)]
#[cfg_attr(test, derive(ts_rs::TS))]
pub struct ContactView {
    /// Sync is set up (a partner server address is known).
    pub configured: bool,
    pub organisations: Vec<ContactOrganisation>,
    /// Why the list is empty, if it is.
    pub organisations_note: Option<String>,
    pub conversations: Vec<ConversationItem>,
    /// Conversations with a reply she has not seen: the Contact tab's badge.
    pub unread_conversations: u32,
    /// The Contact tab's name with that count, for screen readers
    /// ("Contact, 2 conversations with a new reply"); None when none.
    pub unread_label: Option<String>,
}

#[derive(Debug, Clone, Serialize)]
#[cfg_attr(test, derive(ts_rs::TS))]
pub struct SyncView {
    pub state: SyncState,
    pub headline: String,
    pub details: Vec<String>,
    /// A refused content update or a lasting problem, worded calmly.
    pub notice: Option<String>,
    pub server: Option<String>,
    pub progress: Option<(u64, u64)>,
}

/// A message's time as the device's clock reads it (the diary's times are
/// local too; only opening hours are in Dutch time).
fn when(app: &App, at: DateTime<Utc>) -> String {
    let local = at.with_timezone(&Local);
    format!("{} {}", app.date(local.date_naive()), local.format("%H:%M"))
}

/// The organisations that answer messages, as last fetched from the
/// server (kept in the settings; not personal).
pub fn organisations(app: &App) -> Vec<ContactOrganisation> {
    let Some(json) = app.settings().organisations_json() else { return Vec::new() };
    let mut list: Vec<ContactOrganisation> = serde_json::from_str(&json).unwrap_or_default();
    for o in &mut list {
        o.expectation = expectation(app, o.reply_expectation.as_deref());
    }
    list
}

/// What the message form says to expect: the organisation's own words as
/// given, else the app's fixed line in her language.
pub fn expectation(app: &App, from_organisation: Option<&str>) -> String {
    match from_organisation.map(str::trim).filter(|t| !t.is_empty()) {
        Some(text) => text.to_string(),
        None => app.t("contact-expect-default"),
    }
}

/// The Contact tab's badge: conversations with a reply she has not seen.
pub fn unread_conversations(conversations: &[LocalConversation]) -> u32 {
    conversations.iter().filter(|c| !c.hidden && c.unread > 0).count() as u32
}

/// The Contact tab's label with the count, for screen readers.
pub fn unread_label(app: &App, count: u32) -> Option<String> {
    (count > 0)
        .then(|| app.t_args("contact-tab-unread", &[("tab", app.t("ui-nav-contact").into()), ("count", count.into())]))
}

/// Stores the server's list, joined with the directory by id.
pub fn set_organisations(app: &App, from_server: &[huiskamer_protocol::messages::Organisation]) {
    let directory = app.library().organisations().unwrap_or_default();
    let locale = app.locale().to_string();
    let list: Vec<ContactOrganisation> = from_server
        .iter()
        .map(|o| {
            let d = directory.iter().find(|d| d.id == o.id);
            ContactOrganisation {
                id: o.id.clone(),
                name: o.name.chars().take(200).collect(),
                city: d.map(|d| d.city.clone()),
                description: d.and_then(|d| d.description.get(&locale).or_else(|| d.description.get("en")).cloned()),
                check_in_alerts: o.check_in_alerts,
                grace_minutes: o.grace_minutes,
                reply_expectation: o.reply_expectation.clone(),
                expectation: String::new(),
            }
        })
        .collect();
    if let Ok(json) = serde_json::to_string(&list) {
        let _ = app.settings().set_organisations_json(&json);
    }
}

pub fn contact_view(app: &App, conversations: &[LocalConversation]) -> ContactView {
    let configured = app.settings().partner_server().is_some() || env_server().is_some();
    let organisations = organisations(app);
    let organisations_note = organisations
        .is_empty()
        .then(|| app.t(if configured { "contact-no-organisations" } else { "contact-not-connected" }));
    let unread_conversations = unread_conversations(conversations);
    let unread_label = unread_label(app, unread_conversations);
    let conversations = conversations
        .iter()
        .filter(|c| !c.hidden)
        .map(|c| {
            let queued = c.queued();
            ConversationItem {
                id: c.id.clone(),
                organisation: c.organisation_name.clone(),
                unread: c.unread,
                unread_label: (c.unread > 0).then(|| app.t_args("contact-unread", &[("count", c.unread.into())])),
                queued_label: (queued > 0).then(|| app.t_args("contact-queued-count", &[("count", queued.into())])),
                closed: c.closed,
                when: when(app, c.messages.last().map_or(c.started_at, |m| m.at)),
            }
        })
        .collect();
    ContactView { configured, organisations, organisations_note, conversations, unread_conversations, unread_label }
}

/// Names what a report is about: the article's title or the entry's name
/// in the reader's language, else its id (content that has since gone).
fn about_label(app: &App, about: &str, entries: &mut Option<Vec<huiskamer_protocol::Organisation>>) -> String {
    use huiskamer_protocol::messages::About;
    let title = match About::parse(about) {
        Some(About::Article(id)) => app
            .library()
            .article(id, &crate::i18n::I18n::chain(app.locale()))
            .ok()
            .flatten()
            .map_or_else(|| id.to_string(), |a| a.title),
        Some(About::Organisation(id)) => entries
            .get_or_insert_with(|| app.library().organisations().unwrap_or_default())
            .iter()
            .find(|o| o.id == id)
            .map_or_else(|| id.to_string(), |o| o.name.clone()),
        None => about.to_string(),
    };
    app.t_args("contact-report-about", &[("title", title.into())])
}

pub fn conversation_view(app: &App, c: &LocalConversation) -> ConversationView {
    let you = app.t("contact-from-you");
    let from_organisation = organisations(app).into_iter().find(|o| o.id == c.organisation);
    let mut entries = None;
    ConversationView {
        id: c.id.clone(),
        organisation: c.organisation_name.clone(),
        closed: c.closed,
        closed_notice: c.closed.then(|| app.t("contact-closed")),
        messages: c
            .messages
            .iter()
            .map(|m| MessageItem {
                from_worker: m.from_worker,
                sender: if m.from_worker { c.organisation_name.clone() } else { you.clone() },
                body: m.body.clone(),
                when: when(app, m.at),
                state: m.queued().then(|| app.t("contact-queued")),
                about: m.about.as_deref().map(|a| about_label(app, a, &mut entries)),
            })
            .collect(),
        delete_server_label: app
            .t_args("contact-delete-server", &[("organisation", c.organisation_name.clone().into())]),
        expectation: from_organisation.map_or_else(|| expectation(app, None), |o| o.expectation),
    }
}

/// The first message of a conversation: an optional name to be called by
/// and an optional call-back number, each on its own labelled line (in the
/// person's language), then what they wrote.
pub fn first_message(app: &App, name: &str, callback: &str, text: &str) -> Result<String, VaultError> {
    let mut lines = Vec::new();
    let name = name.trim();
    if name.chars().count() > 80 {
        return Err(VaultError::Invalid(Field::Name));
    }
    if !name.is_empty() {
        lines.push(app.t_args("contact-first-name", &[("name", name.to_string().into())]));
    }
    let callback = callback.trim();
    if !callback.is_empty() {
        let digits = callback.chars().filter(char::is_ascii_digit).count();
        let allowed = callback.chars().all(|ch| ch.is_ascii_digit() || " +-()".contains(ch));
        if !allowed || !(6..=15).contains(&digits) || callback.len() > 24 {
            return Err(VaultError::Invalid(Field::Callback));
        }
        lines.push(app.t_args("contact-first-callback", &[("number", callback.to_string().into())]));
    }
    if text.trim().is_empty() {
        return Err(VaultError::Invalid(Field::Message));
    }
    lines.push(text.trim().to_string());
    Ok(lines.join("\n"))
}

/// Starts a conversation with an organisation from the fetched list.
pub fn start(
    app: &App,
    v: &mut crate::vault::Vault,
    organisation: &str,
    name: &str,
    callback: &str,
    text: &str,
    now: DateTime<Utc>,
) -> Result<ConversationView, VaultError> {
    let org = organisations(app)
        .into_iter()
        .find(|o| o.id == organisation)
        .ok_or(VaultError::Invalid(Field::Organisation))?;
    let first = first_message(app, name, callback, text)?;
    // The organisation learns her chosen name and her app's language with
    // the conversation, so a worker can address her and answer in it.
    let opener = crate::contact::Opener {
        name: Some(name.trim().to_string()).filter(|n| !n.is_empty()),
        language: Some(app.locale().to_string()),
    };
    let c = crate::contact::start_conversation_as(v, &org.id, &org.name, &first, opener, now)?;
    Ok(conversation_view(app, &c))
}

/// Opens a conversation; its replies count as read.
pub fn open(app: &App, v: &mut crate::vault::Vault, id: &str) -> Result<ConversationView, VaultError> {
    let c = crate::contact::mark_read(v, id)?;
    if c.hidden {
        return Err(VaultError::NotFound);
    }
    Ok(conversation_view(app, &c))
}

/// Where a report of a mistake goes: the person's own organisation, that
/// is their conversation on this device (with the entry's organisation if
/// they have one, else the newest); without one, a new conversation with
/// the entry's organisation if it answers messages here, else with the
/// first organisation that does. `None`: no organisation is known yet (the
/// app was never online with a partner server).
pub fn report_target<'a>(
    about: &str,
    conversations: &'a [LocalConversation],
    organisations: &'a [ContactOrganisation],
) -> Option<crate::contact::ReportTo<'a>> {
    use crate::contact::ReportTo;
    use huiskamer_protocol::messages::About;
    let entry = match About::parse(about) {
        Some(About::Organisation(id)) => Some(id),
        _ => None,
    };
    // Newest first, as the vault lists them.
    let shown: Vec<&LocalConversation> = conversations.iter().filter(|c| !c.hidden).collect();
    let existing = shown.iter().find(|c| Some(c.organisation.as_str()) == entry).or(shown.first());
    if let Some(c) = existing {
        return Some(ReportTo::Conversation(&c.id));
    }
    organisations
        .iter()
        .find(|o| Some(o.id.as_str()) == entry)
        .or(organisations.first())
        .map(|o| ReportTo::New { organisation: &o.id, name: &o.name })
}

/// Queues a report of a mistake in an article or a directory entry
/// (`about`: `article:<id>` or `organisation:<id>`) as a message to the
/// person's organisation; see [`report_target`]. Returns the conversation
/// it went into.
pub fn report(
    app: &App,
    v: &mut crate::vault::Vault,
    about: &str,
    text: &str,
    now: DateTime<Utc>,
) -> Result<ConversationView, VaultError> {
    if huiskamer_protocol::messages::About::parse(about).is_none() {
        return Err(VaultError::Invalid(Field::About));
    }
    let conversations = v.conversations()?;
    let organisations = organisations(app);
    let to = report_target(about, &conversations, &organisations).ok_or(VaultError::Invalid(Field::Organisation))?;
    let c = crate::contact::write_report(v, to, about, text, now)?;
    Ok(conversation_view(app, &c))
}

pub fn send(
    app: &App,
    v: &mut crate::vault::Vault,
    id: &str,
    text: &str,
    now: DateTime<Utc>,
) -> Result<ConversationView, VaultError> {
    let c = crate::contact::write_message(v, id, text, now)?;
    Ok(conversation_view(app, &c))
}

/// Why a partner server address was not set.
#[derive(Debug, thiserror::Error)]
pub enum ServerSettingError {
    #[error("not an address this app may talk to")]
    NotAllowed,
    #[error("could not store the address: {0}")]
    Storage(#[source] SettingsError),
}

impl ServerSettingError {
    pub fn code(&self) -> ErrorCode {
        match self {
            ServerSettingError::NotAllowed => ErrorCode::SyncAddress,
            ServerSettingError::Storage(_) => ErrorCode::Storage,
        }
    }
}

/// Sets (or, with an empty address, clears) the partner server.
pub fn set_server(app: &App, server: &str) -> Result<(), ServerSettingError> {
    let server = server.trim();
    if !server.is_empty() && crate::sync::allowed_server(server).is_err() {
        return Err(ServerSettingError::NotAllowed);
    }
    app.settings().set_partner_server(server).map_err(ServerSettingError::Storage)
}

/// The server address given to this run of the app (`HUISKAMER_SERVER`),
/// or built in (`HUISKAMER_DEFAULT_SERVER` at build time).
pub fn env_server() -> Option<String> {
    std::env::var("HUISKAMER_SERVER")
        .ok()
        .or_else(|| option_env!("HUISKAMER_DEFAULT_SERVER").map(str::to_string))
        .filter(|s| !s.trim().is_empty())
}

/// The partner server to use: the one the person set, else the built-in one.
pub fn server(app: &App) -> Option<String> {
    app.settings().partner_server().filter(|s| !s.is_empty()).or_else(env_server)
}

pub fn sync_view(app: &App, s: &SyncStatus) -> SyncView {
    let headline = app.t(match s.state {
        SyncState::Off => "sync-off",
        SyncState::Syncing => "sync-syncing",
        SyncState::Synced => "sync-synced",
        SyncState::Offline => "sync-offline",
        SyncState::Problem => "sync-problem",
    });
    let mut details = Vec::new();
    if let Some(host) = &s.server {
        details.push(app.t_args("sync-server", &[("host", host.clone().into())]));
    }
    if let Some(at) = s.last_synced {
        details.push(app.t_args("sync-last", &[("time", when(app, at).into())]));
    }
    if let Some((done, total)) = s.progress {
        details.push(app.t_args("sync-progress", &[("done", done.into()), ("total", total.into())]));
    }
    if s.pending > 0 {
        details.push(app.t_args("sync-pending", &[("count", s.pending.into())]));
    }
    if s.queued_messages > 0 {
        details.push(app.t_args("sync-queued", &[("count", s.queued_messages.into())]));
    }
    if s.waiting_for_unlock {
        details.push(app.t("sync-locked"));
    }
    if s.too_large > 0 {
        details.push(app.t_args("sync-too-large", &[("count", s.too_large.into())]));
    }
    if let Some(v) = s.content_version {
        details.push(app.t_args("sync-content", &[("version", v.into())]));
    }
    let notice = match (&s.content_refused, &s.problem) {
        (Some((_, code)), _) => {
            let reason = app.t(&format!("sync-content-{code}"));
            Some(app.t_args("sync-content-refused", &[("reason", reason.into())]))
        }
        (None, Some(code)) if s.state == SyncState::Problem => Some(app.t(&format!("sync-problem-{code}"))),
        _ => None,
    };
    SyncView { state: s.state, headline, details, notice, server: s.server.clone(), progress: s.progress }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::Library;
    use crate::i18n::I18n;

    fn app(locale: &str) -> App {
        App::with_library(Library::open_in_memory().unwrap(), I18n::embedded(), &[locale.to_string()]).unwrap()
    }

    #[test]
    fn the_status_says_what_waits_in_the_readers_language() {
        for locale in ["en", "nl"] {
            let a = app(locale);
            let s = SyncStatus {
                state: SyncState::Offline,
                pending: 3,
                queued_messages: 1,
                waiting_for_unlock: true,
                content_refused: Some((7, "signature")),
                ..SyncStatus::default()
            };
            let v = sync_view(&a, &s);
            let all = format!("{} {} {}", v.headline, v.details.join(" "), v.notice.clone().unwrap());
            assert!(!all.contains("sync-"), "{locale}: a message id shows: {all}");
            assert!(v.details.iter().any(|d| d.contains('3')), "{all}");
            assert_eq!(v.details.len(), 3, "{all}");
        }
        let en = sync_view(&app("en"), &SyncStatus { state: SyncState::Offline, ..SyncStatus::default() });
        assert!(en.headline.to_lowercase().contains("offline"), "{}", en.headline);
        assert!(en.notice.is_none(), "being offline is not an error");
    }

    fn conversation(id: &str, organisation: &str, hidden: bool) -> LocalConversation {
        LocalConversation {
            id: id.into(),
            organisation: organisation.into(),
            organisation_name: organisation.into(),
            server_id: None,
            open_sent: false,
            cursor: 0,
            closed: false,
            started_at: Utc::now(),
            messages: Vec::new(),
            unread: 0,
            hidden,
            forget_on_server: false,
            person_name: None,
            language: None,
        }
    }

    #[test]
    fn a_report_goes_to_the_persons_own_organisation_first() {
        use crate::contact::ReportTo;
        let org = |id: &str| ContactOrganisation {
            id: id.into(),
            name: id.to_uppercase(),
            city: None,
            description: None,
            check_in_alerts: false,
            grace_minutes: 0,
            reply_expectation: None,
            expectation: String::new(),
        };
        let orgs = [org("main"), org("ggd")];
        // No conversation yet: the entry's own organisation if it answers here, else the first.
        assert_eq!(
            report_target("organisation:ggd", &[], &orgs),
            Some(ReportTo::New { organisation: "ggd", name: "GGD" })
        );
        assert_eq!(report_target("article:x", &[], &orgs), Some(ReportTo::New { organisation: "main", name: "MAIN" }));
        assert_eq!(
            report_target("organisation:other", &[], &orgs),
            Some(ReportTo::New { organisation: "main", name: "MAIN" })
        );
        // The person's conversations (newest first): with the entry's organisation, else the newest.
        let convs =
            [conversation("gone", "ggd", true), conversation("a", "main", false), conversation("b", "ggd", false)];
        assert_eq!(report_target("article:x", &convs, &orgs), Some(ReportTo::Conversation("a")));
        assert_eq!(report_target("organisation:ggd", &convs, &orgs), Some(ReportTo::Conversation("b")));
        assert_eq!(report_target("article:x", &convs[..1], &[]), None, "a removed conversation is not used");
    }

    #[test]
    fn the_first_message_carries_name_and_call_back_only_when_given() {
        let a = app("en");
        assert_eq!(first_message(&a, "", "", "  Hello  ").unwrap(), "Hello");
        let m = first_message(&a, "Mia", "+31 6 1234 5678", "Hello").unwrap();
        let lines: Vec<&str> = m.lines().collect();
        assert_eq!(lines.len(), 3);
        assert!(lines[0].contains("Mia") && lines[1].contains("+31 6 1234 5678") && lines[2] == "Hello", "{m}");
        for bad in ["12", "call me", "+31 6 1234 5678 9999 0000"] {
            assert!(matches!(first_message(&a, "", bad, "Hello"), Err(VaultError::Invalid(Field::Callback))), "{bad}");
        }
        assert!(matches!(first_message(&a, "", "", "   "), Err(VaultError::Invalid(Field::Message))));
    }

    #[test]
    fn the_message_form_says_what_to_expect_in_the_organisations_words_or_the_apps_own() {
        use huiskamer_protocol::messages::Organisation;
        let org = |id: &str, expect: Option<&str>| Organisation {
            id: id.into(),
            name: id.to_uppercase(),
            check_in_alerts: false,
            grace_minutes: 0,
            reply_expectation: expect.map(str::to_string),
        };
        for (locale, fixed) in [
            ("en", "This is not for emergencies. In danger, call 112."),
            ("nl", "Dit is niet voor noodgevallen. In gevaar? Bel 112."),
        ] {
            let a = app(locale);
            let words = "We answer within a working day. Not for emergencies.";
            set_organisations(&a, &[org("main", Some(words)), org("ggd", None), org("blank", Some("  "))]);
            let list = organisations(&a);
            let by = |id: &str| list.iter().find(|o| o.id == id).unwrap().expectation.clone();
            assert_eq!(by("main"), words, "{locale}: the organisation's words, as given");
            assert_eq!(by("ggd"), fixed, "{locale}: none set");
            assert_eq!(by("blank"), fixed, "{locale}: only spaces is none");

            let mut c = conversation("c", "main", false);
            assert_eq!(conversation_view(&a, &c).expectation, words, "{locale}: above the form for later messages");
            c.organisation = "ggd".into();
            assert_eq!(conversation_view(&a, &c).expectation, fixed);
            c.organisation = "gone".into();
            assert_eq!(conversation_view(&a, &c).expectation, fixed, "an organisation no longer listed");
        }
    }

    #[test]
    fn the_contact_tab_counts_conversations_with_unseen_replies_for_screen_readers_too() {
        let a = app("en");
        let mut convs =
            [conversation("a", "main", false), conversation("b", "ggd", false), conversation("c", "x", true)];
        let v = contact_view(&a, &convs);
        assert_eq!((v.unread_conversations, v.unread_label), (0, None));
        convs[0].unread = 3;
        convs[1].unread = 1;
        convs[2].unread = 2; // removed from the device: not counted
        let v = contact_view(&a, &convs);
        assert_eq!(v.unread_conversations, 2);
        assert_eq!(v.unread_label.as_deref(), Some("Contact, 2 conversations with a new reply"));
        convs[1].unread = 0;
        assert_eq!(contact_view(&a, &convs).unread_label.as_deref(), Some("Contact, 1 conversation with a new reply"));
    }

    #[test]
    fn starting_a_conversation_keeps_her_chosen_name_and_the_apps_language_to_send() {
        use huiskamer_protocol::messages::Organisation;
        let dir = tempfile::tempdir().unwrap();
        let mut v =
            crate::vault::Vault::open_with(&dir.path().join("v.sqlite"), crate::vault::KdfParams::TEST).unwrap();
        v.set_up(&crate::vault::Secret::new("482916")).unwrap();
        let a = app("uk");
        set_organisations(
            &a,
            &[Organisation {
                id: "main".into(),
                name: "Main".into(),
                check_in_alerts: false,
                grace_minutes: 0,
                reply_expectation: None,
            }],
        );
        let view = start(&a, &mut v, "main", " Оксана ", "", "Привіт", Utc::now()).unwrap();
        let c = v.conversation(&view.id).unwrap();
        assert_eq!((c.person_name.as_deref(), c.language.as_deref()), (Some("Оксана"), Some("uk")));
        let view = start(&a, &mut v, "main", "", "", "Привіт", Utc::now()).unwrap();
        assert_eq!(v.conversation(&view.id).unwrap().person_name, None, "no name given, none sent");
    }
}
