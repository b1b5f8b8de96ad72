//! A worker's conversations: the queue of an organisation's open ones, a
//! conversation paged back to its first message, the reply and the close.

use axum::extract::rejection::QueryRejection;
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use serde::Deserialize;

use super::{error_page, html, pages, reports, same, storage_error, DashForm, Lang, Page, Worker, MAX_REPLY_CHARS};
use crate::clock::now;
use crate::messages::{add, wire_message};
use crate::state::AppState;
use crate::storage::{ConversationRow, Sender, StorageError};

/// Messages on one page of a conversation; older ones are a link away.
const CONVERSATION_PAGE: u32 = 100;

pub(super) async fn queue(State(state): State<AppState>, Lang(lang): Lang, worker: Worker) -> Response {
    let rows = match state.storage.queue(&worker.row.organisation_id).await {
        Ok(rows) => rows,
        Err(e) => return storage_error(&state, &lang, &worker, e),
    };
    let subjects = match report_subjects(&state, &lang, rows.iter().filter_map(|c| c.waiting_report.as_deref())).await {
        Ok(s) => s,
        Err(e) => return storage_error(&state, &lang, &worker, e),
    };
    // Alerts first, in a section of their own (dashboard::alerts).
    let alerts = match super::alerts::section(&state, &lang, &worker).await {
        Ok(a) => a,
        Err(e) => return storage_error(&state, &lang, &worker, e),
    };
    html(StatusCode::OK, Page::new(&state, &lang, Some(&worker)).with_alerts(alerts).queue(&rows, now(), &subjects))
}

/// Names what reports of a mistake are about; reads the library only when
/// there are reports.
async fn report_subjects<'a>(
    state: &AppState,
    lang: &str,
    abouts: impl Iterator<Item = &'a str>,
) -> Result<std::collections::BTreeMap<String, reports::Subject>, StorageError> {
    let abouts: Vec<&str> = abouts.collect();
    if abouts.is_empty() {
        return Ok(Default::default());
    }
    let files = state.storage.content_files().await?;
    Ok(reports::subjects(&files, lang, abouts))
}

/// The conversation if it belongs to the worker's organisation.
async fn org_conversation(
    state: &AppState,
    worker: &Worker,
    id: &str,
) -> Result<Option<ConversationRow>, StorageError> {
    Ok(state.storage.conversation(id).await?.filter(|c| c.organisation_id == worker.row.organisation_id))
}

#[derive(Deserialize)]
pub struct ConversationQuery {
    /// The page of messages before this seq (the "Older messages" link).
    before: Option<u64>,
}

pub(super) async fn conversation(
    State(state): State<AppState>,
    Lang(lang): Lang,
    worker: Worker,
    Path(id): Path<String>,
    query: Result<Query<ConversationQuery>, QueryRejection>,
) -> Response {
    let Ok(Query(q)) = query else {
        return error_page(&state, &lang, Some(&worker), StatusCode::NOT_FOUND, "error-not-found");
    };
    let conv = match org_conversation(&state, &worker, &id).await {
        Ok(Some(c)) => c,
        Ok(None) => return error_page(&state, &lang, Some(&worker), StatusCode::NOT_FOUND, "error-not-found"),
        Err(e) => return storage_error(&state, &lang, &worker, e),
    };
    conversation_page(&state, &lang, &worker, &conv, q.before, None, StatusCode::OK).await
}

