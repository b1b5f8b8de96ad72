//! Messages between a person and a support worker, as both the app's API
//! and the dashboard handle them: sealed with the message key on the way
//! into storage, opened on the way out.

use huiskamer_protocol::messages::{From, Message};

use crate::clock::{now, rfc3339};
use crate::error::ApiError;
use crate::state::AppState;
use crate::storage::{MessageRow, Sender};

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
