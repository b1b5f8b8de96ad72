//! Editors keep the information library current: edit articles and the
//! directory of help per language, then publish a signed bundle that the
//! apps fetch. A file that does not pass the app's own checks is never
//! saved, so nothing broken can be published.

use axum::extract::{FromRequestParts, Query, State};
use axum::http::request::Parts;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use huiskamer_texts::parse_article;
use huiskamer_texts::parse_directory;
use serde::Deserialize;

use super::{error_page, html, same, storage_error, DashForm, Lang, Page, Worker};
use crate::clock::{now, rfc3339};
use crate::state::AppState;

/// The directory of help's file name, as in the repository's content/.
pub const DIRECTORY_FILE: &str = "organisations.toml";

/// A library file may have this many characters (counted as the editor's
/// text area counts them, a line break as one). The largest shipped file,
/// organisations.toml with eleven languages, has about 420,000 (536 KB);
/// this leaves room for it to more than double.
pub const MAX_FILE_CHARS: usize = 1024 * 1024;

/// Checks a file exactly as the app will when it imports it.
pub fn validate_file(path: &str, text: &str) -> Result<(), String> {
    if path == DIRECTORY_FILE {
        return parse_directory(text).map(|_| ());
    }
    if huiskamer_texts::claims::is_claims_path(path) {
        return huiskamer_texts::claims::parse_claims(text).map(|_| ());
    }
    let parts: Vec<&str> = path.split('/').collect();
    if parts.len() != 3 || !parts[2].ends_with(".md") || parts.iter().any(|p| p.is_empty() || p.starts_with('.')) {
        return Err(format!("{path}: a file is <language>/<topic>/<id>.md or {DIRECTORY_FILE}"));
    }
    let doc = parse_article(path, text).map_err(|e| e.to_string())?;
    if !path.ends_with(&format!("/{}.md", doc.id)) {
        return Err(format!("{path}: the file name must be the article's id ({}.md)", doc.id));
    }
    Ok(())
}

/// A signed-in worker who may edit the library. Anyone else gets the
/// forbidden page before a body is read: a file's form may be megabytes.
pub struct Editor(Worker);

impl FromRequestParts<AppState> for Editor {
    type Rejection = Response;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, Response> {
        let worker = Worker::from_request_parts(parts, state).await?;
        if worker.row.role.can_edit() {
            return Ok(Editor(worker));
        }
        let Lang(lang) = Lang::from_request_parts(parts, state).await.unwrap_or_else(|never| match never {});
        Err(error_page(state, &lang, Some(&worker), StatusCode::FORBIDDEN, "error-forbidden"))
    }
}

#[derive(Deserialize)]
pub struct ListQuery {
    locale: Option<String>,
    notice: Option<String>,
    version: Option<u64>,
    error: Option<String>,
    /// Only this article's files, in every language (a report's link).
    article: Option<String>,
}

pub async fn list(
    State(state): State<AppState>,
    Lang(lang): Lang,
    Editor(worker): Editor,
    Query(q): Query<ListQuery>,
) -> Response {
    let files = match state.storage.content_files().await {
        Ok(f) => f,
        Err(e) => return storage_error(&state, &lang, &worker, e),
    };
    let latest = match state.storage.latest_bundle().await {
        Ok(l) => l,
        Err(e) => return storage_error(&state, &lang, &worker, e),
    };
    let published_at = latest.as_ref().map(|(_, _, at)| *at);
    let unpublished = files.iter().filter(|f| !matches!(published_at, Some(at) if f.updated_at <= at)).count();
    let notice = match (q.notice.as_deref(), q.version) {
        (Some("published"), Some(v)) => Some(Page::new(&state, &lang, Some(&worker)).publish_done(v)),
        _ => None,
    };
    let page = Page::new(&state, &lang, Some(&worker)).content_list(
        &files,
        q.locale.as_deref(),
        latest.map(|(v, _, at)| (v, at)),
        unpublished,
        now(),
        notice,
        q.error.as_deref(),
        q.article.as_deref(),
    );
    html(StatusCode::OK, page)
}

#[derive(Deserialize)]
pub struct EditQuery {
    path: Option<String>,
    saved: Option<bool>,
}

pub async fn edit(
    State(state): State<AppState>,
    Lang(lang): Lang,
    Editor(worker): Editor,
    Query(q): Query<EditQuery>,
) -> Response {
    let text = match &q.path {
        None => String::new(),
        Some(p) => match state.storage.content_files().await {
            Ok(files) => match files.into_iter().find(|f| &f.path == p) {
                Some(f) => f.text,
                None => return error_page(&state, &lang, Some(&worker), StatusCode::NOT_FOUND, "error-not-found"),
            },
            Err(e) => return storage_error(&state, &lang, &worker, e),
        },
    };
    let notice = q.saved.unwrap_or(false).then_some("content-saved");
    html(StatusCode::OK, Page::new(&state, &lang, Some(&worker)).content_edit(q.path.as_deref(), &text, notice, None))
}

