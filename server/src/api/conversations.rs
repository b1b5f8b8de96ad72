//! Contact with a support worker, from the app's side: open a conversation
//! with an organisation, send messages (retries are stored once), and fetch
//! new ones by cursor.

use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::Json;
use huiskamer_protocol::messages::{
    About, Conversation, ConversationStatus, Message, MessagePage, OpenConversation, Organisation, SendMessage,
    MAX_ABOUT_ID, MAX_MESSAGE_CHARS,
};
use serde::Deserialize;

use super::{Account, ApiJson, ApiQuery};
use crate::clock::now;
use crate::error::ApiError;
use crate::messages::{add_about, check_language, check_name, seal_name, wire_message};
use crate::state::AppState;
use crate::storage::{ConversationRow, Opener, Sender, StorageError};

pub(crate) fn valid_client_id(id: &str) -> bool {
    (1..=64).contains(&id.len()) && id.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
}

fn wire_conversation(c: ConversationRow) -> Conversation {
    Conversation {
        id: c.id,
        organisation: c.organisation_id,
        status: if c.open { ConversationStatus::Open } else { ConversationStatus::Closed },
        last_seq: c.last_seq,
    }
}

/// The conversation if it belongs to this account. Another account's
/// conversation is "not found", so ids cannot be probed.
async fn own(state: &AppState, account: &str, id: &str) -> Result<ConversationRow, ApiError> {
    match state.storage.conversation(id).await? {
        Some(c) if c.account_id == account => Ok(c),
        _ => Err(ApiError::NotFound),
    }
}

pub async fn organisations(State(state): State<AppState>) -> Result<Json<Vec<Organisation>>, ApiError> {
    let orgs = state.storage.organisation_rows().await?;
    Ok(Json(
        orgs.into_iter()
            .map(|o| Organisation {
                id: o.id,
                name: o.name,
                check_in_alerts: o.settings.check_in_alerts,
                grace_minutes: o.settings.grace_minutes,
                reply_expectation: o.settings.reply_expectation,
            })
            .collect(),
    ))
}

pub async fn open(
    State(state): State<AppState>,
    Account(account): Account,
    ApiJson(req): ApiJson<OpenConversation>,
) -> Result<(StatusCode, Json<Conversation>), ApiError> {
    if !valid_client_id(&req.client_id) {
        return Err(ApiError::invalid("invalid-client-id", "client_id: 1 to 64 characters of A-Z, a-z, 0-9, - and _"));
    }
    let name = check_name(req.name.as_deref())?;
    let language = check_language(req.language.as_deref())?;
    let id: String = rand::random::<[u8; 16]>().iter().map(|b| format!("{b:02x}")).collect();
    let opener = Opener { name: name.map(|n| seal_name(&state, &id, &n)), language };
    match state.storage.open_conversation(&id, &account, &req.organisation, &req.client_id, opener, now()).await {
        Ok(c) => {
            let status = if c.id == id { StatusCode::CREATED } else { StatusCode::OK };
            Ok((status, Json(wire_conversation(c))))
        }
        Err(StorageError::Conflict("unknown-organisation")) => Err(ApiError::invalid(
            "unknown-organisation",
            "no such organisation on this server; see GET /v1/organisations",
        )),
        Err(e) => Err(e.into()),
    }
}

pub async fn list(
    State(state): State<AppState>,
    Account(account): Account,
) -> Result<Json<Vec<Conversation>>, ApiError> {
    let rows = state.storage.conversations_of(&account).await?;
    Ok(Json(rows.into_iter().map(wire_conversation).collect()))
}

pub async fn send(
    State(state): State<AppState>,
    Account(account): Account,
    Path(id): Path<String>,
    ApiJson(req): ApiJson<SendMessage>,
) -> Result<Json<Message>, ApiError> {
    if !valid_client_id(&req.client_id) {
        return Err(ApiError::invalid("invalid-client-id", "client_id: 1 to 64 characters of A-Z, a-z, 0-9, - and _"));
    }
    let body = req.body.trim().to_string();
    if body.is_empty() || body.chars().count() > MAX_MESSAGE_CHARS {
        return Err(ApiError::invalid("invalid-message", format!("body: 1 to {MAX_MESSAGE_CHARS} characters")));
    }
    if req.about.as_deref().is_some_and(|a| About::parse(a).is_none()) {
        return Err(ApiError::invalid(
            "invalid-about",
            format!(
                "about: article:<id> or organisation:<id>, the id 1 to {MAX_ABOUT_ID} characters of a-z, 0-9 and -"
            ),
        ));
    }
    let conv = own(&state, &account, &id).await?;
    let m = add_about(&state, &conv.id, Sender::Person, Some(req.client_id), body, req.about).await?;
    Ok(Json(m))
}

/// The person asks the organisation to forget a conversation: it and all
/// its messages are deleted now, not at the end of the retention period.
pub async fn delete(
    State(state): State<AppState>,
    Account(account): Account,
    Path(id): Path<String>,
) -> Result<StatusCode, ApiError> {
    let conv = own(&state, &account, &id).await?;
    state.storage.delete_conversation(&conv.id).await?;
    Ok(StatusCode::NO_CONTENT)
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PageQuery {
    #[serde(default)]
    since: u64,
    limit: Option<u32>,
}

pub async fn messages(
    State(state): State<AppState>,
    Account(account): Account,
    Path(id): Path<String>,
    ApiQuery(q): ApiQuery<PageQuery>,
) -> Result<Json<MessagePage>, ApiError> {
    let limit = q.limit.unwrap_or(200);
    if !(1..=1000).contains(&limit) {
        return Err(ApiError::invalid("invalid-query", "limit: from 1 to 1000"));
    }
    let conv = own(&state, &account, &id).await?;
    let (rows, has_more) = state.storage.messages(&conv.id, q.since, limit).await?;
    let next_cursor = rows.last().map_or(q.since, |m| m.seq);
    let messages = rows.into_iter().map(|m| wire_message(&state, &conv.id, m)).collect();
    Ok(Json(MessagePage { messages, next_cursor, has_more }))
}
