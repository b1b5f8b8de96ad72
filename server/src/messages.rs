//! Messages between a person and a support worker, as both the app's API
//! and the dashboard handle them: sealed with the message key on the way
//! into storage, opened on the way out.

use huiskamer_protocol::messages::{From, Message};

use crate::clock::{now, rfc3339};
use crate::error::ApiError;
use crate::state::AppState;
use crate::storage::{MessageRow, SealedText, Sender};

/// Opens a stored message. A message that no longer opens (a wrong or
/// replaced key, or tampering) is shown as such rather than hidden, so a
/// worker or person knows something is missing.
pub(crate) fn wire_message(state: &AppState, conversation_id: &str, m: MessageRow) -> Message {
    let body = state.message_key.open(conversation_id, m.seq, &m.nonce, &m.sealed).unwrap_or_else(|| {
        tracing::error!("a stored message could not be opened with the message key");
        "[this message cannot be read]".to_string()
    });
    Message {
        seq: m.seq,
        from: if m.sender == Sender::Worker { From::Worker } else { From::Person },
        client_id: m.client_id,
        body,
        sent_at: rfc3339(m.sent_at),
        about: m.about,
    }
}

/// Seals and stores a message: a person's from the app, a worker's reply
/// from the dashboard.
pub(crate) async fn add(
    state: &AppState,
    conversation_id: &str,
    sender: Sender,
    client_id: Option<String>,
    body: String,
) -> Result<Message, ApiError> {
    add_about(state, conversation_id, sender, client_id, body, None).await
}

/// [`add`], for a message that may be a report of a mistake (`about`,
/// already checked). The body is sealed; `about` names public content only.
pub(crate) async fn add_about(
    state: &AppState,
    conversation_id: &str,
    sender: Sender,
    client_id: Option<String>,
    body: String,
    about: Option<String>,
) -> Result<Message, ApiError> {
    let sealer_state = state.clone();
    let conv = conversation_id.to_string();
    let seal = Box::new(move |seq: u64| sealer_state.message_key.seal(&conv, seq, &body));
    let row = state.storage.add_message(conversation_id, sender, client_id, about, now(), seal).await?;
    Ok(wire_message(state, conversation_id, row))
}

/// The longest name a person may choose to be called by, in characters.
pub const MAX_NAME_CHARS: usize = 80;

/// The app's languages (its locale codes) and each one's own name, as the
/// app's `locale-name` says it (i18n/<code>/core.ftl): the languages a
/// conversation may say she reads.
pub const APP_LANGUAGES: [(&str, &str); 11] = [
    ("nl", "Nederlands"),
    ("en", "English"),
    ("ro", "Română"),
    ("bg", "Български"),
    ("hu", "Magyar"),
    ("pl", "Polski"),
    ("es", "Español"),
    ("pt-BR", "Português (Brasil)"),
    ("th", "ไทย"),
    ("uk", "Українська"),
    ("ar", "العربية"),
];

/// A language by its own name and code, "Українська (uk)"; an unknown
/// code as it is.
pub fn language_label(code: &str) -> String {
    match APP_LANGUAGES.iter().find(|(c, _)| *c == code) {
        Some((c, name)) => format!("{name} ({c})"),
        None => code.to_string(),
    }
}

/// The name a person gave, checked: trimmed, at most [`MAX_NAME_CHARS`]
/// characters, one line. An empty one is no name.
pub fn check_name(name: Option<&str>) -> Result<Option<String>, ApiError> {
    let Some(name) = name.map(str::trim).filter(|n| !n.is_empty()) else { return Ok(None) };
    if name.chars().count() > MAX_NAME_CHARS || name.chars().any(char::is_control) {
        return Err(ApiError::Unprocessable(
            "invalid-name",
            format!("name: one line of at most {MAX_NAME_CHARS} characters"),
        ));
    }
    Ok(Some(name.to_string()))
}

/// The app language a conversation says she reads, checked against the
/// app's locale codes.
pub fn check_language(language: Option<&str>) -> Result<Option<String>, ApiError> {
    let Some(language) = language else { return Ok(None) };
    match APP_LANGUAGES.iter().find(|(c, _)| *c == language) {
        Some((c, _)) => Ok(Some((*c).to_string())),
        None => Err(ApiError::Unprocessable(
            "invalid-language",
            format!(
                "language: one of the app's locale codes ({})",
                APP_LANGUAGES.iter().map(|(c, _)| *c).collect::<Vec<_>>().join(", ")
            ),
        )),
    }
}

/// Seals a person's chosen name for storage with her conversation: as a
/// message at position 0, which no message has (messages count from 1).
pub(crate) fn seal_name(state: &AppState, conversation_id: &str, name: &str) -> SealedText {
    let (nonce, sealed) = state.message_key.seal(conversation_id, 0, name);
    SealedText { nonce, sealed }
}

/// The person's chosen name, if she gave one. A name that no longer opens
/// is shown as such, like a message.
pub(crate) fn open_name(state: &AppState, conversation_id: &str, name: Option<&SealedText>) -> Option<String> {
    let n = name?;
    Some(state.message_key.open(conversation_id, 0, &n.nonce, &n.sealed).unwrap_or_else(|| {
        tracing::error!("a stored name could not be opened with the message key");
        "[this name cannot be read]".to_string()
    }))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_servers_languages_are_the_apps_by_their_own_names() {
        let root = concat!(env!("CARGO_MANIFEST_DIR"), "/../i18n");
        let mut codes: Vec<String> =
            std::fs::read_dir(root).unwrap().map(|e| e.unwrap().file_name().to_string_lossy().into_owned()).collect();
        codes.sort();
        let mut ours: Vec<String> = APP_LANGUAGES.iter().map(|(c, _)| c.to_string()).collect();
        ours.sort();
        assert_eq!(ours, codes, "APP_LANGUAGES lists the app's locales (i18n/)");
        for (code, name) in APP_LANGUAGES {
            let ftl = std::fs::read_to_string(format!("{root}/{code}/core.ftl")).unwrap();
            assert!(
                ftl.lines().any(|l| l.trim() == format!("locale-name = {name}")),
                "{code}: locale-name is not {name}"
            );
        }
    }

    #[test]
    fn a_name_is_one_short_line() {
        assert_eq!(check_name(None).unwrap(), None);
        assert_eq!(check_name(Some("  ")).unwrap(), None);
        assert_eq!(check_name(Some(" Mia ")).unwrap().as_deref(), Some("Mia"));
        assert_eq!(check_name(Some(&"я".repeat(80))).unwrap().map(|n| n.chars().count()), Some(80));
        assert!(check_name(Some(&"я".repeat(81))).is_err());
        assert!(check_name(Some("Mia\nEvil")).is_err());
        assert!(check_language(Some("ru")).is_err());
        assert_eq!(check_language(Some("pt-BR")).unwrap().as_deref(), Some("pt-BR"));
        assert_eq!(language_label("uk"), "Українська (uk)");
    }
}