#[derive(Deserialize)]
pub struct SaveForm {
    csrf: String,
    path: String,
    text: String,
    /// Set when editing an existing file (its path cannot change here).
    existing: Option<String>,
}

pub async fn save(
    State(state): State<AppState>,
    Lang(lang): Lang,
    Editor(worker): Editor,
    DashForm(f): DashForm<SaveForm>,
) -> Response {
    if !same(&f.csrf, &worker.csrf) {
        return error_page(&state, &lang, Some(&worker), StatusCode::FORBIDDEN, "error-csrf");
    }
    let path = f.existing.clone().unwrap_or_else(|| f.path.trim().to_string());
    // Browsers send CRLF from a textarea; files are stored with LF.
    let text = f.text.replace("\r\n", "\n");
    let chars = text.chars().count();
    if chars > MAX_FILE_CHARS {
        let page = Page::new(&state, &lang, Some(&worker));
        let error = page.too_long(chars, MAX_FILE_CHARS);
        return html(
            StatusCode::PAYLOAD_TOO_LARGE,
            page.content_edit(f.existing.as_deref(), &text, None, Some(&error)),
        );
    }
    if let Err(error) = validate_file(&path, &text) {
        // Not saved, and nothing lost: the editor gets the text back.
        let page =
            Page::new(&state, &lang, Some(&worker)).content_edit(f.existing.as_deref(), &text, None, Some(&error));
        return html(StatusCode::UNPROCESSABLE_ENTITY, page);
    }
    if let Err(e) = state.storage.put_content_file(&path, &text, &worker.row.display_name, now()).await {
        return storage_error(&state, &lang, &worker, e);
    }
    let to = format!("/dashboard/content/edit?path={}&saved=true", urlencode(&path));
    Redirect::to(&to).into_response()
}

/// Publishes the library as the next version, signed. Apps fetch it when
/// they are online; until then they keep what they have.
pub async fn publish(
    State(state): State<AppState>,
    Lang(lang): Lang,
    Editor(worker): Editor,
    DashForm(f): DashForm<CsrfOnly>,
) -> Response {
    if !same(&f.csrf, &worker.csrf) {
        return error_page(&state, &lang, Some(&worker), StatusCode::FORBIDDEN, "error-csrf");
    }
    let files = match state.storage.content_files().await {
        Ok(f) => f,
        Err(e) => return storage_error(&state, &lang, &worker, e),
    };
    let latest = match state.storage.latest_bundle().await {
        Ok(l) => l,
        Err(e) => return storage_error(&state, &lang, &worker, e),
    };
    let version = latest.map_or(1, |(v, _, _)| v + 1);
    let at = now();
    let published_at = rfc3339(at);
    let (manifest, bytes) = match crate::bundle::publish(
        &state.content_key,
        &state.settings.organisation,
        version,
        &published_at,
        &files,
    ) {
        Ok(r) => r,
        Err(e) => {
            let to = format!("/dashboard/content?error={}", urlencode(&e.to_string()));
            return Redirect::to(&to).into_response();
        }
    };
    let manifest_json = match serde_json::to_string(&manifest) {
        Ok(j) => j,
        Err(_) => return error_page(&state, &lang, Some(&worker), StatusCode::INTERNAL_SERVER_ERROR, "error-internal"),
    };
    match state.storage.save_bundle(version, &manifest_json, &bytes, at).await {
        Ok(()) => {
            tracing::info!(version, size = bytes.len(), "content bundle published");
            Redirect::to(&format!("/dashboard/content?notice=published&version={version}")).into_response()
        }
        Err(crate::storage::StorageError::Conflict(_)) => {
            // Another editor published the same version a moment earlier.
            Redirect::to(
                "/dashboard/content?error=another%20editor%20published%20at%20the%20same%20moment%3B%20try%20again",
            )
            .into_response()
        }
        Err(e) => storage_error(&state, &lang, &worker, e),
    }
}

#[derive(Deserialize)]
pub struct CsrfOnly {
    csrf: String,
}

pub(crate) fn urlencode(s: &str) -> String {
    s.bytes()
        .map(|b| match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'/' => (b as char).to_string(),
            _ => format!("%{b:02X}"),
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn files_are_checked_like_the_app_checks_them() {
        let good = r#"+++
id = "x"
topic = "health"
title = "T"
summary = "S"
reviewed = 2026-11-23

[[sources]]
title = "GGD"
url = "https://www.ggd.nl/"
+++

Text.
"#;
        assert_eq!(validate_file("en/health/x.md", good), Ok(()));
        assert!(validate_file("en/health/y.md", good).unwrap_err().contains("x.md"));
        assert!(validate_file("en/money/x.md", good).is_err(), "topic must match the folder");
        assert!(validate_file("../etc/passwd", good).is_err());
        assert!(validate_file("en/health/x.md", "no front matter").is_err());
        assert!(validate_file(DIRECTORY_FILE, "not = [valid").is_err());
    }
}