/// A page of a conversation: the newest messages (`before` None), with the
/// reply form, or a page of older ones. Every page but the first links to
/// the one before it, every older page to the one after it, so paging
/// either way shows each message once.
async fn conversation_page(
    state: &AppState,
    lang: &str,
    worker: &Worker,
    conv: &ConversationRow,
    before: Option<u64>,
    draft: Option<pages::Draft<'_>>,
    status: StatusCode,
) -> Response {
    let (rows, has_older) =
        match state.storage.messages_before(&conv.id, before.unwrap_or(u64::MAX), CONVERSATION_PAGE).await {
            Ok(r) => r,
            Err(e) => return storage_error(state, lang, worker, e),
        };
    let older = if has_older { rows.first().map(|m| m.seq) } else { None };
    let newer = match before {
        None => None,
        Some(b) => {
            // The next page is the one that ends with the page's worth of
            // messages after this one; when those are the newest, it is the
            // conversation itself (with the reply form).
            let last = rows.last().map_or(b.saturating_sub(1), |m| m.seq);
            match state.storage.messages(&conv.id, last, CONVERSATION_PAGE).await {
                Ok((next, true)) => Some(pages::Newer::Before(next.last().map_or(last, |m| m.seq) + 1)),
                Ok((_, false)) => Some(pages::Newer::Newest),
                Err(e) => return storage_error(state, lang, worker, e),
            }
        }
    };
    let messages: Vec<_> = rows.into_iter().map(|m| wire_message(state, &conv.id, m)).collect();
    let subjects = match report_subjects(state, lang, messages.iter().filter_map(|m| m.about.as_deref())).await {
        Ok(s) => s,
        Err(e) => return storage_error(state, lang, worker, e),
    };
    let paging = pages::Paging { older, newer };
    html(status, Page::new(state, lang, Some(worker)).conversation(conv, &messages, &paging, draft.as_ref(), &subjects))
}

/// For a form posted about a conversation: the CSRF token must match and
/// the conversation must belong to the worker's organisation.
async fn posted_conversation(
    state: &AppState,
    lang: &str,
    worker: &Worker,
    csrf: &str,
    id: &str,
) -> Result<ConversationRow, Response> {
    if !same(csrf, &worker.csrf) {
        return Err(error_page(state, lang, Some(worker), StatusCode::FORBIDDEN, "error-csrf"));
    }
    match org_conversation(state, worker, id).await {
        Ok(Some(c)) => Ok(c),
        Ok(None) => Err(error_page(state, lang, Some(worker), StatusCode::NOT_FOUND, "error-not-found")),
        Err(e) => Err(storage_error(state, lang, worker, e)),
    }
}

#[derive(Deserialize)]
pub struct ReplyForm {
    csrf: String,
    body: String,
}

pub(super) async fn reply(
    State(state): State<AppState>,
    Lang(lang): Lang,
    worker: Worker,
    Path(id): Path<String>,
    DashForm(f): DashForm<ReplyForm>,
) -> Response {
    let conv = match posted_conversation(&state, &lang, &worker, &f.csrf, &id).await {
        Ok(c) => c,
        Err(res) => return res,
    };
    // Browsers send a text area's line breaks as CRLF; its maxlength
    // counted each as one character, and so does the limit.
    let typed = f.body.replace("\r\n", "\n");
    let body = typed.trim().to_string();
    let refused = if body.is_empty() {
        Some(("conv-reply-empty", StatusCode::UNPROCESSABLE_ENTITY))
    } else if body.chars().count() > MAX_REPLY_CHARS {
        Some(("conv-reply-too-long", StatusCode::PAYLOAD_TOO_LARGE))
    } else {
        None
    };
    if let Some((error, status)) = refused {
        // Not sent, and nothing lost: the worker gets the text back.
        let draft = pages::Draft { error, text: &typed };
        return conversation_page(&state, &lang, &worker, &conv, None, Some(draft), status).await;
    }
    let back = format!("/dashboard/conversations/{}", conv.id);
    match add(&state, &conv.id, Sender::Worker, None, body).await {
        Ok(_) => Redirect::to(&back).into_response(),
        Err(_) => error_page(&state, &lang, Some(&worker), StatusCode::SERVICE_UNAVAILABLE, "error-internal"),
    }
}

#[derive(Deserialize)]
pub struct StatusForm {
    csrf: String,
    open: bool,
}

pub(super) async fn set_status(
    State(state): State<AppState>,
    Lang(lang): Lang,
    worker: Worker,
    Path(id): Path<String>,
    DashForm(f): DashForm<StatusForm>,
) -> Response {
    let conv = match posted_conversation(&state, &lang, &worker, &f.csrf, &id).await {
        Ok(c) => c,
        Err(res) => return res,
    };
    if let Err(e) = state.storage.set_conversation_open(&conv.id, f.open).await {
        return storage_error(&state, &lang, &worker, e);
    }
    let to = if f.open { format!("/dashboard/conversations/{}", conv.id) } else { "/dashboard".to_string() };
    Redirect::to(&to).into_response()
}
